/**
 * Changes to the data, announced to whoever keeps copies of answers (the
 * gateway's response cache). The bus is an interface so that a deployment
 * can carry the events between machines (Redis pub/sub, say) without the
 * publishers or the cache changing: `publish` resolves once every
 * subscriber it reaches has applied the event.
 */
import type { SubgraphName } from '../config.js';

export interface ChangeEvent {
  /** What made the change: "api", "cli:import-iati", "cli:seed", ... */
  source: string;
  /** The subgraphs whose data changed. */
  subgraphs: readonly SubgraphName[];
}

export interface InvalidationBus {
  publish(event: ChangeEvent): Promise<void>;
  /** Returns the function that unsubscribes. */
  subscribe(listener: (event: ChangeEvent) => void): () => void;
}

/** The bus within one process. */
export function createLocalBus(): InvalidationBus {
  const listeners = new Set<(event: ChangeEvent) => void>();
  return {
    async publish(event) {
      for (const listener of listeners) listener(event);
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
