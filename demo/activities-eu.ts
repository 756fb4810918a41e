/**
 * The EU's funding as the published figures describe it: grants to exactly
 * 13 Kazakh NGOs totalling about 5 million euros, spread over a few
 * calls, and the 40.5-million-euro Central Asia regional NGO project,
 * committed to an international NGO (so it does not add to the 13).
 */
import { Decimal } from '../lib/domain/money.js';
import { REGIONS } from '../lib/domain/regions.js';
import { addDays } from './dates.js';
import { DEMO_FIGURES } from './figures.js';
import type { FundingBuilder } from './funding.js';
import type { NgoPool } from './ngo-pool.js';
import { EUROPEAN_COMMISSION, REGIONAL_IMPLEMENTER } from './partner-orgs.js';
import { apportion, dateBetween, shuffledPlan, weightedPick, type Random } from './random.js';
import type { NgoRow, PartnerRow } from './types.js';

interface Call {
  title: string;
  goals: number[];
  targets: string[];
  sectors: string[];
}

const CALLS: readonly Call[] = [
  {
    title: 'Civil society organisations as actors of good governance in Kazakhstan',
    goals: [16, 17],
    targets: ['16.6', '16.7', '17.17'],
    sectors: ['HUMAN_RIGHTS', 'LEGAL_EDUCATION', 'MEDIA'],
  },
  {
    title: 'Human rights and the rule of law: country-based support scheme for Kazakhstan',
    goals: [16, 10],
    targets: ['16.3', '16.10', '10.3'],
    sectors: ['HUMAN_RIGHTS', 'LEGAL_EDUCATION'],
  },
  {
    title: 'Women and youth in local development',
    goals: [5, 8],
    targets: ['5.5', '8.6'],
    sectors: ['GENDER_EQUALITY', 'YOUTH'],
  },
  {
    title: 'Green and climate-resilient local communities',
    goals: [13, 6, 15],
    targets: ['13.3', '6.4', '15.3'],
    sectors: ['ENVIRONMENT', 'RURAL_DEVELOPMENT'],
  },
  {
    title: 'Inclusive social services for persons with disabilities',
    goals: [10, 1, 3],
    targets: ['10.2', '1.3', '3.8'],
    sectors: ['DISABILITY', 'SOCIAL_PROTECTION'],
  },
];

/** EU grants are round sums: whole steps of 2,500 euros. */
const EUR_STEP = 2_500;

const WEIGHTED_REGIONS = REGIONS.map((r) => ({ value: r.code, weight: r.population }));

function recipients(
  random: Random,
  ngos: NgoPool,
  call: Call,
  count: number,
  taken: Set<string>,
  before: string,
): NgoRow[] {
  const chosen: NgoRow[] = [];
  while (chosen.length < count) {
    const ngo = ngos.pick(random, {
      pool: ngos.inRegion(weightedPick(random, WEIGHTED_REGIONS)),
      sectors: call.sectors,
      before,
      exclude: taken,
    });
    if (!ngo) continue;
    taken.add(ngo.bin);
    chosen.push(ngo);
  }
  return chosen;
}

