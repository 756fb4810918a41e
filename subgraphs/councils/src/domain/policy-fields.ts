/**
 * The policy fields of the projects public councils consider: the one
 * definition of the vocabulary, checked against the GraphQL enum (the
 * database keeps the codes as text).
 */
import type { Labels } from '../../../../lib/domain/labels.js';
import { labels, vocabulary } from '../../../../lib/domain/terms.js';
import type { PolicyField } from '../generated/graphql.js';

/** The first four are those the 12th Civil Forum named. */
export const POLICY_FIELDS = vocabulary({
  SOCIAL_PROTECTION: labels('Social protection', 'Социальная защита', 'Әлеуметтік қорғау'),
  ENVIRONMENT: labels('Environment', 'Экология', 'Экология'),
  DIGITALIZATION: labels('Digitalization', 'Цифровизация', 'Цифрландыру'),
  LEGAL_EDUCATION: labels('Legal education', 'Правовое просвещение', 'Құқықтық білім беру'),
  HEALTH: labels('Health', 'Здравоохранение', 'Денсаулық сақтау'),
  EDUCATION: labels('Education', 'Образование', 'Білім беру'),
  HOUSING_AND_UTILITIES: labels('Housing and utilities', 'ЖКХ', 'Тұрғын үй-коммуналдық шаруашылық'),
  TRANSPORT: labels('Transport and roads', 'Транспорт и дороги', 'Көлік және жолдар'),
  AGRICULTURE: labels('Agriculture', 'Сельское хозяйство', 'Ауыл шаруашылығы'),
  CULTURE: labels('Culture', 'Культура', 'Мәдениет'),
  YOUTH_POLICY: labels('Youth policy', 'Молодёжная политика', 'Жастар саясаты'),
  PUBLIC_FINANCE: labels(
    'Budget and public finance',
    'Бюджет и государственные финансы',
    'Бюджет және мемлекеттік қаржы',
  ),
  PUBLIC_SAFETY: labels('Public safety', 'Общественная безопасность', 'Қоғамдық қауіпсіздік'),
  ECONOMY: labels('Economy and entrepreneurship', 'Экономика и предпринимательство', 'Экономика және кәсіпкерлік'),
  ANTI_CORRUPTION: labels('Anti-corruption', 'Противодействие коррупции', 'Сыбайлас жемқорлыққа қарсы іс-қимыл'),
} satisfies Record<PolicyField, Labels>);

export const FORUM_FIELDS = [
  'SOCIAL_PROTECTION',
  'ENVIRONMENT',
  'DIGITALIZATION',
  'LEGAL_EDUCATION',
] as const satisfies readonly PolicyField[];
