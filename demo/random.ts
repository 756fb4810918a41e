/**
 * The seeded randomness of the demo data. Each part of the data set draws
 * from its own Faker seeded with a fixed number, so changing how one part is
 * generated does not reshuffle the others.
 */
import { Faker, en, ru } from '@faker-js/faker';
import { FORUM_DATE } from './anchor.js';
import { dateOf, dayOf } from './dates.js';
import type { IsoDate } from './types.js';

export type Random = Faker;

export function createRandom(seed: number): Random {
  const faker = new Faker({ locale: [ru, en] });
  faker.seed(seed);
  // Faker's own date helpers count from "now" unless told otherwise.
  faker.setDefaultRefDate(new Date(`${FORUM_DATE}T00:00:00Z`));
  return faker;
}

export function chance(random: Random, probability: number): boolean {
  return random.number.float({ min: 0, max: 1 }) < probability;
}

/** A uniformly random date between two dates, both inclusive. */
export function dateBetween(random: Random, from: IsoDate, to: IsoDate): IsoDate {
  const first = dayOf(from);
  const last = dayOf(to);
  if (last < first) throw new Error(`empty date range ${from}..${to}`);
  return dateOf(random.number.int({ min: first, max: last }));
}

/** An amount of whole `step`s between min and max, e.g. 2,500-euro steps of a grant. */
export function roundedInt(random: Random, min: number, max: number, step: number): number {
  return random.number.int({ min: Math.ceil(min / step), max: Math.floor(max / step) }) * step;
}

/**
 * Splits `total` items over weights by largest remainders: the counts add up
 * to exactly `total`, and each weight gets at least `minimum` when total allows.
 */
export function apportion(total: number, weights: readonly number[], minimum = 0): number[] {
  const floor = Math.min(minimum, Math.floor(total / weights.length));
  const rest = total - floor * weights.length;
  const sum = weights.reduce((a, b) => a + b, 0);
  const exact = weights.map((w) => (rest * w) / sum);
  const counts = exact.map(Math.floor);
  let missing = rest - counts.reduce((a, b) => a + b, 0);
  const byRemainder = exact.map((x, i) => ({ i, r: x - Math.floor(x) })).sort((a, b) => b.r - a.r || a.i - b.i);
  for (const { i } of byRemainder) {
    if (missing-- <= 0) break;
    counts[i]! += 1;
  }
  return counts.map((c) => c + floor);
}

/** Each value repeated as many times as apportioned, in a random order. */
export function shuffledPlan<T>(random: Random, values: readonly T[], counts: readonly number[]): T[] {
  const plan: T[] = [];
  values.forEach((value, i) => {
    for (let n = 0; n < (counts[i] ?? 0); n++) plan.push(value);
  });
  return random.helpers.shuffle(plan, { inplace: true });
}

export function pick<T>(random: Random, values: readonly T[]): T {
  return random.helpers.arrayElement(values);
}

/** Like Faker's weightedArrayElement, which is too slow for hundreds of thousands of rows. */
export function weightedPick<T>(random: Random, values: readonly { weight: number; value: T }[]): T {
  let total = 0;
  for (const { weight } of values) total += weight;
  let point = random.number.float({ min: 0, max: total });
  for (const { weight, value } of values) {
    point -= weight;
    if (point < 0) return value;
  }
  const last = values[values.length - 1];
  if (!last) throw new Error('weightedPick needs at least one value');
  return last.value;
}
