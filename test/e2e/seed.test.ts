/**
 * `npm run seed` against configured databases: it creates and migrates them,
 * loads the demo data into the empty ones, and leaves them as they are the
 * second time. A bad --scale stops it with a message.
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { afterAll, describe, expect, test } from '@jest/globals';
import pg from 'pg';
import { PROJECT_ROOT, SUBGRAPH_NAMES } from '../../lib/config.js';
import { dropDatabase, serverUrl } from '../support/databases.js';
import { fingerprint } from '../support/fingerprint.js';

const suffix = Math.random().toString(36).slice(2, 8);
const urls = Object.fromEntries(SUBGRAPH_NAMES.map((name) => [name, `${serverUrl()}/seed_${name}_${suffix}`]));

function seed(...args: string[]) {
  const env: NodeJS.ProcessEnv = { ...process.env, LOG_LEVEL: 'info' };
  for (const name of SUBGRAPH_NAMES) env[`${name.toUpperCase()}_DATABASE_URL`] = urls[name];
  return spawnSync(process.execPath, ['--import', 'tsx', path.join(PROJECT_ROOT, 'scripts', 'seed.ts'), ...args], {
    cwd: PROJECT_ROOT,
    env,
    encoding: 'utf8',
    timeout: 120_000,
  });
}

afterAll(async () => {
  await Promise.all(Object.values(urls).map((url) => dropDatabase(url)));
});

describe('npm run seed', () => {
  test('fills empty databases once, then leaves them as they are', async () => {
    const first = seed();
    expect(first.status).toBe(0);
    const client = new pg.Client({ connectionString: urls.ngos });
    await client.connect();
    const active = await client.query<{ n: number }>(`SELECT count(*)::int AS n FROM ngos WHERE status = 'ACTIVE'`);
    await client.end();
    expect(active.rows[0]!.n).toBe(18_000);
    const before = await Promise.all(SUBGRAPH_NAMES.map((name) => fingerprint(urls[name]!)));
    const second = seed();
    expect(second.status).toBe(0);
    // Logs go to stderr; a command's stdout is for its output alone (seed has none).
    expect(second.stderr).toMatch(/already has data/);
    expect(second.stdout).toBe('');
    expect(await Promise.all(SUBGRAPH_NAMES.map((name) => fingerprint(urls[name]!)))).toEqual(before);
  }, 180_000);

  test('a bad --scale stops it with a message and touches nothing', () => {
    const result = seed('--scale', 'ten');
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/--scale must be a whole number from 1 to 100/);
  });
});
