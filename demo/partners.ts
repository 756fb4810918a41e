/** The partners slice: international partners, their activities in Kazakhstan, and the NGOs they fund. */
import { generateBilateralActivities } from './activities-bilateral.js';
import { generateEuActivities } from './activities-eu.js';
import { generateUnActivities } from './activities-un.js';
import { FundingBuilder } from './funding.js';
import type { NgoPool } from './ngo-pool.js';
import type { Random } from './random.js';
import type { PartnersSlice } from './types.js';

export function generatePartners(random: Random, ngos: NgoPool): PartnersSlice {
  const funding = new FundingBuilder(random);
  generateUnActivities(random, funding, ngos);
  generateEuActivities(random, funding, ngos);
  generateBilateralActivities(random, funding, ngos);
  return funding.slice;
}
