/**
 * Places inside the 20 regions, for addresses and local public councils:
 * cities of regional significance (each with its own akimat and council),
 * districts, and landline codes. Russian names with the genitive case the
 * council names need ("Общественный совет города Темиртау").
 */
import { REGIONS, type RegionInfo } from '../lib/domain/regions.js';

export interface City {
  ru: string;
  /** "города Караганды" is built from this. */
  genitive: string;
  /** The landline code after +7, e.g. 7212 for Karaganda. */
  phoneCode: string;
}

export interface RegionPlaces {
  code: string;
  /** The administrative centre first; for the three republican cities, the city itself. */
  cities: City[];
  /** Rural districts of an oblast, or city districts of a republican city, as written in Russian. */
  districts: string[];
  /** Regions created on 8 June 2022: their bodies, councils included, date from then. */
  createdIn2022?: boolean;
}

const city = (ru: string, genitive: string, phoneCode: string): City => ({ ru, genitive, phoneCode });

export const REGION_PLACES: readonly RegionPlaces[] = [
  {
    code: 'KZ-10',
    createdIn2022: true,
    cities: [city('Семей', 'Семея', '7222'), city('Курчатов', 'Курчатова', '72251')],
    districts: [
      'Абайский',
      'Аксуатский',
      'Аягозский',
      'Бескарагайский',
      'Бородулихинский',
      'Жанасемейский',
      'Жарминский',
      'Кокпектинский',
      'Маканчинский',
      'Урджарский',
    ],
  },
  {
    code: 'KZ-11',
    cities: [
      city('Кокшетау', 'Кокшетау', '7162'),
      city('Степногорск', 'Степногорска', '71645'),
      city('Косшы', 'Косшы', '7172'),
    ],
    districts: [
      'Аккольский',
      'Аршалынский',
      'Астраханский',
      'Атбасарский',
      'Буландынский',
      'Бурабайский',
      'Егиндыкольский',
      'Енбекшильдерский',
      'Ерейментауский',
      'Есильский',
      'Жаксынский',
      'Жаркаинский',
      'Зерендинский',
      'Коргалжынский',
      'Сандыктауский',
      'Целиноградский',
      'Шортандинский',
      'район Биржан сал',
    ],
  },
  {
    code: 'KZ-15',
    cities: [city('Актобе', 'Актобе', '7132')],
    districts: [
      'Айтекебийский',
      'Алгинский',
      'Байганинский',
      'Иргизский',
      'Каргалинский',
      'Мартукский',
      'Мугалжарский',
      'Темирский',
      'Уилский',
      'Хобдинский',
      'Хромтауский',
      'Шалкарский',
    ],
  },
  {
    code: 'KZ-19',
    cities: [city('Конаев', 'Конаева', '72772')],
    districts: [
      'Балхашский',
      'Енбекшиказахский',
      'Жамбылский',
      'Илийский',
      'Карасайский',
      'Кегенский',
      'Райымбекский',
      'Талгарский',
      'Уйгурский',
    ],
  },
  {
    code: 'KZ-23',
    cities: [city('Атырау', 'Атырау', '7122')],
    districts: [
      'Жылыойский',
      'Индерский',
      'Исатайский',
      'Кзылкогинский',
      'Курмангазинский',
      'Макатский',
      'Махамбетский',
    ],
  },
  {
    code: 'KZ-27',
    cities: [city('Уральск', 'Уральска', '7112')],
    districts: [
      'Акжаикский',
      'Байтерекский',
      'Бокейординский',
      'Бурлинский',
      'Жангалинский',
      'Жанибекский',
      'Казталовский',
      'Каратобинский',
      'Сырымский',
      'Таскалинский',
      'Теректинский',
      'Чингирлауский',
    ],
  },
  {
    code: 'KZ-31',
    cities: [city('Тараз', 'Тараза', '7262')],
    districts: [
      'Байзакский',
      'Жамбылский',
      'Жуалынский',
      'Кордайский',
      'Меркенский',
      'Мойынкумский',
      'Сарысуский',
      'Таласский',
      'Шуский',
      'район Турара Рыскулова',
    ],
  },
  {
    code: 'KZ-33',
    createdIn2022: true,
    cities: [city('Талдыкорган', 'Талдыкоргана', '7282'), city('Текели', 'Текели', '72835')],
    districts: [
      'Аксуский',
      'Алакольский',
      'Ескельдинский',
      'Каратальский',
      'Кербулакский',
      'Коксуский',
      'Панфиловский',
      'Саркандский',
    ],
  },
  {
    code: 'KZ-35',
    cities: [
      city('Караганда', 'Караганды', '7212'),
      city('Темиртау', 'Темиртау', '7213'),
      city('Балхаш', 'Балхаша', '71036'),
      city('Сарань', 'Сарани', '72137'),
      city('Шахтинск', 'Шахтинска', '72156'),
      city('Приозёрск', 'Приозёрска', '71039'),
    ],
    districts: ['Абайский', 'Актогайский', 'Бухар-Жырауский', 'Каркаралинский', 'Нуринский', 'Осакаровский', 'Шетский'],
  },
  {
    code: 'KZ-39',
    cities: [
      city('Костанай', 'Костаная', '7142'),
      city('Рудный', 'Рудного', '71431'),
      city('Лисаковск', 'Лисаковска', '71433'),
      city('Аркалык', 'Аркалыка', '71430'),
    ],
    districts: [
      'Алтынсаринский',
      'Амангельдинский',
      'Аулиекольский',
      'Денисовский',
      'Джангельдинский',
      'Житикаринский',
      'Камыстинский',
      'Карабалыкский',
      'Карасуский',
      'Костанайский',
      'Мендыкаринский',
      'Наурзумский',
      'Сарыкольский',
      'Узункольский',
      'Федоровский',
      'район Беимбета Майлина',
    ],
  },
  {
    code: 'KZ-43',
    cities: [city('Кызылорда', 'Кызылорды', '7242')],
    districts: [
      'Аральский',
      'Жалагашский',
      'Жанакорганский',
      'Казалинский',
      'Кармакшинский',
      'Сырдарьинский',
      'Шиелийский',
    ],
  },
  {
    code: 'KZ-47',
    cities: [city('Актау', 'Актау', '7292'), city('Жанаозен', 'Жанаозена', '72934')],
    districts: ['Бейнеуский', 'Каракиянский', 'Мангистауский', 'Мунайлинский', 'Тупкараганский'],
  },
  {
    code: 'KZ-55',
    cities: [
      city('Павлодар', 'Павлодара', '7182'),
      city('Экибастуз', 'Экибастуза', '7187'),
      city('Аксу', 'Аксу', '71837'),
    ],
    districts: [
      'Аккулинский',
      'Актогайский',
      'Баянаульский',
      'Железинский',
      'Иртышский',
      'Майский',
      'Павлодарский',
      'Теренкольский',
      'Успенский',
      'Щербактинский',
    ],
  },
  {
    code: 'KZ-59',
    cities: [city('Петропавловск', 'Петропавловска', '7152')],
    districts: [
      'Айыртауский',
      'Акжарский',
      'Аккайынский',
      'Есильский',
      'Жамбылский',
      'Кызылжарский',
      'Мамлютский',
      'Тайыншинский',
      'Тимирязевский',
      'Уалихановский',
      'район Габита Мусрепова',
      'район Магжана Жумабаева',
      'район Шал акына',
    ],
  },
  {
    code: 'KZ-61',
    cities: [
      city('Туркестан', 'Туркестана', '72533'),
      city('Кентау', 'Кентау', '72536'),
      city('Арыс', 'Арыси', '72540'),
    ],
    districts: [
      'Байдибекский',
      'Жетысайский',
      'Казыгуртский',
      'Келесский',
      'Мактааральский',
      'Ордабасинский',
      'Отырарский',
      'Сайрамский',
      'Сарыагашский',
      'Сауранский',
      'Сузакский',
      'Толебийский',
      'Тюлькубасский',
      'Шардаринский',
    ],
  },
  {
    code: 'KZ-62',
    createdIn2022: true,
    cities: [
      city('Жезказган', 'Жезказгана', '7102'),
      city('Сатпаев', 'Сатпаева', '71063'),
      city('Каражал', 'Каражала', '71032'),
    ],
    districts: ['Жанааркинский', 'Улытауский'],
  },
  {
    code: 'KZ-63',
    cities: [city('Усть-Каменогорск', 'Усть-Каменогорска', '7232'), city('Риддер', 'Риддера', '72336')],
    districts: [
      'Глубоковский',
      'Зайсанский',
      'Катон-Карагайский',
      'Курчумский',
      'Самарский',
      'Тарбагатайский',
      'Уланский',
      'Шемонаихинский',
      'район Алтай',
    ],
  },
  {
    code: 'KZ-71',
    cities: [city('Астана', 'Астаны', '7172')],
    districts: ['район Алматы', 'район Байконыр', 'район Есиль', 'район Нура', 'район Сарыарка'],
  },
  {
    code: 'KZ-75',
    cities: [city('Алматы', 'Алматы', '727')],
    districts: [
      'Алатауский',
      'Алмалинский',
      'Ауэзовский',
      'Бостандыкский',
      'Жетысуский',
      'Медеуский',
      'Наурызбайский',
      'Турксибский',
    ],
  },
  {
    code: 'KZ-79',
    cities: [city('Шымкент', 'Шымкента', '7252')],
    districts: ['Абайский', 'Аль-Фарабийский', 'Енбекшинский', 'Каратауский', 'район Туран'],
  },
];

