/** Funding by SDG goal with each goal's targets, assembled from two grouped statements (goals, targets). */
import { isSdgGoal } from '../domain/sdg.js';
import { validateDateRange, validateRegionCodes } from '../../../../lib/graphql/filters.js';
import type { Db } from '../db.js';
import type { SdgFundingParent } from '../entities.js';
import type { FundingStatsFilter } from '../generated/graphql.js';
import { fundingStats, type StatsFilter } from './funding-stats.js';

export function statsFilter(filter: FundingStatsFilter | null | undefined, prefix = 'filter'): StatsFilter {
  if (!filter) return {};
  validateRegionCodes(filter.regionCodes, `${prefix}.regionCodes`);
  validateDateRange(filter.from, filter.to, `${prefix}.from`, `${prefix}.to`);
  return { from: filter.from, to: filter.to, donorOrgRefs: filter.donorOrgRefs, regionCodes: filter.regionCodes };
}

export async function sdgFunding(
  db: Db,
  regionKeys: readonly string[] | null,
  filter: StatsFilter,
  currency: string | null,
): Promise<Map<string, SdgFundingParent[]>> {
  const [goals, targets] = await Promise.all([
    fundingStats(db, { regionKeys, groupBy: 'SDG_GOAL', filter, currency }),
    fundingStats(db, { regionKeys, groupBy: 'SDG_TARGET', filter, currency }),
  ]);
  const result = new Map<string, SdgFundingParent[]>();
  for (const [key, groups] of goals) {
    const keyTargets = targets.get(key) ?? [];
    result.set(
      key,
      groups
        .map((totals) => ({
          goal: Number(totals.group),
          totals,
          targets: keyTargets.filter((t) => t.group.startsWith(`${totals.group}.`)),
        }))
        .filter((g) => isSdgGoal(g.goal))
        .sort((a, b) => a.goal - b.goal),
    );
  }
  return result;
}
