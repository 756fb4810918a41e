/**
 * The gateway's tokens to the subgraphs, cheap on the hot path: the HMAC key
 * is imported once; a token is signed once per caller identity and reused
 * while more than half of its minute remains; the subgraphs verify each
 * distinct token once and keep the identity it proved until it expires.
 */
import { LRUCache } from 'lru-cache';
import { importHmacKey, INTERNAL_TTL_SECONDS, signInternalToken, verifyInternalTokenWithExpiry } from './tokens.js';
import type { Viewer } from './viewer.js';

/** A token is reused while more than this many seconds of its validity remain. */
const REUSE_WHILE_REMAINING_SECONDS = INTERNAL_TTL_SECONDS / 2;

function identityKey(viewer: Viewer): string {
  return JSON.stringify([viewer.role, viewer.subject, viewer.organization]);
}

export interface InternalTokenSigner {
  sign(viewer: Viewer): Promise<string>;
}

export function createInternalTokenSigner(secret: string, now: () => number = Date.now): InternalTokenSigner {
  const key = importHmacKey(secret);
  const tokens = new LRUCache<string, { token: Promise<string>; reuseUntil: number }>({ max: 10_000 });
  return {
    sign(viewer) {
      const id = identityKey(viewer);
      const cached = tokens.get(id);
      if (cached && cached.reuseUntil > now()) return cached.token;
      const token = key.then((k) => signInternalToken(k, viewer));
      const entry = { token, reuseUntil: now() + (INTERNAL_TTL_SECONDS - REUSE_WHILE_REMAINING_SECONDS) * 1000 };
      tokens.set(id, entry);
      // A failed signing is not kept.
      token.catch(() => tokens.get(id) === entry && tokens.delete(id));
      return token;
    },
  };
}

export interface InternalTokenVerifier {
  verify(token: string): Promise<Viewer>;
}

export function createInternalTokenVerifier(secret: string, now: () => number = Date.now): InternalTokenVerifier {
  const key = importHmacKey(secret);
  // Only tokens that passed verification are kept, each until its own expiry.
  const verified = new LRUCache<string, { viewer: Viewer; expiresAt: number }>({ max: 10_000 });
  return {
    async verify(token) {
      const cached = verified.get(token);
      if (cached && cached.expiresAt > now()) return cached.viewer;
      const { viewer, expiresAt } = await verifyInternalTokenWithExpiry(await key, token, new Date(now()));
      verified.set(token, { viewer, expiresAt });
      return viewer;
    },
  };
}
