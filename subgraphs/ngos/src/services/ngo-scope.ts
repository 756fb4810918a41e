/**
 * The NGOs a statistic, trend or search is about: the GraphQL NgoFilter,
 * validated once and normalized (sorted lists, ISO dates), so that equal
 * filters make equal DataLoader keys and one SQL statement serves every
 * field of a request that asks the same.
 */
import { distinctSorted, isoDay, validatePeriod, validateRegionCodes } from '../../../../lib/graphql/filters.js';
import type { LegalForm, NgoFilter, NgoStatus, Sector } from '../generated/graphql.js';

export interface NgoScope {
  regionCodes: string[] | null;
  statuses: NgoStatus[] | null;
  legalForms: LegalForm[] | null;
  sectors: Sector[] | null;
  /** Registration dates, both included, 'YYYY-MM-DD'. */
  registeredFrom: string | null;
  registeredTo: string | null;
}

export const EVERY_NGO: NgoScope = {
  regionCodes: null,
  statuses: null,
  legalForms: null,
  sectors: null,
  registeredFrom: null,
  registeredTo: null,
};

/** Validates the filter; argument names in errors are prefixed with `argument` (e.g. filter.regionCodes). */
export function ngoScope(filter: NgoFilter | null | undefined, argument = 'filter'): NgoScope {
  if (!filter) return EVERY_NGO;
  validateRegionCodes(filter.regionCodes, `${argument}.regionCodes`);
  validatePeriod(filter.registeredFrom, filter.registeredTo, `${argument}.registeredFrom`, `${argument}.registeredTo`);
  return {
    regionCodes: distinctSorted(filter.regionCodes),
    statuses: distinctSorted(filter.statuses),
    legalForms: distinctSorted(filter.legalForms),
    sectors: distinctSorted(filter.sectors),
    registeredFrom: isoDay(filter.registeredFrom),
    registeredTo: isoDay(filter.registeredTo),
  };
}

/** The scope restricted to one region (a Region entity's statistics). */
export function inRegion(scope: NgoScope, regionCode: string): NgoScope {
  return { ...scope, regionCodes: [regionCode] };
}
