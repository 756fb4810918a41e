/**
 * The HTTP side every service shares: Express 5 with Apollo Server at
 * /graphql, a health endpoint, request ids, and a clean shutdown.
 */
import { randomUUID } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { ApolloServer, type ApolloServerOptions, type BaseContext } from '@apollo/server';
import { expressMiddleware } from '@as-integrations/express5';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import express from 'express';
import type { Logger } from '../logger.js';

export interface RequestInfo {
  requestId: string;
  headers: http.IncomingHttpHeaders;
}

export interface ServiceOptions<TContext extends BaseContext> {
  name: string;
  logger: Logger;
  apollo: ApolloServerOptions<TContext>;
  context: (request: RequestInfo) => Promise<TContext> | TContext;
  /** Resolves when the service can answer (its database reachable); rejects with the reason otherwise. */
  ready: () => Promise<void>;
}

export interface RunningService {
  url: string;
  port: number;
  stop: () => Promise<void>;
}

const REQUEST_ID = /^[\w.-]{1,100}$/;

/** Builds the service and starts listening; port 0 picks a free port. */
export async function startService<TContext extends BaseContext>(
  options: ServiceOptions<TContext>,
  listen: { port: number; host: string },
): Promise<RunningService> {
  const { logger } = options;
  const app = express();
  const httpServer = http.createServer(app);
  const apollo = new ApolloServer<TContext>({
    ...options.apollo,
    plugins: [...(options.apollo.plugins ?? []), ApolloServerPluginDrainHttpServer({ httpServer })],
  } as ApolloServerOptions<TContext>);
  await apollo.start();

  app.disable('x-powered-by');
  app.use((req, res, next) => {
    const given = req.get('x-request-id');
    const requestId = given && REQUEST_ID.test(given) ? given : randomUUID();
    res.locals.requestId = requestId;
    res.setHeader('x-request-id', requestId);
    next();
  });

  app.get('/health', async (_req, res) => {
    try {
      await options.ready();
      res.json({ status: 'ok', service: options.name });
    } catch (error) {
      logger.warn({ err: error }, 'health check failed');
      res.status(503).json({ status: 'unavailable', service: options.name });
    }
  });

  app.use(
    '/graphql',
    express.json({ limit: '1mb' }),
    expressMiddleware(apollo, {
      context: async ({ req, res }) => options.context({ requestId: String(res.locals.requestId), headers: req.headers }),
    }),
  );

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
    stop: async () => {
      await apollo.stop();
      httpServer.closeAllConnections();
    },
  };
}

/** Stops the service on SIGINT/SIGTERM, then runs `cleanup` and exits. */
export function stopOnSignals(service: RunningService, logger: Logger, cleanup: () => Promise<void> = async () => undefined): void {
  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'stopping');
    try {
      await service.stop();
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
