/**
 * The gateway's subgraph client: the pooled undici fetcher against a real
 * HTTP server on loopback, and in-flight dedupe in front of it: identical
 * queries with the same token share one request; a mutation, another token
 * or another language does not.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, expect, test } from '@jest/globals';
import { INTERNAL_TOKEN_HEADER } from '../../lib/auth/tokens.js';
import { dedupeInFlight } from '../../gateway/src/fetcher/dedupe.js';
import { createUndiciFetcher } from '../../gateway/src/fetcher/undici.js';

let server: http.Server;
let url: string;
let received = 0;
const client = createUndiciFetcher();

beforeAll(async () => {
  server = http.createServer((req, res) => {
    received += 1;
    let body = '';
    req.on('data', (chunk: Buffer) => (body += chunk.toString()));
    // A slow answer, so identical requests overlap.
    req.on('end', () =>
      setTimeout(() => {
        res.setHeader('content-type', 'application/json');
        res.setHeader('cache-control', 'max-age=60, public');
        res.end(JSON.stringify({ data: { echo: body.length } }));
      }, 100),
    );
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;
});

afterAll(async () => {
  await client.close();
  await new Promise((resolve) => server.close(resolve));
});

const init = (query: string, headers: Record<string, string> = {}) => ({
  method: 'POST',
  headers: { 'content-type': 'application/json', [INTERNAL_TOKEN_HEADER]: 't1', ...headers },
  body: JSON.stringify({ query }),
});

test('the undici fetcher answers like fetch, and its body can be read twice', async () => {
  const response = await client(url, init('query A { a }'));
  expect(response.status).toBe(200);
  expect(response.ok).toBe(true);
  expect(response.headers.get('cache-control')).toBe('max-age=60, public');
  expect(await response.json()).toEqual({ data: { echo: JSON.stringify({ query: 'query A { a }' }).length } });
  expect(await response.text()).toContain('echo');
});

test('identical in-flight queries share one request; mutations, other tokens and languages do not', async () => {
  const fetcher = dedupeInFlight(client);
  received = 0;
  const same = await Promise.all(Array.from({ length: 5 }, () => fetcher(url, init('query B { b }'))));
  expect(received).toBe(1);
  for (const response of same) expect(await response.json()).toEqual(await same[0]!.json());

  received = 0;
  await Promise.all([
    fetcher(url, init('query C { c }')),
    fetcher(url, init('query C { c }', { [INTERNAL_TOKEN_HEADER]: 't2' })),
    fetcher(url, init('query C { c }', { 'accept-language': 'kk' })),
  ]);
  expect(received).toBe(3);

  received = 0;
  await Promise.all([fetcher(url, init('mutation M { m }')), fetcher(url, init('mutation M { m }'))]);
  expect(received).toBe(2);

  // Once answered, the same query is sent again: dedupe is not a cache.
  received = 0;
  await fetcher(url, init('query B { b }'));
  expect(received).toBe(1);
});
