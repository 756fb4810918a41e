/**
 * What NGO names are made of: the legal form, a line of work tied to the
 * NGO's sector, and a proper name (often a Kazakh word). Each comes in
 * Russian, Kazakh and English, so the three name columns say the same thing.
 */
import type { Labels } from '../lib/domain/labels.js';
import type { LegalForm } from './types.js';

const l = (ru: string, kk: string, en: string): Labels => ({ ru, kk, en });

/** The legal form as written in a name; in Kazakh it follows the quoted name. */
export const LEGAL_FORMS: readonly { value: LegalForm; weight: number; label: Labels }[] = [
  {
    value: 'PUBLIC_ASSOCIATION',
    weight: 54,
    label: l('Общественное объединение', 'қоғамдық бірлестігі', 'Public Association'),
  },
  { value: 'PUBLIC_FOUNDATION', weight: 27, label: l('Общественный фонд', 'қоғамдық қоры', 'Public Foundation') },
  { value: 'PRIVATE_INSTITUTION', weight: 10, label: l('Частное учреждение', 'жеке мекемесі', 'Private Institution') },
  {
    value: 'ASSOCIATION_OF_LEGAL_ENTITIES',
    weight: 5,
    label: l('Объединение юридических лиц', 'заңды тұлғалар бірлестігі', 'Association of Legal Entities'),
  },
  {
    value: 'RELIGIOUS_ASSOCIATION',
    weight: 2,
    label: l('Религиозное объединение', 'діни бірлестігі', 'Religious Association'),
  },
  {
    value: 'CONSUMER_COOPERATIVE',
    weight: 2,
    label: l('Потребительский кооператив', 'тұтыну кооперативі', 'Consumer Cooperative'),
  },
];

export function legalFormLabel(form: LegalForm): Labels {
  const found = LEGAL_FORMS.find((f) => f.value === form);
  if (!found) throw new Error(`unknown legal form ${form}`);
  return found.label;
}

/** Lines of work by sector code; a sector added to lib/domain later simply gets names without one. */
export const SECTOR_STEMS: Readonly<Record<string, readonly Labels[]>> = {
  SOCIAL_PROTECTION: [
    l('Центр социальной поддержки', 'әлеуметтік қолдау орталығы', 'Social Support Centre'),
    l('Центр помощи семьям', 'отбасыларға көмек орталығы', 'Family Assistance Centre'),
  ],
  EDUCATION: [
    l('Образовательный центр', 'білім беру орталығы', 'Education Centre'),
    l('Ассоциация учителей', 'мұғалімдер қауымдастығы', 'Teachers Association'),
  ],
  HEALTH: [
    l('Центр здоровья', 'денсаулық орталығы', 'Health Centre'),
    l('Ассоциация пациентов', 'пациенттер қауымдастығы', 'Patients Association'),
  ],
  ENVIRONMENT: [
    l('Экологический центр', 'экологиялық орталығы', 'Environmental Centre'),
    l('Зелёное движение', 'жасыл қозғалысы', 'Green Movement'),
  ],
  CULTURE: [
    l('Культурный центр', 'мәдени орталығы', 'Cultural Centre'),
    l('Театральная студия', 'театр студиясы', 'Theatre Studio'),
  ],
  YOUTH: [
    l('Молодёжный центр', 'жастар орталығы', 'Youth Centre'),
    l('Молодёжное движение', 'жастар қозғалысы', 'Youth Movement'),
  ],
  SPORT: [
    l('Спортивный клуб', 'спорт клубы', 'Sports Club'),
    l('Федерация любителей спорта', 'әуесқой спорт федерациясы', 'Amateur Sports Federation'),
  ],
  HUMAN_RIGHTS: [
    l('Правозащитный центр', 'құқық қорғау орталығы', 'Human Rights Centre'),
    l('Бюро по правам человека', 'адам құқықтары жөніндегі бюросы', 'Human Rights Bureau'),
  ],
  GENDER_EQUALITY: [
    l('Кризисный центр', 'дағдарыс орталығы', 'Crisis Centre'),
    l('Союз женщин', 'әйелдер одағы', "Women's Union"),
  ],
  CHILDREN: [
    l('Центр поддержки детей', 'балаларды қолдау орталығы', 'Children Support Centre'),
    l('Детский клуб', 'балалар клубы', "Children's Club"),
  ],
  DISABILITY: [
    l('Общество инвалидов', 'мүгедектер қоғамы', 'Society of Persons with Disabilities'),
    l('Центр инклюзии', 'инклюзия орталығы', 'Inclusion Centre'),
  ],
  ELDERLY_AND_VETERANS: [
    l('Совет ветеранов', 'ардагерлер кеңесі', 'Veterans Council'),
    l('Клуб активного долголетия', 'белсенді ұзақ өмір клубы', 'Active Ageing Club'),
  ],
  LEGAL_EDUCATION: [
    l('Центр правовой помощи', 'құқықтық көмек орталығы', 'Legal Aid Centre'),
    l('Школа правовой грамотности', 'құқықтық сауаттылық мектебі', 'Legal Literacy School'),
  ],
  DIGITALIZATION: [
    l('Центр цифровых навыков', 'цифрлық дағдылар орталығы', 'Digital Skills Centre'),
    l('ИТ-сообщество', 'IT қауымдастығы', 'IT Community'),
  ],
  SCIENCE: [
    l('Научное общество', 'ғылыми қоғамы', 'Scientific Society'),
    l('Центр инноваций', 'инновациялар орталығы', 'Innovation Centre'),
  ],
  INTERETHNIC_HARMONY: [
    l('Этнокультурный центр', 'этномәдени орталығы', 'Ethnocultural Centre'),
    l('Дом дружбы', 'достық үйі', 'House of Friendship'),
  ],
  RURAL_DEVELOPMENT: [
    l('Союз сельских предпринимателей', 'ауыл кәсіпкерлері одағы', 'Rural Entrepreneurs Union'),
    l('Центр развития села', 'ауылды дамыту орталығы', 'Rural Development Centre'),
  ],
  VOLUNTEERING: [
    l('Волонтёрский центр', 'волонтерлік орталығы', 'Volunteer Centre'),
    l('Клуб добрых дел', 'игі істер клубы', 'Good Deeds Club'),
  ],
  MEDIA: [
    l('Медиацентр', 'медиа орталығы', 'Media Centre'),
    l('Клуб журналистов', 'журналистер клубы', 'Journalists Club'),
  ],
  ANIMAL_WELFARE: [
    l('Приют для животных', 'жануарлар баспанасы', 'Animal Shelter'),
    l('Общество защиты животных', 'жануарларды қорғау қоғамы', 'Animal Protection Society'),
  ],
};

