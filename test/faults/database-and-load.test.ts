/**
 * A database hung or gone costs only its subgraph's fields and heals without
 * a restart; bursts after idle gaps never meet a closed socket; writes resent
 * with their Idempotency-Key after a subgraph was killed mid-way are stored
 * exactly once; SIGTERM under load fails none of the requests already sent.
 */
import http from 'node:http';
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { binCheckDigit } from '../../lib/domain/bin.js';
import { probe } from '../../lib/health-probe.js';
import { startFaultStack, type FaultStack } from '../support/fault-stack.js';
import { authHeaders, testEnv } from '../support/federation.js';
import { expectEvery } from '../support/expect-every.js';
import { fingerprint } from '../support/fingerprint.js';
import { post } from './http-client.js';
import { ask, partsStanding, SPANNING_QUERY, untilComplete, type Spanning } from './queries.js';

const STATEMENT_TIMEOUT_MS = 1_500;
let stack: FaultStack;

beforeAll(async () => {
  stack = await startFaultStack({
    DB_STATEMENT_TIMEOUT_MS: String(STATEMENT_TIMEOUT_MS),
    DB_CONNECT_TIMEOUT_MS: '1000',
    BREAKER_COOLDOWN_MS: '1000',
  });
}, 180_000);

afterAll(async () => {
  await stack.stop();
});

const readiness = (port: number) => probe(`http://127.0.0.1:${port}/health/ready`, 3_000);

describe.each(['hung', 'down'] as const)('the partners database %s', (state) => {
  test('readiness 503 within 2 s, answers within the statement timeout, healed without a restart', async () => {
    const pid = stack.service('partners').child.pid;
    await stack.proxies.partners.set(state);
    try {
      const started = performance.now();
      expect((await readiness(stack.ports.partners)).status).toBe(503);
      expect(performance.now() - started).toBeLessThan(2_000);
      const gatewayReady = await readiness(stack.ports.gateway);
      expect(gatewayReady.status).toBe(200);
      expect(gatewayReady.body).toMatchObject({ status: 'degraded', subgraphs: { partners: 'down', ngos: 'up' } });

      const { body, ms } = await ask<Spanning>(stack.gatewayUrl, SPANNING_QUERY);
      // The statement (or connection) timeout, and a margin for the gateway's own work.
      expect(ms).toBeLessThan(STATEMENT_TIMEOUT_MS + 1_500);
      const failure = body.errors?.find((e) => e.extensions?.serviceName === 'partners');
      expect(failure?.path?.length).toBeGreaterThan(0);
      // A database hung is a slow source, one gone an unavailable one: the codes a subgraph itself down gets.
      expect(failure?.extensions?.code).toBe(state === 'hung' ? 'SUBGRAPH_TIMEOUT' : 'SUBGRAPH_UNAVAILABLE');
      process.stdout.write(`partners database ${state}: ${failure?.extensions?.code} ${failure?.message}\n`);
      expect(partsStanding(body, 'partners')).toBe(true);
    } finally {
      await stack.proxies.partners.set('up');
    }
    const recovery = await untilComplete(stack.gatewayUrl, 15_000);
    expect(stack.service('partners').child.pid).toBe(pid);
    expect((await readiness(stack.ports.partners)).status).toBe(200);
    process.stdout.write(`partners database ${state}: whole again ${Math.round(recovery)} ms after it came back\n`);
  });
});

test('bursts after idle gaps of 5.2, 5.6 and 6.0 s: none of 120 requests fails', async () => {
  const agent = new http.Agent({ keepAlive: true });
  const query = { query: '{ regions { code councilStatistics { councils } funding { transactionCount } } }' };
  let failed = 0;
  for (const gap of [5_200, 5_600, 6_000]) {
    await new Promise((resolve) => setTimeout(resolve, gap));
    const outcomes = await Promise.all(Array.from({ length: 40 }, () => post(stack.gatewayUrl, query, agent)));
    const failures = outcomes.filter((o) => o.status !== 200 || o.body.includes('"errors"'));
    if (failures.length) process.stdout.write(`after ${gap} ms: ${JSON.stringify(failures[0]).slice(0, 500)}\n`);
    failed += failures.length;
  }
  agent.destroy();
  expect(failed).toBe(0);
}, 60_000);

/** A valid NGO BIN: YYMM, 4 (resident legal entity), 0 (head office), a serial, the check digit. */
function binFor(serial: number): string {
  for (let s = serial; ; s++) {
    const first11 = `240640${String(s).padStart(5, '0')}`;
    const check = binCheckDigit(first11);
    if (check !== null) return `${first11}${check}`;
  }
}

