/**
 * A subgraph hung (SIGSTOP) or killed costs only its own fields: the rest of
 * the answer comes back in time, with a coded error naming the service and
 * the path; the answer is whole again once it recovers; nothing stored
 * changes.
 */
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { SUBGRAPH_NAMES, type SubgraphName } from '../../lib/config.js';
import { startFaultStack, type FaultStack } from '../support/fault-stack.js';
import { fingerprints, type Fingerprint } from '../support/fingerprint.js';
import { ask, complete, partsStanding, SPANNING_QUERY, untilComplete, type Spanning } from './queries.js';

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
    expect(complete((await ask<Spanning>(stack.gatewayUrl, SPANNING_QUERY)).body)).toBe(true);
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

test('nothing stored changed', async () => {
  expect(await fingerprints(stack.databaseUrls)).toEqual(before);
});
