/**
 * Whether this replica shares its state through Redis right now, for
 * Prometheus (GET /metrics): read when scraped. Alerts belong on
 * `gateway_redis_up == 0`: the gateway keeps serving meanwhile, but each
 * replica counts rate limits alone and the response cache is skipped.
 */
import { Counter, Gauge } from 'prom-client';

export interface SharedStateStatus {
  /** The command connection to Redis is up. */
  redisUp(): boolean;
  /** Rate limits are counted in Redis (else by this replica alone). */
  rateLimitsShared(): boolean;
  /** The response cache is read and written in Redis, in step with the other replicas' changes (else skipped). */
  responseCacheShared(): boolean;
}

const sources = new Set<SharedStateStatus>();

new Gauge({
  name: 'gateway_redis_up',
  help: "1 while this gateway replica's connection to Redis (REDIS_URL) is up, 0 while it is down; absent without REDIS_URL",
  collect() {
    this.reset();
    for (const source of sources) this.set(source.redisUp() ? 1 : 0);
  },
});

new Gauge({
  name: 'gateway_shared_state',
  help: 'By part (rate_limits, response_cache): 1 while shared with the other replicas through Redis, 0 while this replica falls back to itself (rate limits counted per replica, response cache skipped)',
  labelNames: ['part'] as const,
  collect() {
    this.reset();
    for (const source of sources) {
      this.set({ part: 'rate_limits' }, source.rateLimitsShared() ? 1 : 0);
      this.set({ part: 'response_cache' }, source.responseCacheShared() ? 1 : 0);
    }
  },
});

const outages = new Counter({
  name: 'gateway_redis_disconnects_total',
  help: 'Times this gateway replica lost its connection to Redis (it fell back to per-replica state each time)',
});

/** Reports `source` at GET /metrics until the returned function is called. */
export function reportSharedState(source: SharedStateStatus): () => void {
  sources.add(source);
  return () => sources.delete(source);
}

export function countRedisDisconnect(): void {
  outages.inc();
}
