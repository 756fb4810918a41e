/**
 * The HTTP side every service shares: Express 5 with Apollo Server at
 * /graphql, liveness and readiness endpoints, request ids, who the caller is,
 * errors in GraphQL's shape even before GraphQL runs, and a graceful
 * shutdown (readiness 503 at once, `Connection: close`, in-flight requests
 * finish within a grace period).
 */
import { randomUUID } from 'node:crypto';
import type http from 'node:http';
import type { AddressInfo } from 'node:net';
import { ApolloServer, type ApolloServerOptions, type ApolloServerPlugin, type BaseContext } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { expressMiddleware } from '@as-integrations/express5';
import express, { type ErrorRequestHandler, type Request, type RequestHandler, type Response } from 'express';
import { PUBLIC_VIEWER, type Viewer } from '../auth/viewer.js';
import type { Logger } from '../logger.js';
import { observeService } from '../observability/service.js';
import { isClientMistake, maskErrors } from './error-masking.js';
import { inSeries } from './in-series.js';
import { graphqlFirstServer } from './past-the-router.js';

export interface RequestInfo {
  requestId: string;
  headers: http.IncomingHttpHeaders;
  viewer: Viewer;
  /** What the guards left for the context (a subgraph's mutation: the database client it runs on). */
  locals: Record<string, unknown>;
}

export interface ServiceOptions<TContext extends BaseContext> {
  name: string;
  logger: Logger;
  apollo: ApolloServerOptions<TContext>;
  context: (request: RequestInfo) => Promise<TContext> | TContext;
  /** Resolves when the service can answer (its database reachable), with details for the body; rejects otherwise. */
  ready: () => Promise<void | Readiness>;
  /** Runs first on /graphql: the in-flight cap (gateway/src/admission.ts). */
  admission?: RequestHandler;
  /** Keep-alive, health and shutdown timings; the configuration's defaults when omitted. */
  timings?: Partial<HttpTimings>;
  /** Who the caller is; throws an HttpError (401) for a bad credential. Public when omitted. */
  authenticate?: (req: Request) => Promise<Viewer>;
  /** Checks run after authentication and before GraphQL (rate limits, batch size, trusted documents). */
  guards?: RequestHandler[];
  /** Largest request body accepted, in bytes (default 1 MB); may depend on who is asking. */
  maxBodyBytes?: number | ((viewer: Viewer) => number);
  /** Production: internal error details never reach the client. */
  production?: boolean;
  /** A subgraph: its database failing is told to the client as SUBGRAPH_UNAVAILABLE / SUBGRAPH_TIMEOUT (lib/graphql/database-errors.ts). */
  reportsDatabaseFailures?: boolean;
  /** CORS headers of /graphql (the gateway's, for Apollo Sandbox): run on every request to /graphql, preflights included. */
  cors?: RequestHandler;
  /** Other endpoints (pages, the gateway's /internal/changes), mounted after the request id and before /graphql. */
  routes?: RequestHandler[];
  /** Proxies trusted to name the client in X-Forwarded-For (TRUST_PROXY); none by default: the peer is the client. */
  trustProxy?: readonly string[];
}

export interface Readiness {
  status: 'ok' | 'degraded';
  [detail: string]: unknown;
}

/** Thrown by a readiness check: 503, with details for the body. */
export class NotReadyError extends Error {
  constructor(
    message: string,
    readonly details: Record<string, unknown> = {},
  ) {
    super(message);
  }
}

export interface HttpTimings {
  /** How long an idle keep-alive connection stays open (clients must let theirs go sooner). */
  keepAliveTimeoutMs: number;
  /** Readiness answers within this, whatever its checks do. */
  healthTimeoutMs: number;
  /** On stop, how long in-flight requests have to finish before their connections are cut. */
  shutdownGraceMs: number;
}

