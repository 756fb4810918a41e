/**
 * In-flight deduplication of subgraph queries: while a query is on its way,
 * an identical one (same URL, same body, same caller rights, same
 * language) waits for the first one's answer instead of being sent again.
 * Only queries: a mutation is always sent. The caller's rights are the
 * gateway's signed token, which is the same for every caller with the same
 * identity (and for all public callers) within its validity window.
 * It sits in front of the subgraph's policies (policy.ts): the shared
 * request runs through the first caller's timeout, retry and breaker, and
 * callers with the same query share its fate.
 */
import type { Fetcher, FetcherRequestInit, FetcherResponse } from '@apollo/utils.fetcher';
import { INTERNAL_TOKEN_HEADER } from '../../../lib/auth/tokens.js';
import { operationKindOfBody } from './operation.js';

export function dedupeKey(url: string, init: FetcherRequestInit): string | undefined {
  const { body, method = 'GET', headers = {} } = init;
  if (method !== 'POST' || typeof body !== 'string' || operationKindOfBody(body) !== 'query') return undefined;
  return JSON.stringify([url, headers[INTERNAL_TOKEN_HEADER] ?? '', headers['accept-language'] ?? '', body]);
}

/** Wraps a fetcher whose responses can be read more than once (see BufferedResponse). */
export function dedupeInFlight(fetcher: Fetcher): Fetcher {
  const inFlight = new Map<string, Promise<FetcherResponse>>();
  return (url, init) => {
    const key = init ? dedupeKey(url, init) : undefined;
    if (key === undefined) return fetcher(url, init);
    const pending = inFlight.get(key);
    if (pending) return pending;
    const request = fetcher(url, init).finally(() => inFlight.delete(key));
    inFlight.set(key, request);
    return request;
  };
}
