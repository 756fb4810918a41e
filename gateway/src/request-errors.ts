/**
 * Malformed requests get a message that shows a well-formed one, and every
 * error response carries the request id. Apollo Server answers some
 * requests itself before any plugin runs (a body without a query, a
 * variables field sent as a string, the CSRF check, an unsupported method),
 * so its error has no request id; the common ones are caught here first
 * with clearer words, and the id is stamped on whatever else Apollo refuses.
 */
import type { RequestHandler, Response } from 'express';
import { HttpError } from '../../lib/graphql/http.js';

const EXAMPLE = '{"query": "query ($code: ID!) { region(code: $code) { name } }", "variables": {"code": "KZ-75"}}';

/** What is wrong with one operation of a POST body, or null. */
function problemOf(operation: unknown): string | null {
  if (!operation || typeof operation !== 'object' || Array.isArray(operation))
    return `Each operation is a JSON object, e.g. ${EXAMPLE}`;
  const { query, variables, operationName, extensions } = operation as Record<string, unknown>;
  const persisted = (extensions as { persistedQuery?: unknown } | undefined)?.persistedQuery;
  if (query === undefined && !persisted) {
    return `The request has no "query": send the operation's text, e.g. ${EXAMPLE}`;
  }
  if (query !== undefined && typeof query !== 'string') {
    return `"query" must be the operation's text as a string, e.g. ${EXAMPLE}`;
  }
  if (variables != null && (typeof variables !== 'object' || Array.isArray(variables))) {
    return `"variables" must be a JSON object, not ${typeof variables === 'string' ? 'a string (do not encode it twice)' : 'a list or a value'}, e.g. ${EXAMPLE}`;
  }
  if (operationName != null && typeof operationName !== 'string') {
    return `"operationName" must be a string naming one operation of the "query" text`;
  }
  return null;
}

/** POST bodies in JSON: each operation must have a query (or a persisted-query hash), with variables as an object. */
export function requireOperation(): RequestHandler {
  return (req, _res, next) => {
    if (req.method !== 'POST' || !req.is('application/json')) return next();
    const body: unknown = req.body;
    if (body === undefined || (body && typeof body === 'object' && Object.keys(body).length === 0)) {
      return next(new HttpError(400, 'BAD_REQUEST', `The request body is empty: send an operation, e.g. ${EXAMPLE}`));
    }
    for (const operation of Array.isArray(body) ? body : [body]) {
      const problem = problemOf(operation);
      if (problem) return next(new HttpError(400, 'BAD_REQUEST', problem));
    }
    next();
  };
}

interface ErrorBody {
  errors?: { extensions?: Record<string, unknown> }[];
}

function stamped(text: string, requestId: string): string {
  try {
    const body = JSON.parse(text) as ErrorBody;
    if (!Array.isArray(body.errors)) return text;
    body.errors = body.errors.map((error) => ({ ...error, extensions: { ...error.extensions, requestId } }));
    return JSON.stringify(body);
  } catch {
    return text;
  }
}

/** Adds the request id to errors Apollo Server answers before its plugins run (every status 400 and up). */
export function stampRequestId(): RequestHandler {
  return (_req, res, next) => {
    const send = res.send.bind(res);
    res.send = ((body: unknown) => {
      if (
        res.statusCode >= 400 &&
        typeof body === 'string' &&
        body.includes('"errors"') &&
        !body.includes('"requestId"')
      ) {
        return send(stamped(body, String(res.locals.requestId)));
      }
      return send(body);
    }) as Response['send'];
    next();
  };
}
