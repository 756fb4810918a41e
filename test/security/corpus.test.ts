/**
 * Runs the bad-input corpus (corpus.ts) against the real gateway and
 * subgraphs on copies of the demo data. For each case: the exact HTTP status
 * and error code, every service still answering its health check, and every
 * database unchanged (row counts and a checksum of each table).
 */
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
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
  federation = await startFederation({
    env: testEnv({
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
      return internal(
        await hs256Token(env.INTERNAL_TOKEN_SECRET, {
          role: 'admin',
          sub: 'x',
          iss: 'civic-graph-gateway',
          aud: 'civic-graph-subgraphs',
          exp: now - 120,
        }),
      );
  }
}

async function send(c: CorpusCase): Promise<{
  status: number;
  body: { data?: Record<string, unknown> | null; errors?: { message?: string; extensions?: { code?: string } }[] };
}> {
  const url = !c.target || c.target === 'gateway' ? federation.gatewayUrl : federation.subgraphUrls[c.target];
  if (c.method === 'GET') {
    const query = (c.body as { query: string }).query;
    const response = await fetch(`${url}?query=${encodeURIComponent(query)}`, {
      headers: { 'apollo-require-preflight': 'true', ...(await tokenHeaders(c)), ...c.headers },
    });
    return { status: response.status, body: JSON.parse(await response.text()) as never };
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
  return { status: response.status, body: JSON.parse(text) as never };
}

describe('the bad-input corpus', () => {
  test('has at least 150 cases with unique names', () => {
    expect(cases.length).toBeGreaterThanOrEqual(150);
    expect(new Set(cases.map((c) => c.name)).size).toBe(cases.length);
  });

  test.each(cases.map((c) => [c.name, c] as const))('%s', async (_name, c) => {
    const { status, body } = await send(c);
    const code = body.errors?.[0]?.extensions?.code ?? null;
    if (process.env.CORPUS_REPORT && (status !== c.status || code !== c.code))
      process.stdout.write(
        `MISMATCH ${c.name.slice(0, 60)} => ${status} ${String(code)} ${JSON.stringify(body.errors?.[0]?.message ?? body.data ?? '').slice(0, 200)}\n`,
      );
    expect({ status, code }).toEqual({ status: c.status, code: c.code });
    if (c.code === null && 'data' in c) expect(Object.values(body.data ?? {})[0]).toEqual(c.data);
    if (c.dataCode)
      expect((Object.values(body.data ?? {})[0] as { error?: { code?: string } } | null)?.error?.code).toBe(c.dataCode);
    for (const url of [federation.gatewayUrl, ...Object.values(federation.subgraphUrls)]) {
      expect((await fetch(url.replace('/graphql', '/health'))).status).toBe(200);
    }
  });

  test('left every database exactly as it was', async () => {
    expect(await fingerprints(federation.databaseUrls)).toEqual(before);
  });
});
