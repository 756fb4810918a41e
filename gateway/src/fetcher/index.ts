/**
 * The fetcher every subgraph data source uses underneath: the pooled undici
 * client. Each subgraph's policies and the in-flight dedupe in front of them
 * (policy.ts) wrap what this returns.
 */
import type { Fetcher } from '@apollo/utils.fetcher';
import { createUndiciFetcher } from './undici.js';

export interface SubgraphFetcher extends Fetcher {
  close(): Promise<void>;
}

export function subgraphFetcher(options: { idleSocketMs?: number }): SubgraphFetcher {
  const client = createUndiciFetcher(options.idleSocketMs === undefined ? {} : { idleSocketMs: options.idleSocketMs });
  return Object.assign((url: string, init?: Parameters<Fetcher>[1]) => client(url, init), { close: client.close });
}
