/**
 * A subgraph whose database is gone or stuck cannot answer its fields, like a
 * subgraph that is down itself: the client sees the same codes the gateway
 * gives an unreachable or slow subgraph (SUBGRAPH_UNAVAILABLE,
 * SUBGRAPH_TIMEOUT, with serviceName added by the gateway), so it knows
 * which source is missing and that retrying later may help, rather than an
 * INTERNAL_SERVER_ERROR that reads like a bug.
 */

type Failure = 'SUBGRAPH_UNAVAILABLE' | 'SUBGRAPH_TIMEOUT';

/**
 * Error codes, by what they mean for the client. Prisma's P1xxx (the driver
 * adapter's DatabaseNotReachable, SocketTimeout, ConnectionClosed...) and
 * P2024 (no connection from the pool in time); PostgreSQL's SQLSTATE class
 * 08 (connection exception), 57P01-57P03 (shutting down, cannot connect now)
 * and 57014 (statement timeout); Node's socket errors.
 */
const CODES: Record<string, Failure> = {
  P1001: 'SUBGRAPH_UNAVAILABLE',
  P1002: 'SUBGRAPH_TIMEOUT',
  P1008: 'SUBGRAPH_TIMEOUT',
  P1017: 'SUBGRAPH_UNAVAILABLE',
  P2024: 'SUBGRAPH_TIMEOUT',
  '08000': 'SUBGRAPH_UNAVAILABLE',
  '08003': 'SUBGRAPH_UNAVAILABLE',
  '08006': 'SUBGRAPH_UNAVAILABLE',
  '57P01': 'SUBGRAPH_UNAVAILABLE',
  '57P02': 'SUBGRAPH_UNAVAILABLE',
  '57P03': 'SUBGRAPH_UNAVAILABLE',
  '57014': 'SUBGRAPH_TIMEOUT',
  ECONNREFUSED: 'SUBGRAPH_UNAVAILABLE',
  ECONNRESET: 'SUBGRAPH_UNAVAILABLE',
  EPIPE: 'SUBGRAPH_UNAVAILABLE',
  ETIMEDOUT: 'SUBGRAPH_TIMEOUT',
};

/** The pg driver's own messages, which carry no code. */
const MESSAGES: [RegExp, Failure][] = [
  [/timeout exceeded when trying to connect|connection timeout|statement timeout/i, 'SUBGRAPH_TIMEOUT'],
  [
    /connection terminated|connection refused|can't reach database server|server closed the connection/i,
    'SUBGRAPH_UNAVAILABLE',
  ],
];

/** The error and what it wraps (GraphQLError.originalError, Error.cause), nearest first. */
function* chain(error: unknown): Generator<Record<string, unknown>> {
  const seen = new Set<unknown>();
  let current: unknown = error;
  while (current !== null && typeof current === 'object' && !seen.has(current)) {
    seen.add(current);
    const record = current as Record<string, unknown>;
    yield record;
    current = record.originalError ?? record.cause;
  }
}

/** What a database failure means for the client, or undefined when the error is not one. */
export function databaseFailure(error: unknown): Failure | undefined {
  for (const link of chain(error)) {
    for (const key of ['code', 'errno'] as const) {
      const code = link[key];
      if (typeof code === 'string' && code in CODES) return CODES[code];
    }
    const message = link.message;
    if (typeof message === 'string') {
      const found = MESSAGES.find(([pattern]) => pattern.test(message));
      if (found) return found[1];
    }
  }
  return undefined;
}

/** The message a client reads when this service's database failed. */
export function databaseFailureMessage(service: string, failure: Failure): string {
  return failure === 'SUBGRAPH_TIMEOUT'
    ? `The ${service} service's database did not answer in time: its fields are missing from this answer; retry shortly`
    : `The ${service} service cannot reach its database: its fields are missing from this answer; retry shortly`;
}
