/** Labels of the NGO registry's statuses and legal forms (the Law "On non-commercial organizations"). */
import { term, type Term } from '../../../../lib/domain/terms.js';

export const NGO_STATUSES: readonly Term[] = [
  term('ACTIVE', 'Active', 'Действующая', 'Әрекет етуші'),
  term('SUSPENDED', 'Suspended', 'Деятельность приостановлена', 'Қызметі тоқтатыла тұрған'),
  term('LIQUIDATED', 'Liquidated', 'Ликвидирована', 'Таратылған'),
];

export const LEGAL_FORMS: readonly Term[] = [
  term('PUBLIC_ASSOCIATION', 'Public association', 'Общественное объединение', 'Қоғамдық бірлестік'),
  term('PUBLIC_FOUNDATION', 'Public foundation', 'Общественный фонд', 'Қоғамдық қор'),
  term('PRIVATE_INSTITUTION', 'Private institution', 'Частное учреждение', 'Жеке мекеме'),
  term(
    'ASSOCIATION_OF_LEGAL_ENTITIES',
    'Association of legal entities',
    'Объединение юридических лиц в форме ассоциации',
    'Қауымдастық нысанындағы заңды тұлғалар бірлестігі',
  ),
  term('RELIGIOUS_ASSOCIATION', 'Religious association', 'Религиозное объединение', 'Діни бірлестік'),
  term('CONSUMER_COOPERATIVE', 'Consumer cooperative', 'Потребительский кооператив', 'Тұтыну кооперативі'),
];