test('writes resent with their Idempotency-Key after ngos was killed mid-way are stored exactly once', async () => {
  const env = testEnv();
  const auth = await authHeaders(env, 'registrar', false);
  const agent = new http.Agent({ keepAlive: true });
  const others = await Promise.all([
    fingerprint(stack.databaseUrls.councils),
    fingerprint(stack.databaseUrls.partners),
  ]);
  const mutation = `mutation($input: RegisterNgoInput!) { registerNgo(input: $input) { ok ngo { id bin } error { code existingNgoId } } }`;
  const writes = Array.from({ length: 40 }, (_, i) => ({
    key: `fault-write-${i}`,
    body: {
      query: mutation,
      variables: {
        input: {
          bin: binFor(97_000 + i * 20),
          names: { ru: `Фонд отказоустойчивости ${i}`, kk: null, en: null },
          legalForm: 'PUBLIC_FOUNDATION',
          registeredOn: '2024-06-03',
          regionCode: 'KZ-75',
          sectors: ['EDUCATION'],
        },
      },
    },
  }));
  const send = (w: (typeof writes)[number]) =>
    post(stack.gatewayUrl, w.body, agent, { ...auth, 'idempotency-key': w.key });
  const first = Promise.all(writes.map(send));
  setTimeout(() => stack.service('ngos').child.kill('SIGKILL'), 30);
  const firstOutcomes = await first;
  await stack.restart('ngos');

  // Every client whose answer was not a settled result sends again, with the same key.
  const settled = (o: { status: number; body: string }) => o.status === 200 && o.body.includes('"registerNgo":{');
  const finals = await Promise.all(
    writes.map(async (w, i) => {
      let outcome = firstOutcomes[i]!;
      for (let attempt = 0; !settled(outcome) && attempt < 20; attempt++) {
        await new Promise((resolve) => setTimeout(resolve, 250));
        outcome = await send(w);
      }
      return outcome;
    }),
  );
  expectEvery(finals, settled, { length: writes.length });

  const bins = writes.map((w) => w.body.variables.input.bin);
  const stored = await countNgos(stack.databaseUrls.ngos, bins);
  // Each write is stored once: none lost, none doubled.
  expect(stored).toEqual(Object.fromEntries(bins.map((bin) => [bin, 1])));

  // A resend of a settled write answers from memory, marked as a replay, and stores nothing.
  const before = await fingerprint(stack.databaseUrls.ngos);
  const again = await Promise.all(writes.map(send));
  expect(again.map((o) => o.body)).toEqual(finals.map((o) => o.body));
  expect(await fingerprint(stack.databaseUrls.ngos)).toEqual(before);
  expect(
    await Promise.all([fingerprint(stack.databaseUrls.councils), fingerprint(stack.databaseUrls.partners)]),
  ).toEqual(others);
  const firstOk = firstOutcomes.filter(settled).length;
  process.stdout.write(`writes: ${firstOk}/40 settled at first, all 40 stored once after resends\n`);
  agent.destroy();
}, 120_000);

async function countNgos(url: string, bins: string[]): Promise<Record<string, number>> {
  const { default: pg } = await import('pg');
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const result = await client.query<{ bin: string; n: number }>(
      'SELECT bin, count(*)::int AS n FROM ngos WHERE bin = ANY($1) GROUP BY bin',
      [bins],
    );
    return Object.fromEntries(result.rows.map((r) => [r.bin, r.n]));
  } finally {
    await client.end();
  }
}

test('SIGTERM to the gateway under load: every request sent before the signal succeeds', async () => {
  const agent = new http.Agent({ keepAlive: true });
  // Light, so the machine's load decides little, yet through all three subgraphs.
  const query = {
    query: '{ regions { code } councils(first: 1) { totalCount } partner(orgRef: "XI-IATI-EC_INTPA") { name } }',
  };
  const results: { started: number; ok: boolean; error?: string }[] = [];
  let signalledAt = Number.POSITIVE_INFINITY;
  const loop = async () => {
    for (let i = 0; i < 200; i++) {
      const started = performance.now();
      const outcome = await post(stack.gatewayUrl, query, agent);
      const ok = outcome.status === 200 && !outcome.body.includes('"errors"');
      results.push({ started, ok, error: outcome.error ?? (ok ? undefined : outcome.body.slice(0, 300)) });
      if (outcome.error && started > signalledAt) return;
    }
  };
  const loops = Array.from({ length: 20 }, loop);
  await new Promise((resolve) => setTimeout(resolve, 2_500));
  const exited = new Promise<number | null>((resolve) => stack.service('gateway').child.once('exit', resolve));
  signalledAt = performance.now();
  stack.service('gateway').child.kill('SIGTERM');
  // Readiness turns 503 as soon as the signal is handled (or the port is closed: 0).
  await new Promise((resolve) => setTimeout(resolve, 200));
  const ready = await readiness(stack.ports.gateway);
  expect([0, 503]).toContain(ready.status);
  await Promise.all(loops);
  expect(await exited).toBe(0);
  const before = results.filter((r) => r.started < signalledAt);
  process.stdout.write(
    `SIGTERM under load: ${before.length} requests sent before the signal, ${before.filter((r) => !r.ok).length} failed\n`,
  );
  expect(before.length).toBeGreaterThanOrEqual(20);
  expect(before.filter((r) => !r.ok)).toEqual([]);
  agent.destroy();
  await stack.restart('gateway');
}, 90_000);
