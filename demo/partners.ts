/** The partners slice: international partners, their activities in Kazakhstan, and the NGOs they fund. */
import { generateBilateralActivities } from './activities-bilateral.js';
import { generateEuActivities } from './activities-eu.js';
import { generateUnActivities } from './activities-un.js';
import { generateExchangeRates } from './exchange-rates.js';
import { FundingBuilder } from './funding.js';
import type { NgoPool } from './ngo-pool.js';
import { createRandom, type Random } from './random.js';
import { plantRecipientReports } from './recipient-reports.js';
import type { PartnersSlice } from './types.js';

const RECIPIENT_REPORTS_SEED = 13_005;

export function generatePartners(random: Random, ngos: NgoPool): PartnersSlice {
  const funding = new FundingBuilder(random);
  generateUnActivities(random, funding, ngos);
  generateEuActivities(random, funding, ngos);
  generateBilateralActivities(random, funding, ngos);
  funding.slice.exchangeRates.push(...generateExchangeRates());
  // A random source of their own, so the reports leave every other row as it was.
  plantRecipientReports(createRandom(RECIPIENT_REPORTS_SEED), funding.slice);
  return funding.slice;
}
