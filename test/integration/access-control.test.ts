/**
 * Access control through the real gateway and subgraphs: what each role sees,
 * how tokens are checked, and that subgraphs answer only the gateway.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { exportJWK, exportSPKI, generateKeyPair, SignJWT } from 'jose';
import { readEnv } from '../../lib/config.js';
import { INTERNAL_TOKEN_HEADER, signInternalToken } from '../../lib/auth/tokens.js';
import { authHeaders, postGraphQL, startFederation, testEnv, type Federation } from '../support/federation.js';
import { claimsFor, hs256Token, unsignedToken } from '../support/jwt.js';
import { expectEvery } from '../support/expect-every.js';

let federation: Federation;

beforeAll(async () => {
  federation = await startFederation();
});

afterAll(async () => {
  await federation?.stop();
});

const MEMBERS = `{ councilMembers(first: 3, filter: { representsNgo: true }) { nodes { fullName contact { email phone } } } }`;
type Members = {
  councilMembers: { nodes: { fullName: string; contact: { email: string | null; phone?: string | null } | null }[] };
};

describe('what each role sees', () => {
  test.each(['public', 'registrar', 'donor'] as const)(
    '%s: council members without their contact details (personal data)',
    async (role) => {
      const result = await federation.query<Members>(MEMBERS, undefined, { as: role });
      expect(result.data!.councilMembers.nodes).toHaveLength(3);
      for (const member of result.data!.councilMembers.nodes) {
        expect(member.fullName.length).toBeGreaterThan(0);
        expect(member.contact).toBeNull();
      }
      // One error for the field, counting its rows, rather than one per row.
      expect(result.errors?.map((e) => e.extensions?.code)).toEqual(['FORBIDDEN']);
      expect(result.errors?.[0]?.extensions?.occurrences).toBe(3);
      expect(result.errors?.[0]?.message).toMatch(/CouncilMember\.contact is open only to analyst or admin/);
    },
  );

  test.each(['analyst', 'admin'] as const)('%s: council members with their contact details', async (role) => {
    const result = await federation.query<Members>(MEMBERS, undefined, { as: role });
    expect(result.errors).toBeUndefined();
    expectEvery(result.data!.councilMembers.nodes, (m) => m.contact?.email?.includes('@'), { length: 3 });
  });
});

describe('tokens at the gateway', () => {
  const ask = (authorization: string) =>
    fetch(federation.gatewayUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization },
      body: JSON.stringify({ query: '{ regions { code } }' }),
    });

  async function refused(authorization: string, reason: RegExp) {
    const response = await ask(authorization);
    expect(response.status).toBe(401);
    const body = (await response.json()) as {
      errors: { message: string; extensions: { code: string; requestId: string } }[];
    };
    expect(body.errors[0]!.extensions.code).toBe('UNAUTHENTICATED');
    expect(body.errors[0]!.extensions.requestId).toBeTruthy();
    expect(body.errors[0]!.message).toMatch(reason);
  }

  test('a valid token is accepted', async () => {
    const token = await hs256Token(federation.env.AUTH_JWT_SECRET, claimsFor(federation.env));
    expect((await ask(`Bearer ${token}`)).status).toBe(200);
  });

  test('invalid, expired, not-yet-valid, foreign, unsigned and wrongly signed tokens are refused', async () => {
    const env = federation.env;
    const now = Math.floor(Date.now() / 1000);
    await refused('Bearer not-a-jwt', /Bearer <JWT>/);
    await refused('Basic dXNlcjpwYXNz', /Bearer <JWT>/);
    await refused(`Bearer ${unsignedToken(claimsFor(env))}`, /algorithm|malformed/);
    await refused(`Bearer ${await hs256Token('some-other-secret-that-is-long-enough', claimsFor(env))}`, /signature/);
    await refused(`Bearer ${await hs256Token(env.AUTH_JWT_SECRET, claimsFor(env, { exp: now - 3600 }))}`, /expired/);
    await refused(`Bearer ${await hs256Token(env.AUTH_JWT_SECRET, claimsFor(env, { nbf: now + 3600 }))}`, /nbf/);
    await refused(`Bearer ${await hs256Token(env.AUTH_JWT_SECRET, claimsFor(env, { iss: 'someone-else' }))}`, /iss/);
    await refused(`Bearer ${await hs256Token(env.AUTH_JWT_SECRET, claimsFor(env, { aud: 'another-api' }))}`, /aud/);
    await refused(`Bearer ${await hs256Token(env.AUTH_JWT_SECRET, claimsFor(env, { role: 'superuser' }))}`, /role/);
    await refused(`Bearer ${await hs256Token(env.AUTH_JWT_SECRET, claimsFor(env, { role: 'donor' }))}`, /org/);
    await refused(`Bearer ${await hs256Token(env.AUTH_JWT_SECRET, claimsFor(env, { exp: undefined }))}`, /exp/);
  });
});

describe('RS256 tokens from a JWKS file', () => {
  let jwksFederation: Federation;
  let privateKey: Awaited<ReturnType<typeof generateKeyPair>>['privateKey'];
  let publicPem: string;

  beforeAll(async () => {
    const pair = await generateKeyPair('RS256', { extractable: true });
    privateKey = pair.privateKey;
    publicPem = await exportSPKI(pair.publicKey);
    const jwk = { ...(await exportJWK(pair.publicKey)), kid: 'test-key', alg: 'RS256', use: 'sig' };
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'jwks-')), 'jwks.json');
    fs.writeFileSync(file, JSON.stringify({ keys: [jwk] }));
    jwksFederation = await startFederation({
      env: testEnv({ AUTH_JWKS_FILE: file, AUTH_ISSUER: 'https://id.example.kz', AUTH_AUDIENCE: 'civic-graph' }),
    });
  });

  afterAll(async () => {
    await jwksFederation?.stop();
  });

  const send = (token: string) =>
    fetch(jwksFederation.gatewayUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ query: MEMBERS }),
    });

  test('a token signed by the identity provider is accepted with its role', async () => {
    const token = await new SignJWT({ role: 'analyst' })
      .setProtectedHeader({ alg: 'RS256', kid: 'test-key' })
      .setSubject('analyst@ministry')
      .setIssuer('https://id.example.kz')
      .setAudience('civic-graph')
      .setExpirationTime('5m')
      .sign(privateKey);
    const response = await send(token);
    expect(response.status).toBe(200);
    const body = (await response.json()) as { errors?: unknown; data: Members };
    expect(body.errors).toBeUndefined();
    expect(body.data.councilMembers.nodes[0]!.contact?.email).toContain('@');
  });

  test('algorithm confusion: an HS256 token keyed with the public key is refused', async () => {
    const claims = { ...claimsFor(jwksFederation.env), iss: 'https://id.example.kz' };
    const forged = await hs256Token(new TextEncoder().encode(publicPem), claims);
    expect((await send(forged)).status).toBe(401);
    const withDevSecret = await hs256Token(jwksFederation.env.AUTH_JWT_SECRET, claims);
    expect((await send(withDevSecret)).status).toBe(401);
  });
});

describe('subgraphs answer only the gateway', () => {
  test.each(['ngos', 'councils', 'partners'] as const)(
    '%s: no gateway token, a forged one or forged identity headers get nothing',
    async (name) => {
      const url = federation.subgraphUrls[name];
      const query = '{ __typename }';
      const attempts: Record<string, string>[] = [
        {},
        { 'x-user-role': 'admin', 'x-viewer': '{"role":"admin"}', authorization: 'Bearer x.y.z' },
        {
          [INTERNAL_TOKEN_HEADER]: await signInternalToken(
            'not-the-shared-secret-but-long-enough',
            { role: 'admin', subject: 'mallory', organization: null },
            'r',
          ),
        },
        {
          [INTERNAL_TOKEN_HEADER]: unsignedToken({
            role: 'admin',
            iss: 'civic-graph-gateway',
            aud: 'civic-graph-subgraphs',
          }),
        },
      ];
      for (const headers of attempts) {
        const response = await fetch(url, {
          method: 'POST',
          headers: { 'content-type': 'application/json', ...headers },
          body: JSON.stringify({ query }),
        });
        expect(response.status).toBe(401);
        const body = (await response.json()) as { data?: unknown; errors: { extensions: { code: string } }[] };
        expect(body.data).toBeUndefined();
        expect(body.errors[0]!.extensions.code).toBe('UNAUTHENTICATED');
      }
      // The gateway's own token works.
      const ok = await postGraphQL(url, query, undefined, {
        [INTERNAL_TOKEN_HEADER]: await signInternalToken(
          federation.env.INTERNAL_TOKEN_SECRET,
          { role: 'public', subject: null, organization: null },
          'r',
        ),
      });
      expect(ok.errors).toBeUndefined();
    },
  );

  test('personal data stays refused by the subgraph itself when the gateway check is switched off', async () => {
    const open = await startFederation({ enforceAccessAtGateway: () => false });
    try {
      const result = await open.query<Members>(MEMBERS, undefined, { as: 'public' });
      expectEvery(result.data!.councilMembers.nodes, (m) => m.contact === null, { length: 3 });
      expect(result.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    } finally {
      await open.stop();
    }
  });
});

describe('production mode', () => {
  test('refuses to start with development secrets, naming them', () => {
    expect(() => readEnv({ NODE_ENV: 'production' })).toThrow(/AUTH_JWT_SECRET, INTERNAL_TOKEN_SECRET/);
    expect(() =>
      readEnv({ NODE_ENV: 'production', AUTH_JWT_SECRET: 'short', INTERNAL_TOKEN_SECRET: 'x'.repeat(40) }),
    ).toThrow(/AUTH_JWT_SECRET/);
    expect(() =>
      readEnv({ NODE_ENV: 'production', AUTH_JWT_SECRET: 'a'.repeat(40), INTERNAL_TOKEN_SECRET: 'b'.repeat(40) }),
    ).not.toThrow();
  });

  test('errors leak nothing internal, introspection is off, and every error carries a request id', async () => {
    const env = testEnv({
      NODE_ENV: 'production',
      AUTH_JWT_SECRET: 'p'.repeat(48),
      INTERNAL_TOKEN_SECRET: 'q'.repeat(48),
    });
    const prod = await startFederation({ env });
    try {
      const introspection = await prod.query(`{ __schema { types { name } } }`);
      expect(introspection.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');

      // Take the councils subgraph away: the gateway's error behind this names hosts, ports and stack frames.
      await prod.stopSubgraph('councils');
      const response = await fetch(prod.gatewayUrl, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-request-id': 'prod-check-1' },
        body: JSON.stringify({ query: '{ councils { totalCount } }' }),
      });
      const text = await response.text();
      const body = JSON.parse(text) as { errors: { message: string; extensions: Record<string, unknown> }[] };
      // A source that is down is the client's to know (and retry), by code and service name, never by host or port.
      expect(body.errors[0]!.message).toBe('The councils service is unreachable');
      expect(body.errors[0]!.extensions).toEqual({
        code: 'SUBGRAPH_UNAVAILABLE',
        serviceName: 'councils',
        requestId: 'prod-check-1',
      });
      for (const leak of [
        '127.0.0.1',
        'localhost',
        'ECONNREFUSED',
        'stacktrace',
        'at ',
        '/work/',
        'node_modules',
        'SELECT',
      ]) {
        expect({ leak, found: text.includes(leak) }).toEqual({ leak, found: false });
      }
      const bad = await prod.query(`{ ngos(first: 1000) { totalCount } }`);
      expect(bad.errors?.[0]?.extensions).toEqual({
        code: 'BAD_USER_INPUT',
        argumentName: 'first',
        requestId: expect.any(String),
      });
    } finally {
      await prod.stop();
    }
  });
});

describe('logs', () => {
  test('carry request ids, and never tokens or personal data', async () => {
    const lines: string[] = [];
    const logged = await startFederation({ logs: { write: (line: string) => void lines.push(line) } });
    try {
      const headers = await authHeaders(logged.env, 'analyst', false);
      const bearer = headers.authorization!.slice('Bearer '.length);
      const members = await logged.query<Members>(MEMBERS, undefined, { as: 'analyst' });
      const personal = members
        .data!.councilMembers.nodes.flatMap((m) => [m.contact?.email, m.contact?.phone])
        .filter((v): v is string => !!v);
      expect(personal.length).toBeGreaterThan(0);
      await logged.query(`{ ngo(bin: "${personal[0]}") { id } }`, undefined, { as: 'analyst' });
      await fetch(logged.gatewayUrl, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${bearer}x` },
        body: '{"query":"{ regions { code } }"}',
      });
      await logged.stopSubgraph('partners');
      const failed = await fetch(logged.gatewayUrl, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          'x-request-id': 'log-check-7',
          authorization: `Bearer ${bearer}`,
        },
        body: JSON.stringify({ query: '{ partners { totalCount } }' }),
      });
      expect(failed.status).toBe(200);
      const text = lines.join('');
      expect(text).toContain('log-check-7');
      expect(text.includes(bearer)).toBe(false);
      // No token of any kind (the caller's, the gateway's internal one), with or without its header name.
      expect(text).not.toMatch(/eyJ[\w-]+\.eyJ[\w-]+/);
      for (const value of personal) expect({ value, logged: text.includes(value) }).toEqual({ value, logged: false });
    } finally {
      await logged.stop();
    }
  });
});
