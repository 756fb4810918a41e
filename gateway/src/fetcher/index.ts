/**
 * The fetcher every subgraph data source uses: the pooled undici client,
 * with in-flight dedupe of identical queries in front when switched on
 * (SUBGRAPH_DEDUPE, on by default). Layers such as timeouts and retries
 * wrap what this returns.
 */
import type { Fetcher } from '@apollo/utils.fetcher';
import { dedupeInFlight } from './dedupe.js';
import { createUndiciFetcher } from './undici.js';

export interface SubgraphFetcher extends Fetcher {
  close(): Promise<void>;
}

export function subgraphFetcher(options: { dedupe: boolean; idleSocketMs?: number }): SubgraphFetcher {
  const client = createUndiciFetcher(options.idleSocketMs === undefined ? {} : { idleSocketMs: options.idleSocketMs });
  const fetcher = options.dedupe ? dedupeInFlight(client) : client;
  return Object.assign((url: string, init?: Parameters<Fetcher>[1]) => fetcher(url, init), { close: client.close });
}
