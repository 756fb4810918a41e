/**
 * Two gateway processes over the same subgraphs, sharing state through a
 * real Redis (REDIS_URL): a caller alternating between them is limited at
 * exactly the configured rate, and Redis killed and started again mid-test
 * costs no request (each replica counts alone meanwhile, then they share
 * again).
 */
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { spawnService, stopService, waitForHealth, type ServiceProcess } from '../../lib/processes.js';
import { authHeaders, startFederation, type Federation } from '../support/federation.js';
import { startRedis, type TestRedis } from '../support/redis.js';

const PER_MINUTE = 12;

let federation: Federation;
let redis: TestRedis;
const gateways: ServiceProcess[] = [];
const urls: string[] = [];

beforeAll(async () => {
  redis = await startRedis();
  federation = await startFederation();
  const env: NodeJS.ProcessEnv = {
    PATH: process.env.PATH,
    NODE_ENV: 'test',
    LOG_LEVEL: 'warn',
    GATEWAY_PORT: '0',
    REDIS_URL: redis.url,
    NGOS_URL: federation.subgraphUrls.ngos,
    COUNCILS_URL: federation.subgraphUrls.councils,
    PARTNERS_URL: federation.subgraphUrls.partners,
    GATEWAY_LIMITS: JSON.stringify({ analyst: { requestsPerMinute: PER_MINUTE } }),
  };
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

describe('two gateway replicas sharing Redis', () => {
  test('a caller alternating between them is limited at exactly the configured rate', async () => {
    const statuses = await alternate('alternating-1', PER_MINUTE + 4);
    expect(statuses).toEqual([...Array<number>(PER_MINUTE).fill(200), 429, 429, 429, 429]);
  });

  test('Redis killed and started again mid-test: no request is lost, and the replicas share again', async () => {
    await redis.kill();
    // While Redis is away each replica counts alone: every request is answered, none refused for the outage.
    const during = await alternate('outage-1', PER_MINUTE);
    expect(during).toEqual(Array<number>(PER_MINUTE).fill(200));

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
  });
});
