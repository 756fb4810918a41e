/** Query fields of the IATI export, exchange rates, reconciliation and funding statistics: unpack arguments, call a service. */
import { requireRole } from '../../../../lib/auth/viewer.js';
import { isoDay } from '../domain/days.js';
import { Decimal } from '../../../../lib/domain/money.js';
import { badUserInput, requireExactlyOne } from '../../../../lib/graphql/errors.js';
import { validateDateBounds, validateDateRange } from '../../../../lib/graphql/filters.js';
import type { QueryResolvers } from '../generated/graphql.js';
import { convertOn } from '../services/exchange-rates.js';
import { fundingStats } from '../services/funding-stats.js';
import { exportSelection } from '../services/iati-export.js';
import { activityWhere } from '../services/partners.js';
import { reconcile } from '../services/reconciliation.js';
import { sdgFunding, statsFilter } from '../services/sdg-funding.js';

type FundingQueries = Pick<
  QueryResolvers,
  'iatiExport' | 'exchangeRates' | 'convert' | 'reconciliation' | 'fundingBySdg' | 'fundingByDonor'
>;

export const fundingQueries: FundingQueries = {
  iatiExport: (_parent, { filter, iatiIdentifiers, first, after }, { db }) =>
    exportSelection(
      db,
      { AND: [activityWhere(filter), iatiIdentifiers?.length ? { iatiIdentifier: { in: [...iatiIdentifiers] } } : {}] },
      new Date(),
      { first, after },
    ),
  exchangeRates: async (_parent, { currency, from, to }, { db }) => {
    validateDateRange(from, to, 'from', 'to');
    const rows = await db.exchangeRate.findMany({
      where: { currency, rateDate: { gte: from, lte: to } },
      orderBy: { rateDate: 'asc' },
    });
    return rows.map((r) => ({
      currency: r.currency,
      rateDate: isoDay(r.rateDate),
      rate: r.rate,
      quantity: r.quantity,
    }));
  },
  convert: async (_parent, { amount, currency, valueDate, to }, { loaders }) => {
    validateDateBounds(valueDate, 'valueDate');
    const result = await convertOn(loaders.rateOn, amount, currency, isoDay(valueDate), to);
    return {
      original: { amount, currency },
      converted: { amount: result.amount, currency: to },
      valueDate,
      rates: result.rates,
    };
  },
  reconciliation: async (_parent, args, { db, loaders, viewer }) => {
    requireRole(viewer, ['analyst', 'donor'], 'reconciliation');
    requireExactlyOne(args, ['donorOrgRef', 'activityIdentifier', 'recipientOrgRef']);
    validateDateRange(args.from, args.to, 'from', 'to');
    // The SDL default ("1.00") may arrive as its literal text rather than through the Decimal scalar.
    // eslint-disable-next-line @typescript-eslint/no-unnecessary-condition -- a client may pass null explicitly for an argument that has a default
    const tolerance = new Decimal(String(args.tolerance ?? '1.00'));
    if (tolerance.isNegative()) throw badUserInput('tolerance cannot be negative', 'tolerance');
    return reconcile(
      db,
      loaders.rateOn,
      {
        scope: {
          donorOrgRef: args.donorOrgRef,
          activityIdentifier: args.activityIdentifier,
          recipientOrgRef: args.recipientOrgRef,
          kazakhOrganizationsOnly: args.scope === 'KAZAKH_ORGANIZATIONS',
        },
        from: isoDay(args.from),
        to: isoDay(args.to),
        currency: args.currency,
        tolerance,
      },
      viewer,
    );
  },
  fundingBySdg: async (_parent, { filter, currency }, { db }) =>
    (await sdgFunding(db, null, statsFilter(filter), currency ?? null)).get('') ?? [],
  fundingByDonor: async (_parent, { filter, currency }, { db }) =>
    (
      await fundingStats(db, {
        regionKeys: null,
        groupBy: 'DONOR',
        filter: statsFilter(filter),
        currency: currency ?? null,
      })
    ).get('') ?? [],
};
