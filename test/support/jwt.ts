/** Hand-made tokens for tests of token verification: unsigned, wrongly signed, expired, foreign. */
import { SignJWT, type JWTPayload } from 'jose';
import type { Env } from '../../lib/config.js';

const b64 = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');

export function claimsFor(env: Env, overrides: JWTPayload = {}): JWTPayload {
  const now = Math.floor(Date.now() / 1000);
  return {
    sub: 'tester',
    role: 'analyst',
    iss: env.AUTH_ISSUER,
    aud: env.AUTH_AUDIENCE,
    iat: now,
    exp: now + 600,
    ...overrides,
  };
}

/** `alg: none`: no signature at all. */
export function unsignedToken(payload: JWTPayload): string {
  return `${b64({ alg: 'none', typ: 'JWT' })}.${b64(payload)}.`;
}

export async function hs256Token(secret: string | Uint8Array, payload: JWTPayload): Promise<string> {
  const key = typeof secret === 'string' ? new TextEncoder().encode(secret) : secret;
  return new SignJWT(payload).setProtectedHeader({ alg: 'HS256', typ: 'JWT' }).sign(key);
}
