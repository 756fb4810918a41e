/**
 * How a command-line tool that changed data tells the running gateway
 * (POST /internal/changes, signed with the services' shared secret), so the
 * gateway's response cache drops what the change touched. The gateway is
 * at GATEWAY_URL, else on this machine at GATEWAY_PORT. Waits at most a
 * second; a gateway that is not running has nothing cached to drop.
 */
import { signInternalToken, INTERNAL_TOKEN_HEADER } from '../auth/tokens.js';
import type { Env } from '../config.js';
import type { Logger } from '../logger.js';
import type { ChangeEvent } from './changes.js';

const ANNOUNCE_TIMEOUT_MS = 1_000;

function changesUrl(env: Env): string {
  const base = env.GATEWAY_URL ?? `http://127.0.0.1:${env.GATEWAY_PORT}/graphql`;
  return new URL('/internal/changes', base).toString();
}

/** Resolves true once the gateway has applied the change, false when no gateway took it. */
export async function announceChange(env: Env, event: ChangeEvent, logger?: Logger): Promise<boolean> {
  const url = changesUrl(env);
  try {
    const token = await signInternalToken(env.INTERNAL_TOKEN_SECRET, {
      role: 'admin',
      subject: event.source,
      organization: null,
    });
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', [INTERNAL_TOKEN_HEADER]: token },
      body: JSON.stringify(event),
      signal: AbortSignal.timeout(ANNOUNCE_TIMEOUT_MS),
    });
    if (response.status === 204) return true;
    logger?.warn({ url, status: response.status }, 'the gateway refused the change announcement');
  } catch (error) {
    // No gateway running: nothing is cached anywhere.
    logger?.debug({ url, err: error }, 'no gateway took the change announcement');
  }
  return false;
}
