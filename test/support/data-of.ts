/**
 * Reading typed responses (documents typed by codegen, test/generated/)
 * without `data!`: a test that gets no data, or misses a value it needs,
 * fails here saying what it got instead of on a TypeError further down.
 */
import type { GraphQLResponse } from './federation.js';

/** Data whose root fields are all present. */
export type Roots<T> = { [K in keyof T]: NonNullable<T[K]> };

/**
 * The data of a response with every root field present. Root fields are
 * nullable (a failing subgraph nulls only its own); a test reads them here
 * and fails naming the ones that are null and the errors that came instead.
 */
export function dataOf<T extends object>(response: GraphQLResponse<T>): Roots<T> {
  const data = response.data;
  if (!data) throw new Error(`no data: ${JSON.stringify(response.errors)}`);
  const missing = Object.entries(data).flatMap(([field, value]) => (value === null ? [field] : []));
  if (missing.length) throw new Error(`${missing.join(', ')} null: ${JSON.stringify(response.errors)}`);
  // Every root field was just checked to be non-null.
  return data as Roots<T>;
}

/** A value the test needs (a nullable field, a list's element); fails naming what is missing. */
export function present<T>(value: T | null | undefined, what: string): T {
  if (value === null || value === undefined) throw new Error(`expected ${what}, got ${String(value)}`);
  return value;
}
