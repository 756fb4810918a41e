/**
 * Change events carried between gateway replicas by Redis pub/sub, so a
 * change through any replica (a mutation, or a CLI's announcement to one of
 * them) invalidates the response cache of every replica before it is
 * acknowledged: `publish` resolves once every subscriber Redis delivered the
 * event to has confirmed it (or after a second, logged).
 *
 * Each change also moves a counter in Redis (the change sequence); the shared
 * response cache files answers under it, so all replicas read and write the
 * same entries and a change retires all of them at once. A replica trusts its
 * copy of the sequence only while both of its connections are up and it has
 * re-synchronised since the last one dropped; re-synchronising moves the
 * sequence on (announced like a change), because changes made while it was
 * cut off were heard by nobody. A check every second catches a message lost
 * without the connection noticing.
 */
import { randomUUID } from 'node:crypto';
import { SUBGRAPH_NAMES } from '../../../lib/config.js';
import { createLocalBus, type ChangeEvent, type InvalidationBus } from '../../../lib/events/changes.js';
import type { Logger } from '../../../lib/logger.js';
import type { SharedRedis } from './redis.js';

const CHANNEL = 'civic:changes';
const ACKS = 'civic:changes:acks';
const SEQUENCE = 'civic:changes:sequence';
const ACK_TIMEOUT_MS = 1_000;
const CHECK_EVERY_MS = 1_000;

interface Wire {
  origin: string;
  id: string;
  sequence: number;
  event: ChangeEvent;
}

export interface SharedChangeBus extends InvalidationBus {
  /** The change sequence shared by the replicas, or undefined while this replica is not in step with Redis. */
  sequence(): number | undefined;
  close(): void;
}

function parseWire(text: string): Wire | undefined {
  try {
    const wire = JSON.parse(text) as Partial<Wire>;
    if (typeof wire.id === 'string' && typeof wire.sequence === 'number' && Array.isArray(wire.event?.subgraphs))
      return wire as Wire;
  } catch {
    // not ours: ignored
  }
  return undefined;
}

/**
 * `inner` delivers within this process (and, in a worker, to the sibling
 * workers): a listener may hear a sibling's change twice, which is harmless.
 */
// eslint-disable-next-line max-lines-per-function -- one closure holds the replica's view of the sequence, which every handler below reads and moves
export function createRedisBus(shared: SharedRedis, logger: Logger, inner = createLocalBus()): SharedChangeBus {
  const origin = randomUUID();
  const listeners = new Set<(event: ChangeEvent) => void>();
  const pending = new Map<string, { needed: number; got: number; done: () => void }>();
  const subscriber = shared.subscriber();
  let sequence = 0;
  let synced = false;
  let syncing: Promise<void> | undefined;

  const acknowledged = (id: string) => {
    const entry = pending.get(id);
    if (entry && (entry.got += 1) >= entry.needed) entry.done();
  };

  /**
   * INCR the sequence, tell every replica, wait for their confirmations.
   * Re-synchronising takes Redis's value as it is: after a restart it starts
   * again from 1, and a higher copy kept here would never move again.
   */
  const broadcast = async (event: ChangeEvent, resyncing = false): Promise<void> => {
    const next = await shared.client.incr(SEQUENCE);
    sequence = resyncing ? next : Math.max(sequence, next);
    const id = randomUUID();
    let timer: NodeJS.Timeout | undefined;
    const confirmed = new Promise<void>((resolve) => {
      pending.set(id, { needed: Number.POSITIVE_INFINITY, got: 0, done: resolve });
      timer = setTimeout(() => {
        const entry = pending.get(id);
        logger.warn({ event, confirmed: entry?.got, expected: entry?.needed }, 'not every replica confirmed a change');
        resolve();
      }, ACK_TIMEOUT_MS);
    });
    try {
      const wire: Wire = { origin, id, sequence: next, event };
      const receivers = await shared.client.publish(CHANNEL, JSON.stringify(wire));
      const entry = pending.get(id)!;
      entry.needed = receivers;
      if (entry.got >= receivers) entry.done();
      await confirmed;
    } finally {
      clearTimeout(timer);
      pending.delete(id);
    }
  };

  const resync = () => {
    syncing ??= (async () => {
      try {
        await subscriber.subscribe(CHANNEL, ACKS);
        synced = false;
        // Whatever happened while this replica was cut off, nobody heard it: everything cached so far is retired.
        await broadcast({ source: 'redis-reconnect', subgraphs: [...SUBGRAPH_NAMES] }, true);
        synced = true;
      } catch (error) {
        logger.warn({ err: error }, 'could not re-synchronise the change sequence with redis; will retry');
      } finally {
        syncing = undefined;
      }
    })();
  };

  subscriber.on('message', (channel: string, text: string) => {
    if (channel === ACKS) return acknowledged(text);
    const wire = channel === CHANNEL ? parseWire(text) : undefined;
    if (!wire) return;
    if (wire.origin !== origin) {
      sequence = Math.max(sequence, wire.sequence);
      for (const listener of listeners) listener(wire.event);
    }
    void shared.client.publish(ACKS, wire.id).catch(() => undefined);
  });
  subscriber.on('ready', resync);
  const lost = () => {
    synced = false;
  };
  subscriber.on('close', lost);
  subscriber.on('reconnecting', lost);
  shared.onReady(resync);

  // Catches a change message lost without the connection noticing, and a Redis restarted behind our back.
  const check = setInterval(() => {
    if (shared.status() !== 'up' || subscriber.status !== 'ready') return;
    if (!synced) return resync();
    shared.client.get(SEQUENCE).then(
      (value) => {
        const current = Number(value ?? 0);
        if (current > sequence) {
          logger.warn({ sequence, current }, 'a change message from another replica was missed; caught up');
          sequence = current;
        } else if (current < sequence) resync();
      },
      () => undefined,
    );
  }, CHECK_EVERY_MS);
  check.unref();

  return {
    async publish(event) {
      await inner.publish(event);
      if (shared.status() !== 'up') return;
      try {
        await broadcast(event);
      } catch (error) {
        // The other replicas could not be told: this one must re-synchronise (which retires every cached answer).
        synced = false;
        logger.warn({ err: error, event }, 'a change could not be broadcast through redis');
      }
    },
    subscribe(listener) {
      listeners.add(listener);
      const unsubscribeInner = inner.subscribe(listener);
      return () => {
        listeners.delete(listener);
        unsubscribeInner();
      };
    },
    sequence: () => (synced && shared.status() === 'up' && subscriber.status === 'ready' ? sequence : undefined),
    close: () => clearInterval(check),
  };
}
