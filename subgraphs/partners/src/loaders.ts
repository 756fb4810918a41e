/**
 * Per-request DataLoaders: every lookup by key goes through one of these, so
 * a page costs one statement per kind of row. Keys made of several parts are
 * objects with a `cacheKeyFn`, never strings split and cast back; a row found
 * by one key is primed under its other key.
 */
import DataLoader from 'dataloader';
import { manyByKey, oneByKey, uuidsOnly } from '../../../lib/database/loaders.js';
import type { Db } from './db.js';
import type { FundingScope } from './generated/graphql.js';
import type { Activity, Partner } from './generated/prisma/client.js';
import { findRates, rateKey, type RateQuery } from './services/exchange-rates.js';
import { COMMITMENT, DISBURSEMENT, fundingTotalsBy, partnerFunding } from './services/funding.js';
import { fundingStats, type StatsGroup } from './services/funding-stats.js';
import { sdgFunding } from './services/sdg-funding.js';

/** A region's funding by SDG: the options several regions share, and the region. */
export interface RegionSdgsKey {
  currency: string | null;
  from: Date | null;
  to: Date | null;
  regionCode: string;
}
/** A region's funding grouped by donor (or not grouped): the same, and the grouping. */
export interface RegionStatsKey extends RegionSdgsKey {
  group: StatsGroup;
}

const optionsKey = (key: RegionSdgsKey & { group?: StatsGroup }) =>
  JSON.stringify([key.group ?? null, key.currency, key.from?.getTime() ?? null, key.to?.getTime() ?? null]);
const regionKey = (key: RegionSdgsKey & { group?: StatsGroup }) => `${optionsKey(key)} ${key.regionCode}`;

/** Keys grouped by their options, each group answered by one call, answers returned in key order. */
async function byOptions<K extends RegionSdgsKey, T>(
  keys: readonly K[],
  answer: (options: K, regionCodes: string[]) => Promise<Map<string, T>>,
  empty: T,
): Promise<T[]> {
  const groups = new Map<string, { options: K; regionCodes: string[] }>();
  for (const key of keys) {
    const group = groups.get(optionsKey(key)) ?? { options: key, regionCodes: [] };
    group.regionCodes.push(key.regionCode);
    groups.set(optionsKey(key), group);
  }
  const answers = new Map<string, T>();
  for (const [options, group] of groups) {
    for (const [code, value] of await answer(group.options, group.regionCodes))
      answers.set(`${options} ${code}`, value);
  }
  return keys.map((key) => answers.get(regionKey(key)) ?? empty);
}

/** Partners and activities by either of their keys. */
function entityLoaders(db: Db) {
  const partnerById: DataLoader<string, Partner | null> = new DataLoader(async (ids) => {
    const rows = await db.partner.findMany({ where: { id: { in: uuidsOnly(ids) } } });
    for (const row of rows) partnerByRef.prime(row.orgRef, row);
    return oneByKey(ids, rows, (row) => row.id);
  });
  const partnerByRef: DataLoader<string, Partner | null> = new DataLoader(async (refs) => {
    const rows = await db.partner.findMany({ where: { orgRef: { in: [...refs] } } });
    for (const row of rows) partnerById.prime(row.id, row);
    return oneByKey(refs, rows, (row) => row.orgRef);
  });
  const activityById: DataLoader<string, Activity | null> = new DataLoader(async (ids) => {
    const rows = await db.activity.findMany({ where: { id: { in: uuidsOnly(ids) } } });
    for (const row of rows) activityByIdentifier.prime(row.iatiIdentifier, row);
    return oneByKey(ids, rows, (row) => row.id);
  });
  const activityByIdentifier: DataLoader<string, Activity | null> = new DataLoader(async (identifiers) => {
    const rows = await db.activity.findMany({ where: { iatiIdentifier: { in: [...identifiers] } } });
    for (const row of rows) activityById.prime(row.id, row);
    return oneByKey(identifiers, rows, (row) => row.iatiIdentifier);
  });
  return { partnerById, partnerByRef, activityById, activityByIdentifier };
}

