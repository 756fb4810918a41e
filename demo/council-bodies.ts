/**
 * The central bodies that form republican public councils: ministries and
 * agencies of the Government, as named in 2025. `since` is when the body got
 * its current form (a council cannot be older than its body); `fields` are
 * the policy fields most of its council's projects fall into.
 */
export interface CentralBody {
  /** The body as the formedBy column names it. */
  name: string;
  /** "Общественный совет …" is followed by this. */
  genitive: string;
  en: string;
  since: string;
  fields: string[];
}

const body = (name: string, genitive: string, en: string, since: string, fields: string[]): CentralBody => ({
  name,
  genitive,
  en,
  since,
  fields,
});

export const CENTRAL_BODIES: readonly CentralBody[] = [
  body(
    'Министерство культуры и информации РК',
    'Министерства культуры и информации РК',
    'Ministry of Culture and Information',
    '2023-09-01',
    ['CULTURE', 'YOUTH_POLICY'],
  ),
  body('Министерство просвещения РК', 'Министерства просвещения РК', 'Ministry of Education', '2022-06-11', [
    'EDUCATION',
    'YOUTH_POLICY',
  ]),
  body(
    'Министерство науки и высшего образования РК',
    'Министерства науки и высшего образования РК',
    'Ministry of Science and Higher Education',
    '2022-06-11',
    ['EDUCATION', 'DIGITALIZATION'],
  ),
  body('Министерство здравоохранения РК', 'Министерства здравоохранения РК', 'Ministry of Health', '2016-01-01', [
    'HEALTH',
    'SOCIAL_PROTECTION',
  ]),
  body(
    'Министерство труда и социальной защиты населения РК',
    'Министерства труда и социальной защиты населения РК',
    'Ministry of Labour and Social Protection of the Population',
    '2016-01-01',
    ['SOCIAL_PROTECTION', 'ECONOMY'],
  ),
  body(
    'Министерство экологии и природных ресурсов РК',
    'Министерства экологии и природных ресурсов РК',
    'Ministry of Ecology and Natural Resources',
    '2019-06-17',
    ['ENVIRONMENT'],
  ),
  body(
    'Министерство цифрового развития, инноваций и аэрокосмической промышленности РК',
    'Министерства цифрового развития, инноваций и аэрокосмической промышленности РК',
    'Ministry of Digital Development, Innovations and Aerospace Industry',
    '2019-06-17',
    ['DIGITALIZATION'],
  ),
  body('Министерство юстиции РК', 'Министерства юстиции РК', 'Ministry of Justice', '2016-01-01', [
    'LEGAL_EDUCATION',
    'ANTI_CORRUPTION',
  ]),
  body(
    'Министерство внутренних дел РК',
    'Министерства внутренних дел РК',
    'Ministry of Internal Affairs',
    '2016-01-01',
    ['PUBLIC_SAFETY', 'LEGAL_EDUCATION'],
  ),
  body('Министерство финансов РК', 'Министерства финансов РК', 'Ministry of Finance', '2016-01-01', ['PUBLIC_FINANCE']),
  body(
    'Министерство национальной экономики РК',
    'Министерства национальной экономики РК',
    'Ministry of National Economy',
    '2016-01-01',
    ['ECONOMY', 'PUBLIC_FINANCE'],
  ),
  body(
    'Министерство сельского хозяйства РК',
    'Министерства сельского хозяйства РК',
    'Ministry of Agriculture',
    '2016-01-01',
    ['AGRICULTURE'],
  ),
  body('Министерство транспорта РК', 'Министерства транспорта РК', 'Ministry of Transport', '2023-09-01', [
    'TRANSPORT',
  ]),
  body(
    'Министерство промышленности и строительства РК',
    'Министерства промышленности и строительства РК',
    'Ministry of Industry and Construction',
    '2023-09-01',
    ['HOUSING_AND_UTILITIES', 'ECONOMY'],
  ),
  body('Министерство энергетики РК', 'Министерства энергетики РК', 'Ministry of Energy', '2016-01-01', [
    'HOUSING_AND_UTILITIES',
    'ENVIRONMENT',
  ]),
  body(
    'Министерство водных ресурсов и ирригации РК',
    'Министерства водных ресурсов и ирригации РК',
    'Ministry of Water Resources and Irrigation',
    '2023-09-01',
    ['AGRICULTURE', 'ENVIRONMENT'],
  ),
  body(
    'Министерство туризма и спорта РК',
    'Министерства туризма и спорта РК',
    'Ministry of Tourism and Sports',
    '2023-09-01',
    ['YOUTH_POLICY', 'CULTURE'],
  ),
  body(
    'Министерство торговли и интеграции РК',
    'Министерства торговли и интеграции РК',
    'Ministry of Trade and Integration',
    '2019-06-17',
    ['ECONOMY'],
  ),
  body(
    'Министерство иностранных дел РК',
    'Министерства иностранных дел РК',
    'Ministry of Foreign Affairs',
    '2016-01-01',
    ['ECONOMY', 'CULTURE'],
  ),
  body(
    'Министерство по чрезвычайным ситуациям РК',
    'Министерства по чрезвычайным ситуациям РК',
    'Ministry of Emergency Situations',
    '2020-09-07',
    ['PUBLIC_SAFETY'],
  ),
  body('Министерство обороны РК', 'Министерства обороны РК', 'Ministry of Defence', '2016-01-01', [
    'PUBLIC_SAFETY',
    'SOCIAL_PROTECTION',
  ]),
  body(
    'Комитет по охране прав детей Министерства просвещения РК',
    'Комитета по охране прав детей Министерства просвещения РК',
    "Committee for the Protection of Children's Rights of the Ministry of Education",
    '2022-06-11',
    ['SOCIAL_PROTECTION', 'EDUCATION'],
  ),
  body(
    'Агентство РК по противодействию коррупции',
    'Агентства РК по противодействию коррупции',
    'Anti-Corruption Agency',
    '2019-06-13',
    ['ANTI_CORRUPTION'],
  ),
  body(
    'Агентство РК по финансовому мониторингу',
    'Агентства РК по финансовому мониторингу',
    'Financial Monitoring Agency',
    '2021-07-20',
    ['ANTI_CORRUPTION', 'PUBLIC_FINANCE'],
  ),
  body(
    'Агентство по стратегическому планированию и реформам РК',
    'Агентства по стратегическому планированию и реформам РК',
    'Agency for Strategic Planning and Reforms',
    '2020-10-05',
    ['ECONOMY', 'DIGITALIZATION'],
  ),
  body(
    'Агентство по защите и развитию конкуренции РК',
    'Агентства по защите и развитию конкуренции РК',
    'Agency for Protection and Development of Competition',
    '2022-03-01',
    ['ECONOMY'],
  ),
  body(
    'Агентство РК по регулированию и развитию финансового рынка',
    'Агентства РК по регулированию и развитию финансового рынка',
    'Agency for Regulation and Development of the Financial Market',
    '2020-01-01',
    ['PUBLIC_FINANCE', 'ECONOMY'],
  ),
  body(
    'Агентство РК по делам государственной службы',
    'Агентства РК по делам государственной службы',
    'Agency for Civil Service Affairs',
    '2016-01-01',
    ['ANTI_CORRUPTION', 'DIGITALIZATION'],
  ),
  body('Высшая аудиторская палата РК', 'Высшей аудиторской палаты РК', 'Supreme Audit Chamber', '2022-07-01', [
    'PUBLIC_FINANCE',
  ]),
  body(
    'Комитет по делам религий Министерства культуры и информации РК',
    'Комитета по делам религий Министерства культуры и информации РК',
    'Committee for Religious Affairs of the Ministry of Culture and Information',
    '2023-09-01',
    ['LEGAL_EDUCATION', 'CULTURE'],
  ),
  body(
    'Комитет государственных доходов Министерства финансов РК',
    'Комитета государственных доходов Министерства финансов РК',
    'State Revenue Committee of the Ministry of Finance',
    '2016-01-01',
    ['PUBLIC_FINANCE', 'DIGITALIZATION'],
  ),
  body(
    'Комитет по делам молодёжи и семьи Министерства культуры и информации РК',
    'Комитета по делам молодёжи и семьи Министерства культуры и информации РК',
    'Committee for Youth and Family Affairs of the Ministry of Culture and Information',
    '2023-09-01',
    ['YOUTH_POLICY', 'SOCIAL_PROTECTION'],
  ),
  body(
    'Бюро национальной статистики Агентства по стратегическому планированию и реформам РК',
    'Бюро национальной статистики Агентства по стратегическому планированию и реформам РК',
    'Bureau of National Statistics',
    '2021-01-01',
    ['DIGITALIZATION', 'ECONOMY'],
  ),
  body(
    'Комитет лесного хозяйства и животного мира Министерства экологии и природных ресурсов РК',
    'Комитета лесного хозяйства и животного мира Министерства экологии и природных ресурсов РК',
    'Committee for Forestry and Wildlife of the Ministry of Ecology and Natural Resources',
    '2019-06-17',
    ['ENVIRONMENT', 'AGRICULTURE'],
  ),
];
