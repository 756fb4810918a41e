/**
 * Two gateway processes over the same subgraphs, sharing state through a
 * real Redis (REDIS_URL): an answer cached through one is served by the
 * other; a change through replica A, or announced by a command-line tool to
 * replica A, is never served stale by replica B; a caller alternating
 * between them is limited at exactly the configured rate; and Redis killed
 * and started again mid-test costs no request (each replica counts alone
 * and skips the cache meanwhile, then they share again).
 */
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import pg from 'pg';
import { binCheckDigit } from '../../lib/domain/bin.js';
import { announceChange } from '../../lib/events/announce.js';
import { spawnService, stopService, waitForHealth, type ServiceProcess } from '../../lib/processes.js';
import { dataOf } from '../support/data-of.js';
import { authHeaders, startFederation, testEnv, type Federation, type GraphQLResponse } from '../support/federation.js';
import { redisServerAvailable, startRedis, type TestRedis } from '../support/redis.js';

const PER_MINUTE = 12;

let federation: Federation;
let redis: TestRedis;
const gateways: ServiceProcess[] = [];
const urls: string[] = [];
let gatewayEnv: NodeJS.ProcessEnv;

/**
 * Redis is an option of a deployment: `npm test` on a machine without
 * redis-server skips these tests (saying so); CI (CI=true, .ci/run installs
 * redis-server) runs them, and fails them if it cannot.
 */
const runnable = redisServerAvailable() || process.env.CI === 'true';
const describeWithRedis = runnable ? describe : describe.skip;
if (!runnable) process.stderr.write('test/redis: redis-server is not installed; the shared-state tests are skipped\n');

beforeAll(async () => {
  if (!runnable) return;
  redis = await startRedis();
  federation = await startFederation();
  const env: NodeJS.ProcessEnv = (gatewayEnv = {
    PATH: process.env.PATH,
    NODE_ENV: 'test',
    LOG_LEVEL: 'warn',
    GATEWAY_PORT: '0',
    REDIS_URL: redis.url,
    NGOS_URL: federation.subgraphUrls.ngos,
    COUNCILS_URL: federation.subgraphUrls.councils,
    PARTNERS_URL: federation.subgraphUrls.partners,
    GATEWAY_LIMITS: JSON.stringify({ analyst: { requestsPerMinute: PER_MINUTE } }),
  });
  for (let i = 0; i < 2; i += 1) gateways.push(spawnService('gateway', { env }));
  for (const gateway of gateways) urls.push((await waitForHealth(gateway, 90_000)).url);
}, 150_000);

afterAll(async () => {
  await Promise.all(gateways.map((g) => stopService(g)));
  await federation?.stop();
  await redis?.stop();
});

/** Sends `count` requests as one analyst, alternating between the replicas; the statuses in order. */
async function alternate(subject: string, count: number): Promise<number[]> {
  const headers = {
    'content-type': 'application/json',
    ...(await authHeaders(federation.env, { role: 'analyst', subject, organization: null }, false)),
  };
  const statuses: number[] = [];
  for (let i = 0; i < count; i += 1) {
    const response = await fetch(urls[i % 2]!, { method: 'POST', headers, body: '{"query":"{ regions { code } }"}' });
    await response.arrayBuffer();
    statuses.push(response.status);
  }
  return statuses;
}

const REGION = '{ region(code: "KZ-43") { code ngoStatistics { total } } }';

/** KZ-43's count of NGOs as replica `i` answers it (publicly, so the answer may come from the cache). */
async function total(i: number): Promise<number> {
  const response = await fetch(urls[i]!, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: REGION }),
  });
  const body = (await response.json()) as GraphQLResponse<{ region: { ngoStatistics: { total: number } } | null }>;
  expect({ status: response.status, body }).toMatchObject({ status: 200, body: { data: {} } });
  return dataOf(body).region.ngoStatistics.total;
}

/** The sum of the samples of replica `i`'s /metrics whose line starts with `prefix` (a counter not yet moved may have none). */
async function metric(i: number, prefix: string, noneIsZero = false): Promise<number> {
  const text = await (await fetch(new URL('/metrics', urls[i]))).text();
  const lines = text.split('\n').filter((l) => l.startsWith(prefix));
  if (lines.length === 0 && !noneIsZero) throw new Error(`no sample ${prefix} in:\n${text.slice(0, 2000)}`);
  return lines.reduce((sum, line) => sum + Number(line.split(' ').at(-1)), 0);
}

