/**
 * The response cache's store shared by every replica: Apollo's KeyValueCache
 * over Redis through Keyv (@apollo/utils.keyvadapter + @keyv/redis, Apollo's
 * documented route; reads in the same tick go out as one MGET).
 *
 * While Redis is away, or this replica is not in step with the other
 * replicas' changes (`inStep`), the store holds nothing: every read is
 * answered by the subgraphs. A per-replica copy would not hear the other
 * replicas' changes and could serve a stale answer; a slower answer is the
 * lesser harm.
 */
import { KeyvAdapter } from '@apollo/utils.keyvadapter';
import KeyvRedis, { createClient } from '@keyv/redis';
import { Keyv } from 'keyv';

/** Apollo's KeyValueCache, as the response-cache plugin uses it. */
export interface SharedResponseStore {
  get(key: string): Promise<string | undefined>;
  set(key: string, value: string, options?: { ttl?: number | null }): Promise<void>;
  delete(key: string): Promise<boolean | void>;
  /** Whether reads and writes go to Redis now (else the cache is skipped). */
  usable(): boolean;
  close(): Promise<void>;
}

/** The adapter (CommonJS) names Keyv's CommonJS typings; the instance is the same class, loaded as ESM here. */
type AdapterKeyv = ConstructorParameters<typeof KeyvAdapter<string>>[0];

export function sharedResponseStore(url: string, inStep: () => boolean): SharedResponseStore {
  const client = createClient({
    url,
    // Fail at once while disconnected (the cache is skipped), reconnect for ever like the other connection.
    disableOfflineQueue: true,
    socket: { connectTimeout: 1_000, reconnectStrategy: (retries: number) => Math.min(retries * 100, 2_000) },
  });
  client.on('error', () => undefined); // the state is reported by the command connection (redis.ts)
  void client.connect().catch(() => undefined);
  const store = new KeyvRedis<string>(client, {
    namespace: 'civic:rc',
    throwOnConnectError: false,
    throwOnErrors: true,
  });
  const keyv = new Keyv<string>({ store, namespace: 'civic:rc', useKeyPrefix: false, throwOnErrors: true });
  keyv.on('error', () => undefined);
  const adapter = new KeyvAdapter<string>(keyv as unknown as AdapterKeyv);
  const usable = () => client.isReady && inStep();

  return {
    async get(key) {
      if (!usable()) return undefined;
      return adapter.get(key).catch(() => undefined);
    },
    async set(key, value, options) {
      if (!usable()) return;
      await adapter.set(key, value, options).catch(() => undefined);
    },
    async delete(key) {
      if (!usable()) return false;
      return adapter.delete(key).catch(() => false);
    },
    usable,
    async close() {
      client.destroy();
    },
  };
}
