/**
 * Rate-limit counters shared by every gateway replica through Redis
 * (rate-limit-redis), falling back to this replica's own counters
 * (express-rate-limit's MemoryStore) while Redis is unreachable, and back to
 * Redis when it returns. A caller is never refused because Redis is down;
 * during the outage each replica counts on its own.
 */
import { MemoryStore, type ClientRateLimitInfo, type Options, type Store } from 'express-rate-limit';
import { RedisStore, type RedisReply } from 'rate-limit-redis';
import type { SharedRedis } from './redis.js';

export class SharedRateLimitStore implements Store {
  readonly prefix: string;
  readonly localKeys = false;
  private readonly redis: RedisStore;
  private readonly memory = new MemoryStore();
  private options: Options | undefined;

  constructor(
    private readonly shared: SharedRedis,
    prefix = 'civic:rl:',
  ) {
    this.prefix = prefix;
    this.redis = new RedisStore({
      prefix,
      sendCommand: (command: string, ...args: string[]) => shared.client.call(command, ...args) as Promise<RedisReply>,
    });
  }

  init(options: Options): void {
    this.options = options;
    this.memory.init(options);
    // The scripts are loaded again on every (re)connection: a failed first load would otherwise stick.
    this.shared.onReady(() => void this.redis.init(options).catch(() => undefined));
  }

  private async either<T>(viaRedis: (store: RedisStore) => Promise<T>, viaMemory: (store: MemoryStore) => Promise<T>) {
    if (this.shared.status() === 'up' && this.options) {
      try {
        return await viaRedis(this.redis);
      } catch {
        // Redis went away mid-command: this request is counted here instead.
      }
    }
    return viaMemory(this.memory);
  }

  increment(key: string): Promise<ClientRateLimitInfo> {
    return this.either(
      (s) => s.increment(key),
      (s) => s.increment(key),
    );
  }

  decrement(key: string): Promise<void> {
    return this.either(
      (s) => s.decrement(key),
      (s) => s.decrement(key),
    );
  }

  resetKey(key: string): Promise<void> {
    return this.either(
      (s) => s.resetKey(key),
      (s) => s.resetKey(key),
    );
  }

  get(key: string): Promise<ClientRateLimitInfo | undefined> {
    return this.either(
      (s) => s.get(key),
      (s) => s.get(key),
    );
  }

  shutdown(): void {
    this.memory.shutdown();
  }
}
