/**
 * The NGO registry: ACTIVE, SUSPENDED and LIQUIDATED organisations over the
 * 20 regions (by population) and all sectors, with valid unique BINs whose
 * first four digits are the registration year and month.
 */
import { binCheckDigit } from '../lib/domain/bin.js';
import { REGIONS, type RegionInfo } from '../lib/domain/regions.js';
import { SECTORS } from '../subgraphs/ngos/src/domain/sectors.js';
import { FORUM_DATE, SEED_TIMESTAMP } from './anchor.js';
import { dayOf, dateOf } from './dates.js';
import { DEMO_FIGURES, type WELL_KNOWN_BINS } from './figures.js';
import { LEGAL_FORMS, PROPER_NAMES, SECTOR_STEMS, legalFormLabel, ngoNames } from './ngo-names.js';
import { freeMailDomain, landlinePhone, mobilePhone, slug } from './people.js';
import { placesOf, type City } from './places.js';
import { apportion, chance, pick, shuffledPlan, weightedPick, type Random } from './random.js';
import type { LegalForm, NgoRow, NgoStatus } from './types.js';

const FIRST_YEAR = 1995;
const FORUM_YEAR = Number(FORUM_DATE.slice(0, 4));

/** Relative popularity of sectors; a sector missing here (added to lib/domain later) gets 3. */
const SECTOR_WEIGHTS: Readonly<Record<string, number>> = {
  SOCIAL_PROTECTION: 10,
  EDUCATION: 9,
  HEALTH: 6,
  ENVIRONMENT: 6,
  CULTURE: 7,
  YOUTH: 9,
  SPORT: 6,
  HUMAN_RIGHTS: 4,
  GENDER_EQUALITY: 5,
  CHILDREN: 7,
  DISABILITY: 5,
  ELDERLY_AND_VETERANS: 4,
  LEGAL_EDUCATION: 3,
  DIGITALIZATION: 3,
  SCIENCE: 2,
  INTERETHNIC_HARMONY: 4,
  RURAL_DEVELOPMENT: 3,
  VOLUNTEERING: 5,
  MEDIA: 2,
  ANIMAL_WELFARE: 1,
};
const WEIGHTED_SECTORS = SECTORS.map((s) => ({ value: s.code, weight: SECTOR_WEIGHTS[s.code] ?? 3 }));

const STREETS = [
  'ул. Абая',
  'пр. Республики',
  'ул. Толе би',
  'ул. Кенесары',
  'ул. Желтоксан',
  'ул. Сатпаева',
  'ул. Байтурсынова',
  'ул. Жамбыла',
  'ул. Ауэзова',
  'ул. Богенбай батыра',
  'ул. Кабанбай батыра',
  'ул. Абылай хана',
  'пр. Тауелсиздик',
  'ул. Жибек жолы',
  'ул. Курмангазы',
  'ул. Валиханова',
  'ул. Момышулы',
  'ул. Казыбек би',
  'ул. Наурызбай батыра',
  'ул. Бухар жырау',
  'ул. Алиханова',
  'ул. Гоголя',
  'ул. Пушкина',
  'ул. Мира',
  'ул. Ломоносова',
  'ул. Ибраева',
];

interface FixedNgo {
  bin: (typeof WELL_KNOWN_BINS)[number];
  registeredOn: string;
  legalForm: LegalForm;
  regionCode: string;
  sectors: string[];
  names: { ru: string; kk: string; en: string };
  domain: string;
}

/**
 * Three NGOs docs and tests can name, with the valid BIN examples of DOMAIN.md.
 * Their names are invented: the demo does not claim who holds these BINs.
 * The registration dates agree with each BIN's YYMM (95/04, 99/09, 00/06).
 */
