/**
 * The sectors NGOs work in: the one definition of the vocabulary, checked
 * against the GraphQL enum (the database keeps the codes as text[]).
 */
import type { Labels } from '../../../../lib/domain/labels.js';
import { labels, vocabulary } from '../../../../lib/domain/terms.js';
import type { Sector } from '../generated/graphql.js';

export const SECTORS = vocabulary({
  SOCIAL_PROTECTION: labels('Social protection', 'Социальная защита', 'Әлеуметтік қорғау'),
  EDUCATION: labels('Education', 'Образование', 'Білім беру'),
  HEALTH: labels('Health', 'Здравоохранение', 'Денсаулық сақтау'),
  ENVIRONMENT: labels('Environment', 'Экология', 'Экология'),
  CULTURE: labels('Culture and arts', 'Культура и искусство', 'Мәдениет және өнер'),
  YOUTH: labels('Youth', 'Молодёжь', 'Жастар'),
  SPORT: labels('Sport', 'Спорт', 'Спорт'),
  HUMAN_RIGHTS: labels('Human rights', 'Права человека', 'Адам құқықтары'),
  GENDER_EQUALITY: labels('Gender equality and family', 'Гендерное равенство и семья', 'Гендерлік теңдік және отбасы'),
  CHILDREN: labels('Children', 'Дети', 'Балалар'),
  DISABILITY: labels('Persons with disabilities', 'Лица с инвалидностью', 'Мүгедектігі бар адамдар'),
  ELDERLY_AND_VETERANS: labels(
    'Elderly people and veterans',
    'Пожилые люди и ветераны',
    'Егде адамдар және ардагерлер',
  ),
  LEGAL_EDUCATION: labels('Legal education and aid', 'Правовое просвещение и помощь', 'Құқықтық білім беру және көмек'),
  DIGITALIZATION: labels('Digitalization', 'Цифровизация', 'Цифрландыру'),
  SCIENCE: labels('Science and innovation', 'Наука и инновации', 'Ғылым және инновация'),
  INTERETHNIC_HARMONY: labels('Interethnic harmony', 'Межэтническое согласие', 'Ұлтаралық келісім'),
  RURAL_DEVELOPMENT: labels('Rural development', 'Развитие села', 'Ауылды дамыту'),
  VOLUNTEERING: labels(
    'Volunteering and charity',
    'Волонтёрство и благотворительность',
    'Волонтерлік және қайырымдылық',
  ),
  MEDIA: labels('Media and information', 'СМИ и информация', 'БАҚ және ақпарат'),
  ANIMAL_WELFARE: labels('Animal welfare', 'Защита животных', 'Жануарларды қорғау'),
} satisfies Record<Sector, Labels>);
