/**
 * The one database-client factory the subgraphs share: Prisma with the pg
 * driver adapter, injected, never a module singleton. Each subgraph passes its
 * own generated `PrismaClient` class, so the client keeps that schema's types.
 */
import { PrismaPg } from '@prisma/adapter-pg';
import pg from 'pg';
import { registerPool } from '../observability/metrics.js';
import { observeSql } from '../observability/sql.js';

export interface DbOptions {
  /** Called with each SQL statement the client sends, and its parameters as a JSON array. */
  onQuery?: (sql: string, params: string) => void;
  /** Connection pool size (default 10). */
  poolSize?: number;
  /** Longest wait for a connection, from the pool or a new one (default 3 s). */
  connectTimeoutMs?: number;
  /** Longest statement (none when omitted): PostgreSQL cancels it, and the client gives up shortly after. */
  statementTimeoutMs?: number;
}

/** Above the statement timeout, so PostgreSQL's own cancel normally wins; the client's ends a hung server's wait. */
const CLIENT_MARGIN_MS = 1_000;

/**
 * The pg pool settings behind a subgraph's Prisma client: every connection
 * waits at most `connectTimeoutMs` and every statement runs at most
 * `statementTimeoutMs`, so a slow or hung database costs a request an error,
 * never an endless wait.
 */
function poolConfig(connectionString: string, options: DbOptions) {
  const statementTimeout = options.statementTimeoutMs;
  return {
    connectionString,
    max: options.poolSize ?? 10,
    connectionTimeoutMillis: options.connectTimeoutMs ?? 3_000,
    // The services pass DB_STATEMENT_TIMEOUT_MS (reads) and DB_MUTATION_STATEMENT_TIMEOUT_MS (mutations), the import commands DB_IMPORT_STATEMENT_TIMEOUT_MS.
    ...(statementTimeout
      ? { statement_timeout: statementTimeout, query_timeout: statementTimeout + CLIENT_MARGIN_MS }
      : {}),
    // Connections to a database that went away are dropped rather than kept idle.
    idleTimeoutMillis: 30_000,
  };
}

/** Prisma client options that emit every statement as an event, so `onQuery` can see it. */
const QUERY_EVENTS = { log: [{ emit: 'event' as const, level: 'query' as const }] };

interface ClientOptions {
  adapter: PrismaPg;
  log: typeof QUERY_EVENTS.log;
}

/** A Prisma client whose statements can be observed (tests count them). */
interface QueryObservable {
  $on(event: 'query', listener: (event: { query: string; params: string }) => void): void;
}

export function createPrismaClient<TClient extends QueryObservable>(
  PrismaClient: new (options: ClientOptions) => TClient,
  databaseUrl: string,
  options: DbOptions = {},
): TClient {
  // The pool is made here rather than by the adapter so that its use can be reported (db_client_connections).
  const pool = new pg.Pool(poolConfig(databaseUrl, options));
  const database = decodeURIComponent(new URL(databaseUrl).pathname.slice(1));
  registerPool(database, pool);
  const db = new PrismaClient({
    adapter: observeSql(new PrismaPg(pool, { disposeExternalPool: true }), database),
    ...QUERY_EVENTS,
  });
  const { onQuery } = options;
  if (onQuery) db.$on('query', (event) => onQuery(event.query, event.params));
  return db;
}
