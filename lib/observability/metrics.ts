/**
 * Prometheus metrics (prom-client), served at GET /metrics by every service.
 *
 * Recording costs a label lookup and a bucket increment per request; pool
 * use is read only when Prometheus scrapes. Labels are bounded: operation
 * names beyond the first MAX_OPERATION_NAMES seen share the label "other",
 * so a caller inventing names cannot grow the series without end.
 */
import { timingSafeEqual } from 'node:crypto';
import type { RequestHandler } from 'express';
import { collectDefaultMetrics, Counter, Gauge, Histogram, register } from 'prom-client';

const MAX_OPERATION_NAMES = 200;

// Seconds: from a cached public read (~1 ms) to a large import (tens of seconds).
const BUCKETS = [0.002, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30];

const requestDuration = new Histogram({
  name: 'http_server_request_duration_seconds',
  help: 'GraphQL HTTP requests (POST/GET /graphql), by operation name (named operations; "anonymous", "batch", "unknown" before the operation is known, "other" beyond the first 200 names), operation type and outcome ("ok" or the first error code)',
  labelNames: ['operation', 'type', 'outcome'] as const,
  buckets: BUCKETS,
});

const subgraphDuration = new Histogram({
  name: 'subgraph_request_duration_seconds',
  help: "The gateway's requests to each subgraph, by subgraph and outcome (ok, graphql_error: an answer with errors, error: no usable answer)",
  labelNames: ['subgraph', 'outcome'] as const,
  buckets: BUCKETS,
});

const sqlStatements = new Counter({
  name: 'db_client_statements_total',
  help: 'SQL statements sent to PostgreSQL, by database',
  labelNames: ['database'] as const,
});

const cacheLookups = new Counter({
  name: 'gateway_response_cache_lookups_total',
  help: "The gateway's response cache: one lookup per query, by result (hit: answered from the cache; miss: computed). Hit ratio: hit / (hit + miss)",
  labelNames: ['result'] as const,
});

/** One lookup of the gateway's response cache. */
export function recordCacheLookup(hit: boolean): void {
  cacheLookups.inc({ result: hit ? 'hit' : 'miss' });
}

/** Each subgraph's circuit as the gateway's breaker sees it (closed, open, half-open). */
let circuits: () => Iterable<[string, string]> = () => [];

new Gauge({
  name: 'gateway_subgraph_circuit_state',
  help: "The gateway's circuit breaker for each subgraph: 1 for its current state (closed: calls go through; open: the subgraph's fields are skipped; half-open: one trial call), 0 for the others",
  labelNames: ['subgraph', 'state'] as const,
  collect() {
    this.reset();
    for (const [subgraph, current] of circuits())
      for (const state of ['closed', 'open', 'half-open']) this.set({ subgraph, state }, state === current ? 1 : 0);
  },
});

/** Where the circuits are read at each scrape (the gateway's policies; the last registered wins). */
export function observeCircuits(read: () => Iterable<[string, string]>): void {
  circuits = read;
}

/** What a connection pool reports of itself (pg.Pool). */
export interface PoolState {
  totalCount: number;
  idleCount: number;
  waitingCount: number;
}

/** By database and use (a subgraph reads on one pool and writes on another), each use's latest pool. */
const pools = new Map<string, { database: string; pool: PoolState }>();

new Gauge({
  name: 'db_client_connections',
  help: 'Database connections of this process by database and state: idle, used, and requests waiting for one (pending)',
  labelNames: ['database', 'state'] as const,
  collect() {
    this.reset();
    const sums = new Map<string, { idle: number; used: number; pending: number }>();
    for (const { database, pool } of pools.values()) {
      const sum = sums.get(database) ?? { idle: 0, used: 0, pending: 0 };
      sum.idle += pool.idleCount;
      sum.used += pool.totalCount - pool.idleCount;
      sum.pending += pool.waitingCount;
      sums.set(database, sum);
    }
    for (const [database, sum] of sums) {
      this.set({ database, state: 'idle' }, sum.idle);
      this.set({ database, state: 'used' }, sum.used);
      this.set({ database, state: 'pending' }, sum.pending);
    }
  },
});

let defaultsCollected = false;
/** Process metrics (CPU, memory, event-loop lag, GC, handles), once per process. */
export function collectProcessMetrics(): void {
  if (defaultsCollected) return;
  defaultsCollected = true;
  collectDefaultMetrics();
}

const operationNames = new Set<string>();

/** The operation label: the name while fewer than MAX_OPERATION_NAMES names have been seen, else "other". */
export function operationLabel(name: string): string {
  if (operationNames.has(name)) return name;
  if (operationNames.size >= MAX_OPERATION_NAMES) return 'other';
  operationNames.add(name);
  return name;
}

/**
 * Each label combination's series, looked up once: prom-client hashes the
 * labels object on every observe, which a request would otherwise pay. The
 * combinations are bounded (operation names are, types and outcomes are few).
 */
function seriesCache<T>(make: (labels: string[]) => T): (...labels: string[]) => T {
  const series = new Map<string, T>();
  return (...labels) => {
    const key = labels.join('\u0000');
    let found = series.get(key);
    if (!found) series.set(key, (found = make(labels)));
    return found;
  };
}

const requestSeries = seriesCache(([operation, type, outcome]) =>
  requestDuration.labels({ operation: operation!, type: type!, outcome: outcome! }),
);
const subgraphSeries = seriesCache(([subgraph, outcome]) =>
  subgraphDuration.labels({ subgraph: subgraph!, outcome: outcome! }),
);

export function observeRequest(labels: { operation: string; type: string; outcome: string }, seconds: number): void {
  requestSeries(labels.operation, labels.type, labels.outcome).observe(seconds);
}

export function observeSubgraphFetch(subgraph: string, outcome: string, seconds: number): void {
  subgraphSeries(subgraph, outcome).observe(seconds);
}

/** Returns the counter of one database's statements, to increment per statement without a label lookup. */
export function sqlStatementCounter(database: string): { inc(): void } {
  return sqlStatements.labels({ database });
}

/** A pool whose use the metrics report, summed by database (latest registration per database and use wins). */
export function registerPool(database: string, pool: PoolState, use = 'reads'): void {
  pools.set(`${database}\n${use}`, { database, pool });
}

const LOOPBACK = new Set(['127.0.0.1', '::1', '::ffff:127.0.0.1']);

/**
 * Who may read the metrics: callers on this machine (the socket's own peer
 * address, never a forwarded header), or anyone presenting the configured
 * METRICS_TOKEN as a bearer token.
 */
export function metricsAllowed(
  remoteAddress: string | undefined,
  authorization: string | undefined,
  token?: string,
): boolean {
  if (token && authorization?.startsWith('Bearer ')) {
    const given = Buffer.from(authorization.slice(7));
    const expected = Buffer.from(token);
    if (given.length === expected.length && timingSafeEqual(given, expected)) return true;
  }
  return remoteAddress !== undefined && LOOPBACK.has(remoteAddress);
}

/** GET /metrics in Prometheus's text format. */
export function metricsHandler(token = process.env.METRICS_TOKEN || undefined): RequestHandler {
  return async (req, res) => {
    if (!metricsAllowed(req.socket.remoteAddress, req.get('authorization'), token)) {
      res
        .status(token ? 401 : 403)
        .type('text/plain')
        .send(
          token
            ? 'Send the configured METRICS_TOKEN as `Authorization: Bearer <token>`\n'
            : 'Metrics are served to loopback callers only; set METRICS_TOKEN to allow a scraper elsewhere\n',
        );
      return;
    }
    res.type(register.contentType).send(await register.metrics());
  };
}
