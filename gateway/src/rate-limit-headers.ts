/**
 * The IETF RateLimit and RateLimit-Policy headers (draft 8) of a caller's
 * count, as express-rate-limit writes them with `standardHeaders:
 * 'draft-8'`, but written by the gateway: once per request (a batch is
 * counted operation by operation, and the library appended one pair per
 * operation), and with the partition key remembered per caller (the library
 * hashes the caller's key with SHA-256 on every request, on every
 * request's path).
 */
import { createHash } from 'node:crypto';
import type { Response } from 'express';
import type { RateLimitInfo } from 'express-rate-limit';
import { LRUCache } from 'lru-cache';

/** The partition key of each recent caller key: as the library makes it, 12 hex digits of SHA-256 in base64. */
const partitionKeys = new LRUCache<string, string>({ max: 10_000 });

function partitionKey(key: string): string {
  let known = partitionKeys.get(key);
  if (known === undefined) {
    const hex = createHash('sha256').update(key).digest('hex').slice(0, 12);
    known = Buffer.from(hex).toString('base64');
    partitionKeys.set(key, known);
  }
  return known;
}

/** Whole seconds until the caller's window resets (the window's length when the store gives no time). */
function resetSeconds(info: RateLimitInfo, windowMs: number): number {
  return info.resetTime
    ? Math.max(0, Math.ceil((info.resetTime.getTime() - Date.now()) / 1000))
    : Math.ceil(windowMs / 1000);
}

/** The policy's name, as the library names it: `<limit>-in-<window>`, e.g. `60-in-1min`. */
function policyName(limit: number, windowMs: number): string {
  const seconds = windowMs / 1000;
  return seconds < 60 ? `${limit}-in-${seconds}sec` : `${limit}-in-${seconds / 60}min`;
}

/** Sets both headers from the caller's count; returns the seconds until the window resets (the header's `t`). */
export function setRateLimitHeaders(res: Response, info: RateLimitInfo, windowMs: number): number {
  const reset = resetSeconds(info, windowMs);
  if (res.headersSent) return reset;
  const name = policyName(info.limit, windowMs);
  res.setHeader('RateLimit', `"${name}"; r=${info.remaining}; t=${reset}`);
  res.setHeader(
    'RateLimit-Policy',
    `"${name}"; q=${info.limit}; w=${Math.ceil(windowMs / 1000)}; pk=:${partitionKey(info.key)}:`,
  );
  return reset;
}
