/**
 * "Every item passes" that cannot pass vacuously: `[].every(...)` is true, so
 * `expect(list.every(check)).toBe(true)` passes on an empty list and names no
 * culprit when it fails. This asserts the list's length first (exactly, or at
 * least one item), then shows the items that fail the check. The lint rule in
 * eslint.config.js refuses `expect(x.every(...))` in tests in favour of this.
 */
import { expect } from '@jest/globals';

export interface EveryOptions {
  /** The exact number of items expected (default: at least one). */
  length?: number;
  /** Only where an empty list is a legitimate answer (e.g. one item's optional list in a loop); say why beside it. */
  mayBeEmpty?: boolean;
}

export function expectEvery<T>(items: readonly T[], check: (item: T) => unknown, options: EveryOptions = {}): void {
  if (options.length !== undefined) expect(items).toHaveLength(options.length);
  else if (!options.mayBeEmpty) expect(items.length).toBeGreaterThan(0);
  const failing = items.filter((item) => !check(item));
  expect({ failing: failing.slice(0, 5), count: failing.length }).toEqual({ failing: [], count: 0 });
}
