/**
 * The gateway's tokens to the subgraphs: signed once per caller while more
 * than half of their minute remains, verified once per token and then
 * answered from the cache until the token expires; a bad token is never kept.
 */
import { describe, expect, test } from '@jest/globals';
import { createInternalTokenSigner, createInternalTokenVerifier } from '../../lib/auth/internal-token-cache.js';
import { signInternalToken } from '../../lib/auth/tokens.js';
import type { Viewer } from '../../lib/auth/viewer.js';

const SECRET = 'a-test-secret-that-is-long-enough-to-use';
const ANALYST: Viewer = { role: 'analyst', subject: 'a-1', organization: null };
const DONOR: Viewer = { role: 'donor', subject: 'd-1', organization: 'XI-IATI-EC_INTPA' };

describe('internal token signer', () => {
  test('one token per caller within half its validity, a new one after', async () => {
    let now = Date.now();
    const signer = createInternalTokenSigner(SECRET, () => now);
    const first = await signer.sign(ANALYST);
    expect(await signer.sign({ ...ANALYST })).toBe(first);
    expect(await signer.sign(DONOR)).not.toBe(first);
    now += 31_000;
    // jose's iat has a one-second resolution: wait so the new token differs.
    await new Promise((resolve) => setTimeout(resolve, 1100));
    expect(await signer.sign(ANALYST)).not.toBe(first);
  });
});

describe('internal token verifier', () => {
  test('proves the identity; a cached token stops counting at its expiry', async () => {
    let now = Date.now();
    const verifier = createInternalTokenVerifier(SECRET, () => now);
    const token = await createInternalTokenSigner(SECRET).sign(DONOR);
    expect(await verifier.verify(token)).toEqual(DONOR);
    expect(await verifier.verify(token)).toEqual(DONOR);
    now += 120_000;
    await expect(verifier.verify(token)).rejects.toThrow(/expired/);
  });

  test('a forged token is refused every time, never cached', async () => {
    const verifier = createInternalTokenVerifier(SECRET);
    const forged = await signInternalToken('another-secret-another-secret-another', ANALYST);
    await expect(verifier.verify(forged)).rejects.toThrow(/signature/);
    await expect(verifier.verify(forged)).rejects.toThrow(/signature/);
  });
});
