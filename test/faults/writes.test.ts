/**
 * Writes through the gateway with two workers (GATEWAY_WORKERS=2): a
 * mutation's statements get DB_MUTATION_STATEMENT_TIMEOUT_MS where a read's
 * get DB_STATEMENT_TIMEOUT_MS; a mutation sent with an Idempotency-Key is
 * stored once however often, and to whichever worker, it is sent (at once or
 * later, or after the gateway restarted), each resend answered with the
 * first answer and writing nothing.
 */
import http from 'node:http';
import { afterAll, beforeAll, expect, test } from '@jest/globals';
import pg from 'pg';
import { binCheckDigit } from '../../lib/domain/bin.js';
import { startFaultStack, type FaultStack } from '../support/fault-stack.js';
import { authHeaders, testEnv } from '../support/federation.js';
import { fingerprint } from '../support/fingerprint.js';
import { ask } from './queries.js';

const READ_TIMEOUT_MS = 1_000;
let stack: FaultStack;
let registrar: Record<string, string>;

beforeAll(async () => {
  stack = await startFaultStack({
    GATEWAY_WORKERS: '2',
    DB_STATEMENT_TIMEOUT_MS: String(READ_TIMEOUT_MS),
    DB_MUTATION_STATEMENT_TIMEOUT_MS: '30000',
  });
  registrar = await authHeaders(testEnv(), 'registrar', false);
}, 180_000);

afterAll(async () => {
  await stack.stop();
});

/** One request on a connection of its own, so the kernel spreads the requests over the two workers. */
function send(body: object, headers: Record<string, string>) {
  return new Promise<{ status: number; text: string; replayed: boolean }>((resolve, reject) => {
    const request = http.request(
      stack.gatewayUrl,
      { method: 'POST', agent: false, headers: { 'content-type': 'application/json', ...headers } },
      (response) => {
        let text = '';
        response.on('data', (chunk: Buffer) => (text += chunk.toString()));
        response.on('end', () =>
          resolve({
            status: response.statusCode ?? 0,
            text,
            replayed: response.headers['idempotent-replayed'] === 'true',
          }),
        );
      },
    );
    request.on('error', reject);
    request.end(JSON.stringify(body));
  });
}

async function withNgosDb<T>(work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: stack.databaseUrls.ngos });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

test('a mutation waits on a lock longer than a read may: statement timeouts for reads and for writes', async () => {
  const first = await ask<{ ngos: { nodes: { id: string }[] } }>(
    stack.gatewayUrl,
    '{ ngos(first: 1) { nodes { id } } }',
  );
  const id = first.body.data?.ngos.nodes[0]?.id;
  if (!id) throw new Error(`no NGO: ${JSON.stringify(first.body)}`);
  const update = {
    query:
      'mutation($id: ID!) { updateNgo(id: $id, input: { contacts: { phone: "+7 727 000 0008" } }) { ok error { code } } }',
    variables: { id },
  };
  const HELD_MS = 3_000;
  await withNgosDb(async (client) => {
    // Every statement on ngos waits while the table is locked.
    await client.query('BEGIN');
    await client.query('LOCK TABLE ngos IN ACCESS EXCLUSIVE MODE');
    const lockedAt = performance.now();
    const read = ask(stack.gatewayUrl, `{ ngo(id: "${id}") { id } }`);
    const write = send(update, registrar).then((outcome) => ({ ...outcome, ms: performance.now() - lockedAt }));
    await new Promise((resolve) => setTimeout(resolve, HELD_MS));
    await client.query('COMMIT');

    const readAnswer = await read;
    // The read's statement was cancelled after DB_STATEMENT_TIMEOUT_MS, long before the lock went.
    expect(readAnswer.ms).toBeLessThan(HELD_MS);
    expect(readAnswer.body.errors?.[0]?.extensions?.serviceName).toBe('ngos');
    const writeAnswer = await write;
    // The mutation's statement outlasted the read timeout and the lock, and succeeded.
    expect(writeAnswer.ms).toBeGreaterThanOrEqual(HELD_MS);
    expect(JSON.parse(writeAnswer.text)).toEqual({ data: { updateNgo: { ok: true, error: null } } });
  });
}, 60_000);

/** A valid NGO BIN: YYMM, 4 (resident legal entity), 0 (head office), a serial, the check digit. */
function binFor(serial: number): string {
  for (let s = serial; ; s++) {
    const first11 = `250140${String(s).padStart(5, '0')}`;
    const check = binCheckDigit(first11);
    if (check !== null) return `${first11}${check}`;
  }
}

const register = (bin: string) => ({
  query:
    'mutation($input: RegisterNgoInput!) { registerNgo(input: $input) { ok ngo { id bin } error { code existingNgoId } } }',
  variables: {
    input: {
      bin,
      names: { ru: `Фонд повторной отправки ${bin}`, kk: null, en: null },
      legalForm: 'PUBLIC_FOUNDATION',
      registeredOn: '2025-01-15',
      regionCode: 'KZ-75',
      sectors: ['EDUCATION'],
    },
  },
});

const rowsWithBin = (bin: string) =>
  withNgosDb(async (client) => (await client.query('SELECT id FROM ngos WHERE bin = $1', [bin])).rows.length);

test('an Idempotency-Key sent to both workers at once, again later and after a gateway restart: one write, one answer', async () => {
  const bin = binFor(31_000);
  const headers = { ...registrar, 'idempotency-key': `two-workers-${bin}` };
  // Eight copies at once over eight connections: both workers get some, and each asks the subgraph.
  const atOnce = await Promise.all(Array.from({ length: 8 }, () => send(register(bin), headers)));
  const first = atOnce[0]!;
  expect(first.status).toBe(200);
  const answer = JSON.parse(first.text) as { data: { registerNgo: { ok: boolean; ngo: { bin: string } } } };
  expect(answer.data.registerNgo).toMatchObject({ ok: true, ngo: { bin } });
  expect(atOnce.map((o) => o.text)).toEqual(atOnce.map(() => first.text));
  // All but one were answered from a kept answer: the worker's memory or the subgraph's table.
  expect(atOnce.filter((o) => o.replayed).length).toBeGreaterThanOrEqual(7);
  expect(await rowsWithBin(bin)).toBe(1);

  const before = await fingerprint(stack.databaseUrls.ngos);
  const later = await Promise.all(Array.from({ length: 6 }, () => send(register(bin), headers)));
  expect(later.map((o) => o.text)).toEqual(later.map(() => first.text));
  await stack.restart('gateway');
  // A new gateway remembers nothing: the answer comes from the ngos database.
  const afterRestart = await send(register(bin), headers);
  expect(afterRestart).toMatchObject({ status: 200, text: first.text, replayed: true });
  expect(await fingerprint(stack.databaseUrls.ngos)).toEqual(before);

  // Without the key the same registration is a second attempt, refused by the registry's own check.
  const unkeyed = await send(register(bin), registrar);
  expect(unkeyed.text).toContain('DUPLICATE_BIN');
}, 180_000);
