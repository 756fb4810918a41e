/** A few grants from bilateral donors, in their own currencies, so funding is not only UN and EU. */
import { Decimal } from '../lib/domain/money.js';
import { addDays } from './dates.js';
import type { FundingBuilder } from './funding.js';
import type { NgoPool } from './ngo-pool.js';
import { BILATERAL_DONORS, type PartnerDefinition } from './partner-orgs.js';
import { dateBetween, roundedInt, type Random } from './random.js';
import type { PartnerRow } from './types.js';

interface BilateralProgramme {
  donor: PartnerDefinition;
  currency: string;
  title: string;
  goals: number[];
  targets: string[];
  sectors: string[];
  regionCodes: string[];
}

const PROGRAMMES: readonly BilateralProgramme[] = [
  {
    donor: BILATERAL_DONORS.FCDO,
    currency: 'GBP',
    title: 'Media literacy and independent local journalism',
    goals: [16],
    targets: ['16.10'],
    sectors: ['MEDIA'],
    regionCodes: ['KZ-75', 'KZ-71'],
  },
  {
    donor: BILATERAL_DONORS.FCDO,
    currency: 'GBP',
    title: 'Open budgets and citizen oversight of public spending',
    goals: [16],
    targets: ['16.6', '16.7'],
    sectors: ['HUMAN_RIGHTS', 'LEGAL_EDUCATION'],
    regionCodes: ['KZ-35'],
  },
  {
    donor: BILATERAL_DONORS.GIZ,
    currency: 'EUR',
    title: 'Water and climate adaptation with local communities in the Aral Sea region',
    goals: [6, 13],
    targets: ['6.4', '13.1'],
    sectors: ['ENVIRONMENT', 'RURAL_DEVELOPMENT'],
    regionCodes: ['KZ-43'],
  },
  {
    donor: BILATERAL_DONORS.GIZ,
    currency: 'EUR',
    title: 'Vocational skills for young people in the south',
    goals: [4, 8],
    targets: ['4.4', '8.6'],
    sectors: ['YOUTH', 'EDUCATION'],
    regionCodes: ['KZ-61', 'KZ-79'],
  },
];

export function generateBilateralActivities(random: Random, funding: FundingBuilder, ngos: NgoPool): void {
  const donors = new Map<string, PartnerRow>();
  PROGRAMMES.forEach((plan, p) => {
    let donor = donors.get(plan.donor.orgRef);
    if (!donor) {
      donor = funding.partner(plan.donor);
      donors.set(plan.donor.orgRef, donor);
    }
    const plannedStart = dateBetween(random, '2022-01-01', '2024-12-31');
    const plannedEnd = addDays(plannedStart, random.number.int({ min: 24, max: 42 }) * 30);
    const implementers = plan.regionCodes.flatMap(
      (code) => ngos.pick(random, { pool: ngos.inRegion(code), sectors: plan.sectors, before: plannedStart }) ?? [],
    );
    const identifier = `${donor.orgRef}-KZ-${plannedStart.slice(0, 4)}-${String(p + 1).padStart(3, '0')}`;
    const activity = funding.activity(donor, identifier, {
      title: plan.title,
      description: `${donor.acronym} support to Kazakh civil society organisations.`,
      defaultCurrency: plan.currency,
      plannedStart,
      actualStart: plannedStart,
      plannedEnd,
      recipientCountries: ['KZ'],
      recipientRegions: [],
      locationRegionCodes: plan.regionCodes,
      sdgGoals: plan.goals,
      sdgTargets: plan.targets,
    });
    funding.participants(
      activity,
      donor,
      implementers.map((ngo) => funding.ngoPartner(ngo)),
    );
    const grants = implementers.map(() => new Decimal(roundedInt(random, 40_000, 250_000, 1_000)));
    funding.budget(activity, { start: plannedStart, end: plannedEnd }, Decimal.sum(0, ...grants), plan.currency);
    funding.grants(
      activity,
      donor,
      implementers.map((ngo, i) => ({ receiver: ngo, commitment: grants[i]!, contractRef: null })),
      { signedWithinDays: 30 },
    );
  });
}
