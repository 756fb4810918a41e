/**
 * A client's mistakes are logged as warnings, never as errors: in the second
 * security round a forged cursor, a year-0 date or a persisted query of
 * version 2 each wrote an INTERNAL_SERVER_ERROR at error level, so any
 * caller could fill the error log.
 */
import { Writable } from 'node:stream';
import { afterAll, beforeAll, expect, test } from '@jest/globals';
import { startFederation, type Federation } from '../support/federation.js';

const lines: { level: number; msg: string }[] = [];
let federation: Federation;

beforeAll(async () => {
  const logs = new Writable({
    write(chunk: Buffer, _encoding, done) {
      for (const line of chunk.toString().split('\n').filter(Boolean)) lines.push(JSON.parse(line) as never);
      done();
    },
  });
  federation = await startFederation({ logs });
});

afterAll(async () => {
  await federation?.stop();
});

const cursor = Buffer.from("v1:' OR 1=1--").toString('base64url');

test.each([
  ['a forged cursor', { query: 'query($a: String) { ngos(after: $a) { totalCount } }', variables: { a: cursor } }],
  ['a date in year 0', { query: '{ exchangeRates(currency: USD, from: "0000-01-01", to: "2025-01-01") { rate } }' }],
  [
    'a persisted query of version 2',
    { query: '{ regions { code } }', extensions: { persistedQuery: { version: 2, sha256Hash: 'a'.repeat(64) } } },
  ],
])('%s is a client error, logged as a warning', async (_name, body) => {
  lines.length = 0;
  const response = await fetch(federation.gatewayUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'apollo-require-preflight': 'true' },
    body: JSON.stringify(body),
  });
  const answer = (await response.json()) as { errors?: { extensions?: { code?: string } }[] };
  expect(answer.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  expect(lines.filter((line) => line.level >= 50)).toEqual([]);
  expect(lines.filter((line) => line.level === 40).length).toBeGreaterThan(0);
});
