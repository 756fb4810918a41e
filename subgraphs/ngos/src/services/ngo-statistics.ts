/** The NgoStatistics breakdowns, shaped for dashboards from the counts the database computed. */
import { completeCounts, yearSeries, type CodeCount } from '../../../../lib/domain/counts.js';
import { findRegion, REGIONS, type RegionInfo } from '../../../../lib/domain/regions.js';
import { LEGAL_FORMS, NGO_STATUSES } from '../domain/registry-terms.js';
import { SECTORS } from '../domain/sectors.js';
import { termCodes } from '../../../../lib/domain/terms.js';
import type { Loaders } from '../loaders.js';
import type { NgoDimension } from './ngo-counts.js';
import type { NgoScope } from './ngo-scope.js';

type CodeDimension = 'sector' | 'status' | 'legalForm';

const VOCABULARIES = {
  sector: termCodes(SECTORS),
  status: termCodes(NGO_STATUSES),
  legalForm: termCodes(LEGAL_FORMS),
} satisfies Record<CodeDimension, readonly string[]>;
type Vocabularies = typeof VOCABULARIES;

const REGION_CODES = REGIONS.map((r) => r.code);

async function countsOf(loaders: Loaders, scope: NgoScope, dimension: NgoDimension): Promise<Map<string, number>> {
  const rows = await loaders.ngoCounts.load({ scope, dimension });
  return new Map(rows.map((row) => [row.key ?? '', row.count]));
}

export async function ngoTotal(loaders: Loaders, scope: NgoScope): Promise<number> {
  return (await countsOf(loaders, scope, 'total')).get('') ?? 0;
}

export async function ngosByCode<D extends CodeDimension>(
  loaders: Loaders,
  scope: NgoScope,
  dimension: D,
): Promise<CodeCount<Vocabularies[D][number]>[]> {
  return completeCounts<Vocabularies[D][number]>(VOCABULARIES[dimension], await countsOf(loaders, scope, dimension));
}

export async function ngosByRegion(
  loaders: Loaders,
  scope: NgoScope,
): Promise<{ region: RegionInfo; count: number }[]> {
  const counts = completeCounts(REGION_CODES, await countsOf(loaders, scope, 'region'));
  return counts.map(({ code, count }) => ({ region: findRegion(code)!, count }));
}

export async function ngosByYear(loaders: Loaders, scope: NgoScope): Promise<{ year: number; count: number }[]> {
  const counts = await countsOf(loaders, scope, 'year');
  return yearSeries(new Map([...counts].map(([year, count]) => [Number(year), count])));
}
