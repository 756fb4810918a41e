/**
 * What the gateway replicas share when REDIS_URL is set: the per-caller rate
 * limits, the response cache and the change events that invalidate it. Each
 * part falls back to this replica alone while Redis is away (see the modules)
 * and shares again when it is back. Without REDIS_URL there is nothing here.
 */
import type { InvalidationBus } from '../../../lib/events/changes.js';
import { NotReadyError, type Readiness } from '../../../lib/graphql/http.js';
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
  /** The shared store of the response cache; none with RESPONSE_CACHE=off (no connection is opened for it). */
  responseCache?: { store: SharedResponseStore; generation: () => number | undefined };
  /** What is shared right now and what has fallen back to this replica. */
  status(): SharedStateReport;
  /**
   * The gateway's readiness with `sharedState` added. Redis down does not
   * make a replica unready (it keeps serving on its own), only "degraded".
   */
  readiness(check: () => Promise<Readiness>): Promise<Readiness>;
  close(): Promise<void>;
}

export interface SharedStateReport {
  redis: 'up' | 'down';
  rateLimits: 'shared' | 'per-replica';
  responseCache: 'shared' | 'skipped' | 'off';
}

export function connectSharedState(
  url: string,
  logger: Logger,
  localBus: InvalidationBus,
  options: { responseCache: boolean },
): SharedState {
  const redis = connectRedis(url, logger);
  const bus = createRedisBus(redis, logger, localBus);
  const store = options.responseCache ? sharedResponseStore(url, () => bus.sequence() !== undefined) : undefined;
  const up = () => redis.status() === 'up';
  const cacheShared = () => store?.usable() ?? false;
  const unreport = reportSharedState({ redisUp: up, rateLimitsShared: up, responseCacheShared: cacheShared });
  const status = (): SharedStateReport => ({
    redis: redis.status(),
    rateLimits: up() ? 'shared' : 'per-replica',
    responseCache: !store ? 'off' : cacheShared() ? 'shared' : 'skipped',
  });
  return {
    redis,
    bus,
    rateLimitStore: new SharedRateLimitStore(redis),
    ...(store ? { responseCache: { store, generation: bus.sequence } } : {}),
    status,
    readiness: async (check) => {
      const sharedState = status();
      try {
        const report = await check();
        return { ...report, status: sharedState.redis === 'up' ? report.status : 'degraded', sharedState };
      } catch (error) {
        if (error instanceof NotReadyError) throw new NotReadyError(error.message, { ...error.details, sharedState });
        throw error;
      }
    },
    close: async () => {
      unreport();
      bus.close();
      await Promise.all([store?.close(), redis.close()]);
    },
  };
}
