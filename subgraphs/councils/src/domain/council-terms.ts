/**
 * Public councils' levels (Law No. 383-V "On public councils") and what they
 * decide on projects: the one definition of each vocabulary, checked against
 * the GraphQL enum and the database's enum.
 */
import type { Labels } from '../../../../lib/domain/labels.js';
import { labels, vocabulary } from '../../../../lib/domain/terms.js';
import type { CouncilLevel, ProjectOutcome } from '../generated/graphql.js';
import type { $Enums } from '../generated/prisma/client.js';

export const COUNCIL_LEVELS = vocabulary({
  REPUBLICAN: labels('Republican', 'Республиканский', 'Республикалық'),
  LOCAL: labels('Local', 'Местный', 'Жергілікті'),
} satisfies Record<CouncilLevel, Labels> satisfies Record<$Enums.CouncilLevel, Labels>);

export const PROJECT_OUTCOMES = vocabulary({
  SUPPORTED: labels('Supported', 'Поддержан', 'Қолдау тапты'),
  SUPPORTED_WITH_REMARKS: labels('Supported with remarks', 'Поддержан с замечаниями', 'Ескертулермен қолдау тапты'),
  RETURNED_FOR_REVISION: labels('Returned for revision', 'Возвращён на доработку', 'Пысықтауға қайтарылды'),
  REJECTED: labels('Not supported', 'Не поддержан', 'Қолдау таппады'),
} satisfies Record<ProjectOutcome, Labels> satisfies Record<$Enums.ProjectOutcome, Labels>);