/** The configuration's defaults (lib/resilience-config.ts). */
const DEFAULT_TIMINGS: HttpTimings = { keepAliveTimeoutMs: 10_000, healthTimeoutMs: 1_000, shutdownGraceMs: 10_000 };

export function httpTimings(env: {
  SERVER_KEEP_ALIVE_TIMEOUT_MS: number;
  HEALTH_TIMEOUT_MS: number;
  SHUTDOWN_GRACE_MS: number;
}): HttpTimings {
  return {
    keepAliveTimeoutMs: env.SERVER_KEEP_ALIVE_TIMEOUT_MS,
    healthTimeoutMs: env.HEALTH_TIMEOUT_MS,
    shutdownGraceMs: env.SHUTDOWN_GRACE_MS,
  };
}

export interface RunningService {
  url: string;
  port: number;
  /** `lameDuckMs`: first serve that long with readiness 503 and `Connection: close`, then close. */
  stop: (options?: { lameDuckMs?: number }) => Promise<void>;
}

/**
 * On a signal, how long a service keeps serving (every answer saying
 * `Connection: close`) before it closes its connections: a client that sent
 * a request on a kept-alive connection just as the signal came gets its
 * answer, rather than a reset of a connection closed as idle.
 */
const LAME_DUCK_MS = 1_000;

/** An error answered before GraphQL runs, with an HTTP status and a stable code. */
export class HttpError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

const REQUEST_ID = /^[\w.-]{1,100}$/;

/** Sends errors in GraphQL's response shape, so clients parse one shape whatever failed. */
export function sendGraphQLError(res: Response, status: number, code: string, message: string): void {
  res.locals.errorCode = code;
  res.status(status).json({ errors: [{ message, extensions: { code, requestId: res.locals.requestId } }] });
}

/**
 * Adds the request id to every GraphQL error, so a client can quote it, and
 * logs internal errors with that id. Client mistakes are logged as
 * warnings, never as errors; nothing from the request's variables is logged.
 */
function requestIdPlugin<TContext extends BaseContext>(logger: Logger): ApolloServerPlugin<TContext> {
  return {
    async requestDidStart() {
      return {
        async didEncounterErrors({ errors, contextValue, operationName }) {
          const requestId = (contextValue as { requestId?: string }).requestId;
          for (const error of errors) {
            // eslint-disable-next-line @typescript-eslint/no-unnecessary-condition -- errors the gateway passes on from a subgraph may have no extensions at run time
            const code = error.extensions?.code;
            // A source that failed is the operator's to see, though the client is told plainly.
            if (typeof code === 'string' && code.startsWith('SUBGRAPH_')) {
              logger.warn(
                { requestId, operationName, code, serviceName: error.extensions.serviceName, path: error.path },
                error.message,
              );
              continue;
            }
            // A client's mistake is the client's to fix: a warning without its variables, never an error a caller can flood.
            if (isClientMistake(error)) {
              // The code and path only: a client error's message may quote what the client sent (personal data).
              logger.warn({ requestId, operationName, code: error.extensions.code, path: error.path }, 'client error');
              continue;
            }
            logger.error(
              { requestId, operationName, err: error.originalError ?? error, path: error.path },
              'internal error',
            );
          }
        },
        async willSendResponse({ response, contextValue }) {
          const requestId = (contextValue as { requestId?: string }).requestId;
          if (response.body.kind === 'single' && response.body.singleResult.errors && requestId) {
            response.body.singleResult.errors = response.body.singleResult.errors.map((error) => ({
              ...error,
              extensions: { ...error.extensions, requestId },
            }));
          }
        },
      };
    },
  };
}

