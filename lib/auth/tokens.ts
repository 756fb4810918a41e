/**
 * Tokens, verified and signed with `jose`.
 *
 * Callers send `Authorization: Bearer <JWT>` to the gateway: HS256 with a
 * shared secret in development, RS256/ES256 from a JWKS (file or URL) in
 * production. Only those algorithms are accepted (never `none`, and an HMAC
 * token is refused when a JWKS is configured, so a public key can never be
 * used as an HMAC secret); issuer, audience, expiry and not-before are
 * checked.
 *
 * The gateway then vouches for the caller to the subgraphs with a short-lived
 * HS256 token of its own, signed with a secret only the services share.
 */
import { webcrypto } from 'node:crypto';
import fs from 'node:fs';
import {
  createLocalJWKSet,
  createRemoteJWKSet,
  errors,
  jwtVerify,
  SignJWT,
  type JWTPayload,
  type JWTVerifyGetKey,
} from 'jose';
import { ConfigError, type Env } from '../config.js';
import { ROLES, type Role, type Viewer } from './viewer.js';

export class TokenError extends Error {
  override name = 'TokenError';
}

const INTERNAL_ISSUER = 'civic-graph-gateway';
const INTERNAL_AUDIENCE = 'civic-graph-subgraphs';
export const INTERNAL_TTL_SECONDS = 60;
/** Tolerated clock difference between machines. */
const CLOCK_TOLERANCE_SECONDS = 5;

export interface CallerVerifier {
  verify(token: string): Promise<Viewer>;
}

function secretKey(secret: string): Uint8Array {
  return new TextEncoder().encode(secret);
}

/** A shared secret as a WebCrypto HMAC key, imported once (jose imports a raw secret again on every call). */
type CryptoKey = webcrypto.CryptoKey;

export function importHmacKey(secret: string): Promise<CryptoKey> {
  return webcrypto.subtle.importKey('raw', secretKey(secret), { name: 'HMAC', hash: 'SHA-256' }, false, [
    'sign',
    'verify',
  ]);
}

/** The caller's role and organization from verified claims; a token without a known role is refused. */
function viewerFromClaims(payload: JWTPayload): Viewer {
  const role = payload.role;
  if (typeof role !== 'string' || !(ROLES as readonly string[]).includes(role) || role === 'public') {
    throw new TokenError(`the token's "role" claim must be one of ${ROLES.filter((r) => r !== 'public').join(', ')}`);
  }
  if (typeof payload.sub !== 'string' || payload.sub.length === 0)
    throw new TokenError('the token has no "sub" (subject) claim');
  const organization = typeof payload.org === 'string' && payload.org.length > 0 ? payload.org : null;
  if (role === 'donor' && !organization) {
    throw new TokenError('a donor token must name its organization in the "org" claim (an org-id.guide reference)');
  }
  return { role: role as Role, subject: payload.sub, organization };
}

function describeJoseError(error: unknown): string {
  if (error instanceof TokenError) return error.message;
  if (error instanceof errors.JWTExpired) return 'the token has expired: get a new one';
  if (error instanceof errors.JWTClaimValidationFailed)
    return `the token's "${error.claim}" claim is not accepted (${error.reason})`;
  if (error instanceof errors.JOSEAlgNotAllowed)
    return 'the token is signed with an algorithm this service does not accept';
  if (error instanceof errors.JWSSignatureVerificationFailed) return 'the token signature is not valid';
  if (error instanceof errors.JWKSNoMatchingKey) return 'no known key matches the token';
  if (error instanceof errors.JWSInvalid || error instanceof errors.JWTInvalid) return 'the token is malformed';
  return 'the token could not be verified';
}

/**
 * A token's lifetime is bounded: it may not expire more than `maxSeconds`
 * after it was issued (or from now, without "iat"), nor claim to be issued
 * in the future beyond the clock tolerance. A stolen token with "exp" in
 * year 9999 would otherwise be valid for ever.
 */
function checkLifetime(payload: JWTPayload, maxSeconds: number): void {
  const now = Math.floor(Date.now() / 1000);
  if (payload.iat !== undefined && payload.iat > now + CLOCK_TOLERANCE_SECONDS)
    throw new TokenError('the token\'s "iat" (issued at) is in the future: check the issuer\'s clock');
  const exp = payload.exp ?? now;
  const start = Math.min(payload.iat ?? now, now);
  if (exp - start > maxSeconds + CLOCK_TOLERANCE_SECONDS)
    throw new TokenError(
      `the token is valid for longer than ${maxSeconds} s (AUTH_MAX_TOKEN_TTL): get a shorter-lived one`,
    );
}

/**
 * How a remote key set (AUTH_JWKS_URL) is cached, jose's createRemoteJWKSet rules: the set is
 * fetched again when a token names a key id it does not hold, but not within `cooldownMs` of
 * the last fetch (so made-up key ids cannot hammer the identity provider), and at the latest
 * once it is `maxAgeMs` old. A removed key therefore stops being accepted at the next fetch:
 * the first token signed with a new key after the cooldown, or the max age.
 */
export interface RemoteJwksCache {
  /** Default 30 s. */
  cooldownMs?: number;
  /** Default 10 minutes. */
  maxAgeMs?: number;
}

