/**
 * Public councils (Law No. 383-V): republican ones formed by central bodies,
 * local ones for every oblast, the republican cities, cities of regional
 * significance and districts; and their members, about 40% of whom
 * represent an NGO of the council's region.
 */
import { REGIONS, type RegionInfo } from '../lib/domain/regions.js';
import { FORUM_DATE } from './anchor.js';
import { CENTRAL_BODIES } from './council-bodies.js';
import { addDays, maxDate } from './dates.js';
import { mobilePhone, person, personalEmail, transliterate } from './people.js';
import { districtGenitiveRu, placesOf, regionGenitiveRu } from './places.js';
import { chance, dateBetween, type Random } from './random.js';
import type { NgoPool } from './ngo-pool.js';
import type { CouncilMemberRow, MemberRole, NgoRow, PublicCouncilRow } from './types.js';

/** A council with what the generator needs beyond its row. */
export interface CouncilPlan {
  row: PublicCouncilRow;
  /** Genitive of what the council covers, for project titles ("Карагандинской области"); null for republican councils. */
  place: string | null;
  /** Policy fields most of its projects fall into (republican councils). */
  fields: readonly string[];
  /** How busy it is, relative to the others: how many projects it considers. */
  weight: number;
  members: { min: number; max: number };
}

// The law came into force on 1 January 2016; the first councils were formed in its first half-year.
const FIRST_COUNCILS = { from: '2016-01-15', to: '2016-06-30' };
// The three regions created on 8 June 2022 formed theirs that summer and autumn.
const NEW_REGION_COUNCILS = { from: '2022-07-01', to: '2022-10-31' };
// Councils serve three-year terms; the current compositions date from 2022-2024.
const CURRENT_TERM = { from: '2022-06-01', to: '2024-12-31' };

function titleCaseLatin(text: string): string {
  return transliterate(text).replace(/(^|[\s-])([a-z])/g, (_, sep: string, ch: string) => sep + ch.toUpperCase());
}

function localFormedOn(random: Random, region: RegionInfo): string {
  const range = placesOf(region.code).createdIn2022 ? NEW_REGION_COUNCILS : FIRST_COUNCILS;
  return dateBetween(random, range.from, range.to);
}

function localCouncil(
  random: Random,
  region: RegionInfo,
  territory: 'REGION' | 'CITY' | 'DISTRICT',
  names: { ru: string; kk: string | null; en: string | null },
  formedBy: string,
): PublicCouncilRow {
  return {
    id: random.string.uuid(),
    nameRu: `Общественный совет ${names.ru}`,
    nameKk: names.kk,
    nameEn: names.en,
    level: 'LOCAL',
    territory,
    formedBy,
    regionCode: region.code,
    formedOn: localFormedOn(random, region),
  };
}

export function planCouncils(random: Random): CouncilPlan[] {
  const plans: CouncilPlan[] = [];

  for (const body of CENTRAL_BODIES) {
    const formedOn = addDays(maxDate(body.since, FIRST_COUNCILS.from), random.number.int({ min: 30, max: 150 }));
    plans.push({
      row: {
        id: random.string.uuid(),
        nameRu: `Общественный совет ${body.genitive}`,
        nameKk: null,
        nameEn: `Public Council of the ${body.en}`,
        level: 'REPUBLICAN',
        territory: null,
        formedBy: body.name,
        // A republican council covers the whole country, so it belongs to no region.
        regionCode: null,
        formedOn,
      },
      place: null,
      fields: body.fields,
      weight: 8,
      members: { min: 15, max: 29 },
    });
  }

  for (const region of REGIONS) {
    const places = placesOf(region.code);
    const regionGenitive = regionGenitiveRu(region);
    if (region.kind === 'OBLAST') {
      plans.push({
        row: localCouncil(
          random,
          region,
          'REGION',
          { ru: regionGenitive, kk: `${region.name.kk}ның қоғамдық кеңесі`, en: `Public Council of ${region.name.en}` },
          `Акимат ${regionGenitive}`,
        ),
        place: regionGenitive,
        fields: [],
        weight: 6,
        members: { min: 25, max: 31 },
      });
      for (const city of places.cities) {
        const genitive = `города ${city.genitive}`;
        plans.push({
          row: localCouncil(
            random,
            region,
            'CITY',
            { ru: genitive, kk: null, en: `Public Council of ${titleCaseLatin(city.ru)} City` },
            `Акимат ${genitive}`,
          ),
          place: genitive,
          fields: [],
          weight: 3,
          members: { min: 13, max: 19 },
        });
      }
    } else {
      plans.push({
        row: localCouncil(
          random,
          region,
          'CITY',
          {
            ru: regionGenitive,
            kk: `${region.name.kk} қаласының қоғамдық кеңесі`,
            en: `Public Council of ${region.name.en}`,
          },
          `Акимат ${regionGenitive}`,
        ),
        place: regionGenitive,
        fields: [],
        weight: 7,
        members: { min: 25, max: 31 },
      });
    }
    for (const district of places.districts) {
      const genitive = districtGenitiveRu(district);
      const formedBy = region.kind === 'CITY' ? `Аппарат акима ${genitive} ${regionGenitive}` : `Акимат ${genitive}`;
      plans.push({
        row: localCouncil(
          random,
          region,
          'DISTRICT',
          { ru: `${genitive} ${regionGenitive}`, kk: null, en: null },
          formedBy,
        ),
        place: genitive,
        fields: [],
        weight: 2,
        members: { min: 13, max: 21 },
      });
    }
  }
  return plans;
}

const LEADERSHIP: readonly MemberRole[] = ['CHAIR', 'DEPUTY_CHAIR', 'SECRETARY'];

/** Usually an NGO of the council's region (or, for a republican council, of Astana or Almaty), registered before the appointment. */
function representedNgo(random: Random, ngos: NgoPool, near: readonly NgoRow[], appointedOn: string): NgoRow | null {
  return ngos.pick(random, { pool: chance(random, 0.85) ? near : undefined, before: appointedOn });
}

export function generateMembers(random: Random, plans: readonly CouncilPlan[], ngos: NgoPool): CouncilMemberRow[] {
  // Republican councils sit in Astana and draw many members from the two big cities.
  const capital = [...ngos.inRegion('KZ-71'), ...ngos.inRegion('KZ-75')];
  const members: CouncilMemberRow[] = [];
  for (const { row: council, members: size } of plans) {
    const compositionOn = dateBetween(random, maxDate(council.formedOn, CURRENT_TERM.from), CURRENT_TERM.to);
    const count = random.number.int(size);
    for (let i = 0; i < count; i++) {
      // Most were appointed with the composition; some later, replacing members who left.
      const appointedOn = chance(random, 0.8)
        ? compositionOn
        : dateBetween(random, compositionOn, addDays(FORUM_DATE, -7));
      const who = person(random);
      const ngo = chance(random, 0.4)
        ? representedNgo(random, ngos, council.regionCode ? ngos.inRegion(council.regionCode) : capital, appointedOn)
        : null;
      members.push({
        id: random.string.uuid(),
        councilId: council.id,
        fullName: who.fullName,
        role: LEADERSHIP[i] ?? 'MEMBER',
        ngoId: ngo?.id ?? null,
        email: personalEmail(random, who),
        phone: mobilePhone(random),
        appointedOn,
      });
    }
  }
  return members;
}
