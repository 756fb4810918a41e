/**
 * Vocabularies shared by the subgraphs: the sectors NGOs work in and the
 * policy fields of the projects public councils consider. The codes are the
 * GraphQL enum values and the values stored in the databases.
 */
import { term, type Term } from './terms.js';

export type { Term };

export const SECTORS: readonly Term[] = [
  term('SOCIAL_PROTECTION', 'Social protection', 'Социальная защита', 'Әлеуметтік қорғау'),
  term('EDUCATION', 'Education', 'Образование', 'Білім беру'),
  term('HEALTH', 'Health', 'Здравоохранение', 'Денсаулық сақтау'),
  term('ENVIRONMENT', 'Environment', 'Экология', 'Экология'),
  term('CULTURE', 'Culture and arts', 'Культура и искусство', 'Мәдениет және өнер'),
  term('YOUTH', 'Youth', 'Молодёжь', 'Жастар'),
  term('SPORT', 'Sport', 'Спорт', 'Спорт'),
  term('HUMAN_RIGHTS', 'Human rights', 'Права человека', 'Адам құқықтары'),
  term('GENDER_EQUALITY', 'Gender equality and family', 'Гендерное равенство и семья', 'Гендерлік теңдік және отбасы'),
  term('CHILDREN', 'Children', 'Дети', 'Балалар'),
  term('DISABILITY', 'Persons with disabilities', 'Лица с инвалидностью', 'Мүгедектігі бар адамдар'),
  term(
    'ELDERLY_AND_VETERANS',
    'Elderly people and veterans',
    'Пожилые люди и ветераны',
    'Егде адамдар және ардагерлер',
  ),
  term('LEGAL_EDUCATION', 'Legal education and aid', 'Правовое просвещение и помощь', 'Құқықтық білім беру және көмек'),
  term('DIGITALIZATION', 'Digitalization', 'Цифровизация', 'Цифрландыру'),
  term('SCIENCE', 'Science and innovation', 'Наука и инновации', 'Ғылым және инновация'),
  term('INTERETHNIC_HARMONY', 'Interethnic harmony', 'Межэтническое согласие', 'Ұлтаралық келісім'),
  term('RURAL_DEVELOPMENT', 'Rural development', 'Развитие села', 'Ауылды дамыту'),
  term(
    'VOLUNTEERING',
    'Volunteering and charity',
    'Волонтёрство и благотворительность',
    'Волонтерлік және қайырымдылық',
  ),
  term('MEDIA', 'Media and information', 'СМИ и информация', 'БАҚ және ақпарат'),
  term('ANIMAL_WELFARE', 'Animal welfare', 'Защита животных', 'Жануарларды қорғау'),
];

/** Fields of council projects; the first four are those the 12th Civil Forum named. */
export const POLICY_FIELDS: readonly Term[] = [
  term('SOCIAL_PROTECTION', 'Social protection', 'Социальная защита', 'Әлеуметтік қорғау'),
  term('ENVIRONMENT', 'Environment', 'Экология', 'Экология'),
  term('DIGITALIZATION', 'Digitalization', 'Цифровизация', 'Цифрландыру'),
  term('LEGAL_EDUCATION', 'Legal education', 'Правовое просвещение', 'Құқықтық білім беру'),
  term('HEALTH', 'Health', 'Здравоохранение', 'Денсаулық сақтау'),
  term('EDUCATION', 'Education', 'Образование', 'Білім беру'),
  term('HOUSING_AND_UTILITIES', 'Housing and utilities', 'ЖКХ', 'Тұрғын үй-коммуналдық шаруашылық'),
  term('TRANSPORT', 'Transport and roads', 'Транспорт и дороги', 'Көлік және жолдар'),
  term('AGRICULTURE', 'Agriculture', 'Сельское хозяйство', 'Ауыл шаруашылығы'),
  term('CULTURE', 'Culture', 'Культура', 'Мәдениет'),
  term('YOUTH_POLICY', 'Youth policy', 'Молодёжная политика', 'Жастар саясаты'),
  term(
    'PUBLIC_FINANCE',
    'Budget and public finance',
    'Бюджет и государственные финансы',
    'Бюджет және мемлекеттік қаржы',
  ),
  term('PUBLIC_SAFETY', 'Public safety', 'Общественная безопасность', 'Қоғамдық қауіпсіздік'),
  term('ECONOMY', 'Economy and entrepreneurship', 'Экономика и предпринимательство', 'Экономика және кәсіпкерлік'),
  term('ANTI_CORRUPTION', 'Anti-corruption', 'Противодействие коррупции', 'Сыбайлас жемқорлыққа қарсы іс-қимыл'),
];

export const FORUM_FIELDS = ['SOCIAL_PROTECTION', 'ENVIRONMENT', 'DIGITALIZATION', 'LEGAL_EDUCATION'] as const;
