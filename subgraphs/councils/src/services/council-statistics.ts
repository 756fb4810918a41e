/** The CouncilStatistics and CouncilProjectStatistics breakdowns, shaped for dashboards from the counts the database computed. */
import { COUNCIL_LEVELS, PROJECT_OUTCOMES } from '../domain/council-terms.js';
import { completeCounts, yearSeries, type CodeCount } from '../../../../lib/domain/counts.js';
import { REGIONS } from '../../../../lib/domain/regions.js';
import { POLICY_FIELDS } from '../domain/policy-fields.js';
import { termCodes } from '../../../../lib/domain/terms.js';
import type { RegionRef } from '../entities.js';
import type { Loaders } from '../loaders.js';
import type { CouncilCountRow, CouncilDimension } from './council-counts.js';
import type { CouncilScope } from './council-scope.js';
import type { ProjectDimension } from './project-counts.js';
import type { ProjectScope } from './project-scope.js';

const REGION_CODES = REGIONS.map((r) => r.code);
const LEVEL_CODES = termCodes(COUNCIL_LEVELS);

export interface LevelCount<C extends string = string> {
  code: C;
  councils: number;
  members: number;
}

async function councilRows(
  loaders: Loaders,
  scope: CouncilScope,
  dimension: CouncilDimension,
): Promise<Map<string, CouncilCountRow>> {
  const rows = await loaders.councilCounts.load({ scope, dimension });
  return new Map(rows.map((row) => [row.key ?? '', row]));
}

export async function councilTotals(
  loaders: Loaders,
  scope: CouncilScope,
): Promise<{ councils: number; members: number; ngoMembers: number }> {
  const total = (await councilRows(loaders, scope, 'total')).get('');
  return { councils: total?.councils ?? 0, members: total?.members ?? 0, ngoMembers: total?.ngoMembers ?? 0 };
}

/** Per level or region: every one, most councils first, ties in vocabulary order. */
async function councilsBy<C extends string>(
  loaders: Loaders,
  scope: CouncilScope,
  dimension: 'level' | 'region',
  codes: readonly C[],
): Promise<LevelCount<C>[]> {
  const rows = await councilRows(loaders, scope, dimension);
  const order = completeCounts(codes, new Map([...rows].map(([code, row]) => [code, row.councils])));
  return order.map(({ code }) => ({
    code,
    councils: rows.get(code)?.councils ?? 0,
    members: rows.get(code)?.members ?? 0,
  }));
}

export const councilsByLevel = (loaders: Loaders, scope: CouncilScope) =>
  councilsBy(loaders, scope, 'level', LEVEL_CODES);

export async function councilsByRegion(
  loaders: Loaders,
  scope: CouncilScope,
): Promise<{ region: RegionRef; councils: number; members: number }[]> {
  return (await councilsBy(loaders, scope, 'region', REGION_CODES)).map(({ code, ...counts }) => ({
    region: { code },
    ...counts,
  }));
}

async function projectCounts(
  loaders: Loaders,
  scope: ProjectScope,
  dimension: ProjectDimension,
): Promise<Map<string, number>> {
  const rows = await loaders.projectCounts.load({ scope, dimension });
  // The region breakdown leaves out republican councils (no region): their key is null.
  return new Map(
    rows.filter((row) => dimension === 'total' || row.key !== null).map((row) => [row.key ?? '', row.count]),
  );
}

export async function projectTotal(loaders: Loaders, scope: ProjectScope): Promise<number> {
  return (await projectCounts(loaders, scope, 'total')).get('') ?? 0;
}

const PROJECT_VOCABULARIES = {
  field: termCodes(POLICY_FIELDS),
  outcome: termCodes(PROJECT_OUTCOMES),
  level: LEVEL_CODES,
} as const;

type ProjectVocabularies = typeof PROJECT_VOCABULARIES;

export async function projectsByCode<D extends keyof ProjectVocabularies>(
  loaders: Loaders,
  scope: ProjectScope,
  dimension: D,
): Promise<CodeCount<ProjectVocabularies[D][number]>[]> {
  return completeCounts<ProjectVocabularies[D][number]>(
    PROJECT_VOCABULARIES[dimension],
    await projectCounts(loaders, scope, dimension),
  );
}

export async function projectsByRegion(
  loaders: Loaders,
  scope: ProjectScope,
): Promise<{ region: RegionRef; count: number }[]> {
  return completeCounts(REGION_CODES, await projectCounts(loaders, scope, 'region')).map(({ code, count }) => ({
    region: { code },
    count,
  }));
}

export async function projectsByYear(
  loaders: Loaders,
  scope: ProjectScope,
): Promise<{ year: number; count: number }[]> {
  const counts = await projectCounts(loaders, scope, 'year');
  return yearSeries(new Map([...counts].map(([year, count]) => [Number(year), count])));
}