/** How many requests replica `i` has sent to the ngos subgraph. */
const ngosFetches = (i: number) => metric(i, 'subgraph_request_duration_seconds_count{subgraph="ngos"', true);

/** Replica `i`'s readiness: the HTTP status and what the body says of Redis. */
async function readiness(i: number) {
  const response = await fetch(new URL('/health/ready', urls[i]));
  const body = (await response.json()) as { status: string; sharedState?: unknown };
  return { http: response.status, status: body.status, sharedState: body.sharedState };
}

const SHARED = { redis: 'up', rateLimits: 'shared', responseCache: 'shared' };
const ALONE = { redis: 'down', rateLimits: 'per-replica', responseCache: 'skipped' };

/** What replica `i`'s /metrics says of Redis and of the state it shares. */
async function sharing(i: number) {
  return {
    redisUp: await metric(i, 'gateway_redis_up '),
    rateLimits: await metric(i, 'gateway_shared_state{part="rate_limits"}'),
    responseCache: await metric(i, 'gateway_shared_state{part="response_cache"}'),
  };
}

let registeredBin: string;

/** A valid BIN registered in March 2024, unused by the demo data. */
function freshBin(): string {
  for (let serial = 77_001; ; serial += 1) {
    const first11 = `240340${String(serial).padStart(5, '0')}`;
    const check = binCheckDigit(first11);
    if (check !== null) return `${first11}${check}`;
  }
}

describeWithRedis('the response cache shared by two replicas', () => {
  test('an answer cached through replica B is served by replica A without the subgraphs', async () => {
    for (const i of [0, 1]) {
      expect(await sharing(i)).toEqual({ redisUp: 1, rateLimits: 1, responseCache: 1 });
      expect(await readiness(i)).toEqual({ http: 200, status: 'ok', sharedState: SHARED });
    }
    const first = await total(1);
    expect(await total(1)).toBe(first);
    const before = await ngosFetches(0);
    expect(await total(0)).toBe(first);
    expect(await ngosFetches(0)).toBe(before);
  });

  test('a change through replica A is never served stale by replica B', async () => {
    const before = await total(1);
    registeredBin = freshBin();
    const headers = {
      'content-type': 'application/json',
      ...(await authHeaders(federation.env, 'registrar', false)),
    };
    const response = await fetch(urls[0]!, {
      method: 'POST',
      headers,
      body: JSON.stringify({
        query: 'mutation($input: RegisterNgoInput!) { registerNgo(input: $input) { ok error { message } } }',
        variables: {
          input: {
            bin: registeredBin,
            names: { ru: 'Фонд «Две реплики»' },
            legalForm: 'PUBLIC_FOUNDATION',
            registeredOn: '2024-03-15',
            regionCode: 'KZ-43',
            sectors: ['EDUCATION'],
          },
        },
      }),
    });
    expect(await response.json()).toEqual({ data: { registerNgo: { ok: true, error: null } } });
    // At once, with no wait: the answer to the mutation left A only once B had dropped its copies.
    expect(await total(1)).toBe(before + 1);
    expect(await total(0)).toBe(before + 1);
  });

  test('a change announced by a command-line tool to replica A is seen through replica B', async () => {
    const before = await total(1);
    // What a CLI does: change the database, then announce it (to one replica only).
    const client = new pg.Client({ connectionString: federation.databaseUrls.ngos });
    await client.connect();
    try {
      const moved = await client.query(`UPDATE ngos SET region_code = 'KZ-11' WHERE bin = $1`, [registeredBin]);
      expect(moved.rowCount).toBe(1);
    } finally {
      await client.end();
    }
    // Still the cached answer: the cache is really in the way, so what follows can fail.
    expect(await total(1)).toBe(before);
    expect(await announceChange(testEnv({ GATEWAY_URL: urls[0]! }), { source: 'cli:test', subgraphs: ['ngos'] })).toBe(
      true,
    );
    expect(await total(1)).toBe(before - 1);
  });
});