const FIXED_NGOS: readonly FixedNgo[] = [
  {
    bin: '950440001673',
    registeredOn: '1995-04-14',
    legalForm: 'PUBLIC_FOUNDATION',
    regionCode: 'KZ-75',
    sectors: ['HUMAN_RIGHTS', 'LEGAL_EDUCATION', 'VOLUNTEERING'],
    names: {
      ru: 'Общественный фонд «Центр развития гражданского общества „Сана“»',
      kk: '«„Сана“ азаматтық қоғамды дамыту орталығы» қоғамдық қоры',
      en: 'Public Foundation "Sana Civil Society Development Centre"',
    },
    domain: 'sana-civil.kz',
  },
  {
    bin: '990940003030',
    registeredOn: '1999-09-22',
    legalForm: 'PUBLIC_ASSOCIATION',
    regionCode: 'KZ-35',
    sectors: ['ENVIRONMENT', 'YOUTH'],
    names: {
      ru: 'Общественное объединение «Экологическое движение „Жасыл дала“»',
      kk: '«„Жасыл дала“ экологиялық қозғалысы» қоғамдық бірлестігі',
      en: 'Public Association "Zhasyl Dala Environmental Movement"',
    },
    domain: 'zhasyldala.kz',
  },
  {
    bin: '000640002067',
    registeredOn: '2000-06-07',
    legalForm: 'PUBLIC_ASSOCIATION',
    regionCode: 'KZ-71',
    sectors: ['GENDER_EQUALITY', 'SOCIAL_PROTECTION', 'CHILDREN'],
    names: {
      ru: 'Общественное объединение «Союз женщин „Шанырак“»',
      kk: '«„Шаңырақ“ әйелдер одағы» қоғамдық бірлестігі',
      en: 'Public Association "Shanyrak Women\'s Union"',
    },
    domain: 'shanyrak-women.kz',
  },
];

/** YYMM of a 'YYYY-MM-DD' date, the first four digits of a BIN. */
function yymm(date: string): string {
  return date.slice(2, 4) + date.slice(5, 7);
}

/** Hands out valid BINs, unique across the registry: YYMM, 4 (resident legal entity), 0 (head office), serial, check digit. */
class BinRegistry {
  private readonly used = new Set<string>();

  reserve(bin: string): void {
    if (this.used.has(bin)) throw new Error(`BIN ${bin} is already taken`);
    this.used.add(bin);
  }

  issue(random: Random, registeredOn: string): string {
    for (;;) {
      const serial = String(random.number.int({ min: 1, max: 99_999 })).padStart(5, '0');
      const first11 = `${yymm(registeredOn)}40${serial}`;
      const check = binCheckDigit(first11);
      if (check === null) continue; // no valid BIN starts with these digits
      const bin = `${first11}${check}`;
      if (this.used.has(bin)) continue;
      this.used.add(bin);
      return bin;
    }
  }
}

/** A registration year and the days it offers, by weight. */
type YearWeights = { value: { first: number; last: number }; weight: number }[];

/** Later years busier; liquidated NGOs lean to the older years and stop at 2018; the forum year ends at the forum. */
function registrationYears(status: NgoStatus): YearWeights {
  const lastYear = status === 'LIQUIDATED' ? 2018 : FORUM_YEAR;
  const years: YearWeights = [];
  for (let year = FIRST_YEAR; year <= lastYear; year++) {
    const first = dayOf(`${year}-01-01`);
    const last = Math.min(dayOf(`${year}-12-31`), dayOf(FORUM_DATE));
    const growth = status === 'LIQUIDATED' ? 1 + 0.15 * (lastYear - year) : 1 + 0.2 * (year - FIRST_YEAR);
    years.push({ value: { first, last }, weight: (growth * (last - first + 1)) / 365 });
  }
  return years;
}

const REGISTRATION_YEARS: Record<NgoStatus, YearWeights> = {
  ACTIVE: registrationYears('ACTIVE'),
  SUSPENDED: registrationYears('SUSPENDED'),
  LIQUIDATED: registrationYears('LIQUIDATED'),
};

function registrationDate(random: Random, status: NgoStatus): string {
  const year = weightedPick(random, REGISTRATION_YEARS[status]);
  return dateOf(random.number.int({ min: year.first, max: year.last }));
}

function pickSectors(random: Random, primary: string | undefined): string[] {
  const count = weightedPick(random, [
    { value: 1, weight: 45 },
    { value: 2, weight: 35 },
    { value: 3, weight: 20 },
  ]);
  const sectors = new Set<string>(primary ? [primary] : []);
  while (sectors.size < count) sectors.add(weightedPick(random, WEIGHTED_SECTORS));
  return [...sectors];
}

function streetAddress(random: Random, city: City): string {
  const office = chance(random, 0.6) ? `, оф. ${random.number.int({ min: 1, max: 420 })}` : '';
  return `г. ${city.ru}, ${pick(random, STREETS)}, ${random.number.int({ min: 1, max: 180 })}${office}`;
}