const PLACES_BY_CODE = new Map(REGION_PLACES.map((p) => [p.code, p]));

export function placesOf(regionCode: string): RegionPlaces {
  const places = PLACES_BY_CODE.get(regionCode);
  if (!places) throw new Error(`no places for region ${regionCode}`);
  return places;
}

/** "Карагандинская область" → "Карагандинской области"; every oblast's Russian name has that shape. */
export function regionGenitiveRu(region: RegionInfo): string {
  if (region.kind === 'CITY') return `города ${placesOf(region.code).cities[0]!.genitive}`;
  const match = /^(.+)ая область$/.exec(region.name.ru);
  if (!match) throw new Error(`cannot decline the region name "${region.name.ru}"`);
  return `${match[1]}ой области`;
}

/** "Урджарский" → "Урджарского района", "район Алтай" → "района Алтай". */
export function districtGenitiveRu(district: string): string {
  if (district.startsWith('район ')) return `района ${district.slice('район '.length)}`;
  const match = /^(.+)ский$/.exec(district);
  if (!match) throw new Error(`cannot decline the district name "${district}"`);
  return `${match[1]}ского района`;
}

/** Sanity check at load: every region of lib/domain has its places, and no more. */
if (REGION_PLACES.length !== REGIONS.length || REGIONS.some((r) => !PLACES_BY_CODE.has(r.code))) {
  throw new Error('demo/places.ts must describe exactly the regions of lib/domain/regions.ts');
}
