/**
 * Runs the bad-input corpus (corpus.ts) against the real gateway and
 * subgraphs on copies of the demo data. For each case: the exact HTTP status
 * and error code, every service still answering its health check, and every
 * database unchanged (row counts and a checksum of each table).
 */
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import pg from 'pg';
import { INTERNAL_TOKEN_HEADER, signInternalToken } from '../../lib/auth/tokens.js';
import { authHeaders, startFederation, testEnv, type Federation } from '../support/federation.js';
import { fingerprints, type Fingerprint } from '../support/fingerprint.js';
import { claimsFor, hs256Token, unsignedToken } from '../support/jwt.js';
import { corpus, type CorpusCase } from './corpus.js';

let federation: Federation;
let before: Record<string, Fingerprint>;
const cases = corpus();

beforeAll(async () => {
  // The corpus sends hundreds of requests a minute: the rate limit has its own tests (test/integration/gateway-limits.test.ts).
  // Hardened as in production: no introspection, so no schema hints in errors either.
  federation = await startFederation({
    env: testEnv({
      ALLOW_INTROSPECTION: 'false',
      GATEWAY_LIMITS: JSON.stringify({
        public: { requestsPerMinute: 100_000 },
        analyst: { requestsPerMinute: 100_000 },
      }),
    }),
  });
  before = await fingerprints(federation.databaseUrls);
});

afterAll(async () => {
  await federation?.stop();
});

async function tokenHeaders(c: CorpusCase): Promise<Record<string, string>> {
  const env = federation.env;
  const now = Math.floor(Date.now() / 1000);
  const bearer = (token: string) => ({ authorization: `Bearer ${token}` });
  const internal = (token: string) => ({ [INTERNAL_TOKEN_HEADER]: token });
  switch (c.token) {
    case undefined:
      return c.as ? authHeaders(env, c.as, false) : {};
    case 'unsigned':
      return bearer(unsignedToken(claimsFor(env, { role: 'admin' })));
    case 'expired':
      return bearer(await hs256Token(env.AUTH_JWT_SECRET, claimsFor(env, { exp: now - 60, iat: now - 3600 })));
    case 'wrong-secret':
      return bearer(await hs256Token('a-different-secret-of-enough-length-to-sign', claimsFor(env)));
    case 'wrong-issuer':
      return bearer(await hs256Token(env.AUTH_JWT_SECRET, claimsFor(env, { iss: 'https://evil.example' })));
    case 'wrong-audience':
      return bearer(await hs256Token(env.AUTH_JWT_SECRET, claimsFor(env, { aud: 'other-api' })));
    case 'future':
      return bearer(await hs256Token(env.AUTH_JWT_SECRET, claimsFor(env, { nbf: now + 3600 })));
    case 'no-role':
      return bearer(await hs256Token(env.AUTH_JWT_SECRET, claimsFor(env, { role: undefined })));
    case 'bad-role':
      return bearer(await hs256Token(env.AUTH_JWT_SECRET, claimsFor(env, { role: 'root' })));
    case 'donor-without-org':
      return bearer(await hs256Token(env.AUTH_JWT_SECRET, claimsFor(env, { role: 'donor' })));
    case 'internal-forged':
      return internal(
        await signInternalToken(
          'forged-secret-forged-secret-forged-secret',
          { role: 'admin', subject: 'x', organization: null },
          'r',
        ),
      );
    case 'internal-unsigned':
      return internal(
        unsignedToken({ role: 'admin', iss: 'civic-graph-gateway', aud: 'civic-graph-subgraphs', exp: now + 60 }),
      );
    case 'internal-expired':
      return internal(await internalToken({ role: 'admin', exp: now - 120 }));
    case 'far-expiry':
      return bearer(await hs256Token(env.AUTH_JWT_SECRET, claimsFor(env, { exp: 253402300799 })));
    case 'issued-in-future':
      return bearer(await hs256Token(env.AUTH_JWT_SECRET, claimsFor(env, { iat: now + 365 * 86400 })));
    case 'internal-long-lived':
      return internal(await internalToken({ role: 'admin', iat: now, exp: now + 365 * 86400 }));
    case 'internal-issued-in-future':
      return internal(await internalToken({ role: 'admin', iat: now + 3600, exp: now + 3660 }));
    case 'internal-public':
      return authHeaders(env, 'public', true);
    case 'internal-analyst':
      return authHeaders(env, 'analyst', true);
    case 'internal-donor-other-org':
      return authHeaders(env, { role: 'donor', subject: 'other-donor', organization: 'XM-DAC-41114' }, true);
  }
}

/** A gateway token signed with the right secret, with the claims given. */
function internalToken(claims: Record<string, unknown>): Promise<string> {
  const now = Math.floor(Date.now() / 1000);
  return hs256Token(federation.env.INTERNAL_TOKEN_SECRET, {
    sub: 'x',
    iss: 'civic-graph-gateway',
    aud: 'civic-graph-subgraphs',
    iat: now,
    exp: now + 30,
    ...claims,
  });
}

