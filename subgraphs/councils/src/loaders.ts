/** Per-request DataLoaders: every lookup by key goes through one of these, so a page costs one statement per kind of row. */
import DataLoader from 'dataloader';
import { manyByKey, oneByKey, uuidsOnly } from '../../../lib/database/loaders.js';
import {
  countByRegionBatches,
  countKeyId,
  sumCounts,
  type CountKey,
  type Totals,
} from '../../../lib/database/region-batches.js';
import type { Db } from './db.js';
import { countCouncils, type CouncilCountRow, type CouncilDimension } from './services/council-counts.js';
import type { CouncilScope } from './services/council-scope.js';
import { countProjects, type CountRow, type ProjectDimension } from './services/project-counts.js';
import type { ProjectScope } from './services/project-scope.js';

/** Each project has one field, outcome, day and council level (but republican councils no region): those add up to the total. */
const PROJECT_TOTALS: Totals<ProjectDimension, CountRow> = {
  total: 'total',
  partitions: ['field', 'outcome', 'year', 'month', 'level'],
  sum: sumCounts,
};

/** Every council has a level: the levels add up to the total. */
const COUNCIL_TOTALS: Totals<CouncilDimension, CouncilCountRow> = {
  total: 'total',
  partitions: ['level'],
  sum: (rows) =>
    rows.length
      ? [
          rows.reduce(
            (total, row) => ({
              ...total,
              councils: total.councils + row.councils,
              members: total.members + row.members,
              ngoMembers: total.ngoMembers + row.ngoMembers,
            }),
            { ...rows[0]!, key: null, councils: 0, members: 0, ngoMembers: 0 },
          ),
        ]
      : [],
};

export function createLoaders(db: Db) {
  return {
    councilById: new DataLoader(async (ids: readonly string[]) =>
      oneByKey(ids, await db.publicCouncil.findMany({ where: { id: { in: uuidsOnly(ids) } } }), (row) => row.id),
    ),
    memberById: new DataLoader(async (ids: readonly string[]) =>
      oneByKey(ids, await db.councilMember.findMany({ where: { id: { in: uuidsOnly(ids) } } }), (row) => row.id),
    ),
    projectById: new DataLoader(async (ids: readonly string[]) =>
      oneByKey(ids, await db.councilProject.findMany({ where: { id: { in: uuidsOnly(ids) } } }), (row) => row.id),
    ),
    /** Seats held by representatives of each NGO, by the NGO's id. */
    seatsByNgoId: new DataLoader(async (ngoIds: readonly string[]) =>
      manyByKey(
        ngoIds,
        await db.councilMember.findMany({
          where: { ngoId: { in: uuidsOnly(ngoIds) } },
          orderBy: [{ appointedOn: 'asc' }, { id: 'asc' }],
        }),
        (row) => row.ngoId,
      ),
    ),
    memberCountByCouncilId: new DataLoader(async (councilIds: readonly string[]) => {
      const counts = await db.councilMember.groupBy({
        by: ['councilId'],
        where: { councilId: { in: uuidsOnly(councilIds) } },
        _count: { _all: true },
      });
      const byId = new Map(counts.map((row) => [row.councilId, row._count._all]));
      return councilIds.map((id) => byId.get(id) ?? 0);
    }),
    /** Council and member counts per statistic and breakdown; the statistics of many regions share one statement. */
    councilCounts: new DataLoader<CountKey<CouncilScope, CouncilDimension>, CouncilCountRow[], string>(
      (keys) =>
        countByRegionBatches(
          keys,
          (scope, dimension, byRegion) => countCouncils(db, scope, dimension, byRegion),
          COUNCIL_TOTALS,
        ),
      { cacheKeyFn: countKeyId },
    ),
    /** Project counts per statistic and breakdown, batched the same way. */
    projectCounts: new DataLoader<CountKey<ProjectScope, ProjectDimension>, CountRow[], string>(
      (keys) =>
        countByRegionBatches(
          keys,
          (scope, dimension, byRegion) => countProjects(db, scope, dimension, byRegion),
          PROJECT_TOTALS,
        ),
      { cacheKeyFn: countKeyId },
    ),
    platformsByForumId: new DataLoader(async (forumIds: readonly string[]) =>
      manyByKey(
        forumIds,
        await db.discussionPlatform.findMany({
          where: { forumId: { in: uuidsOnly(forumIds) } },
          orderBy: { position: 'asc' },
        }),
        (row) => row.forumId,
      ),
    ),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
