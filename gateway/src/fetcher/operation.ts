/**
 * The kind of operation a subgraph fetch belongs to, read from what is sent.
 * RemoteGraphQLDataSource calls its fetcher with only a URL and a body, and
 * that body is JSON with the query first: `{"query":"query ...` or
 * `{"query":"{...` for a query. Reading its first bytes costs nothing, where
 * carrying the kind in an AsyncLocalStorage made every promise of the
 * process pay for async hooks.
 */
import type { OperationKind } from './policy.js';

const QUERY_BODY = /^\{"query":"(query\b|\{)/;
const QUERY_TEXT = /^\s*(query\b|\{)/;

/** A fetch's kind from its JSON body; anything not known to be a query counts as a mutation, so it is never retried. */
export function operationKindOfBody(body: unknown): OperationKind {
  return typeof body === 'string' && QUERY_BODY.test(body) ? 'query' : 'mutation';
}

/** The same from the operation's text (a subgraph request's `query`). */
export function operationKindOfText(text: string | undefined): OperationKind {
  return text !== undefined && QUERY_TEXT.test(text) ? 'query' : 'mutation';
}
