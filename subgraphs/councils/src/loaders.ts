/** Per-request DataLoaders: every lookup by key goes through one of these, so a page costs one statement per kind of row. */
import DataLoader from 'dataloader';
import { manyByKey, oneByKey, uuidsOnly } from '../../../lib/database/loaders.js';
import type { Db } from './db.js';

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
    platformsByForumId: new DataLoader(async (forumIds: readonly string[]) =>
      manyByKey(
        forumIds,
        await db.discussionPlatform.findMany({ where: { forumId: { in: uuidsOnly(forumIds) } }, orderBy: { position: 'asc' } }),
        (row) => row.forumId,
      ),
    ),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
