/**
 * One log line per request (pino-http), written when the response is sent:
 * the request id, trace id, operation, role, status, duration, and the
 * subgraph fetches (gateway) or SQL statements (subgraphs) it cost. Never a
 * header, a token or a variable: the line is built from the observation only.
 * Health checks and scrapes log at debug level, so they stay out of the way.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { RequestHandler, Response } from 'express';
import { pinoHttp } from 'pino-http';
import type { Logger } from '../logger.js';
import type { RequestObservation } from './observation.js';

const QUIET_PATHS = new Set(['/health', '/metrics']);

function pathOf(req: IncomingMessage): string {
  // Express rewrites req.url inside a mounted route (/graphql becomes /); originalUrl keeps it.
  const url = (req as IncomingMessage & { originalUrl?: string }).originalUrl ?? req.url ?? '';
  const query = url.indexOf('?');
  return query < 0 ? url : url.slice(0, query);
}

/** The fields of a request's line. */
function line(req: IncomingMessage, res: ServerResponse, gateway: boolean): Record<string, unknown> {
  const locals = (res as Response).locals as { observation?: RequestObservation; viewer?: { role?: string } };
  const observation = locals.observation;
  const fields: Record<string, unknown> = {
    method: req.method,
    path: pathOf(req),
    status: res.statusCode,
  };
  if (!observation) return fields;
  fields.durationMs = Math.round((performance.now() - observation.started) * 10) / 10;
  if (observation.traceId) fields.traceId = observation.traceId;
  const role = locals.viewer?.role;
  if (role) fields.role = role;
  if (observation.operations > 0) {
    fields.operation = observation.operations > 1 ? 'batch' : (observation.operationName ?? 'unknown');
    fields.operationType = observation.operationType ?? 'unknown';
    fields.outcome = observation.outcome ?? 'ok';
    fields[gateway ? 'subgraphFetches' : 'sqlStatements'] = gateway
      ? observation.subgraphFetches
      : observation.sqlStatements;
  } else if (observation.outcome) {
    fields.outcome = observation.outcome;
  }
  return fields;
}

function levelOf(req: IncomingMessage, res: ServerResponse, error?: unknown): 'debug' | 'info' | 'warn' | 'error' {
  if (QUIET_PATHS.has(pathOf(req))) return 'debug';
  if (error || res.statusCode >= 500) return 'error';
  return res.statusCode >= 400 ? 'warn' : 'info';
}

const message = (req: IncomingMessage, res: ServerResponse) => `${req.method ?? ''} ${pathOf(req)} ${res.statusCode}`;

/**
 * When successful requests are not logged (LOG_LEVEL warn or above), the
 * same lines for the requests that are (4xx, 5xx) without pino-http's
 * per-request work: two child loggers, a line built and dropped.
 */
function failuresOnly(logger: Logger, gateway: boolean): RequestHandler {
  return (req, res, next) => {
    // A response emits 'close' once, whether it was sent whole or its connection was lost.
    res.once('close', () => {
      const level = levelOf(req, res);
      if (!logger.isLevelEnabled(level)) return;
      logger[level]({ requestId: String(res.locals.requestId), ...line(req, res, gateway) }, message(req, res));
    });
    next();
  };
}

export function requestLog(logger: Logger, gateway: boolean): RequestHandler {
  if (!logger.isLevelEnabled('info')) return failuresOnly(logger, gateway);
  return pinoHttp({
    logger,
    genReqId: (_req, res) => String((res as Response).locals.requestId),
    customAttributeKeys: { reqId: 'requestId' },
    // Only the request id is bound; everything else is chosen field by field in `line`.
    quietReqLogger: true,
    quietResLogger: true,
    serializers: { req: (req: IncomingMessage) => ({ method: req.method }) },
    customLogLevel: levelOf,
    customSuccessMessage: message,
    customErrorMessage: message,
    customSuccessObject: (req, res) => line(req, res, gateway),
    customErrorObject: (req, res) => line(req, res, gateway),
  });
}
