/** Validation of filter arguments shared by the subgraphs. */
import { describeRegionProblem } from '../domain/regions.js';
import { badUserInput } from './errors.js';

/** Throws BAD_USER_INPUT naming the argument when a code is not one of the 20 regions. */
export function validateRegionCodes(codes: readonly string[] | null | undefined, argumentName: string): void {
  for (const code of codes ?? []) {
    const problem = describeRegionProblem(code);
    if (problem) throw badUserInput(problem, argumentName);
  }
}

/** Throws BAD_USER_INPUT when a range's start is after its end, or either end is out of EARLIEST_DATE..LATEST_DATE. */
export function validateDateRange(
  from: Date | null | undefined,
  to: Date | null | undefined,
  fromName: string,
  toName: string,
): void {
  validateDateBounds(from, fromName);
  validateDateBounds(to, toName);
  if (from && to && from > to) {
    throw badUserInput(
      `${fromName} (${from.toISOString().slice(0, 10)}) is after ${toName} (${to.toISOString().slice(0, 10)}): swap them or widen the range`,
      fromName,
    );
  }
}

/** A Prisma `in` condition for a non-empty list, or undefined (no condition) for an absent or empty one. */
export function oneOf<T>(values: readonly T[] | null | undefined): { in: T[] } | undefined {
  return values?.length ? { in: [...values] } : undefined;
}

/** A Prisma date range condition, or undefined when neither bound is given. */
export function dateRange(
  from: Date | null | undefined,
  to: Date | null | undefined,
): { gte?: Date; lte?: Date } | undefined {
  if (!from && !to) return undefined;
  return { ...(from ? { gte: from } : {}), ...(to ? { lte: to } : {}) };
}

/** Dates outside these bounds are typos (0202 for 2022, 20255 for 2025), not registry dates. */
export const EARLIEST_DATE = '1900-01-01';
export const LATEST_DATE = '2100-12-31';

/** Throws BAD_USER_INPUT naming the argument for a date outside EARLIEST_DATE..LATEST_DATE. */
export function validateDateBounds(date: Date | null | undefined, argumentName: string): void {
  if (!date) return;
  const day = date.toISOString().slice(0, 10);
  if (day < EARLIEST_DATE || day > LATEST_DATE) {
    throw badUserInput(
      `${argumentName} (${day}) is out of range: give a date from ${EARLIEST_DATE} to ${LATEST_DATE}`,
      argumentName,
    );
  }
}

/** Both bounds plausible and in order. */
export function validatePeriod(
  from: Date | null | undefined,
  to: Date | null | undefined,
  fromName: string,
  toName: string,
): void {
  validateDateBounds(from, fromName);
  validateDateBounds(to, toName);
  validateDateRange(from, to, fromName, toName);
}

/** A list condition normalized for keys: null when absent or empty (no condition), else its distinct values sorted. */
export function distinctSorted<T extends string>(values: readonly T[] | null | undefined): T[] | null {
  return values?.length ? [...new Set(values)].sort() : null;
}

/** A GraphQL Date as 'YYYY-MM-DD', or null. */
export function isoDay(date: Date | null | undefined): string | null {
  return date ? date.toISOString().slice(0, 10) : null;
}
