/**
 * What went wrong on the way to a subgraph, as the client is told: a coded
 * error per failed fetch, so the rest of the answer stands and the caller
 * knows which source failed and whether to try again.
 */
import { BrokenCircuitError, BulkheadRejectedError, IsolatedCircuitError, TaskCancelledError } from 'cockatiel';
import { GraphQLError } from 'graphql';

export type FailureCode = 'SUBGRAPH_TIMEOUT' | 'SUBGRAPH_UNAVAILABLE' | 'SUBGRAPH_OVERLOADED';

/** Errors of the connection itself: nothing reached the subgraph's resolvers, or the answer was lost on the way. */
const CONNECTION_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'EPIPE',
  'ECONNABORTED',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'UND_ERR_SOCKET',
  'UND_ERR_CLOSED',
  'UND_ERR_CONNECT_TIMEOUT',
]);

function errorCodes(error: unknown): string[] {
  const codes: string[] = [];
  for (let current = error, depth = 0; current && depth < 5; depth += 1) {
    const code = (current as { code?: unknown }).code;
    if (typeof code === 'string') codes.push(code);
    current = (current as { cause?: unknown }).cause;
  }
  return codes;
}

/** A refused or reset connection: safe to retry a query on. */
export function isConnectionError(error: unknown): boolean {
  return errorCodes(error).some((code) => CONNECTION_CODES.has(code));
}

/** A status that says the subgraph, not the request, is at fault (counted by the circuit breaker). */
export function isUnavailableStatus(status: number): boolean {
  return status === 502 || status === 503 || status === 504;
}

export interface Failure {
  code: FailureCode;
  message: string;
}

/** The failure a fetch error stands for, or undefined for errors that are the request's own (a 400, say). */
export function classifyFailure(error: unknown, service: string, timeoutMs: number): Failure | undefined {
  if (error instanceof TaskCancelledError)
    return { code: 'SUBGRAPH_TIMEOUT', message: `The ${service} service did not answer within ${timeoutMs} ms` };
  if (error instanceof BrokenCircuitError || error instanceof IsolatedCircuitError)
    return {
      code: 'SUBGRAPH_UNAVAILABLE',
      message: `The ${service} service is failing; its fields are skipped until it recovers (circuit open)`,
    };
  if (error instanceof BulkheadRejectedError)
    return {
      code: 'SUBGRAPH_OVERLOADED',
      message: `The ${service} service has too many requests in flight; try again shortly`,
    };
  if (isConnectionError(error) || (error as { name?: unknown } | null)?.name === 'AbortError')
    return { code: 'SUBGRAPH_UNAVAILABLE', message: `The ${service} service is unreachable` };
  if (error instanceof GraphQLError) {
    const status = (error.extensions.response as { status?: unknown } | undefined)?.status;
    if (typeof status === 'number' && status >= 500)
      return { code: 'SUBGRAPH_UNAVAILABLE', message: `The ${service} service answered ${status}` };
  }
  return undefined;
}
