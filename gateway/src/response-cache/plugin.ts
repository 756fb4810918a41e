/**
 * The response cache for reads, with Apollo's response-cache plugin: whole
 * answers kept in memory, keyed by the query text, operation name,
 * variables, the caller's rights (role and, for donors, organization) and
 * language. Lifetimes come from the subgraphs' cache hints (their
 * Cache-Control headers, read by @apollo/gateway); a field under @access
 * hints maxAge 0 in its subgraph, so personal and restricted data is never
 * kept. Answers with errors are never kept.
 *
 * Every change event empties the cache and moves it to a new generation:
 * the generation is part of the key, taken when a request starts, so an
 * answer computed before a change is filed under the old generation and
 * never served after it.
 *
 * With REDIS_URL the replicas share one store in Redis and the generation is
 * the change sequence kept there (shared-state/change-bus.ts): a change on
 * any replica moves it for all of them.
 */
import type { ApolloServerPlugin, BaseContext } from '@apollo/server';
import responseCachePlugin from '@apollo/server-plugin-response-cache';
import { LRUCache } from 'lru-cache';
import type { InvalidationBus } from '../../../lib/events/changes.js';
import { recordCacheLookup } from '../../../lib/observability/metrics.js';
import type { Viewer } from '../../../lib/auth/viewer.js';
import type { SharedResponseStore } from '../shared-state/response-store.js';

interface CachingContext extends BaseContext {
  viewer: Viewer;
  acceptLanguage?: string;
}

export interface ResponseCacheOptions {
  bus: InvalidationBus;
  /** Memory for cached answers, in bytes of JSON text (default 64 MB). */
  maxBytes?: number;
  /** The store shared by every replica, and the generation they share (undefined: the store is skipped, see response-store.ts). */
  shared?: { store: SharedResponseStore; generation: () => number | undefined };
}

/** Apollo's KeyValueCache over lru-cache, bounded by the size of the stored text. */
class MemoryStore {
  readonly entries: LRUCache<string, string>;

  constructor(maxBytes: number) {
    this.entries = new LRUCache<string, string>({
      maxSize: maxBytes,
      sizeCalculation: (value, key) => value.length + key.length,
    });
  }

  async get(key: string): Promise<string | undefined> {
    // Apollo's plugin looks up each query once (no per-session keys here): the hit ratio's counts.
    const value = this.entries.get(key);
    recordCacheLookup(value !== undefined);
    return value;
  }

  async set(key: string, value: string, options?: { ttl?: number | null }): Promise<void> {
    this.entries.set(key, value, options?.ttl ? { ttl: options.ttl * 1000 } : {});
  }

  async delete(key: string): Promise<boolean> {
    return this.entries.delete(key);
  }
}

export function responseCache<TContext extends CachingContext>(
  options: ResponseCacheOptions,
): ApolloServerPlugin<TContext> {
  const cache = options.shared?.store ?? new MemoryStore(options.maxBytes ?? 64 * 1024 * 1024);
  const memory = cache instanceof MemoryStore ? cache : undefined;
  let generation = 0;
  options.bus.subscribe(() => {
    generation += 1;
    memory?.entries.clear();
  });
  // A request that starts out of step with Redis files its answer under `null`, which no read in step ever asks for.
  const currentGeneration = options.shared ? () => options.shared?.generation() ?? null : () => generation;
  const plugin = responseCachePlugin<TContext>({
    cache,
    // The caller's rights: what they may see depends on their role, and for donors on their organization.
    extraCacheKeyData: async ({ contextValue }) => ({
      generation: currentGeneration(),
      role: contextValue.viewer.role,
      organization: contextValue.viewer.role === 'donor' ? contextValue.viewer.organization : null,
      language: contextValue.acceptLanguage ?? null,
    }),
  });
  return plugin;
}
