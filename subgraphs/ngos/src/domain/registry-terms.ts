/**
 * The NGO registry's statuses and legal forms (the Law "On non-commercial
 * organizations"): the one definition of each vocabulary, checked against the
 * GraphQL enum and the database's enum.
 */
import type { Labels } from '../../../../lib/domain/labels.js';
import { labels, vocabulary } from '../../../../lib/domain/terms.js';
import type { LegalForm, NgoStatus } from '../generated/graphql.js';
import type { $Enums } from '../generated/prisma/client.js';

export const NGO_STATUSES = vocabulary({
  ACTIVE: labels('Active', 'Действующая', 'Әрекет етуші'),
  SUSPENDED: labels('Suspended', 'Деятельность приостановлена', 'Қызметі тоқтатыла тұрған'),
  LIQUIDATED: labels('Liquidated', 'Ликвидирована', 'Таратылған'),
} satisfies Record<NgoStatus, Labels> satisfies Record<$Enums.NgoStatus, Labels>);

export const LEGAL_FORMS = vocabulary({
  PUBLIC_ASSOCIATION: labels('Public association', 'Общественное объединение', 'Қоғамдық бірлестік'),
  PUBLIC_FOUNDATION: labels('Public foundation', 'Общественный фонд', 'Қоғамдық қор'),
  PRIVATE_INSTITUTION: labels('Private institution', 'Частное учреждение', 'Жеке мекеме'),
  ASSOCIATION_OF_LEGAL_ENTITIES: labels(
    'Association of legal entities',
    'Объединение юридических лиц в форме ассоциации',
    'Қауымдастық нысанындағы заңды тұлғалар бірлестігі',
  ),
  RELIGIOUS_ASSOCIATION: labels('Religious association', 'Религиозное объединение', 'Діни бірлестік'),
  CONSUMER_COOPERATIVE: labels('Consumer cooperative', 'Потребительский кооператив', 'Тұтыну кооперативі'),
} satisfies Record<LegalForm, Labels> satisfies Record<$Enums.LegalForm, Labels>);
