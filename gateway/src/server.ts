/**
 * Builds the gateway: @apollo/gateway serving the committed supergraph
 * (schema/supergraph.graphql), with each subgraph's URL taken from
 * configuration rather than from the file. In front of planning: the
 * caller's identity, abuse limits per role, and @access checked against the
 * supergraph. index.ts only starts it.
 */
import fs from 'node:fs';
import { ApolloGateway, RemoteGraphQLDataSource } from '@apollo/gateway';
import type { ApolloServerPlugin, BaseContext } from '@apollo/server';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { getVariableValues, GraphQLError, parse, type GraphQLSchema, type OperationDefinitionNode } from 'graphql';
import {
  ConfigError,
  introspectionAllowed,
  SUBGRAPH_NAMES,
  subgraphUrl,
  type Env,
  type SubgraphName,
} from '../../lib/config.js';
import { checkOperationAccess, readAccessRules, type AccessRules } from '../../lib/auth/access.js';
import { createCallerVerifier, INTERNAL_TOKEN_HEADER, signInternalToken } from '../../lib/auth/tokens.js';
import type { Viewer } from '../../lib/auth/viewer.js';
import { authenticateCaller } from '../../lib/auth/caller-auth.js';
import type { ServiceOptions } from '../../lib/graphql/http.js';
import type { Logger } from '../../lib/logger.js';
import { batchLimit, rateLimitPerCaller, tokenLimit, trustedDocuments } from './guards.js';
import { errorHintsPlugin } from './error-hints.js';
import { introspectionPlugin } from './introspection.js';
import { connectRedis } from './shared-state/redis.js';
import { SharedRateLimitStore } from './shared-state/rate-limit-store.js';
import { checkOperationLimits, resolveLimits, type Limits } from './limits.js';
import { requireOperation, stampRequestId } from './request-errors.js';

export interface GatewayContext extends BaseContext {
  requestId: string;
  viewer: Viewer;
  /** The caller's Accept-Language, passed on to the subgraphs. */
  acceptLanguage?: string;
  /** The signed token that vouches for the caller to the subgraphs, made on first use. */
  internalToken?: Promise<string>;
  /**
   * The estimated cost of the request's operations so far. Apollo gives each
   * operation of a batch a shallow copy of the context, so this object (not a
   * number) is what the batch shares: one budget for the whole request.
   */
  cost: { spent: number };
}

type FetcherResponse = Parameters<RemoteGraphQLDataSource['errorFromResponse']>[0];

/**
 * A subgraph answers 400 when a value the gateway passed on (a Date, a
 * Currency, a Decimal) fails the subgraph's own scalar parsing: the gateway
 * cannot check custom scalars itself. That is the client's mistake, so the
 * client gets the subgraph's message as BAD_USER_INPUT rather than a bare
 * "400: Bad Request" internal error.
 */
export class SubgraphDataSource extends RemoteGraphQLDataSource<GatewayContext> {
  override async errorFromResponse(response: FetcherResponse): Promise<GraphQLError> {
    const error = await super.errorFromResponse(response);
    const body = (error.extensions.response as { body?: unknown } | undefined)?.body;
    const first = (body as { errors?: { message?: unknown }[] } | undefined)?.errors?.[0];
    if (response.status === 400 && typeof first?.message === 'string') {
      return new GraphQLError(first.message, { extensions: { code: 'BAD_USER_INPUT' } });
    }
    return error;
  }
}

export function readSupergraph(path: string): string {
  try {
    return fs.readFileSync(path, 'utf8');
  } catch (error) {
    throw new ConfigError(
      `SUPERGRAPH_PATH=${JSON.stringify(path)}: cannot read the supergraph (${String(error)}); run \`npm run compose\``,
    );
  }
}

/** Subgraph URLs by name, from the environment (NGOS_URL, ...) with localhost defaults. */
export function subgraphUrls(env: Env): Record<SubgraphName, string> {
  return Object.fromEntries(SUBGRAPH_NAMES.map((name) => [name, subgraphUrl(env, name)])) as Record<
    SubgraphName,
    string
  >;
}

function clientError(message: string, code: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code, http: { status: 400 } } });
}

/**
 * What the gateway's executor would otherwise report as an internal error:
 * an unknown operation name, a subscription (not supported here), and
 * variables that do not fit their declared types. Each is the client's to fix.
 */
function checkRequestShape(
  schema: GraphQLSchema,
  operation: OperationDefinitionNode | undefined,
  variables: Record<string, unknown> | undefined,
): void {
  if (!operation)
    throw clientError(
      'The document has no operation by that name: check operationName',
      'OPERATION_RESOLUTION_FAILURE',
    );
  if (operation.operation === 'subscription')
    throw clientError('Subscriptions are not supported: use a query', 'GRAPHQL_VALIDATION_FAILED');
  const coerced = getVariableValues(schema, operation.variableDefinitions ?? [], variables ?? {}, { maxErrors: 1 });
  if (coerced.errors?.[0]) throw clientError(coerced.errors[0].message, 'BAD_USER_INPUT');
  if (containsNul(variables) || containsNul(operation)) {
    throw clientError('Text may not contain NUL (\\u0000) characters: remove them', 'BAD_USER_INPUT');
  }
}