/** Rows found by their id, and an activity's organisations and budgets. */
function rowLoaders(db: Db) {
  return {
    transactionById: new DataLoader(async (ids: readonly string[]) =>
      oneByKey(ids, await db.transaction.findMany({ where: { id: { in: uuidsOnly(ids) } } }), (row) => row.id),
    ),
    recipientReportById: new DataLoader(async (ids: readonly string[]) =>
      oneByKey(ids, await db.recipientReport.findMany({ where: { id: { in: uuidsOnly(ids) } } }), (row) => row.id),
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
  };
}

/** Partners that committed or disbursed to each NGO, by BIN, sorted by name. */
function donorsByBin(db: Db) {
  return new DataLoader(async (bins: readonly string[]) => {
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
      (await db.partner.findMany({ where: { id: { in: partnerIds } }, orderBy: { name: 'asc' } })).map((partner) => [
        partner.id,
        partner,
      ]),
    );
    return manyByKey(bins, pairs, (p) => p.receiverBin!).map((group) =>
      group.map((p) => partners.get(p.providerPartnerId!)!).sort((a, b) => a.name.localeCompare(b.name)),
    );
  });
}

/** Funding sums: by NGO, by region, by provider, and the official rates conversions need. */
function fundingLoaders(db: Db) {
  return {
    fundingByBin: new DataLoader((bins: readonly string[]) => fundingTotalsBy(db, 'receiverBin', bins)),
    fundingByRegion: new DataLoader((codes: readonly string[]) => fundingTotalsBy(db, 'regionCode', codes)),
    donorsByBin: donorsByBin(db),
    /** A provider's funding in a scope; one statement per scope asked. */
    partnerFunding: new DataLoader(
      async (keys: readonly { scope: FundingScope; partnerId: string }[]) => {
        const results = new Map<string, Awaited<ReturnType<typeof partnerFunding>>[number]>();
        for (const scope of new Set(keys.map((key) => key.scope))) {
          const ids = keys.filter((key) => key.scope === scope).map((key) => key.partnerId);
          (await partnerFunding(db, ids, scope)).forEach((funding, i) => results.set(`${scope} ${ids[i]}`, funding));
        }
        return keys.map((key) => results.get(`${key.scope} ${key.partnerId}`)!);
      },
      { cacheKeyFn: (key) => `${key.scope} ${key.partnerId}` },
    ),
    /** Official rates of a day: that day's or the nearest earlier one's, or null. */
    rateOn: new DataLoader((queries: readonly RateQuery[]) => findRates(db, queries), {
      cacheKeyFn: (query) => rateKey(query.currency, query.date),
    }),
  };
}

/** A region's funding grouped by donor, by SDG, or in one currency. */
function regionStatsLoaders(db: Db) {
  return {
    regionStats: new DataLoader(
      (keys: readonly RegionStatsKey[]) =>
        byOptions(
          keys,
          ({ group, currency, from, to }, regionCodes) =>
            fundingStats(db, { regionKeys: regionCodes, groupBy: group, filter: { from, to }, currency }),
          [],
        ),
      { cacheKeyFn: regionKey },
    ),
    regionSdgs: new DataLoader(
      (keys: readonly RegionSdgsKey[]) =>
        byOptions(
          keys,
          ({ currency, from, to }, regionCodes) => sdgFunding(db, regionCodes, { from, to }, currency),
          [],
        ),
      { cacheKeyFn: regionKey },
    ),
  };
}

export function createLoaders(db: Db) {
  return { ...entityLoaders(db), ...rowLoaders(db), ...fundingLoaders(db), ...regionStatsLoaders(db) };
}

export type Loaders = ReturnType<typeof createLoaders>;
