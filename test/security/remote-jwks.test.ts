/**
 * Callers' tokens verified against an identity provider's key set fetched
 * from AUTH_JWKS_URL (here a JWKS served on loopback), through a key
 * rotation, without restarting anything. jose's cache rules decide when the
 * set is fetched again (lib/auth/tokens.ts, RemoteJwksCache): on a key id it
 * does not hold, but not within the cooldown (30 s by default) of the last
 * fetch, and at the latest when the set is 10 minutes old. So a new key
 * works from its first token after the cooldown, and a removed key is
 * refused from the next fetch on.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { exportJWK, generateKeyPair, SignJWT, type JWK } from 'jose';
import { createCallerVerifier } from '../../lib/auth/tokens.js';
import { readEnv } from '../../lib/config.js';
import { startGatewayOnly, type GatewayOnly } from '../support/gateway-only.js';

const ISSUER = 'https://id.example.kz';
const AUDIENCE = 'civic-graph';

interface SigningKey {
  kid: string;
  privateKey: Awaited<ReturnType<typeof generateKeyPair>>['privateKey'];
  jwk: JWK;
}

async function signingKey(kid: string): Promise<SigningKey> {
  const pair = await generateKeyPair('RS256', { extractable: true });
  return {
    kid,
    privateKey: pair.privateKey,
    jwk: { ...(await exportJWK(pair.publicKey)), kid, alg: 'RS256', use: 'sig' },
  };
}

function tokenSignedWith(key: SigningKey, subject: string): Promise<string> {
  return new SignJWT({ role: 'analyst' })
    .setProtectedHeader({ alg: 'RS256', kid: key.kid })
    .setSubject(subject)
    .setIssuer(ISSUER)
    .setAudience(AUDIENCE)
    .setIssuedAt()
    .setExpirationTime('5m')
    .sign(key.privateKey);
}

/** The identity provider's key set endpoint: serves `published`, counts the fetches. */
const provider = { published: [] as JWK[], fetches: 0 };
const server = http.createServer((request, response) => {
  provider.fetches += 1;
  response.writeHead(200, { 'content-type': 'application/json' });
  response.end(JSON.stringify({ keys: provider.published }));
});
let jwksUrl = '';
let key1: SigningKey;
let key2: SigningKey;
let key3: SigningKey;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

beforeAll(async () => {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  jwksUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/.well-known/jwks.json`;
  [key1, key2, key3] = await Promise.all([signingKey('key-1'), signingKey('key-2'), signingKey('key-3')]);
});

afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
});

const env = () => readEnv({ AUTH_JWKS_URL: jwksUrl, AUTH_ISSUER: ISSUER, AUTH_AUDIENCE: AUDIENCE });

describe('a remote JWKS through a key rotation', () => {
  test('the gateway accepts the provider’s key, and holds to the 30 s cooldown on an unknown key id', async () => {
    provider.published = [key1.jwk];
    provider.fetches = 0;
    const gateway: GatewayOnly = await startGatewayOnly({
      AUTH_JWKS_URL: jwksUrl,
      AUTH_ISSUER: ISSUER,
      AUTH_AUDIENCE: AUDIENCE,
    });
    try {
      const ask = async (token: string) =>
        fetch(gateway.url, {
          method: 'POST',
          headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
          body: JSON.stringify({ query: '{ __typename }' }),
        });
      const accepted = await ask(await tokenSignedWith(key1, 'analyst@ministry'));
      expect(accepted.status).toBe(200);
      expect(await accepted.json()).toEqual({ data: { __typename: 'Query' } });
      expect(provider.fetches).toBe(1);

      // The provider rotates; within the cooldown the gateway does not fetch again, so key 2 is not known yet.
      provider.published = [key2.jwk];
      const early = await ask(await tokenSignedWith(key2, 'analyst@ministry'));
      expect(early.status).toBe(401);
      expect(JSON.stringify(await early.json())).toMatch(/no known key matches the token/);
      expect(provider.fetches).toBe(1);
    } finally {
      await gateway.stop();
    }
  });

  // Tokens are signed before the timed steps, so a slow machine does not stretch them past the cooldown.
  test('key 2 is accepted without a restart, key 1 refused once the provider removed it', async () => {
    const [one, two, three] = await Promise.all([
      tokenSignedWith(key1, 'one'),
      tokenSignedWith(key2, 'two'),
      tokenSignedWith(key3, 'three'),
    ]);
    provider.published = [key1.jwk];
    provider.fetches = 0;
    const verifier = createCallerVerifier(env(), { cooldownMs: 2_000 });
    await expect(verifier.verify(one)).resolves.toMatchObject({ subject: 'one' });
    expect(provider.fetches).toBe(1);

    provider.published = [key2.jwk];
    await sleep(2_100);
    // An unknown key id after the cooldown: one new fetch, and key 2 is known.
    await expect(verifier.verify(two)).resolves.toMatchObject({ subject: 'two' });
    expect(provider.fetches).toBe(2);
    // The set fetched no longer holds key 1.
    await expect(verifier.verify(one)).rejects.toThrow(/no known key matches/);
    // Within the cooldown, a key id nobody published costs no fetch (made-up ids cannot hammer the provider).
    await expect(verifier.verify(three)).rejects.toThrow(/no known key matches/);
    expect(provider.fetches).toBe(2);
  });

  test('a key removed while no new key id arrives is refused once the cached set is older than its max age', async () => {
    const [one, two] = await Promise.all([tokenSignedWith(key1, 'one'), tokenSignedWith(key2, 'two')]);
    provider.published = [key1.jwk];
    provider.fetches = 0;
    const verifier = createCallerVerifier(env(), { cooldownMs: 60_000, maxAgeMs: 2_000 });
    await expect(verifier.verify(one)).resolves.toMatchObject({ subject: 'one' });
    provider.published = [key2.jwk];
    // Still cached: key 1 is accepted until the set is fetched again.
    await expect(verifier.verify(one)).resolves.toMatchObject({ subject: 'one' });
    expect(provider.fetches).toBe(1);
    await sleep(2_100);
    await expect(verifier.verify(one)).rejects.toThrow(/no known key matches/);
    await expect(verifier.verify(two)).resolves.toMatchObject({ subject: 'two' });
    expect(provider.fetches).toBe(2);
  });
});
