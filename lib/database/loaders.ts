/** Helpers for per-request DataLoaders: answers in the order of the keys asked. */
import { isUuid } from '../domain/ids.js';

/** One row per key, null where no row has the key. */
export function oneByKey<K, T>(keys: readonly K[], rows: readonly T[], keyOf: (row: T) => K): (T | null)[] {
  const found = new Map(rows.map((row) => [keyOf(row), row]));
  return keys.map((key) => found.get(key) ?? null);
}

/** All rows per key, an empty list where none has it; rows keep their order. */
export function manyByKey<K, T>(keys: readonly K[], rows: readonly T[], keyOf: (row: T) => K): T[][] {
  const groups = new Map<K, T[]>();
  for (const row of rows) {
    const key = keyOf(row);
    const group = groups.get(key);
    if (group) group.push(row);
    else groups.set(key, [row]);
  }
  return keys.map((key) => groups.get(key) ?? []);
}

/** The keys that can be UUIDs; others cannot match a uuid column, and asking PostgreSQL would only fail the cast. */
export function uuidsOnly(keys: readonly string[]): string[] {
  return keys.filter(isUuid);
}
