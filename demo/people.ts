/**
 * People and contacts: full names in the Kazakh and Russian styles written in
 * Kazakhstan (surname, given name, patronymic), e-mail addresses and phone
 * numbers. The Russian-style names come from Faker's ru locale; Faker has no
 * Kazakh locale, so the Kazakh ones are drawn from the lists below.
 */
import { chance, pick, type Random } from './random.js';

const KAZAKH_MALE = [
  'Айбек',
  'Азамат',
  'Алибек',
  'Арман',
  'Асхат',
  'Асылбек',
  'Бауыржан',
  'Бахытжан',
  'Бекзат',
  'Габит',
  'Данияр',
  'Дархан',
  'Даурен',
  'Ельдар',
  'Ерболат',
  'Ержан',
  'Ерлан',
  'Жандос',
  'Жанибек',
  'Кайрат',
  'Канат',
  'Марат',
  'Медет',
  'Мирас',
  'Мурат',
  'Нурлан',
  'Нурсултан',
  'Олжас',
  'Руслан',
  'Самат',
  'Санжар',
  'Серик',
  'Талгат',
  'Тимур',
  'Айдос',
  'Болат',
  'Ерасыл',
  'Мейрам',
  'Нуржан',
  'Темирлан',
];
const KAZAKH_FEMALE = [
  'Айгуль',
  'Айжан',
  'Айнур',
  'Алия',
  'Арайлым',
  'Асель',
  'Асем',
  'Балжан',
  'Гульмира',
  'Гульнара',
  'Дана',
  'Динара',
  'Жанар',
  'Жанна',
  'Жибек',
  'Индира',
  'Камила',
  'Карлыгаш',
  'Ляззат',
  'Мадина',
  'Меруерт',
  'Назира',
  'Раушан',
  'Роза',
  'Салтанат',
  'Сауле',
  'Толкын',
  'Томирис',
  'Улжан',
  'Шолпан',
];
/** Masculine forms; the feminine adds "а". */
const KAZAKH_SURNAMES = [
  'Абдрахманов',
  'Абенов',
  'Айтжанов',
  'Ахметов',
  'Байжанов',
  'Бекенов',
  'Бекмуханов',
  'Досмагамбетов',
  'Ермеков',
  'Есенов',
  'Жакупов',
  'Жаксылыков',
  'Жумабаев',
  'Исмаилов',
  'Искаков',
  'Калиев',
  'Касымов',
  'Кенжебаев',
  'Кожахметов',
  'Кудайбергенов',
  'Мамыров',
  'Муратов',
  'Мукашев',
  'Нургалиев',
  'Нурпеисов',
  'Омаров',
  'Оспанов',
  'Рахимов',
  'Садыков',
  'Сагинтаев',
  'Сарсенбаев',
  'Сейтказиев',
  'Темирбаев',
  'Тлеубердиев',
  'Токтаров',
  'Тулегенов',
  'Турсынбаев',
  'Утемисов',
  'Шакенов',
  'Ыбраев',
];

export interface Person {
  fullName: string;
  givenName: string;
  surname: string;
}

function kazakhPerson(random: Random): Person {
  const female = chance(random, 0.5);
  const givenName = pick(random, female ? KAZAKH_FEMALE : KAZAKH_MALE);
  const surname = pick(random, KAZAKH_SURNAMES) + (female ? 'а' : '');
  const father = pick(random, KAZAKH_MALE);
  // Most write a Russian-style patronymic; some the Kazakh "-ұлы / -қызы".
  const patronymic = chance(random, 0.15) ? father + (female ? 'қызы' : 'ұлы') : father + (female ? 'овна' : 'ович');
  return { fullName: `${surname} ${givenName} ${patronymic}`, givenName, surname };
}

function russianPerson(random: Random): Person {
  const sex = chance(random, 0.5) ? 'female' : 'male';
  const givenName = random.person.firstName(sex);
  const surname = random.person.lastName(sex);
  const patronymic = random.person.middleName(sex);
  return { fullName: `${surname} ${givenName} ${patronymic}`, givenName, surname };
}

export function person(random: Random): Person {
  return chance(random, 0.68) ? kazakhPerson(random) : russianPerson(random);
}

const LATIN: Record<string, string> = {
  а: 'a',
  б: 'b',
  в: 'v',
  г: 'g',
  д: 'd',
  е: 'e',
  ё: 'e',
  ж: 'zh',
  з: 'z',
  и: 'i',
  й: 'i',
  к: 'k',
  л: 'l',
  м: 'm',
  н: 'n',
  о: 'o',
  п: 'p',
  р: 'r',
  с: 's',
  т: 't',
  у: 'u',
  ф: 'f',
  х: 'kh',
  ц: 'ts',
  ч: 'ch',
  ш: 'sh',
  щ: 'shch',
  ъ: '',
  ы: 'y',
  ь: '',
  э: 'e',
  ю: 'yu',
  я: 'ya',
  ә: 'a',
  ғ: 'g',
  қ: 'k',
  ң: 'n',
  ө: 'o',
  ұ: 'u',
  ү: 'u',
  һ: 'h',
  і: 'i',
};

/** Cyrillic (Russian and Kazakh letters) to plain Latin, for e-mail addresses and web domains. */
export function transliterate(text: string): string {
  return [...text.toLowerCase()].map((ch) => LATIN[ch] ?? ch).join('');
}

const slugs = new Map<string, string>();

/** Lower-case letters and digits only; remembered, since the same few names recur thousands of times. */
export function slug(text: string): string {
  let found = slugs.get(text);
  if (found === undefined) {
    found = transliterate(text).replace(/[^a-z0-9]+/g, '');
    slugs.set(text, found);
  }
  return found;
}

const MAIL_DOMAINS = ['mail.ru', 'gmail.com', 'inbox.kz', 'mail.kz', 'yandex.kz', 'bk.ru', 'list.ru'];

export function personalEmail(random: Random, who: Person): string {
  const local = `${slug(who.givenName)}.${slug(who.surname)}`;
  const suffix = chance(random, 0.6) ? String(random.number.int({ min: 1, max: 99 })) : '';
  return `${local}${suffix}@${pick(random, MAIL_DOMAINS)}`;
}

export function freeMailDomain(random: Random): string {
  return pick(random, MAIL_DOMAINS);
}

// Kazakhstan's mobile operators' codes (Beeline, Kcell/Activ, Tele2/Altel).
const MOBILE_CODES = ['700', '701', '702', '705', '707', '708', '747', '771', '775', '776', '777', '778'];

/** n digits, the first not a zero. */
function digits(random: Random, n: number): string {
  return String(random.number.int({ min: 10 ** (n - 1), max: 10 ** n - 1 }));
}

/** "+7 701 234 56 78" */
export function mobilePhone(random: Random): string {
  const d = digits(random, 7);
  return `+7 ${pick(random, MOBILE_CODES)} ${d.slice(0, 3)} ${d.slice(3, 5)} ${d.slice(5)}`;
}

/** A landline: the code and the subscriber number make 10 digits after +7, e.g. "+7 7212 41 23 56". */
export function landlinePhone(random: Random, code: string): string {
  const d = digits(random, 10 - code.length);
  const groups =
    d.length === 7
      ? [d.slice(0, 3), d.slice(3, 5), d.slice(5)]
      : d.length === 6
        ? [d.slice(0, 2), d.slice(2, 4), d.slice(4)]
        : [d.slice(0, 1), d.slice(1, 3), d.slice(3)];
  return `+7 ${code} ${groups.join(' ')}`;
}
