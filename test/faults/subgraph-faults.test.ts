/**
 * A subgraph hung (SIGSTOP) or killed costs only its own fields: the rest of
 * the answer comes back in time, with a coded error naming the service and
 * the path; the answer is whole again once it recovers; nothing stored
 * changes. One that keeps failing opens its circuit, and a probe closes it;
 * with every subgraph down the gateway is not ready.
 */
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { SUBGRAPH_NAMES, type SubgraphName } from '../../lib/config.js';
import { probe } from '../../lib/health-probe.js';
import { startFaultStack, type FaultStack } from '../support/fault-stack.js';
import { fingerprints, type Fingerprint } from '../support/fingerprint.js';
import { ask, partsStanding, SPANNING_QUERY, untilComplete, type Spanning } from './queries.js';

const TIMEOUT_MS = 1_500;
let stack: FaultStack;
let before: Record<string, Fingerprint>;

beforeAll(async () => {
  stack = await startFaultStack({ SUBGRAPH_TIMEOUT_MS: String(TIMEOUT_MS), BREAKER_COOLDOWN_MS: '1000' });
  before = await fingerprints(stack.databaseUrls);
}, 180_000);

afterAll(async () => {
  await stack.stop();
});

function failureOf(body: Awaited<ReturnType<typeof ask<Spanning>>>['body'], service: SubgraphName) {
  return body.errors?.find((e) => e.extensions?.serviceName === service);
}

describe.each(SUBGRAPH_NAMES)('the %s subgraph', (name) => {
  test('hung: a partial answer within its timeout + 1 s, whole again once it wakes', async () => {
    // Whole before the fault (the first answers after a start may still be slow on a loaded machine).
    await untilComplete(stack.gatewayUrl, 20_000);
    const child = stack.service(name).child;
    child.kill('SIGSTOP');
    try {
      const { body, ms } = await ask<Spanning>(stack.gatewayUrl, SPANNING_QUERY);
      expect(ms).toBeLessThan(TIMEOUT_MS + 1_000);
      const failure = failureOf(body, name);
      expect(failure?.extensions?.code).toBe('SUBGRAPH_TIMEOUT');
      expect(failure?.path?.length).toBeGreaterThan(0);
      expect(partsStanding(body, name)).toBe(true);
    } finally {
      child.kill('SIGCONT');
    }
    const recovery = await untilComplete(stack.gatewayUrl, 10_000);
    process.stdout.write(`${name} hung: whole again ${Math.round(recovery)} ms after SIGCONT\n`);
  });

  test('killed: a partial answer within 200 ms, whole again after a restart', async () => {
    stack.service(name).child.kill('SIGKILL');
    await new Promise((resolve) => stack.service(name).child.once('exit', resolve));
    const { body, ms } = await ask<Spanning>(stack.gatewayUrl, SPANNING_QUERY);
    // The target is 200 ms (npm run bench:faults measures it); a shared 2-core CI machine gets some slack.
    expect(ms).toBeLessThan(1_000);
    const failure = failureOf(body, name);
    expect(failure?.extensions?.code).toBe('SUBGRAPH_UNAVAILABLE');
    expect(failure?.path?.length).toBeGreaterThan(0);
    expect(partsStanding(body, name)).toBe(true);

    const restarted = performance.now();
    await stack.restart(name);
    const recovery = performance.now() - restarted + (await untilComplete(stack.gatewayUrl, 10_000));
    process.stdout.write(`${name} killed: whole again ${Math.round(recovery)} ms after the restart began\n`);
  });
});

const gatewayReadiness = () => probe(`http://127.0.0.1:${stack.ports.gateway}/health/ready`, 3_000);

describe('a subgraph that keeps failing', () => {
  const SLOW_TIMEOUT_MS = 3_000;
  beforeAll(async () => {
    // Two failures open the circuit; the cool-down outlasts the test, so only the readiness probe can close it.
    await stack.restart('gateway', {
      SUBGRAPH_TIMEOUT_MS: String(SLOW_TIMEOUT_MS),
      BREAKER_FAILURES: '2',
      BREAKER_COOLDOWN_MS: '60000',
    });
  }, 120_000);

  test('opens its circuit: its fields fail at once, coded and named; readiness says circuit-open; a probe closes it', async () => {
    const child = stack.service('partners').child;
    child.kill('SIGSTOP');
    try {
      let opened = false;
      for (let attempt = 0; attempt < 4 && !opened; attempt++) {
        const { body } = await ask<Spanning>(stack.gatewayUrl, SPANNING_QUERY);
        opened = /circuit open/.test(failureOf(body, 'partners')?.message ?? '');
      }
      expect(opened).toBe(true);

      // Hung, partners would cost every answer its timeout; with the circuit open its fields fail at once.
      const { body, ms } = await ask<Spanning>(stack.gatewayUrl, SPANNING_QUERY);
      expect(ms).toBeLessThan(SLOW_TIMEOUT_MS);
      const failure = failureOf(body, 'partners');
      expect(failure?.extensions?.code).toBe('SUBGRAPH_UNAVAILABLE');
      expect(failure?.message).toMatch(/partners service .*circuit open/);
      expect(failure?.path?.length).toBeGreaterThan(0);
      expect(partsStanding(body, 'partners')).toBe(true);

      const ready = await gatewayReadiness();
      expect(ready.status).toBe(200);
      expect(ready.body).toMatchObject({
        status: 'degraded',
        subgraphs: { ngos: 'up', councils: 'up', partners: 'circuit-open' },
      });
    } finally {
      child.kill('SIGCONT');
    }
    // Long before the 60 s cool-down: the probe of partners' readiness closed the circuit.
    const recovery = await untilComplete(stack.gatewayUrl, 15_000);
    process.stdout.write(`partners circuit: closed ${Math.round(recovery)} ms after SIGCONT\n`);
    expect(await gatewayReadiness()).toMatchObject({
      status: 200,
      body: { status: 'ok', subgraphs: { ngos: 'up', councils: 'up', partners: 'up' } },
    });
  }, 60_000);
});

test('nothing stored changed', async () => {
  expect(await fingerprints(stack.databaseUrls)).toEqual(before);
});

test('with every subgraph down the gateway is not ready (503, each listed) yet alive, and answers at once', async () => {
  for (const name of SUBGRAPH_NAMES) {
    const child = stack.service(name).child;
    const exited = new Promise((resolve) => child.once('exit', resolve));
    child.kill('SIGKILL');
    await exited;
  }
  const ready = await gatewayReadiness();
  expect(ready.status).toBe(503);
  expect(ready.body).toMatchObject({
    status: 'unavailable',
    subgraphs: { ngos: 'down', councils: 'down', partners: 'down' },
  });
  expect((await probe(`http://127.0.0.1:${stack.ports.gateway}/health/live`, 3_000)).status).toBe(200);
  const { body, ms } = await ask<Spanning>(stack.gatewayUrl, SPANNING_QUERY);
  expect(ms).toBeLessThan(TIMEOUT_MS);
  expect(body.data ?? null).toEqual({ regions: null, councils: null, partner: null });
  expect(new Set(body.errors?.map((e) => e.extensions?.serviceName))).toEqual(new Set(SUBGRAPH_NAMES));
});
