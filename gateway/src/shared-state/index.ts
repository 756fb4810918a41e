/**
 * What the gateway replicas share when REDIS_URL is set: the per-caller rate
 * limits, the response cache and the change events that invalidate it. Each
 * part falls back to this replica alone while Redis is away (see the modules)
 * and shares again when it is back. Without REDIS_URL there is nothing here.
 */
import type { InvalidationBus } from '../../../lib/events/changes.js';
import type { Logger } from '../../../lib/logger.js';
import { createRedisBus } from './change-bus.js';
import { SharedRateLimitStore } from './rate-limit-store.js';
import { reportSharedState } from './metrics.js';
import { connectRedis, type SharedRedis } from './redis.js';
import { sharedResponseStore, type SharedResponseStore } from './response-store.js';

export interface SharedState {
  redis: SharedRedis;
  bus: InvalidationBus;
  rateLimitStore: SharedRateLimitStore;
  responseCache: { store: SharedResponseStore; generation: () => number | undefined };
  /** For readiness: what is shared right now and what has fallen back to this replica. */
  status(): SharedStateReport;
  close(): Promise<void>;
}

export interface SharedStateReport {
  redis: 'up' | 'down';
  rateLimits: 'shared' | 'per-replica';
  responseCache: 'shared' | 'skipped';
}

export function connectSharedState(url: string, logger: Logger, localBus: InvalidationBus): SharedState {
  const redis = connectRedis(url, logger);
  const bus = createRedisBus(redis, logger, localBus);
  const store = sharedResponseStore(url, () => bus.sequence() !== undefined);
  const up = () => redis.status() === 'up';
  const unreport = reportSharedState({ redisUp: up, rateLimitsShared: up, responseCacheShared: store.usable });
  return {
    redis,
    bus,
    rateLimitStore: new SharedRateLimitStore(redis),
    responseCache: { store, generation: bus.sequence },
    status: () => ({
      redis: redis.status(),
      rateLimits: up() ? 'shared' : 'per-replica',
      responseCache: store.usable() ? 'shared' : 'skipped',
    }),
    close: async () => {
      unreport();
      bus.close();
      await Promise.all([store.close(), redis.close()]);
    },
  };
}