/** Whether any string in a value (variables, or the operation's literals) holds a NUL, which PostgreSQL text cannot store. */
function containsNul(value: unknown): boolean {
  if (typeof value === 'string') return value.includes('\u0000');
  if (Array.isArray(value)) return value.some(containsNul);
  if (value && typeof value === 'object')
    return Object.entries(value).some(([key, v]) => key !== 'loc' && containsNul(v));
  return false;
}

/** Checks before the query is planned: the role's limits, then @access against the supergraph. */
function operationGuardPlugin(
  limits: Limits,
  accessRules: AccessRules,
  enforceAccess: () => boolean,
): ApolloServerPlugin<GatewayContext> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ document, schema, contextValue, request, operation, source }) {
          checkRequestShape(schema, operation, request.variables);
          contextValue.cost.spent = checkOperationLimits(
            schema,
            document,
            limits[contextValue.viewer.role],
            {
              // The text that runs, however it came: as text, or by the hash of a persisted query.
              query: source,
              ...(request.variables ? { variables: request.variables } : {}),
              ...(request.operationName ? { operationName: request.operationName } : {}),
            },
            contextValue.cost.spent,
          );
          if (!enforceAccess()) return;
          const [denied] = checkOperationAccess(schema, document, accessRules, contextValue.viewer);
          if (denied)
            throw new GraphQLError(denied.message, { extensions: { ...denied.extensions, http: { status: 403 } } });
        },
      };
    },
  };
}

export interface GatewayOptions {
  env: Env;
  supergraphSdl: string;
  urls: Record<string, string>;
  logger: Logger;
  /** Called for each request the gateway sends to a subgraph (tests count fetches with it). */
  onSubgraphFetch?: (subgraph: string) => void;
  /** Tests switch the gateway's @access check off to prove the subgraphs' own check holds. */
  enforceAccess?: () => boolean;
}

// eslint-disable-next-line max-lines-per-function -- one place wires the gateway's plugins, guards and data sources in the order they run; several engineers change it, so it is split only when they are done
export function gatewayService(options: GatewayOptions): ServiceOptions<GatewayContext> {
  const { env, logger } = options;
  const production = env.NODE_ENV === 'production';
  const limits = resolveLimits(env.GATEWAY_LIMITS);
  const accessRules = readAccessRules(parse(options.supergraphSdl));
  const verifier = createCallerVerifier(env);
  const introspection = introspectionAllowed(env);

  const gateway = new ApolloGateway({
    supergraphSdl: options.supergraphSdl,
    buildService: ({ name, url }) => {
      const target = options.urls[name] ?? url;
      if (!target) throw new Error(`no URL for subgraph ${name}`);
      return new SubgraphDataSource({
        url: target,
        willSendRequest: async ({ request, context }) => {
          options.onSubgraphFetch?.(name);
          // The request id travels to every subgraph, so one id ties all the logs of a request together.
          if (context.requestId) request.http?.headers.set('x-request-id', context.requestId);
          // Labels follow the caller's Accept-Language when a query names no language.
          if (context.acceptLanguage) request.http?.headers.set('accept-language', context.acceptLanguage);
          if (context.viewer) {
            context.internalToken ??= signInternalToken(env.INTERNAL_TOKEN_SECRET, context.viewer, context.requestId);
            request.http?.headers.set(INTERNAL_TOKEN_HEADER, await context.internalToken);
          }
        },
      });
    },
    logger,
  });
  // Replicas share rate limits (and, with the response cache, its invalidation) through Redis when configured.
  const redis = env.REDIS_URL ? connectRedis(env.REDIS_URL, logger) : undefined;
  let started = false;
  return {
    name: 'gateway',
    logger,
    production,
    maxBodyBytes: (viewer) =>
      viewer.role === 'admin' || viewer.role === 'donor'
        ? Math.max(env.MAX_IMPORT_BODY_BYTES, env.MAX_BODY_BYTES)
        : env.MAX_BODY_BYTES,
    authenticate: authenticateCaller(verifier),
    guards: [
      stampRequestId(),
      requireOperation(),
      batchLimit(env.MAX_BATCH_SIZE),
      ...(env.TRUSTED_DOCUMENTS === 'only' ? [trustedDocuments(env.TRUSTED_DOCUMENTS_PATH)] : []),
      tokenLimit(limits),
      rateLimitPerCaller(limits, redis && new SharedRateLimitStore(redis)),
    ],
    apollo: {
      gateway,
      introspection,
      allowBatchedHttpRequests: true,
      includeStacktraceInErrorResponses: env.ERROR_STACKTRACES,
      plugins: [
        {
          serverWillStart: async () => {
            started = true;
            return { serverWillStop: async () => redis?.close() };
          },
        },
        operationGuardPlugin(limits, accessRules, options.enforceAccess ?? (() => true)),
        introspectionPlugin<GatewayContext>(),
        errorHintsPlugin<GatewayContext>(),
        ...(introspection ? [] : [ApolloServerPluginLandingPageDisabled()]),
      ],
    },
    context: ({ requestId, viewer, headers }) => ({
      requestId,
      viewer,
      cost: { spent: 0 },
      ...(typeof headers['accept-language'] === 'string'
        ? { acceptLanguage: headers['accept-language'].slice(0, 200) }
        : {}),
    }),
    ready: async () => {
      if (!started) throw new Error('gateway not started');
    },
  };
}