export function createCallerVerifier(env: Env, remote: RemoteJwksCache = {}): CallerVerifier {
  // A box rather than `instanceof Promise`: under jest's VM the Promise class of WebCrypto is another realm's.
  let key: { secret: Promise<CryptoKey> } | { jwks: JWTVerifyGetKey };
  let algorithms: string[];
  if (env.AUTH_JWKS_FILE) {
    let jwks: unknown;
    try {
      jwks = JSON.parse(fs.readFileSync(env.AUTH_JWKS_FILE, 'utf8'));
    } catch (error) {
      throw new ConfigError(
        `AUTH_JWKS_FILE=${JSON.stringify(env.AUTH_JWKS_FILE)}: cannot read a JSON Web Key Set (${String(error)})`,
      );
    }
    key = { jwks: createLocalJWKSet(jwks as Parameters<typeof createLocalJWKSet>[0]) };
    algorithms = ['RS256', 'ES256'];
  } else if (env.AUTH_JWKS_URL) {
    key = {
      jwks: createRemoteJWKSet(new URL(env.AUTH_JWKS_URL), {
        cooldownDuration: remote.cooldownMs ?? 30_000,
        cacheMaxAge: remote.maxAgeMs ?? 600_000,
      }),
    };
    algorithms = ['RS256', 'ES256'];
  } else {
    key = { secret: importHmacKey(env.AUTH_JWT_SECRET) };
    algorithms = ['HS256'];
  }
  const options = {
    issuer: env.AUTH_ISSUER,
    audience: env.AUTH_AUDIENCE,
    algorithms,
    clockTolerance: CLOCK_TOLERANCE_SECONDS,
    requiredClaims: ['exp'],
  };
  return {
    async verify(token) {
      try {
        const { payload } =
          'secret' in key
            ? await jwtVerify(token, await key.secret, options)
            : await jwtVerify(token, key.jwks, options);
        checkLifetime(payload, env.AUTH_MAX_TOKEN_TTL);
        return viewerFromClaims(payload);
      } catch (error) {
        throw new TokenError(describeJoseError(error));
      }
    },
  };
}

/** A development token for a role, signed with AUTH_JWT_SECRET (`npm run token`). */
export async function signCallerToken(
  env: Env,
  claims: { role: Exclude<Role, 'public'>; subject: string; organization?: string | null; ttlSeconds?: number },
): Promise<string> {
  return new SignJWT({ role: claims.role, ...(claims.organization ? { org: claims.organization } : {}) })
    .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
    .setSubject(claims.subject)
    .setIssuer(env.AUTH_ISSUER)
    .setAudience(env.AUTH_AUDIENCE)
    .setIssuedAt()
    .setExpirationTime(`${claims.ttlSeconds ?? 3600}s`)
    .sign(secretKey(env.AUTH_JWT_SECRET));
}

export const INTERNAL_TOKEN_HEADER = 'x-civic-gateway-token';

/** The key of an HS256 token: the secret, or a key imported from it once (see internal-token-cache.ts). */
type HmacKey = string | CryptoKey;

const hmacKey = (key: HmacKey): Uint8Array | CryptoKey => (typeof key === 'string' ? secretKey(key) : key);

/**
 * The gateway's token for a caller: who the caller is, valid for a minute.
 * The request id travels in its own header (x-request-id), so one token
 * serves every request of the same caller (internal-token-cache.ts).
 */
export async function signInternalToken(secret: HmacKey, viewer: Viewer, requestId?: string): Promise<string> {
  return new SignJWT({ role: viewer.role, org: viewer.organization, ...(requestId ? { rid: requestId } : {}) })
    .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
    .setSubject(viewer.subject ?? 'public')
    .setIssuer(INTERNAL_ISSUER)
    .setAudience(INTERNAL_AUDIENCE)
    .setIssuedAt()
    .setExpirationTime(`${INTERNAL_TTL_SECONDS}s`)
    .sign(hmacKey(secret));
}

/** The identity a gateway token proves, and when the token expires (ms since the epoch). */
export async function verifyInternalTokenWithExpiry(
  secret: HmacKey,
  token: string,
  currentDate?: Date,
): Promise<{ viewer: Viewer; expiresAt: number }> {
  try {
    const { payload } = await jwtVerify(token, hmacKey(secret), {
      ...(currentDate ? { currentDate } : {}),
      issuer: INTERNAL_ISSUER,
      audience: INTERNAL_AUDIENCE,
      algorithms: ['HS256'],
      clockTolerance: CLOCK_TOLERANCE_SECONDS,
      requiredClaims: ['exp', 'iat'],
    });
    // The gateway's tokens live a minute: a longer one was not made by it.
    checkLifetime(payload, INTERNAL_TTL_SECONDS);
    const role = payload.role;
    if (typeof role !== 'string' || !(ROLES as readonly string[]).includes(role)) throw new TokenError('unknown role');
    // jwtVerify checked exp with the clock tolerance; a cached identity is dropped at the plain expiry.
    const expiresAt = (payload.exp ?? 0) * 1000;
    if (role === 'public') return { viewer: { role: 'public', subject: null, organization: null }, expiresAt };
    return {
      viewer: {
        role: role as Role,
        subject: payload.sub ?? null,
        organization: typeof payload.org === 'string' ? payload.org : null,
      },
      expiresAt,
    };
  } catch (error) {
    throw new TokenError(`the gateway token is not valid: ${describeJoseError(error)}`);
  }
}
