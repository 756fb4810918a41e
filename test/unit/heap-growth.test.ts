/**
 * HEAP_GROWTH_PERCENT (lib/heap-growth.ts): a process that keeps ~45 MB and
 * churns objects that live long enough to reach the old generation (as a
 * server's in-flight requests do) lets its old space grow to about twice what
 * it holds with 100, where V8 left to itself lets it grow several times over.
 * Each run is a child process of its own: the flag is process-wide.
 */
import { execFile } from 'node:child_process';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { describe, expect, test } from '@jest/globals';
import { readEnv, PROJECT_ROOT } from '../../lib/config.js';

const run = promisify(execFile);
const MODULE = pathToFileURL(path.join(PROJECT_ROOT, 'lib', 'heap-growth.ts')).href;

// ~45 MB kept for good, then 600k arrays of ~1 kB through a ring of 20k: each lives through a few
// young-generation collections, is promoted, and dies in old space.
const CHURN = `
import v8 from 'node:v8';
import { limitHeapGrowth } from '${MODULE}';
limitHeapGrowth(Number(process.argv[1]));
const old = () => v8.getHeapSpaceStatistics().find((s) => s.space_name === 'old_space');
const keep = [];
for (let i = 0; i < 40000; i += 1) keep.push(new Array(128).fill(i));
const ring = new Array(20000);
let peak = 0;
for (let i = 0; i < 600000; i += 1) {
  ring[i % ring.length] = new Array(128).fill(i);
  if (i % 500 === 0) peak = Math.max(peak, old().space_size);
}
const held = old().space_used_size;
console.log(JSON.stringify({ peakMb: peak / 1048576, heldMb: held / 1048576, kept: keep.length }));
`;

async function churn(percent: number): Promise<{ peakMb: number; heldMb: number }> {
  const { stdout } = await run(
    process.execPath,
    ['--import', 'tsx', '--input-type=module', '-e', CHURN, String(percent)],
    { cwd: PROJECT_ROOT, env: { ...process.env, NODE_OPTIONS: '' } },
  );
  return JSON.parse(stdout) as { peakMb: number; heldMb: number };
}

describe('HEAP_GROWTH_PERCENT', () => {
  test('100 keeps the old space near twice what the process holds; V8 alone lets it grow much further', async () => {
    const [limited, unlimited] = await Promise.all([churn(100), churn(0)]);
    // What it holds at the end: the kept arrays and the ring (~65 MB), plus whatever garbage is not collected yet.
    expect(limited.peakMb).toBeLessThan(2.5 * Math.max(limited.heldMb, 60));
    expect(limited.peakMb).toBeLessThan(0.7 * unlimited.peakMb);
  }, 60_000);

  test('takes 0 or a percentage from 10 to 300, and says so otherwise', () => {
    expect(readEnv({}).HEAP_GROWTH_PERCENT).toBe(100);
    expect(readEnv({ HEAP_GROWTH_PERCENT: '0' }).HEAP_GROWTH_PERCENT).toBe(0);
    for (const bad of ['5', '301', '-1', 'lots', '1.5'])
      expect(() => readEnv({ HEAP_GROWTH_PERCENT: bad })).toThrow(/HEAP_GROWTH_PERCENT=.*(percentage|whole number)/);
  });
});