/** Builds the service and starts listening; port 0 picks a free port. */
// eslint-disable-next-line max-lines-per-function -- the HTTP stack in the order requests pass through it (limits, health, GraphQL, shutdown); being reworked by the resilience and operability changes, split once those land
export async function startService<TContext extends BaseContext>(
  options: ServiceOptions<TContext>,
  listen: { port: number; host: string },
): Promise<RunningService> {
  const { logger } = options;
  const timings = { ...DEFAULT_TIMINGS, ...options.timings };
  const app = express();
  // POST /graphql skips the router (past-the-router.ts) and Express's ETag, a hash of every answer: no client revalidates a POST.
  const graphqlPostApp = express().set('etag', false);
  const { server: httpServer, serve } = graphqlFirstServer(graphqlPostApp);
  httpServer.keepAliveTimeout = timings.keepAliveTimeoutMs;
  httpServer.headersTimeout = Math.max(httpServer.headersTimeout, timings.keepAliveTimeoutMs + 1_000);
  let draining = false;
  // Metrics, request logs and tracing (lib/observability).
  const observability = await observeService(options.name, logger, options.apollo);
  const apollo = new ApolloServer<TContext>({
    ...options.apollo,
    formatError: maskErrors({
      production: options.production ?? false,
      ...(options.reportsDatabaseFailures ? { service: options.name } : {}),
    }),
    plugins: [
      ...(options.apollo.plugins ?? []),
      requestIdPlugin<TContext>(logger),
      observability.plugin,
      ApolloServerPluginDrainHttpServer({ httpServer, stopGracePeriodMillis: timings.shutdownGraceMs }),
    ],
  });
  await apollo.start();

  for (const each of [app, graphqlPostApp]) {
    each.disable('x-powered-by');
    // Only a listed proxy may say who the client is: otherwise anyone could pick the address the rate limit counts.
    each.set('trust proxy', options.trustProxy?.length ? [...options.trustProxy] : false);
  }
  const first: RequestHandler[] = [
    (_req, res, next) => {
      // While stopping, a client must not send its next request on this connection.
      if (draining) res.setHeader('connection', 'close');
      next();
    },
    (req, res, next) => {
      const given = req.get('x-request-id');
      const requestId = given && REQUEST_ID.test(given) ? given : randomUUID();
      res.locals.requestId = requestId;
      res.setHeader('x-request-id', requestId);
      next();
    },
    observability.onRequest,
  ];
  app.use(inSeries(first));
  app.get('/metrics', observability.metrics);

  app.get('/health/live', (_req, res) => {
    res.json({ status: 'ok', service: options.name });
  });
  // `/health` stays readiness, as it was before liveness and readiness were told apart.
  app.get(['/health/ready', '/health'], async (_req, res) => {
    if (draining) {
      res.status(503).json({ status: 'stopping', service: options.name });
      return;
    }
    try {
      const report = await withDeadline(options.ready(), timings.healthTimeoutMs);
      res.json({ status: 'ok', ...(report ?? {}), service: options.name });
    } catch (error) {
      logger.warn({ err: error }, 'readiness check failed');
      const details = error instanceof NotReadyError ? error.details : {};
      res
        .status(503)
        .json({ status: 'unavailable', reason: String((error as Error).message), ...details, service: options.name });
    }
  });

  if (options.cors) app.use(options.cors);
  for (const route of options.routes ?? []) app.use(route);

  const authenticate: RequestHandler = async (req, res, next) => {
    try {
      res.locals.viewer = options.authenticate ? await options.authenticate(req) : PUBLIC_VIEWER;
      next();
    } catch (error) {
      next(error);
    }
  };

  // Who is asking is known from the headers alone, before the body is read, so the body limit can depend on it.
  const bodyLimit = (viewer: Viewer) =>
    typeof options.maxBodyBytes === 'function' ? options.maxBodyBytes(viewer) : (options.maxBodyBytes ?? 1_000_000);
  const parsers = new Map<number, RequestHandler>();
  const parseBody: RequestHandler = (req, res, next) => {
    const limit = bodyLimit(res.locals.viewer as Viewer);
    res.locals.bodyLimit = limit;
    let parser = parsers.get(limit);
    if (!parser) parsers.set(limit, (parser = express.json({ limit })));
    parser(req, res, next);
  };

  const graphql = inSeries([
    ...(options.admission ? [options.admission] : []),
    authenticate,
    parseBody,
    ...(options.guards ?? []),
    observability.aroundGraphQL,
    expressMiddleware(apollo, {
      context: async ({ req, res }) =>
        observability.attach(
          await options.context({
            requestId: String(res.locals.requestId),
            headers: req.headers,
            viewer: res.locals.viewer as Viewer,
            locals: res.locals,
          }),
          res,
        ),
    }),
  ]);
  app.use('/graphql', graphql);

  const onError: ErrorRequestHandler = (error: unknown, req, res, next) => {
    if (res.headersSent) return next(error);
    if (error instanceof HttpError) return sendGraphQLError(res, error.status, error.code, error.message);
    const type = (error as { type?: string }).type;
    if (type === 'entity.too.large') {
      return sendGraphQLError(
        res,
        413,
        'PAYLOAD_TOO_LARGE',
        `The request body is larger than ${String(res.locals.bodyLimit)} bytes: send a smaller query or fewer variables`,
      );
    }
    if (type === 'entity.parse.failed') {
      return sendGraphQLError(
        res,
        400,
        'BAD_REQUEST',
        'The request body is not valid JSON: send {"query": "...", "variables": {...}}',
      );
    }
    if (type && (error as { status?: number }).status === 400) {
      return sendGraphQLError(
        res,
        400,
        'BAD_REQUEST',
        'The request body could not be read: send JSON encoded as UTF-8',
      );
    }
    if (type === 'charset.unsupported' || type === 'encoding.unsupported') {
      return sendGraphQLError(res, 415, 'BAD_REQUEST', 'Unsupported body encoding: send JSON encoded as UTF-8');
    }
    logger.error({ err: error, requestId: res.locals.requestId, path: req.path }, 'request failed');
    return sendGraphQLError(res, 500, 'INTERNAL_SERVER_ERROR', 'Internal server error');
  };
  app.use(onError);
  serve(app, inSeries([...first, ...(options.cors ? [options.cors] : []), graphql]), onError);

  await new Promise<void>((resolve, reject) => {
    httpServer.once('error', reject);
    httpServer.listen(listen.port, listen.host, resolve);
  });
  const port = (httpServer.address() as AddressInfo).port;
  const host = listen.host.includes(':') ? `[${listen.host}]` : listen.host;
  const url = `http://${host === '0.0.0.0' ? 'localhost' : host}:${port}/graphql`;
  logger.info({ url }, `${options.name} listening`);

  return {
    url,
    port,
    stop: async ({ lameDuckMs = 0 } = {}) => {
      draining = true;
      if (lameDuckMs > 0) await new Promise((resolve) => setTimeout(resolve, lameDuckMs));
      await apollo.stop();
      httpServer.closeAllConnections();
      await observability.stop();
    },
  };
}

/** Resolves as `work` does, or rejects once `ms` have passed. */
async function withDeadline<T>(work: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<never>((_resolve, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${ms} ms`)), ms);
  });
  try {
    return await Promise.race([work, deadline]);
  } finally {
    clearTimeout(timer);
  }
}

/** Stops the service on SIGINT/SIGTERM, then runs `cleanup` and exits. */
export function stopOnSignals(
  service: RunningService,
  logger: Logger,
  cleanup: () => Promise<void> = async () => undefined,
): void {
  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'stopping');
    try {
      await service.stop({ lameDuckMs: LAME_DUCK_MS });
      await cleanup();
      process.exit(0);
    } catch (error) {
      logger.error({ err: error }, 'unclean stop');
      process.exit(1);
    }
  };
  process.on('SIGINT', () => void stop('SIGINT'));
  process.on('SIGTERM', () => void stop('SIGTERM'));
}
