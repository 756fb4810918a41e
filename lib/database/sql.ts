/**
 * Building blocks of the raw SQL the statistics send with Prisma's
 * `$queryRaw`: Prisma's own tagged-template SQL (values always travel as
 * bound parameters), so fragments from here and from a subgraph's generated
 * client mix freely. Identifiers passed in are the caller's fixed strings,
 * never user input.
 */
import { join, raw, sqltag as sql, type Sql } from '@prisma/client/runtime/client';

export { join, raw, sql, type Sql };

/** `expression IN (v1, v2 ...)`, each value cast to the column's type (e.g. varchar, "NgoStatus"). */
export function inList(expression: string, values: readonly string[], cast: string): Sql {
  return sql`${raw(expression)} IN (${join(values.map((value) => sql`${value}::${raw(cast)}`))})`;
}

/** All conditions; TRUE for none. */
export function and(conditions: readonly Sql[]): Sql {
  return conditions.length ? join(conditions, ' AND ') : sql`TRUE`;
}

/** A date column within a range, both ends included and optional ('YYYY-MM-DD'). */
export function dateBetween(column: string, from: string | null, to: string | null): Sql[] {
  return [...(from ? [sql`${raw(column)} >= ${from}::date`] : []), ...(to ? [sql`${raw(column)} <= ${to}::date`] : [])];
}

/** A date column within any of the ranges. */
export function dateInRanges(column: string, ranges: readonly { from: string; to: string }[]): Sql {
  return sql`(${join(
    ranges.map((range) => and(dateBetween(column, range.from, range.to))),
    ' OR ',
  )})`;
}
