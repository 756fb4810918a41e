/**
 * NgoScope as SQL, for the ngos table and for the count tables the database
 * keeps next to it (ngo_counts, ngo_sector_counts; see the migration
 * 20251201100000_statistics_search_audit). Every value travels as a bound
 * parameter; identifiers are fixed strings of this file.
 */
import { and, dateBetween, inList, join, raw, sql, type Sql } from '../../../../lib/database/sql.js';
import type { NgoScope } from './ngo-scope.js';

/** The scope's conditions every table has columns for: region, status, legal form. `alias` qualifies the columns. */
export function commonConditions(scope: NgoScope, alias: string): Sql[] {
  const conditions: Sql[] = [];
  if (scope.regionCodes) conditions.push(inList(`${alias}.region_code`, scope.regionCodes, 'varchar'));
  if (scope.statuses) conditions.push(inList(`${alias}.status`, scope.statuses, '"NgoStatus"'));
  if (scope.legalForms) conditions.push(inList(`${alias}.legal_form`, scope.legalForms, '"LegalForm"'));
  return conditions;
}

/** The scope's sector condition on ngos rows (the GIN index on sectors serves `&&`). */
export function sectorCondition(scope: NgoScope, alias: string): Sql[] {
  return scope.sectors ? [sql`${raw(alias)}.sectors && ARRAY[${join(scope.sectors)}]::text[]`] : [];
}

/** Every condition of the scope on ngos rows. */
export function rowConditions(scope: NgoScope, alias = 'n'): Sql {
  return and([
    ...commonConditions(scope, alias),
    ...sectorCondition(scope, alias),
    ...dateBetween(`${alias}.registered_on`, scope.registeredFrom, scope.registeredTo),
  ]);
}
