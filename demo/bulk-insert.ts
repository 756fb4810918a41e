/**
 * Bulk inserts with one statement per chunk of rows:
 *   INSERT INTO t (a, b) SELECT u.a, u.b FROM unnest($1::uuid[], $2::text[]) AS u(a, b)
 * Each column travels as one array parameter. unnest flattens arrays of
 * arrays, so an array-valued column (text[], int4[]) travels as a text[] of
 * PostgreSQL array literals and is cast back row by row.
 */
import type pg from 'pg';

/** A column: its name, the row field it comes from, and its PostgreSQL type ("uuid", "date", "\"LegalForm\"", "text[]" ...). */
export type Column<R> = readonly [name: string, field: keyof R & string, type: string];

export interface Table<R> {
  name: string;
  columns: readonly Column<R>[];
}

export const CHUNK_ROWS = 5_000;

const quote = (identifier: string): string => `"${identifier.replaceAll('"', '""')}"`;

function arrayLiteral(values: readonly unknown[]): string {
  const items = values.map((v) =>
    v === null || v === undefined ? 'NULL' : `"${String(v).replaceAll('\\', '\\\\').replaceAll('"', '\\"')}"`,
  );
  return `{${items.join(',')}}`;
}

export function insertStatement<R>(table: Table<R>): string {
  const names = table.columns.map(([name]) => quote(name));
  const params = table.columns.map(([, , type], i) => `$${i + 1}::${type.endsWith('[]') ? 'text' : type}[]`);
  const selects = table.columns.map(([name, , type]) =>
    type.endsWith('[]') ? `u.${quote(name)}::${type}` : `u.${quote(name)}`,
  );
  return `INSERT INTO ${quote(table.name)} (${names.join(', ')}) SELECT ${selects.join(', ')} FROM unnest(${params.join(', ')}) AS u(${names.join(', ')})`;
}

/** One array per column, in column order. */
export function columnArrays<R>(table: Table<R>, rows: readonly R[]): unknown[][] {
  return table.columns.map(([, field, type]) =>
    type.endsWith('[]')
      ? rows.map((row) => arrayLiteral(row[field] as readonly unknown[]))
      : rows.map((row) => row[field] ?? null),
  );
}

/** Inserts all rows, CHUNK_ROWS at a time, on the given client (inside the caller's transaction). */
export async function bulkInsert<R>(client: pg.ClientBase, table: Table<R>, rows: readonly R[]): Promise<number> {
  const sql = insertStatement(table);
  for (let start = 0; start < rows.length; start += CHUNK_ROWS) {
    await client.query(sql, columnArrays(table, rows.slice(start, start + CHUNK_ROWS)));
  }
  return rows.length;
}
