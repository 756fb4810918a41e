/** Counting councils and their members by the database (small tables: the rows answer directly). */
import { and, inList, raw, type Sql } from '../../../../lib/database/sql.js';
import type { Db } from '../db.js';
import type { CouncilScope } from './council-scope.js';

export type CouncilDimension = 'total' | 'level' | 'region';

export interface CouncilCountRow {
  region: string | null;
  key: string | null;
  councils: number;
  members: number;
  ngoMembers: number;
}

const KEYS: Record<CouncilDimension, string> = {
  total: 'NULL::text',
  level: 'pc.level::text',
  region: 'pc.region_code::text',
};

function conditions(scope: CouncilScope): Sql[] {
  return [
    ...(scope.regionCodes ? [inList('pc.region_code', scope.regionCodes, 'varchar')] : []),
    ...(scope.levels ? [inList('pc.level', scope.levels, '"CouncilLevel"')] : []),
  ];
}

export async function countCouncils(
  db: Db,
  scope: CouncilScope,
  dimension: CouncilDimension,
  byRegion: boolean,
): Promise<CouncilCountRow[]> {
  const select = raw(`SELECT ${byRegion ? 'pc.region_code::text' : 'NULL::text'} AS region, ${KEYS[dimension]} AS key`);
  return db.$queryRaw<CouncilCountRow[]>`
    ${select}, count(*)::int AS councils,
      coalesce(sum(m.members), 0)::int AS members, coalesce(sum(m.ngo_members), 0)::int AS "ngoMembers"
    FROM public_councils pc
    LEFT JOIN (
      SELECT council_id, count(*) AS members, count(ngo_id) AS ngo_members FROM council_members GROUP BY council_id
    ) AS m ON m.council_id = pc.id
    WHERE ${and(conditions(scope))}
    GROUP BY 1, 2`;
}
