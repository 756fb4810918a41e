/**
 * UN agencies' activities in Kazakhstan: each tagged with SDG goals and
 * targets, located in one to three regions, implemented by Kazakh NGOs of
 * those regions that receive commitments and disbursements, mostly in USD.
 */
import { Decimal } from '../lib/domain/money.js';
import { REGIONS, findRegion } from '../lib/domain/regions.js';
import { FORUM_DATE } from './anchor.js';
import { addDays, minDate } from './dates.js';
import { DEMO_FIGURES } from './figures.js';
import type { FundingBuilder } from './funding.js';
import type { NgoPool } from './ngo-pool.js';
import { UN_AGENCIES, type UnAgency } from './partner-orgs.js';
import { apportion, chance, dateBetween, pick, weightedPick, type Random } from './random.js';
import type { NgoRow } from './types.js';

interface Programme {
  title: string;
  goals: number[];
  targets: string[];
  /** Sectors of the NGOs that implement it. */
  sectors: string[];
}

const programme = (title: string, goals: number[], targets: string[], sectors: string[]): Programme => ({
  title,
  goals,
  targets,
  sectors,
});

const PROGRAMMES: Record<UnAgency, readonly Programme[]> = {
  UNDP: [
    programme(
      'Strengthening civil society participation in local decision-making',
      [16, 17],
      ['16.7', '17.17'],
      ['HUMAN_RIGHTS', 'LEGAL_EDUCATION', 'VOLUNTEERING'],
    ),
    programme(
      'Climate-resilient communities and green local initiatives',
      [13, 11, 15],
      ['13.1', '11.6', '15.3'],
      ['ENVIRONMENT', 'RURAL_DEVELOPMENT'],
    ),
    programme('Inclusive digital public services in the regions', [9, 16], ['9.c', '16.6'], ['DIGITALIZATION']),
    programme(
      'Access to justice and legal aid for vulnerable groups',
      [16, 10],
      ['16.3', '10.2'],
      ['LEGAL_EDUCATION', 'HUMAN_RIGHTS'],
    ),
    programme(
      'Localizing the SDGs: partnerships with civil society',
      [17, 1, 8],
      ['17.17', '1.2', '8.5'],
      ['SOCIAL_PROTECTION', 'VOLUNTEERING'],
    ),
  ],
  UNICEF: [
    programme(
      'Child protection and family support services',
      [16, 1],
      ['16.2', '1.3'],
      ['CHILDREN', 'SOCIAL_PROTECTION'],
    ),
    programme(
      'Inclusive education for children with disabilities',
      [4, 10],
      ['4.5', '4.a', '10.2'],
      ['CHILDREN', 'DISABILITY', 'EDUCATION'],
    ),
    programme('Adolescent participation and mental health', [3, 4], ['3.4', '4.7'], ['YOUTH', 'HEALTH']),
    programme(
      'Early childhood development in rural communities',
      [4, 2, 3],
      ['4.2', '2.2', '3.2'],
      ['CHILDREN', 'RURAL_DEVELOPMENT'],
    ),
  ],
  UNFPA: [
    programme('Ending gender-based violence: a community response', [5, 16], ['5.2', '16.1'], ['GENDER_EQUALITY']),
    programme('Reproductive health education for young people', [3, 5], ['3.7', '5.6'], ['HEALTH', 'YOUTH']),
    programme('Active ageing and the rights of older persons', [3, 10], ['3.8', '10.2'], ['ELDERLY_AND_VETERANS']),
  ],
  UN_WOMEN: [
    programme(
      "Women's economic empowerment in rural areas",
      [5, 8],
      ['5.5', '5.a', '8.5'],
      ['GENDER_EQUALITY', 'RURAL_DEVELOPMENT'],
    ),
    programme(
      "Women's leadership in public councils and local self-government",
      [5, 16],
      ['5.5', '16.7'],
      ['GENDER_EQUALITY', 'HUMAN_RIGHTS'],
    ),
    programme(
      'Crisis centres and services for survivors of violence',
      [5],
      ['5.2'],
      ['GENDER_EQUALITY', 'SOCIAL_PROTECTION'],
    ),
  ],
  UNHCR: [
    programme(
      'Ending statelessness: legal assistance and documentation',
      [16, 10],
      ['16.9', '10.7'],
      ['LEGAL_EDUCATION', 'HUMAN_RIGHTS'],
    ),
    programme(
      'Protection and inclusion of refugees and asylum-seekers',
      [10, 16, 1],
      ['10.7', '16.3', '1.3'],
      ['HUMAN_RIGHTS', 'SOCIAL_PROTECTION'],
    ),
    programme(
      'Community-based protection and social cohesion',
      [16, 10],
      ['16.1', '10.2'],
      ['INTERETHNIC_HARMONY', 'VOLUNTEERING'],
    ),
  ],
};