/** On its own domain when it has a website, else at a free mail service. */
function ngoEmail(random: Random, webName: string, domain: string | null): string {
  if (domain) return `info@${domain}`;
  const number = chance(random, 0.5) ? String(random.number.int({ min: 1, max: 999 })) : '';
  return `${webName}${number}@${freeMailDomain(random)}`;
}

function contacts(
  random: Random,
  region: RegionInfo,
  webName: string,
): Pick<NgoRow, 'email' | 'phone' | 'website' | 'address'> {
  const places = placesOf(region.code);
  const city = chance(random, 0.7) ? places.cities[0]! : pick(random, places.cities);
  const domain = chance(random, 0.22) ? `${webName}-${slug(city.ru)}.kz` : null;
  const landline = chance(random, 0.3);
  return {
    email: chance(random, 0.92) ? ngoEmail(random, webName, domain) : null,
    phone: chance(random, 0.88) ? (landline ? landlinePhone(random, city.phoneCode) : mobilePhone(random)) : null,
    website: domain ? `https://${domain}` : null,
    address: chance(random, 0.95) ? streetAddress(random, city) : null,
  };
}

function fixedNgo(random: Random, fixed: FixedNgo): NgoRow {
  return {
    id: random.string.uuid(),
    bin: fixed.bin,
    nameKk: fixed.names.kk,
    nameRu: fixed.names.ru,
    nameEn: fixed.names.en,
    legalForm: fixed.legalForm,
    registeredOn: fixed.registeredOn,
    status: 'ACTIVE',
    regionCode: fixed.regionCode,
    sectors: fixed.sectors,
    email: `info@${fixed.domain}`,
    phone: mobilePhone(random),
    website: `https://${fixed.domain}`,
    address: streetAddress(random, placesOf(fixed.regionCode).cities[0]!),
    createdAt: SEED_TIMESTAMP,
    updatedAt: SEED_TIMESTAMP,
  };
}

export function generateNgos(random: Random, scale: number): NgoRow[] {
  const bins = new BinRegistry();
  const ngos = FIXED_NGOS.map((fixed) => {
    if (yymm(fixed.registeredOn) !== fixed.bin.slice(0, 4))
      throw new Error(`BIN ${fixed.bin} does not match ${fixed.registeredOn}`);
    bins.reserve(fixed.bin);
    return fixedNgo(random, fixed);
  });

  const statuses: NgoStatus[] = ['ACTIVE', 'SUSPENDED', 'LIQUIDATED'];
  const statusCounts = [
    Math.round(DEMO_FIGURES.activeNgos * scale) - FIXED_NGOS.length,
    Math.round(DEMO_FIGURES.suspendedNgos * scale),
    Math.round(DEMO_FIGURES.liquidatedNgos * scale),
  ];
  const total = statusCounts.reduce((a, b) => a + b, 0);
  const statusPlan = shuffledPlan(random, statuses, statusCounts);
  const regionPlan = shuffledPlan(
    random,
    REGIONS,
    apportion(
      total,
      REGIONS.map((r) => r.population),
      1,
    ),
  );

  for (let i = 0; i < total; i++) {
    const status = statusPlan[i]!;
    const region = regionPlan[i]!;
    const registeredOn = registrationDate(random, status);
    // The first NGOs take each sector in turn, so every sector is used even at small scales.
    const sectors = pickSectors(random, SECTORS[i]?.code);
    const legalForm = weightedPick(random, LEGAL_FORMS);
    const proper = pick(random, PROPER_NAMES);
    const stems = SECTOR_STEMS[sectors[0]!];
    const stem =
      legalForm !== 'RELIGIOUS_ASSOCIATION' && stems && chance(random, 0.65) ? pick(random, stems) : undefined;
    const names = ngoNames(legalFormLabel(legalForm), proper, stem);
    ngos.push({
      id: random.string.uuid(),
      bin: bins.issue(random, registeredOn),
      nameKk: chance(random, 0.85) ? names.kk : null,
      nameRu: names.ru,
      nameEn: chance(random, 0.3) ? names.en : null,
      legalForm,
      registeredOn,
      status,
      regionCode: region.code,
      sectors,
      ...contacts(random, region, slug(proper.en)),
      createdAt: SEED_TIMESTAMP,
      updatedAt: SEED_TIMESTAMP,
    });
  }
  return ngos;
}
