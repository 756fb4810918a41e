/** What the subgraphs' Prisma clients have in common, for shared helpers. */

/** A Prisma client whose statements can be observed (tests count them). */
export interface QueryObservable {
  $on(event: 'query', listener: (event: { query: string }) => void): void;
}

export interface DbOptions {
  /** Called with each SQL statement the client sends. */
  onQuery?: (sql: string) => void;
  /** Connection pool size (default 10). */
  poolSize?: number;
}

/** Prisma client options that emit every statement as an event, so `onQuery` can see it. */
export const QUERY_EVENTS = { log: [{ emit: 'event' as const, level: 'query' as const }] };