function kazakhGrants(random: Random, funding: FundingBuilder, eu: PartnerRow, ngos: NgoPool): void {
  const total = new Decimal(DEMO_FIGURES.euCommitmentTotal);
  if (!total.mod(EUR_STEP).isZero())
    throw new Error(`the EU total ${total} must be a whole number of ${EUR_STEP}-euro steps`);
  // Which call each of the 13 NGOs is funded under, and how many euro steps each receives.
  const callPlan = shuffledPlan(
    random,
    CALLS,
    apportion(
      DEMO_FIGURES.euRecipientNgos,
      CALLS.map(() => 1),
    ),
  );
  const steps = apportion(
    total.dividedBy(EUR_STEP).toNumber(),
    callPlan.map(() => random.number.float({ min: 0.6, max: 1.4 })),
  );
  const taken = new Set<string>();

  CALLS.forEach((call, c) => {
    const grantIndexes = callPlan.flatMap((planned, i) => (planned === call ? [i] : []));
    if (!grantIndexes.length) return;
    const plannedStart = dateBetween(random, '2023-02-01', '2024-10-31');
    const plannedEnd = addDays(plannedStart, random.number.int({ min: 24, max: 36 }) * 30);
    const year = plannedStart.slice(0, 4);
    const grantees = recipients(random, ngos, call, grantIndexes.length, taken, plannedStart);
    const commitments = grantIndexes.map((i) => new Decimal(steps[i]!).times(EUR_STEP));
    const activity = funding.activity(eu, `${eu.orgRef}-KZ-CSO-${year}-${String(c + 1).padStart(2, '0')}`, {
      title: call.title,
      description: `EU grants to ${grantees.length} Kazakh civil society organisations, managed by the EU Delegation to Kazakhstan.`,
      defaultCurrency: 'EUR',
      plannedStart,
      actualStart: plannedStart,
      plannedEnd,
      recipientCountries: ['KZ'],
      recipientRegions: [],
      locationRegionCodes: [...new Set(grantees.map((ngo) => ngo.regionCode))],
      sdgGoals: call.goals,
      sdgTargets: call.targets,
    });
    funding.participants(
      activity,
      eu,
      grantees.map((ngo) => funding.ngoPartner(ngo)),
    );
    // The EU publishes one budget for the whole call: the sum of its grants.
    funding.budget(activity, { start: plannedStart, end: plannedEnd }, Decimal.sum(...commitments), 'EUR');
    funding.grants(
      activity,
      eu,
      grantees.map((ngo, g) => ({
        receiver: ngo,
        commitment: commitments[g]!,
        contractRef: `CSO-LA/${year}/${random.number.int({ min: 100_000, max: 999_999 })}`,
      })),
      // The EU pays the balance only after the final report: at most 90% by the forum.
      { signedWithinDays: 40, disbursedAtMost: 0.9 },
    );
  });
}

function regionalProject(random: Random, funding: FundingBuilder, eu: PartnerRow): void {
  const implementer = funding.partner(REGIONAL_IMPLEMENTER);
  const amount = new Decimal(DEMO_FIGURES.euRegionalBudget);
  const plannedStart = '2024-07-01';
  const activity = funding.activity(eu, `${eu.orgRef}-CA-REG-2024-01`, {
    title: 'Central Asia: regional programme for civil society organisations',
    description: 'A regional NGO project for Kazakhstan, Kyrgyzstan, Tajikistan, Turkmenistan and Uzbekistan.',
    defaultCurrency: 'EUR',
    plannedStart,
    actualStart: '2024-09-01',
    plannedEnd: '2028-06-30',
    recipientCountries: ['KZ', 'KG', 'TJ', 'TM', 'UZ'],
    // OECD DAC region 619: Central Asia.
    recipientRegions: ['619'],
    locationRegionCodes: [],
    sdgGoals: [16, 17],
    sdgTargets: ['16.7', '17.17'],
  });
  funding.participants(activity, eu, [implementer]);
  funding.budget(activity, { start: plannedStart, end: '2028-06-30' }, amount, 'EUR');
  const signedOn = dateBetween(random, '2024-08-01', '2024-08-31');
  funding.grant({
    activity,
    funder: eu,
    receiver: implementer,
    commitment: amount,
    currency: 'EUR',
    signedOn,
    disbursedShare: 0.2,
    contractRef: 'CA-REG/2024/01',
  });
}

export function generateEuActivities(random: Random, funding: FundingBuilder, ngos: NgoPool): void {
  const eu = funding.partner(EUROPEAN_COMMISSION);
  kazakhGrants(random, funding, eu, ngos);
  regionalProject(random, funding, eu);
}
