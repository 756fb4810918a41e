import { Decimal } from '../../../../lib/domain/money.js';
import { validateDateRange } from '../../../../lib/graphql/filters.js';
import type {
  NgoFundingResolvers,
  NgoResolvers,
  RegionFundingResolvers,
  RegionResolvers,
} from '../generated/graphql.js';
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

/** The options of a region statistics lookup, with absent arguments as null. */
const statsOptions = (
  currency: string | null | undefined,
  from: Date | null | undefined,
  to: Date | null | undefined,
) => ({
  currency: currency ?? null,
  from: from ?? null,
  to: to ?? null,
});

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
    const [totals] = await loaders.regionStats.load({
      group: 'NONE',
      ...statsOptions(currency, from, to),
      regionCode: code,
    });
    const zero = { amount: new Decimal(0), currency };
    return totals?.converted ?? { committed: zero, disbursed: zero, unconverted: [] };
  },
  bySdg: ({ code }, { currency, from, to }, { loaders }) => {
    validateDateRange(from, to, 'from', 'to');
    return loaders.regionSdgs.load({ ...statsOptions(currency, from, to), regionCode: code });
  },
  byDonor: ({ code }, { currency, from, to }, { loaders }) => {
    validateDateRange(from, to, 'from', 'to');
    return loaders.regionStats.load({ group: 'DONOR', ...statsOptions(currency, from, to), regionCode: code });
  },
};
