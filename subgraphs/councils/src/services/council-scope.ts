/** The councils a statistic is about: CouncilFilter validated and normalized, so equal filters make equal DataLoader keys. */
import { distinctSorted, validateRegionCodes } from '../../../../lib/graphql/filters.js';
import type { CouncilFilter, CouncilLevel } from '../generated/graphql.js';

export interface CouncilScope {
  regionCodes: string[] | null;
  levels: CouncilLevel[] | null;
}

export function councilScope(filter: CouncilFilter | null | undefined): CouncilScope {
  validateRegionCodes(filter?.regionCodes, 'filter.regionCodes');
  return { regionCodes: distinctSorted(filter?.regionCodes), levels: distinctSorted(filter?.levels) };
}
