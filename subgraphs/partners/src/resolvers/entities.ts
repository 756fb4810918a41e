import { Decimal } from '../../../../lib/domain/money.js';
import { validateDateRange } from '../../../../lib/graphql/filters.js';
import type {
  NgoFundingResolvers,
  NgoResolvers,
  RegionFundingResolvers,
  RegionResolvers,
} from '../generated/graphql.js';
import { statsKey } from '../loaders.js';
import { listTransactions } from '../services/partners.js';

export const Ngo: NgoResolvers = {
  // Only the BIN is needed here; the sums are batched by the loaders.
  __resolveReference: (reference) => ({ bin: reference.bin }),
  funding: (ngo) => ngo,
};

export const NgoFunding: NgoFundingResolvers = {
  committed: async ({ bin }, _args, { loaders }) => (await loaders.fundingByBin.load(bin)).committed,
  received: async ({ bin }, _args, { loaders }) => (await loaders.fundingByBin.load(bin)).disbursed,
  donors: ({ bin }, _args, { loaders }) => loaders.donorsByBin.load(bin),
  transactions: ({ bin }, { first, after }, { db }) => listTransactions(db, { receiverBin: bin }, { first, after }),
};

export const Region: RegionResolvers = {
  __resolveReference: (reference) => ({ code: reference.code }),
  funding: (region) => region,
};

export const RegionFunding: RegionFundingResolvers = {
  committed: async ({ code }, _args, { loaders }) => (await loaders.fundingByRegion.load(code)).committed,
  disbursed: async ({ code }, _args, { loaders }) => (await loaders.fundingByRegion.load(code)).disbursed,
  transactionCount: async ({ code }, _args, { loaders }) => (await loaders.fundingByRegion.load(code)).transactionCount,
  inCurrency: async ({ code }, { currency, from, to }, { loaders }) => {
    validateDateRange(from, to, 'from', 'to');
    const [totals] = await loaders.regionStats.load(statsKey('NONE', currency, from, to, code));
    const zero = { amount: new Decimal(0), currency };
    return totals?.converted ?? { committed: zero, disbursed: zero, unconverted: [] };
  },
  bySdg: ({ code }, { currency, from, to }, { loaders }) => {
    validateDateRange(from, to, 'from', 'to');
    return loaders.regionSdgs.load(statsKey('SDG', currency, from, to, code));
  },
  byDonor: ({ code }, { currency, from, to }, { loaders }) => {
    validateDateRange(from, to, 'from', 'to');
    return loaders.regionStats.load(statsKey('DONOR', currency, from, to, code));
  },
};
