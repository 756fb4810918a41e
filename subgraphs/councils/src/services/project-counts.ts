/**
 * Counting council projects by the database, never by loading rows.
 *
 * Where it can, a count reads council_project_counts, which the database
 * keeps exact by triggers: projects per month at six grains (see the
 * migration 20251201100000_statistics), of which a count reads the smallest
 * that has the columns it filters and groups by. The overview's projects by
 * field over three years read 36 months × 15 fields, however many projects
 * there are. A date range is answered by that table for its whole months and
 * by the project rows, through the index on considered_on, for the days at
 * its ends; so "the three years before the forum" (20 November to 19
 * November) reads two part-months of rows. A councilIds condition, which the
 * count table cannot express, falls back to the rows. Either way the answer
 * is exact.
 */
import { splitByPeriod, type DayRange } from '../../../../lib/domain/periods.js';
import { and, dateBetween, dateInRanges, inList, join, raw, sql, type Sql } from '../../../../lib/database/sql.js';
import { EARLIEST_DATE, LATEST_DATE } from '../../../../lib/graphql/filters.js';
import type { Db } from '../db.js';
import type { ProjectScope } from './project-scope.js';

/** `month`: the first day of the month considered, for trends. */
export type ProjectDimension = 'total' | 'field' | 'outcome' | 'year' | 'month' | 'region' | 'level';

export interface CountRow {
  /** The council's region, when counted per region; null otherwise (and for republican councils). */
  region: string | null;
  /** The dimension's value (text); null for the total and for republican councils' region. */
  key: string | null;
  count: number;
}

type Column = 'council' | 'field' | 'outcome';

/** The grains of council_project_counts and the columns each keeps (besides the month); smallest first. */
const GRAINS: readonly { grain: number; columns: readonly Column[] }[] = [
  { grain: 0, columns: [] },
  { grain: 1, columns: ['field'] },
  { grain: 2, columns: ['outcome'] },
  { grain: 3, columns: ['council'] },
  { grain: 4, columns: ['council', 'field'] },
  { grain: 5, columns: ['council', 'field', 'outcome'] },
];

/** The columns a count needs (region and level come together, as the council's). */
function neededColumns(scope: ProjectScope, dimension: ProjectDimension, byRegion: boolean): Set<Column> {
  const needed = new Set<Column>();
  if (scope.regionCodes || scope.levels || byRegion || dimension === 'region' || dimension === 'level')
    needed.add('council');
  if (scope.fields || dimension === 'field') needed.add('field');
  if (scope.outcomes || dimension === 'outcome') needed.add('outcome');
  return needed;
}

/** The smallest grain with every column the count needs. */
function grainFor(needed: ReadonlySet<Column>): number {
  return GRAINS.find((g) => [...needed].every((column) => g.columns.includes(column)))!.grain;
}

/** Column expressions of each source: the count table (c) or the project rows (p) joined to their council (pc). */
const COLUMNS = {
  counts: {
    region: "nullif(c.region_code, '')",
    level: 'c.level',
    field: 'c.field',
    outcome: 'c.outcome',
    day: 'c.month',
  },
  rows: {
    region: 'pc.region_code',
    level: 'pc.level::text',
    field: 'p.field',
    outcome: 'p.outcome::text',
    day: 'p.considered_on',
  },
} as const;

type Source = keyof typeof COLUMNS;

function keyOf(dimension: ProjectDimension, source: Source): string {
  const columns = COLUMNS[source];
  switch (dimension) {
    case 'total':
      return 'NULL::text';
    case 'year':
      return `extract(year FROM ${columns.day})::int::text`;
    case 'month':
      return `date_trunc('month', ${columns.day})::date::text`;
    default:
      return `${columns[dimension]}::text`;
  }
}

/** The scope's conditions on a source, except its dates. */
function conditions(scope: ProjectScope, source: Source): Sql[] {
  const counts = source === 'counts';
  const found: Sql[] = [];
  // Republican councils have no region: a region condition leaves them out, in both sources.
  if (scope.regionCodes) found.push(inList(counts ? 'c.region_code' : 'pc.region_code', scope.regionCodes, 'varchar'));
  if (scope.levels)
    found.push(inList(counts ? 'c.level' : 'pc.level', scope.levels, counts ? 'varchar' : '"CouncilLevel"'));
  if (scope.fields) found.push(inList(counts ? 'c.field' : 'p.field', scope.fields, 'varchar'));
  if (scope.outcomes)
    found.push(inList(counts ? 'c.outcome' : 'p.outcome', scope.outcomes, counts ? 'varchar' : '"ProjectOutcome"'));
  if (!counts && scope.councilIds) found.push(inList('p.council_id', scope.councilIds, 'uuid'));
  return found;
}

function part(source: Source, dimension: ProjectDimension, byRegion: boolean, where: Sql[], byCouncil: boolean): Sql {
  const region = byRegion ? COLUMNS[source].region : 'NULL::text';
  const select = raw(`SELECT ${region} AS region, ${keyOf(dimension, source)} AS key`);
  if (source === 'counts')
    return sql`${select}, sum(c.projects) AS count FROM council_project_counts c WHERE ${and(where)} GROUP BY 1, 2`;
  // The council's row is read only when its region or level is asked for.
  const councils = raw(byCouncil ? ' JOIN public_councils pc ON pc.id = p.council_id' : '');
  return sql`${select}, count(*) AS count FROM council_projects p${councils} WHERE ${and(where)} GROUP BY 1, 2`;
}

function rowPart(
  scope: ProjectScope,
  dimension: ProjectDimension,
  byRegion: boolean,
  ranges: DayRange[] | null,
  byCouncil: boolean,
): Sql {
  const dates =
    ranges === null
      ? dateBetween('p.considered_on', scope.consideredFrom, scope.consideredTo)
      : [dateInRanges('p.considered_on', ranges)];
  return part('rows', dimension, byRegion, [...conditions(scope, 'rows'), ...dates], byCouncil);
}

/** Which sources answer the count, and for which days. */
export function projectCountParts(scope: ProjectScope, dimension: ProjectDimension, byRegion: boolean): Sql[] {
  const needed = neededColumns(scope, dimension, byRegion);
  const byCouncil = needed.has('council');
  if (scope.councilIds) return [rowPart(scope, dimension, byRegion, null, byCouncil)];
  const counts = [sql`c.grain = ${grainFor(needed)}`, ...conditions(scope, 'counts')];
  if (!scope.consideredFrom && !scope.consideredTo) return [part('counts', dimension, byRegion, counts, byCouncil)];
  const { whole, edges } = splitByPeriod(
    { from: scope.consideredFrom ?? EARLIEST_DATE, to: scope.consideredTo ?? LATEST_DATE },
    'month',
  );
  const parts: Sql[] = [];
  if (whole)
    parts.push(
      part(
        'counts',
        dimension,
        byRegion,
        [...counts, sql`c.month BETWEEN ${whole.from}::date AND ${whole.to}::date`],
        byCouncil,
      ),
    );
  if (edges.length) parts.push(rowPart(scope, dimension, byRegion, edges, byCouncil));
  return parts;
}

/** Projects in the scope per value of the dimension, and per region when `byRegion`. Values without projects are absent. */
export async function countProjects(
  db: Db,
  scope: ProjectScope,
  dimension: ProjectDimension,
  byRegion: boolean,
): Promise<CountRow[]> {
  return db.$queryRaw<CountRow[]>`
    SELECT region, key, sum(count)::int AS count
    FROM (${join(projectCountParts(scope, dimension, byRegion), ' UNION ALL ')}) AS parts
    GROUP BY region, key`;
}
