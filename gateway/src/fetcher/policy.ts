/**
 * One subgraph's fetch policies (cockatiel), outermost first:
 *   in-flight dedupe of identical queries (dedupe.ts; SUBGRAPH_DEDUPE)
 *   ->  bulkhead (in-flight cap, a bounded queue)  ->  circuit breaker
 *   ->  timeout (the whole fetch, a retry included)
 *   ->  retry (queries only, once, on a refused or reset connection, with jitter)
 *   ->  the fetcher underneath.
 * Queries and mutations share the bulkhead and the breaker; only queries retry,
 * and mutations have their own, longer timeout (imports send whole files).
 * An open circuit closes after its cool-down through a request that gets
 * through, or sooner when the subgraph's readiness answers 200 (circuit-probe.ts).
 * The dedupe comes first so that a query joining one already on its way
 * costs nothing more: no slot in the cap, no timer, no count in the breaker
 * (under the benchmark's tiny query ~19 of 20 answers join, and the policies
 * were ~5% of the gateway's CPU).
 */
import {
  bulkhead,
  circuitBreaker,
  CircuitState,
  ConsecutiveBreaker,
  ExponentialBackoff,
  handleWhen,
  retry,
  timeout,
  TimeoutStrategy,
  wrap,
} from 'cockatiel';
import type { FetchTimeouts } from '../../../lib/resilience-config.js';
import type { Fetcher, FetcherResponse } from '@apollo/utils.fetcher';
import { closeWhenReady } from './circuit-probe.js';
import { dedupeInFlight } from './dedupe.js';
import { isConnectionError, isUnavailableStatus } from './failures.js';
import { operationKindOfBody } from './operation.js';

export type OperationKind = 'query' | 'mutation';
export type CircuitStatus = 'closed' | 'open' | 'half-open';

export interface PolicyOptions {
  timeouts: FetchTimeouts;
  retries: number;
  maxInFlight: number;
  breakerFailures: number;
  breakerCooldownMs: number;
  /** The subgraph's readiness URL: while its circuit is open it is probed, and a 200 closes the circuit. */
  readinessUrl?: string;
  /** Identical queries in flight share one fetch (SUBGRAPH_DEDUPE, on by default). */
  dedupe?: boolean;
}

/** How often an open circuit's subgraph is probed (at most; never more often than its cool-down). */
const PROBE_EVERY_MS = 500;

export interface SubgraphPolicy {
  /** The fetcher the data source calls: the policies for the kind of operation being sent (operation.ts). */
  fetcher: Fetcher;
  timeoutMs(kind: OperationKind): number;
  circuit(): CircuitStatus;
}

const CIRCUIT: Record<CircuitState, CircuitStatus> = {
  [CircuitState.Closed]: 'closed',
  [CircuitState.Open]: 'open',
  [CircuitState.HalfOpen]: 'half-open',
  [CircuitState.Isolated]: 'open',
};

/**
 * Cockatiel aborts a fetch's signal once it has returned, by default: that
 * makes a DOMException on every fetch, for nothing, since the answer is read
 * whole by then (undici.ts). A fetch that runs out of time is still aborted.
 */
const timeoutOf = (ms: number) => timeout(ms, { strategy: TimeoutStrategy.Aggressive, abortOnReturn: false });

export function subgraphPolicy(base: Fetcher, options: PolicyOptions): SubgraphPolicy {
  const inFlight = bulkhead(options.maxInFlight, options.maxInFlight);
  const failures = new ConsecutiveBreaker(options.breakerFailures);
  const breaker = circuitBreaker(
    handleWhen(() => true).orWhenResult((result) => isUnavailableStatus((result as FetcherResponse).status)),
    { halfOpenAfter: options.breakerCooldownMs, breaker: failures },
  );
  if (options.readinessUrl)
    closeWhenReady(breaker, failures, options.readinessUrl, Math.min(PROBE_EVERY_MS, options.breakerCooldownMs));
  const retryOnConnection = retry(handleWhen(isConnectionError), {
    maxAttempts: options.retries,
    // Jitter (decorrelated, the default generator) keeps many retries from arriving together.
    backoff: new ExponentialBackoff({ initialDelay: 10, maxDelay: 60 }),
  });
  const policies = {
    query: wrap(inFlight, breaker, timeoutOf(options.timeouts.query), retryOnConnection),
    mutation: wrap(inFlight, breaker, timeoutOf(options.timeouts.mutation)),
  };
  const guarded: Fetcher = (url, init) =>
    policies[operationKindOfBody(init?.body)].execute(({ signal }) => {
      const { signal: callerSignal, ...rest } = init ?? {};
      void callerSignal;
      return base(url, { ...rest, signal });
    });
  return {
    fetcher: options.dedupe ? dedupeInFlight(guarded) : guarded,
    timeoutMs: (kind) => options.timeouts[kind],
    circuit: () => CIRCUIT[breaker.state],
  };
}
