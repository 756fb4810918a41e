/** Labels of public councils' levels (Law No. 383-V "On public councils") and of what they decide on projects. */
import { term, type Term } from '../../../../lib/domain/terms.js';

export const COUNCIL_LEVELS: readonly Term[] = [
  term('REPUBLICAN', 'Republican', 'Республиканский', 'Республикалық'),
  term('LOCAL', 'Local', 'Местный', 'Жергілікті'),
];

export const PROJECT_OUTCOMES: readonly Term[] = [
  term('SUPPORTED', 'Supported', 'Поддержан', 'Қолдау тапты'),
  term('SUPPORTED_WITH_REMARKS', 'Supported with remarks', 'Поддержан с замечаниями', 'Ескертулермен қолдау тапты'),
  term('RETURNED_FOR_REVISION', 'Returned for revision', 'Возвращён на доработку', 'Пысықтауға қайтарылды'),
  term('REJECTED', 'Not supported', 'Не поддержан', 'Қолдау таппады'),
];
