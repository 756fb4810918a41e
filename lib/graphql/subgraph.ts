/** A federated subgraph as a service: its SDL and resolvers built with @apollo/subgraph. */
import type { BaseContext } from '@apollo/server';
import { ApolloServerPluginCacheControl } from '@apollo/server/plugin/cacheControl';
import { ApolloServerPluginInlineTraceDisabled } from '@apollo/server/plugin/disabled';
import { buildSubgraphSchema } from '@apollo/subgraph';
import type { GraphQLResolverMap } from '@apollo/subgraph/dist/schema-helper/resolverMap.js';
import type { RequestHandler } from 'express';
import { parse } from 'graphql';
import { enforceAccessInSubgraph, readAccessRules } from '../auth/access.js';
import { authenticateGatewayRequest, type SubgraphSecurity } from '../auth/subgraph-auth.js';
import type { Viewer } from '../auth/viewer.js';
import type { SubgraphName } from '../config.js';
import type { Language } from '../domain/labels.js';
import type { Logger } from '../logger.js';
import { readSubgraphSdl } from './compose.js';
import { idempotentWrites, type TransactionalDb } from './idempotent-writes.js';
import { requestLanguage } from './language.js';
import type { RequestInfo, ServiceOptions } from './http.js';

/** How long the gateway may keep a public answer when no change comes first. */
const SUBGRAPH_CACHE_MAX_AGE_SECONDS = 300;

export interface SubgraphDefinition<TContext extends BaseContext> {
  name: string;
  typeDefs: string;
  /** Resolvers typed by graphql-codegen from the SDL. */
  resolvers: object;
  logger: Logger;
  context: (request: RequestInfo) => TContext;
  ready: () => Promise<void>;
  security: SubgraphSecurity;
  /** Checks before GraphQL runs (where a mutation runs: idempotent-writes.ts). */
  guards?: RequestHandler[];
}

export function subgraphService<TContext extends BaseContext>(
  definition: SubgraphDefinition<TContext>,
): ServiceOptions<TContext> {
  const typeDefs = parse(definition.typeDefs);
  const schema = buildSubgraphSchema({
    typeDefs,
    // Codegen's resolver types are stricter than @apollo/subgraph's map type; the shapes agree at run time.
    resolvers: definition.resolvers as GraphQLResolverMap<unknown>,
  });
  // The subgraph's own check of @access, independent of the gateway's.
  enforceAccessInSubgraph(schema, readAccessRules(typeDefs));
  return {
    name: definition.name,
    logger: definition.logger,
    apollo: {
      schema,
      includeStacktraceInErrorResponses: definition.security.stacktraces,
      hideSchemaDetailsFromClientErrors: definition.security.production,
      plugins: [
        // Traces are for Apollo's hosted studio, which this project does not use.
        ApolloServerPluginInlineTraceDisabled(),
        // Cache hints for the gateway's response cache (it drops answers on every change, so the lifetime can be long);
        // fields under @access hint maxAge 0 (lib/auth/access.ts), so restricted data is never kept.
        ApolloServerPluginCacheControl({ defaultMaxAge: SUBGRAPH_CACHE_MAX_AGE_SECONDS }),
      ],
    },
    context: definition.context,
    ready: definition.ready,
    guards: definition.guards ?? [],
    authenticate: authenticateGatewayRequest(definition.security),
    // Behind the gateway, which enforces each caller's body limit; imports arrive as large text.
    maxBodyBytes: 50 * 1024 * 1024,
    production: definition.security.production,
    reportsDatabaseFailures: true,
  };
}

/** Where a subgraph's mutations run (runSubgraph passes the configured ones; tests take the defaults). */
export interface SubgraphWrites<TDb> {
  /** The client of mutations, with DB_MUTATION_STATEMENT_TIMEOUT_MS; the read client when omitted. */
  db?: TDb;
  /** Longest transaction of a mutation sent with an Idempotency-Key, and the wait for its connection. */
  timeoutMs?: number;
  maxWaitMs?: number;
  /** How long an Idempotency-Key's answer is kept. */
  ttlMs?: number;
}

const DEFAULT_WRITES = { timeoutMs: 120_000, maxWaitMs: 3_000, ttlMs: 24 * 3_600_000 };

/** A subgraph's database as the health check needs it. */
interface Pingable {
  $queryRawUnsafe(query: string): Promise<unknown>;
}

/**
 * A subgraph's service from its name, resolvers and context factory: the
 * SDL read from subgraphs/<name>/schema.graphql, the caller's identity and
 * language passed to the context, and a health check that asks the database.
 */
export function defineSubgraph<TDb extends Pingable, TContext extends BaseContext>(
  name: SubgraphName,
  resolvers: object,
  createContext: (db: TDb, logger: Logger, requestId: string, viewer: Viewer, language: Language) => TContext,
): (db: TDb, logger: Logger, security: SubgraphSecurity, writes?: SubgraphWrites<TDb>) => ServiceOptions<TContext> {
  return (db, logger, security, writes = {}) =>
    subgraphService({
      name,
      typeDefs: readSubgraphSdl(name),
      resolvers,
      logger,
      // A mutation runs on the client idempotentWrites chose (the write client, or its transaction).
      context: ({ requestId, viewer, headers, locals }) =>
        createContext((locals.db as TDb | undefined) ?? db, logger, requestId, viewer, requestLanguage(headers)),
      guards: [
        idempotentWrites({
          // Prisma's generated client has this shape; its overloaded $transaction type does not say so.
          db: (writes.db ?? db) as unknown as TransactionalDb,
          timeoutMs: writes.timeoutMs ?? DEFAULT_WRITES.timeoutMs,
          maxWaitMs: writes.maxWaitMs ?? DEFAULT_WRITES.maxWaitMs,
          ttlMs: writes.ttlMs ?? DEFAULT_WRITES.ttlMs,
        }),
      ],
      security,
      ready: async () => {
        await db.$queryRawUnsafe('SELECT 1');
      },
    });
}
