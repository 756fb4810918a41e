/**
 * Kazakhstan's 20 top-level administrative units since 8 June 2022:
 * 17 oblasts and 3 cities of republican significance, with ISO 3166-2:KZ
 * codes. The same two digits open the unit's 9-digit KATO code (XX0000000).
 */
import type { Labels } from './labels.js';

export type RegionKind = 'OBLAST' | 'CITY';

export interface RegionInfo {
  /** ISO 3166-2 code, e.g. "KZ-75". */
  code: string;
  kato: string;
  kind: RegionKind;
  name: Labels;
  /** Approximate population in thousands (early 2025); weights the demo data. */
  population: number;
}

function region(digits: string, kind: RegionKind, en: string, ru: string, kk: string, population: number): RegionInfo {
  return { code: `KZ-${digits}`, kato: `${digits}0000000`, kind, name: { en, ru, kk }, population };
}

export const REGIONS: readonly RegionInfo[] = [
  region('10', 'OBLAST', 'Abai Region', 'Абайская область', 'Абай облысы', 610),
  region('11', 'OBLAST', 'Akmola Region', 'Акмолинская область', 'Ақмола облысы', 790),
  region('15', 'OBLAST', 'Aktobe Region', 'Актюбинская область', 'Ақтөбе облысы', 930),
  region('19', 'OBLAST', 'Almaty Region', 'Алматинская область', 'Алматы облысы', 1530),
  region('23', 'OBLAST', 'Atyrau Region', 'Атырауская область', 'Атырау облысы', 700),
  region('27', 'OBLAST', 'West Kazakhstan Region', 'Западно-Казахстанская область', 'Батыс Қазақстан облысы', 690),
  region('31', 'OBLAST', 'Zhambyl Region', 'Жамбылская область', 'Жамбыл облысы', 1220),
  region('33', 'OBLAST', 'Zhetysu Region', 'Жетысуская область', 'Жетісу облысы', 700),
  region('35', 'OBLAST', 'Karaganda Region', 'Карагандинская область', 'Қарағанды облысы', 1140),
  region('39', 'OBLAST', 'Kostanay Region', 'Костанайская область', 'Қостанай облысы', 830),
  region('43', 'OBLAST', 'Kyzylorda Region', 'Кызылординская область', 'Қызылорда облысы', 830),
  region('47', 'OBLAST', 'Mangystau Region', 'Мангистауская область', 'Маңғыстау облысы', 790),
  region('55', 'OBLAST', 'Pavlodar Region', 'Павлодарская область', 'Павлодар облысы', 750),
  region('59', 'OBLAST', 'North Kazakhstan Region', 'Северо-Казахстанская область', 'Солтүстік Қазақстан облысы', 530),
  region('61', 'OBLAST', 'Turkistan Region', 'Туркестанская область', 'Түркістан облысы', 2150),
  region('62', 'OBLAST', 'Ulytau Region', 'Улытауская область', 'Ұлытау облысы', 220),
  region('63', 'OBLAST', 'East Kazakhstan Region', 'Восточно-Казахстанская область', 'Шығыс Қазақстан облысы', 720),
  region('71', 'CITY', 'Astana', 'Астана', 'Астана', 1500),
  region('75', 'CITY', 'Almaty', 'Алматы', 'Алматы', 2300),
  region('79', 'CITY', 'Shymkent', 'Шымкент', 'Шымкент', 1250),
];

const BY_CODE = new Map(REGIONS.map((r) => [r.code, r]));

export function findRegion(code: string): RegionInfo | undefined {
  return BY_CODE.get(code);
}

export function isRegionCode(code: string): boolean {
  return BY_CODE.has(code);
}

/**
 * ISO 3166-2:KZ codes before the 2020 revision, still found in older data
 * (and in guesses). Abai, Zhetysu and Ulytau were formed in 2022 and never
 * had one.
 */
const FORMER_CODES: Record<string, string> = {
  'KZ-ALA': 'KZ-75',
  'KZ-AST': 'KZ-71',
  'KZ-SHY': 'KZ-79',
  'KZ-AKM': 'KZ-11',
  'KZ-AKT': 'KZ-15',
  'KZ-ALM': 'KZ-19',
  'KZ-ATY': 'KZ-23',
  'KZ-ZAP': 'KZ-27',
  'KZ-ZHA': 'KZ-31',
  'KZ-KAR': 'KZ-35',
  'KZ-KUS': 'KZ-39',
  'KZ-KZY': 'KZ-43',
  'KZ-MAN': 'KZ-47',
  'KZ-PAV': 'KZ-55',
  'KZ-SEV': 'KZ-59',
  'KZ-YUZ': 'KZ-61',
  'KZ-VOS': 'KZ-63',
};

const describe = (info: RegionInfo) => `${info.code} (${info.name.en})`;

/** Regions whose name in any language contains the text (case-insensitive), e.g. "almaty" -> Almaty and Almaty Region. */
function regionsNamed(text: string): RegionInfo[] {
  const wanted = text.trim().toLocaleLowerCase('ru');
  if (wanted.length < 3) return [];
  return REGIONS.filter((r) => Object.values(r.name).some((name) => name.toLocaleLowerCase('ru').includes(wanted)));
}

/** Null for a valid region code; otherwise what is wrong and the code(s) probably meant. */
export function describeRegionProblem(code: string): string | null {
  if (BY_CODE.has(code)) return null;
  const shown = JSON.stringify(code.length > 60 ? `${code.slice(0, 60)}...` : code);
  const upper = code.trim().toUpperCase();
  if (BY_CODE.has(upper)) return `${shown} is not a region code: codes are upper case, e.g. ${upper}`;
  const former = FORMER_CODES[upper];
  if (former) return `${shown} is the region's former ISO code; since 2020 it is ${describe(BY_CODE.get(former)!)}`;
  const named = regionsNamed(code);
  if (named.length) {
    return `${shown} is not a region code: regions are named by ISO 3166-2:KZ codes; for that name use ${named.map(describe).join(' or ')}`;
  }
  return `${shown} is not a region code: use an ISO 3166-2:KZ code of one of the 20 regions, e.g. KZ-75 (Almaty) or KZ-71 (Astana); the query regions { code name } lists them all`;
}
