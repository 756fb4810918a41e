/**
 * What is learnt about one HTTP request while it runs, for its log line and
 * its metrics: the operation, the subgraph fetches (gateway), the SQL
 * statements (subgraphs), the outcome.
 *
 * The GraphQL context of a request points to its observation (under a
 * symbol, so no service's context type changes). SQL statements are sent far from any
 * context (loaders, services), so a subgraph also carries the observation in
 * an AsyncLocalStorage; that storage is entered only in processes that have
 * a database client, so the gateway pays nothing for it.
 */
import { AsyncLocalStorage } from 'node:async_hooks';
import type { Span } from '@opentelemetry/api';

export interface RequestObservation {
  requestId: string;
  /** performance.now() when the request arrived. */
  started: number;
  traceId?: string;
  /** The request's span, when tracing is on. */
  span?: Span;
  operationName?: string;
  operationType?: string;
  /** GraphQL operations in the request (a batch has several). */
  operations: number;
  /** The first error code, if any. */
  outcome?: string;
  subgraphFetches: number;
  sqlStatements: number;
  /** Who asked (role), once authenticated. */
  role?: string;
}

export function newObservation(requestId: string, traceId: string | undefined): RequestObservation {
  return {
    requestId,
    started: performance.now(),
    ...(traceId ? { traceId } : {}),
    operations: 0,
    subgraphFetches: 0,
    sqlStatements: 0,
  };
}

/**
 * The key under which a GraphQL context carries its observation. A symbol, enumerable, so Apollo's
 * per-request copy of the context keeps it while JSON and the services' own code never see it.
 */
const OBSERVATION = Symbol('civic-graph.observation');

export function attachObservation(contextValue: object, observation: RequestObservation | undefined): void {
  if (observation) (contextValue as Record<symbol, unknown>)[OBSERVATION] = observation;
}

export function observationOf(contextValue: unknown): RequestObservation | undefined {
  return typeof contextValue === 'object' && contextValue !== null
    ? ((contextValue as Record<symbol, RequestObservation | undefined>)[OBSERVATION] ?? undefined)
    : undefined;
}

const current = new AsyncLocalStorage<RequestObservation>();
let sqlCounted = false;

/** Called by the database client factory: this process sends SQL, so requests carry their observation to it. */
export function countSqlPerRequest(): void {
  sqlCounted = true;
}

export function runWithObservation<T>(observation: RequestObservation, work: () => T): T {
  return sqlCounted ? current.run(observation, work) : work();
}

/** The observation of the request whose work is running now, in a process that sends SQL. */
export function currentObservation(): RequestObservation | undefined {
  return sqlCounted ? current.getStore() : undefined;
}
