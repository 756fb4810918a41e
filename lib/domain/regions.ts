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

export function describeRegionProblem(code: string): string | null {
  if (BY_CODE.has(code)) return null;
  return `"${code}" is not a region code: use an ISO 3166-2:KZ code of one of the 20 regions, e.g. KZ-75 (Almaty) or KZ-71 (Astana)`;
}
