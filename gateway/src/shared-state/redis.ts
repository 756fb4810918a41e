/**
 * The gateway replicas' shared state lives in Redis when REDIS_URL is set.
 * One connection per process (ioredis), which fails fast while Redis is away
 * (no offline queue, one try per command) so callers fall back to their
 * per-replica state at once instead of waiting, and reconnects by itself.
 * Whether Redis is up is visible to readiness and metrics through `status()`.
 */
import { Redis } from 'ioredis';
import type { Logger } from '../../../lib/logger.js';
import { countRedisDisconnect } from './metrics.js';

export type RedisStatus = 'up' | 'down';

export interface SharedRedis {
  /** Commands; rejects at once while Redis is unreachable. */
  readonly client: Redis;
  status(): RedisStatus;
  /** Called each time the connection becomes usable again (also the first time). */
  onReady(listener: () => void): void;
  /** A second connection in subscriber mode (pub/sub needs its own), made on first use. */
  subscriber(): Redis;
  close(): Promise<void>;
}

const OPTIONS = {
  enableOfflineQueue: false,
  maxRetriesPerRequest: 0,
  connectTimeout: 1_000,
  // Reconnect quickly at first, then every 2 s, for ever: Redis coming back is noticed within 2 s.
  retryStrategy: (attempt: number) => Math.min(attempt * 100, 2_000),
  lazyConnect: false,
} as const;

export function connectRedis(url: string, logger: Logger): SharedRedis {
  const client = new Redis(url, OPTIONS);
  let status: RedisStatus = 'down';
  const listeners: (() => void)[] = [];
  let subscriber: Redis | undefined;

  client.on('ready', () => {
    if (status === 'down') logger.info('redis connected: rate limits and response cache are shared by every replica');
    status = 'up';
    for (const listener of listeners) listener();
  });
  const down = (error?: Error) => {
    if (status === 'up') {
      countRedisDisconnect();
      logger.warn(
        { err: error },
        'redis unreachable: rate limits and the response cache fall back to this replica alone until it returns',
      );
    }
    status = 'down';
  };
  client.on('error', (error: Error) => down(error));
  client.on('close', () => down());

  return {
    client,
    status: () => status,
    onReady: (listener) => {
      listeners.push(listener);
      if (status === 'up') listener();
    },
    subscriber: () => {
      if (!subscriber) {
        // Subscriptions are replayed by ioredis after a reconnect; an offline queue is harmless here.
        subscriber = new Redis(url, { ...OPTIONS, enableOfflineQueue: true, maxRetriesPerRequest: null });
        subscriber.on('error', () => undefined); // reported through the command connection's status
      }
      return subscriber;
    },
    close: async () => {
      client.disconnect();
      subscriber?.disconnect();
    },
  };
}