/**
 * Redis's client count once it holds still (connections open asynchronously,
 * and a loaded machine makes them late): the first count `expected` accepts
 * that two reads 300 ms apart agree on, else the last one read, within 10 s.
 */
async function settledClients(expected: (count: number) => boolean): Promise<number> {
  const deadline = Date.now() + 10_000;
  let count = await redis.clients();
  while (Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 300));
    const again = await redis.clients();
    if (again === count && expected(count)) return count;
    count = again;
  }
  return count;
}

describeWithRedis('a replica with RESPONSE_CACHE=off', () => {
  test('opens no Redis connection for the cache, and says the cache is off', async () => {
    // Two replicas with the cache on hold `perReplica` connections each; the count includes this question's own.
    const before = await settledClients((count) => (count - 1) % 2 === 0);
    const perReplica = (before - 1) / 2;
    const env = { ...gatewayEnv, RESPONSE_CACHE: 'off' };
    const third = spawnService('gateway', { env });
    try {
      const url = (await waitForHealth(third, 90_000)).url;
      const body = (await (await fetch(new URL('/health/ready', url))).json()) as { sharedState?: unknown };
      expect(body.sharedState).toEqual({ ...SHARED, responseCache: 'off' });
      expect(await settledClients((count) => count === before + perReplica - 1)).toBe(before + perReplica - 1);
    } finally {
      await stopService(third);
    }
  }, 120_000);
});

describeWithRedis('two gateway replicas sharing Redis', () => {
  test('a caller alternating between them is limited at exactly the configured rate', async () => {
    const statuses = await alternate('alternating-1', PER_MINUTE + 4);
    expect(statuses).toEqual([...Array<number>(PER_MINUTE).fill(200), 429, 429, 429, 429]);
  });

  test('Redis killed and started again mid-test: no request is lost, and the replicas share again', async () => {
    const disconnects = await metric(0, 'gateway_redis_disconnects_total');
    await redis.kill();
    // While Redis is away each replica counts alone: every request is answered, none refused for the outage.
    const during = await alternate('outage-1', PER_MINUTE);
    expect(during).toEqual(Array<number>(PER_MINUTE).fill(200));
    // Reads are answered too, by the subgraphs each time: a copy kept by one replica alone could go stale.
    const fetched = await ngosFetches(1);
    await total(1);
    await total(1);
    expect(await ngosFetches(1)).toBeGreaterThanOrEqual(fetched + 2);
    // Metrics and readiness say so; the replicas stay ready (degraded): they serve on their own.
    for (const i of [0, 1]) {
      expect(await sharing(i)).toEqual({ redisUp: 0, rateLimits: 0, responseCache: 0 });
      expect(await readiness(i)).toEqual({ http: 200, status: 'degraded', sharedState: ALONE });
    }
    expect(await metric(0, 'gateway_redis_disconnects_total')).toBe(disconnects + 1);

    await redis.restart();
    // The replicas reconnect by themselves (within about 2 s); then the limit is shared and exact again.
    const deadline = Date.now() + 15_000;
    let shared = false;
    for (let round = 1; !shared && Date.now() < deadline; round += 1) {
      const statuses = await alternate(`after-restart-${round}`, PER_MINUTE + 2);
      shared = statuses.filter((s) => s === 429).length === 2;
      if (!shared) await new Promise((resolve) => setTimeout(resolve, 500));
    }
    expect(shared).toBe(true);

    // And the response cache is shared again: B's answer is served by A without the subgraphs.
    const deadlineCache = Date.now() + 10_000;
    let cached = false;
    while (!cached && Date.now() < deadlineCache) {
      const answer = await total(1);
      const before = await ngosFetches(0);
      cached = (await total(0)) === answer && (await ngosFetches(0)) === before;
      if (!cached) await new Promise((resolve) => setTimeout(resolve, 300));
    }
    expect(cached).toBe(true);
    for (const i of [0, 1]) {
      expect(await sharing(i)).toEqual({ redisUp: 1, rateLimits: 1, responseCache: 1 });
      expect(await readiness(i)).toEqual({ http: 200, status: 'ok', sharedState: SHARED });
    }
  });
});
