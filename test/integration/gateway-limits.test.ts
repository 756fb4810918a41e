/**
 * Abuse limits at the gateway that need a federation of their own: the rate
 * limit per caller, limits that differ by role, batches, and the
 * trusted-documents mode.
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import pg from 'pg';
import { readEnv } from '../../lib/config.js';
import { resolveLimits } from '../../gateway/src/limits.js';
import { print } from 'graphql';
import { graphql } from '../generated/index.js';
import type { LimitsForumsQuery, LimitsRegionsQuery } from '../generated/graphql.js';
import { dataOf } from '../support/data-of.js';
import { authHeaders, startFederation, testEnv, type Federation, type GraphQLResponse } from '../support/federation.js';

const REGIONS_DOCUMENT = graphql(`
  query LimitsRegions {
    regions {
      code
    }
  }
`);
const FORUMS = graphql(`
  query LimitsForums {
    civilForums {
      edition
    }
  }
`);
// The text the manifest registers and the raw requests send: what federation.query sends for the document.
const REGIONS = print(REGIONS_DOCUMENT);
const manifestDir = fs.mkdtempSync(path.join(os.tmpdir(), 'trusted-'));
const manifestPath = path.join(manifestDir, 'manifest.json');
fs.writeFileSync(
  manifestPath,
  JSON.stringify({
    format: 'apollo-persisted-query-manifest',
    version: 1,
    operations: [
      { id: createHash('sha256').update(REGIONS).digest('hex'), name: 'LimitsRegions', type: 'query', body: REGIONS },
    ],
  }),
);

let federation: Federation;

beforeAll(async () => {
  federation = await startFederation({
    env: testEnv({
      GATEWAY_LIMITS: JSON.stringify({
        public: { requestsPerMinute: 5, maxDepth: 4 },
        analyst: { requestsPerMinute: 1000, maxDepth: 8 },
        registrar: { requestsPerMinute: 3 },
      }),
      TRUSTED_DOCUMENTS: 'off',
    }),
  });
});

afterAll(async () => {
  await federation?.stop();
  fs.rmSync(manifestDir, { recursive: true, force: true });
});

describe('limits per role', () => {
  const deep = graphql(`
    query LimitsDeep {
      ngos(first: 1) {
        nodes {
          region {
            ngos(first: 1) {
              nodes {
                region {
                  code
                }
              }
            }
          }
        }
      }
    }
  `);

  test('a query too deep for the public is fine for an analyst', async () => {
    const analyst = await federation.query(deep, undefined, { as: 'analyst' });
    expect(analyst.errors).toBeUndefined();
    const anonymous = await federation.query(deep);
    expect(anonymous.errors?.[0]?.extensions?.code).toBe('QUERY_TOO_COMPLEX');
    expect(anonymous.errors?.[0]?.message).toMatch(/depth/i);
  });

  test('the public rate limit answers RATE_LIMITED with Retry-After, while another caller goes on', async () => {
    // Bounded: at most 10 requests, all to the loopback gateway.
    const statuses: number[] = [];
    let limited: Response | undefined;
    for (let i = 0; i < 10 && !limited; i += 1) {
      const response = await fetch(federation.gatewayUrl, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: REGIONS }),
      });
      statuses.push(response.status);
      if (response.status === 429) limited = response;
    }
    expect(limited).toBeDefined();
    expect(statuses.filter((s) => s === 200).length).toBeLessThanOrEqual(5);
    const retryAfter = Number(limited!.headers.get('retry-after'));
    expect(retryAfter).toBeGreaterThan(0);
    expect(retryAfter).toBeLessThanOrEqual(60);
    const body = (await limited!.json()) as GraphQLResponse;
    expect(body.errors?.[0]?.extensions?.code).toBe('RATE_LIMITED');
    const analyst = await federation.query(REGIONS_DOCUMENT, undefined, { as: 'analyst' });
    expect(analyst.errors).toBeUndefined();
  });

  test('each operation of a batch counts against the rate limit', async () => {
    const headers = await authHeaders(federation.env, 'registrar', false);
    const batch = (n: number) =>
      fetch(federation.gatewayUrl, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...headers },
        body: JSON.stringify(Array.from({ length: n }, () => ({ query: REGIONS }))),
      });
    expect((await batch(3)).status).toBe(200);
    const over = await batch(2);
    expect(over.status).toBe(429);
    expect(((await over.json()) as GraphQLResponse).errors?.[0]?.extensions?.code).toBe('RATE_LIMITED');
  });

  test('a batch within the limit runs every operation', async () => {
    const headers = await authHeaders(federation.env, 'analyst', false);
    const response = await fetch(federation.gatewayUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: JSON.stringify([{ query: REGIONS }, { query: print(FORUMS) }]),
    });
    expect(response.status).toBe(200);
    // A batch's answers come in the order of its operations.
    const results = (await response.json()) as [
      GraphQLResponse<LimitsRegionsQuery>,
      GraphQLResponse<LimitsForumsQuery>,
    ];
    expect(results).toHaveLength(2);
    expect(results.map((r) => r.errors)).toEqual([undefined, undefined]);
    expect(dataOf(results[0]).regions).toHaveLength(20);
    // The second operation answered too: every forum the councils database holds.
    const client = new pg.Client({ connectionString: federation.databaseUrls.councils });
    await client.connect();
    const stored = await client
      .query<{ edition: number }>('SELECT edition FROM civil_forums ORDER BY edition')
      .finally(() => client.end());
    expect(stored.rows.length).toBeGreaterThan(0);
    const editions = dataOf(results[1]).civilForums.map((f) => f.edition);
    expect(editions.sort((a, b) => a - b)).toEqual(stored.rows.map((r) => r.edition));
  });

  test('the RateLimit headers (IETF draft 8) come once per request, a batch counted whole', async () => {
    const send = async (role: 'analyst' | 'admin', operations: number) => {
      const response = await fetch(federation.gatewayUrl, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(await authHeaders(federation.env, role, false)) },
        body: JSON.stringify(Array.from({ length: operations }, () => ({ query: REGIONS }))),
      });
      expect(response.status).toBe(200);
      const limit = response.headers.get('ratelimit') ?? '';
      const policy = response.headers.get('ratelimit-policy') ?? '';
      // One value each: the library appended one pair per operation of a batch.
      const perMinute = { analyst: 1000, admin: 1200 }[role];
      expect(limit).toMatch(new RegExp(`^"${perMinute}-in-1min"; r=\\d+; t=\\d+$`));
      expect(policy).toMatch(new RegExp(`^"${perMinute}-in-1min"; q=${perMinute}; w=60; pk=:[A-Za-z0-9+/]+=*:$`));
      return { remaining: Number(/r=(\d+)/.exec(limit)?.[1]), partition: /pk=(:.+:)/.exec(policy)?.[1] };
    };
    const first = await send('analyst', 1);
    const batch = await send('analyst', 3);
    expect(first.remaining - batch.remaining).toBe(3);
    // The partition key names the caller (a hash of it), the same on each request.
    expect(batch.partition).toBe(first.partition);
    expect((await send('admin', 1)).partition).not.toBe(first.partition);
  });

  test('admins may send import-sized bodies; others get PAYLOAD_TOO_LARGE', async () => {
    const body = JSON.stringify({ query: `{ regions { code } } # ${'x'.repeat(1_000_000)}` });
    const post = async (headers: Record<string, string>) =>
      fetch(federation.gatewayUrl, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...headers },
        body,
      });
    const admin = await post(await authHeaders(federation.env, 'admin', false));
    expect(admin.status).toBe(200);
    const analyst = await post(await authHeaders(federation.env, 'analyst', false));
    expect(analyst.status).toBe(413);
    expect(((await analyst.json()) as GraphQLResponse).errors?.[0]?.extensions?.code).toBe('PAYLOAD_TOO_LARGE');
  });

  test('bad GATEWAY_LIMITS name the role and limit', () => {
    expect(() => resolveLimits({ root: { maxDepth: 3 } })).toThrow(/"root" is not a role/);
    expect(() => resolveLimits({ public: { maxDepth: 0 } })).toThrow(/GATEWAY_LIMITS\.public\.maxDepth/);
    expect(() => resolveLimits({ public: { maxDeep: 3 } })).toThrow(/GATEWAY_LIMITS\.public/);
    expect(() => readEnv({ GATEWAY_LIMITS: '{not json' })).toThrow(/GATEWAY_LIMITS.*JSON object/);
  });
});

describe('trusted documents', () => {
  let trusted: Federation;

  beforeAll(async () => {
    trusted = await startFederation({
      env: testEnv({ TRUSTED_DOCUMENTS: 'only', TRUSTED_DOCUMENTS_PATH: manifestPath }),
    });
  });

  afterAll(async () => {
    await trusted?.stop();
  });

  test('a registered operation runs, by text or by hash; anything else is refused', async () => {
    const byText = await trusted.query(REGIONS_DOCUMENT);
    expect(byText.data?.regions).toHaveLength(20);
    const response = await fetch(trusted.gatewayUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        extensions: { persistedQuery: { version: 1, sha256Hash: createHash('sha256').update(REGIONS).digest('hex') } },
      }),
    });
    expect(dataOf((await response.json()) as GraphQLResponse<LimitsRegionsQuery>).regions).toHaveLength(20);
    const other = await trusted.query(FORUMS);
    expect(other.errors?.[0]?.extensions?.code).toBe('OPERATION_NOT_TRUSTED');
    // GET carries its operation in the query string: not a way around the manifest.
    const viaGet = await fetch(`${trusted.gatewayUrl}?query=${encodeURIComponent('{ __schema { types { name } } }')}`, {
      headers: { 'apollo-require-preflight': 'true' },
    });
    expect(viaGet.status).toBe(400);
    expect(((await viaGet.json()) as GraphQLResponse).errors?.[0]?.extensions?.code).toBe('OPERATION_NOT_TRUSTED');
  });

  test('trusted-documents mode without a manifest does not start', async () => {
    await expect(startFederation({ env: testEnv({ TRUSTED_DOCUMENTS: 'only' }) })).rejects.toThrow(
      /TRUSTED_DOCUMENTS_PATH/,
    );
  });
});
