/**
 * A subgraph's fetch policies (gateway/src/fetcher/policy.ts) over a fetcher
 * that fails as a dropped connection does: a query is sent again, a
 * mutation never; the kind is read from the body the gateway sends. A fetch
 * that outlives its timeout is aborted, and one that returns is not. The
 * in-flight dedupe comes first: queries that join one on its way take no
 * place in the in-flight cap.
 */
import { expect, test } from '@jest/globals';
import type { Fetcher, FetcherRequestInit } from '@apollo/utils.fetcher';
import { BulkheadRejectedError, TaskCancelledError } from 'cockatiel';
import { BufferedResponse } from '../../gateway/src/fetcher/undici.js';
import { subgraphPolicy } from '../../gateway/src/fetcher/policy.js';
import { operationKindOfBody, operationKindOfText } from '../../gateway/src/fetcher/operation.js';

const options = {
  timeouts: { query: 200, mutation: 300 },
  retries: 2,
  maxInFlight: 10,
  breakerFailures: 100,
  breakerCooldownMs: 1_000,
};
const body = (query: string) => JSON.stringify({ query, variables: {} });
const ok = () => new BufferedResponse('http://127.0.0.1/graphql', 200, 'OK', new Headers(), '{"data":{}}');

/** A fetcher whose first `failures` calls fail with a reset connection; it keeps the signals it was given. */
function flaky(failures: number) {
  const signals: AbortSignal[] = [];
  let calls = 0;
  const fetcher: Fetcher = async (_url: string, init?: FetcherRequestInit) => {
    calls += 1;
    signals.push(init?.signal as AbortSignal);
    if (calls <= failures) throw Object.assign(new Error('socket hang up'), { code: 'ECONNRESET' });
    return ok();
  };
  return { fetcher, signals, calls: () => calls };
}

test('the kind of a fetch comes from the operation text it sends; anything else counts as a mutation', () => {
  expect(operationKindOfBody(body('query Q__ngos__0{regions{code}}'))).toBe('query');
  expect(operationKindOfBody(body('{regions{code}}'))).toBe('query');
  expect(operationKindOfBody(body('mutation M__ngos__0{register{id}}'))).toBe('mutation');
  expect(operationKindOfBody(body('queryish'))).toBe('mutation');
  expect(operationKindOfBody(undefined)).toBe('mutation');
  expect(operationKindOfText('query Q{a}')).toBe('query');
  expect(operationKindOfText('  {a}')).toBe('query');
  expect(operationKindOfText('mutation M{a}')).toBe('mutation');
  expect(operationKindOfText(undefined)).toBe('mutation');
});

test('a query is sent again after a reset connection; a mutation is not', async () => {
  const forQuery = flaky(1);
  const query = await subgraphPolicy(forQuery.fetcher, options).fetcher('http://127.0.0.1/graphql', {
    method: 'POST',
    body: body('query Q{a}'),
  });
  expect(query.status).toBe(200);
  expect(forQuery.calls()).toBe(2);

  const forMutation = flaky(1);
  await expect(
    subgraphPolicy(forMutation.fetcher, options).fetcher('http://127.0.0.1/graphql', {
      method: 'POST',
      body: body('mutation M{a}'),
    }),
  ).rejects.toMatchObject({ code: 'ECONNRESET' });
  expect(forMutation.calls()).toBe(1);
});

test('a fetch that returns keeps its signal unaborted; one that outlives its timeout is aborted', async () => {
  const quick = flaky(0);
  await subgraphPolicy(quick.fetcher, options).fetcher('http://127.0.0.1/graphql', {
    method: 'POST',
    body: body('query Q{a}'),
  });
  expect(quick.signals[0]?.aborted).toBe(false);

  let seen: AbortSignal | undefined;
  const hung: Fetcher = (_url, init) => {
    seen = init?.signal as AbortSignal;
    return new Promise(() => undefined);
  };
  const started = Date.now();
  await expect(
    subgraphPolicy(hung, options).fetcher('http://127.0.0.1/graphql', { method: 'POST', body: body('query Q{a}') }),
  ).rejects.toBeInstanceOf(TaskCancelledError);
  expect(Date.now() - started).toBeGreaterThanOrEqual(190);
  expect(seen?.aborted).toBe(true);
});

test('queries that join one on its way take no place in the in-flight cap; without the dedupe they are refused', async () => {
  let calls = 0;
  const slow: Fetcher = async () => {
    calls += 1;
    await new Promise((resolve) => setTimeout(resolve, 100));
    return ok();
  };
  const send = (fetcher: Fetcher) => fetcher('http://127.0.0.1/graphql', { method: 'POST', body: body('query D{d}') });
  const capped = { ...options, maxInFlight: 1 };

  const deduped = subgraphPolicy(slow, { ...capped, dedupe: true }).fetcher;
  const joined = await Promise.all(Array.from({ length: 10 }, () => send(deduped)));
  expect(joined.map((response) => response.status)).toEqual(Array.from({ length: 10 }, () => 200));
  expect(calls).toBe(1);

  // Each query takes a place: one in flight, one queued, the rest refused at once.
  calls = 0;
  const plain = subgraphPolicy(slow, { ...capped, dedupe: false }).fetcher;
  const outcomes = await Promise.allSettled(Array.from({ length: 10 }, () => send(plain)));
  expect(outcomes.filter((outcome) => outcome.status === 'fulfilled')).toHaveLength(2);
  for (const outcome of outcomes)
    if (outcome.status === 'rejected') expect(outcome.reason).toBeInstanceOf(BulkheadRejectedError);
  expect(calls).toBe(2);
});
