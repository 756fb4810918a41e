/**
 * How far V8 lets a service's old generation grow past its live objects
 * before the next full collection (HEAP_GROWTH_PERCENT).
 *
 * Left to itself V8 picks that factor from how cheap collections are next to
 * the program's own work, up to 4x the live heap: a server under steady load
 * always looks cheap to collect, so its heap settles near 4x what it keeps.
 * Measured under the gateway benchmark's fan-out load: ~61 MB of live objects
 * (a heap snapshot), old space swinging up to ~230 MB, 370 MB resident; with
 * a fixed factor of 2 (HEAP_GROWTH_PERCENT=100), 235 MB resident at the same
 * CPU time per request (README, "Memory"). The flag is read at every
 * collection, so setting it at start-up applies however the process was
 * started (npm start, the image, Kubernetes, the benchmarks).
 */
import v8 from 'node:v8';

/** 0 leaves V8's own heuristics; N > 0 lets the heap grow to (1 + N/100) times its live size. */
export function limitHeapGrowth(percent: number): void {
  if (percent > 0) v8.setFlagsFromString(`--heap-growing-percent=${Math.round(percent)}`);
}