interface ResponseBody {
  data?: Record<string, unknown> | null;
  errors?: { message?: string; extensions?: { code?: string } }[];
}

/** The answer to compare: a batch's first answer with errors (or its first), a single answer as it is. */
function firstAnswer(parsed: ResponseBody | ResponseBody[]): ResponseBody {
  if (!Array.isArray(parsed)) return parsed;
  return parsed.find((answer) => answer.errors?.length) ?? parsed[0] ?? {};
}

/** The case with "$LOOKUP" in its body replaced by the value its lookup reads from the database. */
async function resolveLookup(c: CorpusCase): Promise<CorpusCase> {
  if (!c.lookup) return c;
  const client = new pg.Client({ connectionString: federation.databaseUrls[c.lookup.subgraph] });
  await client.connect();
  try {
    const { rows } = await client.query<Record<string, unknown>>(c.lookup.sql);
    const row = rows[0] ?? {};
    // "$LOOKUP.<column>" first, then "$LOOKUP" alone (the first column).
    let body = JSON.stringify(c.body);
    for (const [column, value] of Object.entries(row)) body = body.replaceAll(`$LOOKUP.${column}`, String(value));
    body = body.replaceAll('$LOOKUP', String(Object.values(row)[0]));
    return { ...c, body: JSON.parse(body) as unknown };
  } finally {
    await client.end();
  }
}

async function send(c: CorpusCase): Promise<{ status: number; body: ResponseBody; bytes: number; text: string }> {
  const url = !c.target || c.target === 'gateway' ? federation.gatewayUrl : federation.subgraphUrls[c.target];
  if (c.method === 'GET') {
    const { query, variables, extensions } = c.body as { query: string; variables?: unknown; extensions?: unknown };
    const search = new URLSearchParams({
      ...(query ? { query } : {}),
      ...(variables ? { variables: JSON.stringify(variables) } : {}),
      ...(extensions ? { extensions: JSON.stringify(extensions) } : {}),
    });
    const response = await fetch(`${url}?${search.toString()}`, {
      headers: { 'apollo-require-preflight': 'true', ...(await tokenHeaders(c)), ...c.headers },
    });
    const text = await response.text();
    return {
      status: response.status,
      body: firstAnswer(JSON.parse(text) as never),
      bytes: Buffer.byteLength(text),
      text,
    };
  }
  const response = await fetch(url, {
    method: 'POST',
    headers: {
      'content-type': c.contentType ?? 'application/json',
      'apollo-require-preflight': 'true',
      ...(await tokenHeaders(c)),
      ...c.headers,
    },
    body: c.raw ?? JSON.stringify(c.body),
  });
  const text = await response.text();
  return {
    status: response.status,
    body: firstAnswer(JSON.parse(text) as never),
    bytes: Buffer.byteLength(text),
    text,
  };
}

describe('the bad-input corpus', () => {
  test('has at least 400 cases with unique names', () => {
    expect(cases.length).toBeGreaterThanOrEqual(400);
    expect(new Set(cases.map((c) => c.name)).size).toBe(cases.length);
  });

  test.each(cases.map((c) => [c.name, c] as const))('%s', async (_name, c) => {
    if (c.setup)
      expect((await send({ ...c.setup, name: `${c.name} (setup)`, status: 200, code: null })).status).toBe(200);
    const { status, body, bytes, text } = await send(await resolveLookup(c));
    const code = body.errors?.[0]?.extensions?.code ?? null;
    if (process.env.CORPUS_REPORT && (status !== c.status || code !== c.code))
      process.stdout.write(
        `MISMATCH ${c.name.slice(0, 60)} => ${status} ${String(code)} ${JSON.stringify(body.errors?.[0]?.message ?? body.data ?? '').slice(0, 200)}\n`,
      );
    expect({ status, code }).toEqual({ status: c.status, code: c.code });
    if (c.maxResponseBytes !== undefined) expect(bytes).toBeLessThanOrEqual(c.maxResponseBytes);
    for (const forbidden of c.mustNotContain ?? []) expect(text).not.toContain(forbidden);
    if (c.code === null && 'data' in c) expect(Object.values(body.data ?? {})[0]).toEqual(c.data);
    if (c.dataCode)
      expect((Object.values(body.data ?? {})[0] as { error?: { code?: string } } | null)?.error?.code).toBe(c.dataCode);
    // Every service is still alive and serving (liveness: readiness also asks dependencies within 1 s, a timing of its own).
    for (const url of [federation.gatewayUrl, ...Object.values(federation.subgraphUrls)]) {
      expect((await fetch(url.replace('/graphql', '/health/live'))).status).toBe(200);
    }
  });

  test('left every database exactly as it was', async () => {
    expect(await fingerprints(federation.databaseUrls)).toEqual(before);
  });
});
