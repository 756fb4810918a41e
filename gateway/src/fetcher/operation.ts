/**
 * The kind of operation a subgraph fetch belongs to. RemoteGraphQLDataSource
 * calls its fetcher with only a URL and a body, so the data source sets the
 * kind here before it sends and the fetcher reads it (no body parsing).
 */
import { AsyncLocalStorage } from 'node:async_hooks';
import type { OperationKind } from './policy.js';

const current = new AsyncLocalStorage<OperationKind>();

export function withOperationKind<T>(kind: OperationKind, work: () => Promise<T>): Promise<T> {
  return current.run(kind, work);
}

/** Unknown counts as a mutation, so it is never retried. */
export function operationKind(): OperationKind {
  return current.getStore() ?? 'mutation';
}
