/**
 * GATEWAY_WORKERS > 1: the gateway as several worker processes (node:cluster)
 * sharing one port. The workers are alike and keep no state that matters
 * across requests but their response caches; the primary only forks them,
 * replaces one that dies, and relays change events: a change announced in
 * one worker is applied by every worker before its `publish` resolves.
 * (The per-caller rate limit is counted per worker.)
 */
import cluster, { type Worker } from 'node:cluster';
import { randomUUID } from 'node:crypto';
import type { ChangeEvent, InvalidationBus } from '../../lib/events/changes.js';
import { isListeningMessage, reportListening } from '../../lib/listening.js';
import type { Logger } from '../../lib/logger.js';

type Message =
  | { type: 'civic-change'; id: string; event: ChangeEvent }
  | { type: 'civic-change-apply'; id: string; event: ChangeEvent }
  | { type: 'civic-change-ack'; id: string }
  | { type: 'civic-change-done'; id: string };

const isMessage = (value: unknown): value is Message =>
  typeof value === 'object' && value !== null && String((value as { type?: unknown }).type).startsWith('civic-change');

/** How long a worker waits for the others to apply a change before going on. */
const RELAY_TIMEOUT_MS = 1_000;

/** Runs in the primary: forks the workers and relays change events until stopped. */
export function runPrimary(workers: number, logger: Logger): void {
  let stopping = false;
  const pending = new Map<string, { origin: Worker; waiting: Set<number> }>();
  const relay = (from: Worker, message: Message) => {
    if (message.type === 'civic-change') {
      const live = Object.values(cluster.workers ?? {}).filter((w): w is Worker => Boolean(w?.isConnected()));
      pending.set(message.id, { origin: from, waiting: new Set(live.map((w) => w.id)) });
      for (const worker of live) worker.send({ type: 'civic-change-apply', id: message.id, event: message.event });
    } else if (message.type === 'civic-change-ack') {
      const entry = pending.get(message.id);
      entry?.waiting.delete(from.id);
      if (entry && entry.waiting.size === 0) {
        pending.delete(message.id);
        if (entry.origin.isConnected()) entry.origin.send({ type: 'civic-change-done', id: message.id });
      }
    }
  };
  let reported = false;
  const fork = () => {
    const worker = cluster.fork();
    worker.on('message', (message: unknown) => {
      if (isMessage(message)) relay(worker, message);
      // The workers share one port: the first to listen tells whoever started the gateway where it is.
      else if (isListeningMessage(message) && !reported) {
        reported = true;
        reportListening(message.service, message);
      }
    });
    // A worker that dies is no longer awaited by changes in flight.
    worker.on('exit', (code, signal) => {
      for (const [id, entry] of pending) {
        entry.waiting.delete(worker.id);
        if (entry.waiting.size === 0) {
          pending.delete(id);
          if (entry.origin.isConnected()) entry.origin.send({ type: 'civic-change-done', id });
        }
      }
      if (stopping) return;
      logger.error({ worker: worker.id, code, signal }, 'a gateway worker stopped; starting another');
      fork();
    });
  };
  for (let i = 0; i < workers; i += 1) fork();
  logger.info({ workers }, 'gateway workers started');
  const stop = () => {
    if (stopping) return;
    stopping = true;
    const all = Object.values(cluster.workers ?? {}).filter((w): w is Worker => Boolean(w));
    let left = all.length;
    if (left === 0) process.exit(0);
    for (const worker of all) {
      worker.once('exit', () => (left -= 1) === 0 && process.exit(0));
      worker.process.kill('SIGTERM');
    }
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

/** Runs in a worker: the bus whose events reach every worker through the primary. */
export function workerBus(): InvalidationBus {
  const listeners = new Set<(event: ChangeEvent) => void>();
  const waiting = new Map<string, () => void>();
  process.on('message', (message: unknown) => {
    if (!isMessage(message)) return;
    if (message.type === 'civic-change-apply') {
      for (const listener of listeners) listener(message.event);
      process.send?.({ type: 'civic-change-ack', id: message.id });
    } else if (message.type === 'civic-change-done') {
      waiting.get(message.id)?.();
    }
  });
  return {
    async publish(event) {
      const id = randomUUID();
      // This worker applies the change at once; the others through the primary.
      for (const listener of listeners) listener(event);
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, RELAY_TIMEOUT_MS);
        waiting.set(id, () => {
          clearTimeout(timer);
          resolve();
        });
        process.send?.({ type: 'civic-change', id, event });
      });
      waiting.delete(id);
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
