/**
 * What of an error reaches the client. Errors a client can act on keep their
 * message and code. Anything else is an internal error: logged in full with
 * the request id (by the service's plugin), and in production shown only as
 * "Internal server error", with no stack trace, SQL, file path or host name.
 */
import type { GraphQLFormattedError } from 'graphql';

/** Codes whose messages are written for the client. */
export const CLIENT_ERROR_CODES = new Set([
  'BAD_USER_INPUT',
  'BAD_REQUEST',
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'OPERATION_RESOLUTION_FAILURE',
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'QUERY_TOO_COMPLEX',
  'RATE_LIMITED',
  'PAYLOAD_TOO_LARGE',
  'OPERATION_NOT_TRUSTED',
  'NOT_FOUND',
  'EXCHANGE_RATE_MISSING',
  // A source is down, slow or busy: the client may retry, and sees which source from serviceName.
  'SUBGRAPH_TIMEOUT',
  'SUBGRAPH_UNAVAILABLE',
  'SUBGRAPH_OVERLOADED',
  'OVERLOADED',
  'IDEMPOTENCY_KEY_REUSED',
]);

export function isClientError(code: unknown): boolean {
  return typeof code === 'string' && CLIENT_ERROR_CODES.has(code);
}

export function maskErrors(options: { production: boolean }) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const code = typeof formatted.extensions?.code === 'string' ? formatted.extensions.code : 'INTERNAL_SERVER_ERROR';
    if (CLIENT_ERROR_CODES.has(code)) {
      if (!options.production) return formatted;
      const { extensions, ...rest } = formatted;
      const kept: Record<string, unknown> = { code };
      for (const key of ['argumentName', 'field', 'limit', 'retryAfterSeconds', 'currency', 'date'] as const) {
        if (extensions?.[key] !== undefined) kept[key] = extensions[key];
      }
      // Which source failed, so the client knows what is missing; never its host or port.
      if (code.startsWith('SUBGRAPH_') && extensions?.serviceName !== undefined)
        kept.serviceName = extensions.serviceName;
      return { ...rest, extensions: kept };
    }
    // Logged, with the request id, by the service's error-logging plugin (lib/graphql/http.ts).
    void error;
    if (!options.production) return formatted;
    return { message: 'Internal server error', path: formatted.path, extensions: { code: 'INTERNAL_SERVER_ERROR' } };
  };
}
