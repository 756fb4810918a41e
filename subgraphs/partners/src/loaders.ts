/** Per-request DataLoaders: every lookup by key goes through one of these, so a page costs one statement per kind of row. */
import DataLoader from 'dataloader';
import { manyByKey, oneByKey, uuidsOnly } from '../../../lib/database/loaders.js';
import type { Db } from './db.js';
import { COMMITMENT, DISBURSEMENT, fundingTotalsBy, partnerFunding } from './services/funding.js';
import type { FundingScope } from './generated/graphql.js';

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
        await db.participatingOrg.findMany({ where: { activityId: { in: uuidsOnly(ids) } }, orderBy: [{ role: 'asc' }, { name: 'asc' }] }),
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
    /** Partners that committed or disbursed to each NGO, by BIN. */
    donorsByBin: new DataLoader(async (bins: readonly string[]) => {
      const pairs = await db.transaction.findMany({
        where: { receiverBin: { in: [...bins] }, type: { in: [COMMITMENT, DISBURSEMENT] }, providerPartnerId: { not: null } },
        distinct: ['receiverBin', 'providerPartnerId'],
        select: { receiverBin: true, providerPartnerId: true },
      });
      const partnerIds = [...new Set(pairs.map((p) => p.providerPartnerId!))];
      const partners = new Map(
        (await db.partner.findMany({ where: { id: { in: partnerIds } }, orderBy: { name: 'asc' } })).map((p) => [p.id, p]),
      );
      return manyByKey(bins, pairs, (p) => p.receiverBin!).map((group) =>
        group.map((p) => partners.get(p.providerPartnerId!)!).sort((a, b) => a.name.localeCompare(b.name)),
      );
    }),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
