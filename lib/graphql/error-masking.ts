/**
 * What of an error reaches the client. Errors a client can act on keep their
 * message and code. Anything else is an internal error: logged in full with
 * the request id (by the service's plugin), and in production shown only as
 * "Internal server error", with no stack trace, SQL, file path or host name.
 */
import type { GraphQLFormattedError } from 'graphql';
import { databaseFailure, databaseFailureMessage } from './database-errors.js';

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

/**
 * Apollo Server's own refusals of a persisted query that carry no code of
 * their own (and so would read as internal errors): the client's to fix.
 */
const PERSISTED_QUERY_MISTAKES: Record<string, string> = {
  'provided sha does not match query':
    'extensions.persistedQuery.sha256Hash is not the SHA-256 of the query: send the hash of the exact text',
  'Unsupported persisted query version': 'extensions.persistedQuery.version must be 1',
};

export function isClientError(code: unknown): boolean {
  return typeof code === 'string' && CLIENT_ERROR_CODES.has(code);
}

/** Whether an error is the client's: a client code, or one of Apollo's uncoded persisted-query refusals. */
export function isClientMistake(error: { message: string; extensions?: { code?: unknown } }): boolean {
  return isClientError(error.extensions?.code) || error.message in PERSISTED_QUERY_MISTAKES;
}

/** A Prisma error's message without its code frame and file paths: only its last paragraph, the reason. */
function withoutSourcePaths(message: string): string {
  if (!/invocation in\s/.test(message)) return message;
  const paragraphs = message.split(/\n\s*\n/).filter((p) => p.trim());
  return `Database query failed: ${paragraphs.at(-1)?.trim() ?? 'see the service log'}`;
}

/** `service`: the name a database failure is reported under (a subgraph's own errors). */
export function maskErrors(options: { production: boolean; service?: string }) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const mistake = PERSISTED_QUERY_MISTAKES[formatted.message];
    if (mistake) return { message: mistake, extensions: { code: 'BAD_USER_INPUT' } };
    const code = typeof formatted.extensions?.code === 'string' ? formatted.extensions.code : 'INTERNAL_SERVER_ERROR';
    const failure = options.service && !CLIENT_ERROR_CODES.has(code) ? databaseFailure(error) : undefined;
    if (failure && options.service) {
      // Logged in full by the error-logging plugin; the client learns which source and that a retry may help.
      return {
        message: databaseFailureMessage(options.service, failure),
        ...(formatted.path ? { path: formatted.path } : {}),
        extensions: { code: failure },
      };
    }
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
    // Development shows the reason, but never the server's file paths (Prisma's messages carry a code frame).
    if (!options.production) return { ...formatted, message: withoutSourcePaths(formatted.message) };
    return { message: 'Internal server error', path: formatted.path, extensions: { code: 'INTERNAL_SERVER_ERROR' } };
  };
}
