/**
 * The gateway's response cache: a second identical public read is answered
 * without the subgraphs and byte for byte as the first; one role's answer
 * never reaches another; restricted (personal) data is never kept; a change
 * through the API or announced by a command-line tool is seen at once.
 */
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { binCheckDigit } from '../../lib/domain/bin.js';
import { announceChange } from '../../lib/events/announce.js';
import { INTERNAL_TOKEN_HEADER, signInternalToken } from '../../lib/auth/tokens.js';
import { print } from 'graphql';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { graphql } from '../generated/index.js';
import { dataOf } from '../support/data-of.js';
import { authHeaders, startFederation, testEnv, type Federation, type GraphQLResponse } from '../support/federation.js';

let federation: Federation;

beforeAll(async () => {
  federation = await startFederation();
});

afterAll(async () => {
  await federation.stop();
});

const fetchCount = () => Object.values(federation.fetches).reduce((a, b) => a + b, 0);

/** The raw text of the gateway's answer. */
async function raw<T, V>(query: TypedDocumentNode<T, V>, headers: Record<string, string> = {}): Promise<string> {
  const response = await fetch(federation.gatewayUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query: print(query) }),
  });
  expect(response.status).toBe(200);
  return response.text();
}

/** The raw answer read as the document's generated result type. */
const parsed = <T, V>(_query: TypedDocumentNode<T, V>, text: string) => JSON.parse(text) as GraphQLResponse<T>;

/** A valid BIN registered in March 2024 (YYMM, 4, 0, a serial, the check digit), unused by the demo data. */
function freshBin(): string {
  for (let serial = 88_001; ; serial += 1) {
    const first11 = `24034${'0'}${String(serial).padStart(5, '0')}`;
    const check = binCheckDigit(first11);
    if (check !== null) return `${first11}${check}`;
  }
}

const REGION = graphql(`
  query CachedRegion {
    region(code: "KZ-43") {
      code
      name
      ngoStatistics {
        total
      }
    }
  }
`);

const MEMBERS = graphql(`
  query CachedMembers {
    councilMembers(first: 2) {
      nodes {
        fullName
        contact {
          email
        }
      }
    }
  }
`);

const REGISTER = graphql(`
  mutation CacheRegisterNgo($input: RegisterNgoInput!) {
    registerNgo(input: $input) {
      ok
      error {
        message
      }
    }
  }
`);

describe('response cache', () => {
  test('a repeated public read is served from the cache, byte for byte', async () => {
    const first = await raw(REGION);
    federation.resetCounts();
    const second = await raw(REGION);
    expect(fetchCount()).toBe(0);
    expect(second).toBe(first);
    // Another language is another answer.
    await raw(REGION, { 'accept-language': 'en' });
    expect(fetchCount()).toBeGreaterThan(0);
  });

  test("one role's answer is never served to another, nor one donor's to another organization", async () => {
    await raw(REGION);
    federation.resetCounts();
    await raw(REGION, await authHeaders(federation.env, 'analyst', false));
    expect(fetchCount()).toBeGreaterThan(0);
    federation.resetCounts();
    const donorA = { role: 'donor', subject: 'a', organization: 'XI-IATI-EC_INTPA' } as const;
    const donorB = { role: 'donor', subject: 'b', organization: 'GB-GOV-1' } as const;
    await raw(REGION, await authHeaders(federation.env, donorA, false));
    federation.resetCounts();
    await raw(REGION, await authHeaders(federation.env, donorB, false));
    expect(fetchCount()).toBeGreaterThan(0);
  });

  test('restricted data (council members’ contacts) is never kept', async () => {
    const analyst = await authHeaders(federation.env, 'analyst', false);
    await raw(MEMBERS, analyst);
    federation.resetCounts();
    const again = dataOf(parsed(MEMBERS, await raw(MEMBERS, analyst)));
    expect(again.councilMembers.nodes).toHaveLength(2);
    expect(federation.fetches.councils).toBeGreaterThan(0);
  });

  test('a change through the API is seen by the next read', async () => {
    const total = async () => dataOf(parsed(REGION, await raw(REGION))).region.ngoStatistics.total;
    const before = await total();
    expect(await total()).toBe(before);
    const registered = await federation.query(
      REGISTER,
      {
        input: {
          bin: freshBin(),
          names: { ru: 'Фонд «Кэш»' },
          legalForm: 'PUBLIC_FOUNDATION',
          registeredOn: '2024-03-15',
          regionCode: 'KZ-43',
          sectors: ['EDUCATION'],
        },
      },
      { as: 'registrar' },
    );
    expect(registered.errors).toBeUndefined();
    expect(dataOf(registered).registerNgo).toEqual({ ok: true, error: null });
    expect(await total()).toBe(before + 1);
  });

  test('a change announced by a command-line tool empties the cache; nobody else may announce one', async () => {
    await raw(REGION);
    const env = testEnv({ GATEWAY_URL: federation.gatewayUrl });
    const started = Date.now();
    expect(await announceChange(env, { source: 'cli:test', subgraphs: ['ngos'] })).toBe(true);
    expect(Date.now() - started).toBeLessThan(1000);
    federation.resetCounts();
    await raw(REGION);
    expect(federation.fetches.ngos).toBeGreaterThan(0);

    const changes = new URL('/internal/changes', federation.gatewayUrl).toString();
    const post = (headers: Record<string, string>) =>
      fetch(changes, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...headers },
        body: JSON.stringify({ source: 'x', subgraphs: ['ngos'] }),
      });
    expect((await post({})).status).toBe(401);
    const publicToken = await signInternalToken(federation.env.INTERNAL_TOKEN_SECRET, {
      role: 'public',
      subject: null,
      organization: null,
    });
    expect((await post({ [INTERNAL_TOKEN_HEADER]: publicToken })).status).toBe(401);
    const forged = await signInternalToken('not-the-secret-not-the-secret-not', {
      role: 'admin',
      subject: 'x',
      organization: null,
    });
    expect((await post({ [INTERNAL_TOKEN_HEADER]: forged })).status).toBe(401);
  });
});

test('RESPONSE_CACHE=off: every read goes to the subgraphs', async () => {
  const uncached = await startFederation({ env: testEnv({ RESPONSE_CACHE: 'off' }) });
  try {
    await uncached.query(REGION);
    uncached.resetCounts();
    await uncached.query(REGION);
    expect(uncached.fetches.ngos).toBeGreaterThan(0);
  } finally {
    await uncached.stop();
  }
});
