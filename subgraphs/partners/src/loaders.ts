/** Per-request DataLoaders: every lookup by key goes through one of these, so a page costs one statement per kind of row. */
import DataLoader from 'dataloader';
import { manyByKey, oneByKey, uuidsOnly } from '../../../lib/database/loaders.js';
import type { Db } from './db.js';
import { COMMITMENT, DISBURSEMENT, fundingTotalsBy, partnerFunding } from './services/funding.js';
import type { FundingScope } from './generated/graphql.js';
import { findRates } from './services/exchange-rates.js';
import { fundingStats, type StatsGroup } from './services/funding-stats.js';
import { sdgFunding } from './services/sdg-funding.js';

/** Region statistics asked with the same options share one statement: "<group>|<currency>|<from>|<to>". */
function statsOptions(key: string): { options: string; code: string } {
  const cut = key.lastIndexOf('|');
  return { options: key.slice(0, cut), code: key.slice(cut + 1) };
}

/** Groups keys by their options, answers each group with one call, and returns answers in key order. */
async function byOptions<T>(
  keys: readonly string[],
  answer: (options: string, codes: string[]) => Promise<Map<string, T>>,
  empty: T,
): Promise<T[]> {
  const groups = new Map<string, string[]>();
  for (const key of keys) {
    const { options, code } = statsOptions(key);
    groups.set(options, [...(groups.get(options) ?? []), code]);
  }
  const answers = new Map<string, T>();
  for (const [options, codes] of groups) {
    for (const [code, value] of await answer(options, codes)) answers.set(`${options}|${code}`, value);
  }
  return keys.map((key) => answers.get(key) ?? empty);
}

function parseOptions(options: string): {
  group: StatsGroup;
  currency: string | null;
  from: Date | null;
  to: Date | null;
} {
  const [group, currency, from, to] = options.split('|') as [StatsGroup, string, string, string];
  return { group, currency: currency || null, from: from ? new Date(from) : null, to: to ? new Date(to) : null };
}

export function createLoaders(db: Db) {
  return {
    partnerById: new DataLoader(async (ids: readonly string[]) =>
      oneByKey(ids, await db.partner.findMany({ where: { id: { in: uuidsOnly(ids) } } }), (row) => row.id),
    ),
    partnerByRef: new DataLoader(async (refs: readonly string[]) =>
      oneByKey(refs, await db.partner.findMany({ where: { orgRef: { in: [...refs] } } }), (row) => row.orgRef),
    ),
    activityById: new DataLoader(async (ids: readonly string[]) =>
      oneByKey(ids, await db.activity.findMany({ where: { id: { in: uuidsOnly(ids) } } }), (row) => row.id),
    ),
    transactionById: new DataLoader(async (ids: readonly string[]) =>
      oneByKey(ids, await db.transaction.findMany({ where: { id: { in: uuidsOnly(ids) } } }), (row) => row.id),
    ),
    participatingOrgsByActivityId: new DataLoader(async (ids: readonly string[]) =>
      manyByKey(
        ids,
        await db.participatingOrg.findMany({
          where: { activityId: { in: uuidsOnly(ids) } },
          orderBy: [{ role: 'asc' }, { name: 'asc' }],
        }),
        (row) => row.activityId,
      ),
    ),
    budgetsByActivityId: new DataLoader(async (ids: readonly string[]) =>
      manyByKey(
        ids,
        await db.budget.findMany({ where: { activityId: { in: uuidsOnly(ids) } }, orderBy: { periodStart: 'asc' } }),
        (row) => row.activityId,
      ),
    ),
    fundingByBin: new DataLoader((bins: readonly string[]) => fundingTotalsBy(db, 'receiverBin', bins)),
    fundingByRegion: new DataLoader((codes: readonly string[]) => fundingTotalsBy(db, 'regionCode', codes)),
    /** A provider's funding, keyed by "<scope> <partner id>". */
    partnerFunding: new DataLoader(async (keys: readonly string[]) => {
      const byScope = new Map<FundingScope, string[]>();
      for (const key of keys) {
        const [scope, id] = key.split(' ') as [FundingScope, string];
        byScope.set(scope, [...(byScope.get(scope) ?? []), id]);
      }
      const results = new Map<string, Awaited<ReturnType<typeof partnerFunding>>[number]>();
      for (const [scope, ids] of byScope) {
        (await partnerFunding(db, ids, scope)).forEach((funding, i) => results.set(`${scope} ${ids[i]}`, funding));
      }
      return keys.map((key) => results.get(key)!);
    }),
    /** Official rates by "<currency> <YYYY-MM-DD>": that day's or the nearest earlier one's, or null. */
    rateOn: new DataLoader((keys: readonly string[]) => findRates(db, keys)),
    activityByIdentifier: new DataLoader(async (identifiers: readonly string[]) =>
      oneByKey(
        identifiers,
        await db.activity.findMany({ where: { iatiIdentifier: { in: [...identifiers] } } }),
        (row) => row.iatiIdentifier,
      ),
    ),
    recipientReportById: new DataLoader(async (ids: readonly string[]) =>
      oneByKey(ids, await db.recipientReport.findMany({ where: { id: { in: uuidsOnly(ids) } } }), (row) => row.id),
    ),
    /** A region's funding grouped by donor or in one currency, keyed "<group>|<currency>|<from>|<to>|<region code>". */
    regionStats: new DataLoader((keys: readonly string[]) =>
      byOptions(
        keys,
        async (options, codes) => {
          const { group, currency, from, to } = parseOptions(options);
          return fundingStats(db, { regionKeys: codes, groupBy: group, filter: { from, to }, currency });
        },
        [],
      ),
    ),
    /** A region's funding by SDG, keyed "SDG|<currency>|<from>|<to>|<region code>". */
    regionSdgs: new DataLoader((keys: readonly string[]) =>
      byOptions(
        keys,
        async (options, codes) => {
          const { currency, from, to } = parseOptions(options);
          return sdgFunding(db, codes, { from, to }, currency);
        },
        [],
      ),
    ),
    /** Partners that committed or disbursed to each NGO, by BIN. */
    donorsByBin: new DataLoader(async (bins: readonly string[]) => {
      const pairs = await db.transaction.findMany({
        where: {
          receiverBin: { in: [...bins] },
          type: { in: [COMMITMENT, DISBURSEMENT] },
          providerPartnerId: { not: null },
        },
        distinct: ['receiverBin', 'providerPartnerId'],
        select: { receiverBin: true, providerPartnerId: true },
      });
      const partnerIds = [...new Set(pairs.map((p) => p.providerPartnerId!))];
      const partners = new Map(
        (await db.partner.findMany({ where: { id: { in: partnerIds } }, orderBy: { name: 'asc' } })).map((p) => [
          p.id,
          p,
        ]),
      );
      return manyByKey(bins, pairs, (p) => p.receiverBin!).map((group) =>
        group.map((p) => partners.get(p.providerPartnerId!)!).sort((a, b) => a.name.localeCompare(b.name)),
      );
    }),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;

/** The key of a region statistics lookup. */
export function statsKey(
  group: StatsGroup | 'SDG',
  currency: string | null | undefined,
  from: Date | null | undefined,
  to: Date | null | undefined,
  code: string,
): string {
  return [group, currency ?? '', from?.toISOString() ?? '', to?.toISOString() ?? '', code].join('|');
}
