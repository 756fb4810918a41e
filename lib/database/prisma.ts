/**
 * The one database-client factory the subgraphs share: Prisma with the pg
 * driver adapter, injected, never a module singleton. Each subgraph passes its
 * own generated `PrismaClient` class, so the client keeps that schema's types.
 */
import { PrismaPg } from '@prisma/adapter-pg';

export interface DbOptions {
  /** Called with each SQL statement the client sends. */
  onQuery?: (sql: string) => void;
  /** Connection pool size (default 10). */
  poolSize?: number;
}

/** Prisma client options that emit every statement as an event, so `onQuery` can see it. */
const QUERY_EVENTS = { log: [{ emit: 'event' as const, level: 'query' as const }] };

interface ClientOptions {
  adapter: PrismaPg;
  log: typeof QUERY_EVENTS.log;
}

/** A Prisma client whose statements can be observed (tests count them). */
interface QueryObservable {
  $on(event: 'query', listener: (event: { query: string }) => void): void;
}

export function createPrismaClient<TClient extends QueryObservable>(
  PrismaClient: new (options: ClientOptions) => TClient,
  databaseUrl: string,
  options: DbOptions = {},
): TClient {
  const db = new PrismaClient({
    adapter: new PrismaPg({ connectionString: databaseUrl, max: options.poolSize ?? 10 }),
    ...QUERY_EVENTS,
  });
  const { onQuery } = options;
  if (onQuery) db.$on('query', (event) => onQuery(event.query));
  return db;
}