/** Proper names: Kazakh words (Russian spelling, Kazakh spelling, Latin), a few Russian and English ones. */
export const PROPER_NAMES: readonly Labels[] = [
  l('Болашак', 'Болашақ', 'Bolashak'),
  l('Шанырак', 'Шаңырақ', 'Shanyrak'),
  l('Достык', 'Достық', 'Dostyk'),
  l('Мейирим', 'Мейірім', 'Meirim'),
  l('Умит', 'Үміт', 'Umit'),
  l('Жаркын', 'Жарқын', 'Zharkyn'),
  l('Ак жол', 'Ақ жол', 'Ak Zhol'),
  l('Бирлик', 'Бірлік', 'Birlik'),
  l('Сеним', 'Сенім', 'Senim'),
  l('Жигер', 'Жігер', 'Zhiger'),
  l('Самгау', 'Самғау', 'Samgau'),
  l('Нур', 'Нұр', 'Nur'),
  l('Арман', 'Арман', 'Arman'),
  l('Камкор', 'Қамқор', 'Kamkor'),
  l('Жасыл ел', 'Жасыл ел', 'Zhasyl El'),
  l('Таза элем', 'Таза әлем', 'Taza Alem'),
  l('Изгилик', 'Ізгілік', 'Izgilik'),
  l('Мирас', 'Мирас', 'Miras'),
  l('Тумар', 'Тұмар', 'Tumar'),
  l('Оркен', 'Өркен', 'Orken'),
  l('Улагат', 'Ұлағат', 'Ulagat'),
  l('Ырыс', 'Ырыс', 'Yrys'),
  l('Шуак', 'Шуақ', 'Shuak'),
  l('Комек', 'Көмек', 'Komek'),
  l('Ынтымак', 'Ынтымақ', 'Yntymak'),
  l('Алтын бесик', 'Алтын бесік', 'Altyn Besik'),
  l('Кемел', 'Кемел', 'Kemel'),
  l('Жулдыз', 'Жұлдыз', 'Zhuldyz'),
  l('Акниет', 'Ақниет', 'Akniet'),
  l('Тирек', 'Тірек', 'Tirek'),
  l('Кадам', 'Қадам', 'Kadam'),
  l('Адилет', 'Әділет', 'Adilet'),
  l('Сана', 'Сана', 'Sana'),
  l('Береке', 'Береке', 'Bereke'),
  l('Нурлы болашак', 'Нұрлы болашақ', 'Nurly Bolashak'),
  l('Аялы алакан', 'Аялы алақан', 'Ayaly Alakan'),
  l('Мерей', 'Мерей', 'Merei'),
  l('Серпин', 'Серпін', 'Serpin'),
  l('Кайнар', 'Қайнар', 'Kainar'),
  l('Жас канат', 'Жас қанат', 'Zhas Kanat'),
  l('Кус жолы', 'Құс жолы', 'Kus Zholy'),
  l('Тан шолпан', 'Таң шолпан', 'Tan Sholpan'),
  l('Надежда', 'Надежда', 'Nadezhda'),
  l('Доверие', 'Доверие', 'Doverie'),
  l('Содружество', 'Содружество', 'Sodruzhestvo'),
  l('Открытый мир', 'Открытый мир', 'Open World'),
  l('Рассвет', 'Рассвет', 'Rassvet'),
  l('Гармония', 'Гармония', 'Harmony'),
  l('Перспектива', 'Перспектива', 'Perspektiva'),
  l('Милосердие', 'Милосердие', 'Miloserdie'),
  l('Родник', 'Родник', 'Rodnik'),
  l('Феникс', 'Феникс', 'Phoenix'),
  l('Ориентир', 'Ориентир', 'Orientir'),
  l('Вектор', 'Вектор', 'Vector'),
  l('Smart Steppe', 'Smart Steppe', 'Smart Steppe'),
  l('Eco Life', 'Eco Life', 'Eco Life'),
  l('Open Space', 'Open Space', 'Open Space'),
];

/**
 * The three names of an NGO, as registries write them:
 * ru  Общественное объединение «Молодёжный центр „Болашак“»
 * kk  «„Болашақ“ жастар орталығы» қоғамдық бірлестігі
 * en  Public Association "Bolashak Youth Centre"
 */
export function ngoNames(form: Labels, proper: Labels, stem: Labels | undefined): Labels {
  if (!stem) {
    return { ru: `${form.ru} «${proper.ru}»`, kk: `«${proper.kk}» ${form.kk}`, en: `${form.en} "${proper.en}"` };
  }
  return {
    ru: `${form.ru} «${stem.ru} „${proper.ru}“»`,
    kk: `«„${proper.kk}“ ${stem.kk}» ${form.kk}`,
    en: `${form.en} "${proper.en} ${stem.en}"`,
  };
}
