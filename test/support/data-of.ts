/**
 * Reading typed responses (documents typed by codegen, test/generated/)
 * without `data!`: a test that gets no data, or misses a value it needs,
 * fails here saying what it got instead of on a TypeError further down.
 */
import type { GraphQLResponse } from './federation.js';

/** The data of a response; fails naming the errors when there is none. */
export function dataOf<T>(response: GraphQLResponse<T>): T {
  if (!response.data) throw new Error(`no data: ${JSON.stringify(response.errors)}`);
  return response.data;
}

/** A value the test needs (a nullable field, a list's element); fails naming what is missing. */
export function present<T>(value: T | null | undefined, what: string): T {
  if (value === null || value === undefined) throw new Error(`expected ${what}, got ${String(value)}`);
  return value;
}
