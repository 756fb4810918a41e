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

/** Throws BAD_USER_INPUT when a range's start is after its end. */
export function validateDateRange(
  from: Date | null | undefined,
  to: Date | null | undefined,
  fromName: string,
  toName: string,
): void {
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
export function dateRange(from: Date | null | undefined, to: Date | null | undefined): { gte?: Date; lte?: Date } | undefined {
  if (!from && !to) return undefined;
  return { ...(from ? { gte: from } : {}), ...(to ? { lte: to } : {}) };
}