/** Tenge per US dollar, roughly, over 2022-2025: KZT activities are budgeted at this rate. */
const KZT_PER_USD = 470;

const WEIGHTED_REGIONS = REGIONS.map((r) => ({ value: r.code, weight: r.population }));

function regionsFor(random: Random): string[] {
  const count = weightedPick(random, [
    { value: 1, weight: 5 },
    { value: 2, weight: 3 },
    { value: 3, weight: 2 },
  ]);
  const codes = new Set<string>();
  while (codes.size < count) codes.add(weightedPick(random, WEIGHTED_REGIONS));
  return [...codes];
}

export function generateUnActivities(random: Random, funding: FundingBuilder, ngos: NgoPool): void {
  const agencies = Object.keys(UN_AGENCIES) as UnAgency[];
  const perAgency = apportion(
    DEMO_FIGURES.unActivities,
    agencies.map(() => 1),
  );
  agencies.forEach((agency, a) => {
    const reporter = funding.partner(UN_AGENCIES[agency]);
    const usedIdentifiers = new Set<string>();
    for (let n = 0; n < perAgency[a]!; n++) {
      const plan = pick(random, PROGRAMMES[agency]);
      const regionCodes = regionsFor(random);
      const plannedStart = dateBetween(random, '2021-01-01', '2025-06-30');
      const plannedEnd = addDays(plannedStart, random.number.int({ min: 18, max: 48 }) * 30);
      const actualStart = minDate(FORUM_DATE, addDays(plannedStart, random.number.int({ min: 0, max: 45 })));
      const currency = chance(random, 0.85) ? 'USD' : 'KZT';
      // USD budgets in steps of 1,000; KZT ones the same at the tenge rate.
      const step = currency === 'USD' ? 1_000 : 1_000 * KZT_PER_USD;
      const budgetUnits = random.number.int({ min: 150, max: 1_200 });

      const implementers: NgoRow[] = [];
      const taken = new Set<string>();
      const count = random.number.int({ min: 1, max: 3 });
      for (let i = 0; i < count; i++) {
        const region = regionCodes[i % regionCodes.length]!;
        const ngo = ngos.pick(random, {
          pool: ngos.inRegion(region),
          sectors: plan.sectors,
          before: plannedStart,
          exclude: taken,
        });
        if (ngo) {
          implementers.push(ngo);
          taken.add(ngo.bin);
        }
      }

      const year = plannedStart.slice(0, 4);
      let identifier: string;
      do
        identifier = `${reporter.orgRef}-KAZ-${year}-${String(random.number.int({ min: 1, max: 999 })).padStart(3, '0')}`;
      while (usedIdentifiers.has(identifier));
      usedIdentifiers.add(identifier);

      const regionNames = regionCodes.map((code) => findRegion(code)?.name.en ?? code);
      const activity = funding.activity(reporter, identifier, {
        title: `${plan.title}: ${regionNames.join(', ')}`,
        description: `${reporter.acronym} programme in Kazakhstan (${regionNames.join(', ')}), implemented with ${implementers.length} national civil society organization(s).`,
        defaultCurrency: currency,
        plannedStart,
        actualStart,
        plannedEnd,
        recipientCountries: ['KZ'],
        recipientRegions: [],
        locationRegionCodes: regionCodes,
        sdgGoals: plan.goals,
        sdgTargets: plan.targets,
      });
      funding.participants(
        activity,
        reporter,
        implementers.map((ngo) => funding.ngoPartner(ngo)),
      );
      funding.yearlyBudgets(activity, budgetUnits, step, currency);

      // Between a third and two thirds of the budget goes to the NGOs as grants.
      const grantSteps = Math.round((budgetUnits * 10 * random.number.int({ min: 35, max: 70 })) / 100);
      const grantShares = apportion(
        grantSteps,
        implementers.map(() => random.number.float({ min: 0.5, max: 1.5 })),
      );
      funding.grants(
        activity,
        reporter,
        implementers.map((ngo, i) => ({
          receiver: ngo,
          // Grants in steps of a tenth of the budget step (100 USD).
          commitment: new Decimal(grantShares[i]!).times(step).dividedBy(10),
          contractRef: `${identifier}-PCA-${String(i + 1).padStart(2, '0')}`,
        })),
        { signedWithinDays: 45 },
      );
    }
  });
}
