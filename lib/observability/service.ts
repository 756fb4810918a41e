/**
 * Observation wired into a service's HTTP server (lib/graphql/http.ts): the
 * request's observation and span, its log line, its metrics, GET /metrics,
 * and the Apollo plugin. Each piece lives in its own module here; this one
 * only puts them in order.
 */
import type { ApolloServerOptions, ApolloServerPlugin, BaseContext } from '@apollo/server';
import type { Context } from '@opentelemetry/api';
import type { RequestHandler, Response } from 'express';
import type { Logger } from '../logger.js';
import { observationPlugin, traceResolvers } from './graphql.js';
import { collectProcessMetrics, metricsHandler, observeRequest, operationLabel } from './metrics.js';
import { attachObservation, newObservation, runWithObservation, type RequestObservation } from './observation.js';
import { requestLog } from './request-log.js';
import {
  flushTracing,
  runInContext,
  startServerSpan,
  startTracing,
  traceIdFromHeader,
  tracingEnabled,
} from './tracing.js';

export interface Observability {
  /** The first middleware after the request id: observation, span, log line and metrics at the end. */
  onRequest: RequestHandler;
  /** The last middleware before Apollo: the request's observation and span become the context of its GraphQL work. */
  aroundGraphQL: RequestHandler;
  /** GET /metrics. */
  metrics: RequestHandler;
  plugin: ApolloServerPlugin<BaseContext>;
  /** Ties a request's GraphQL context to its observation; returns the context. */
  attach<T extends object>(contextValue: T, res: Response): T;
  /** Sends the spans still buffered. */
  stop(): Promise<void>;
}

interface Locals {
  observation?: RequestObservation;
  traceContext?: Context;
  viewer?: { role?: string };
  errorCode?: string;
}

function recordMetrics(path: string, res: Response, observation: RequestObservation): void {
  const locals = res.locals as Locals;
  observation.outcome ??= locals.errorCode;
  observation.span?.setAttribute('http.response.status_code', res.statusCode);
  observation.span?.end();
  if (path !== '/graphql') return;
  const batch = observation.operations > 1;
  const operation = batch ? 'batch' : observation.operationName;
  observeRequest(
    {
      operation: operation ? operationLabel(operation) : 'unknown',
      type: observation.operationType ?? 'unknown',
      outcome: observation.outcome ?? (res.statusCode >= 400 ? `HTTP_${res.statusCode}` : 'ok'),
    },
    (performance.now() - observation.started) / 1000,
  );
}

/** Sets up tracing (when configured) and process metrics, and returns the service's observation pieces. */
export async function observeService(
  name: string,
  logger: Logger,
  apollo: ApolloServerOptions<BaseContext> | { schema?: unknown },
): Promise<Observability> {
  await startTracing(name);
  collectProcessMetrics();
  const schema = 'schema' in apollo ? apollo.schema : undefined;
  if (tracingEnabled() && schema && typeof schema === 'object' && 'getTypeMap' in schema)
    traceResolvers(schema as Parameters<typeof traceResolvers>[0]);
  const log = requestLog(logger, name === 'gateway');

  const onRequest: RequestHandler = (req, res, next) => {
    const locals = res.locals as Locals;
    const observation = newObservation(String(res.locals.requestId), traceIdFromHeader(req.get('traceparent')));
    if (tracingEnabled()) {
      const started = startServerSpan(`${req.method} ${req.path}`, req.headers, {
        'http.request.method': req.method,
        'url.path': req.path,
        'civic_graph.request_id': observation.requestId,
      });
      observation.span = started.span;
      observation.traceId = started.span.spanContext().traceId;
      locals.traceContext = started.context;
    }
    locals.observation = observation;
    const path = req.path;
    res.once('finish', () => recordMetrics(path, res, observation));
    log(req, res, next);
  };

  const aroundGraphQL: RequestHandler = (_req, res, next) => {
    const locals = res.locals as Locals;
    const observation = locals.observation;
    if (!observation) return next();
    const work = () => runWithObservation(observation, next);
    return locals.traceContext ? runInContext(locals.traceContext, work) : work();
  };

  return {
    onRequest,
    aroundGraphQL,
    metrics: metricsHandler(),
    plugin: observationPlugin(),
    attach: (contextValue, res) => {
      attachObservation(contextValue, (res.locals as Locals).observation);
      return contextValue;
    },
    stop: flushTracing,
  };
}
