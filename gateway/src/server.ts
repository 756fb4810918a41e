/**
 * Builds the gateway: @apollo/gateway serving the committed supergraph
 * (schema/supergraph.graphql), with each subgraph's URL taken from
 * configuration rather than from the file. In front of planning: the
 * caller's identity, abuse limits per role, and @access checked against the
 * supergraph. index.ts only starts it.
 */
import fs from 'node:fs';
import { ApolloGateway, type RemoteGraphQLDataSource } from '@apollo/gateway';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { ApolloServerPluginCacheControl } from '@apollo/server/plugin/cacheControl';
import { GraphQLError, parse } from 'graphql';
import {
  ConfigError,
  introspectionAllowed,
  SUBGRAPH_NAMES,
  subgraphUrl,
  type Env,
  type SubgraphName,
} from '../../lib/config.js';
import { readAccessRules } from '../../lib/auth/access.js';
import { createInternalTokenSigner } from '../../lib/auth/internal-token-cache.js';
import { createCallerVerifier, INTERNAL_TOKEN_HEADER } from '../../lib/auth/tokens.js';
import type { Viewer } from '../../lib/auth/viewer.js';
import { authenticateCaller } from '../../lib/auth/caller-auth.js';
import { httpTimings, type ServiceOptions } from '../../lib/graphql/http.js';
import { IDEMPOTENCY_HEADER } from '../../lib/graphql/idempotent-writes.js';
import type { Logger } from '../../lib/logger.js';
import { observeSubgraphFetches } from '../../lib/observability/subgraph-fetch.js';
import { injectTraceContext } from '../../lib/observability/tracing.js';
import { batchLimit, rateLimitPerCaller, tokenLimit, trustedDocuments } from './guards.js';
import { createLocalBus, type InvalidationBus } from '../../lib/events/changes.js';
import { createUndiciFetcher } from './fetcher/undici.js';
import { resolveLimits } from './limits.js';
import { operationGuardPlugin } from './operation-guards.js';
import { announceMutations } from './response-cache/changes-plugin.js';
import { changesRoute } from './response-cache/changes-route.js';
import { responseCache } from './response-cache/plugin.js';
import { dashboardRoutes } from './dashboard.js';
import { explorerRoutes, sandboxCors } from './explorer.js';
import { introspectionPlugin } from './introspection.js';
import { errorHintsPlugin } from './error-hints.js';
import { connectSharedState } from './shared-state/index.js';
import { admission } from './admission.js';
import {
  forwardIdempotencyKey,
  idempotency,
  noteReplay,
  replayHeaderPlugin,
  type IdempotencyContext,
} from './idempotency.js';
import { operationKindOfText } from './fetcher/operation.js';
import { ResilientDataSource, subgraphPolicies } from './fetcher/resilience.js';
import { gatewayReadiness } from './readiness.js';
import { requireOperation, stampRequestId } from './request-errors.js';

export interface GatewayContext extends IdempotencyContext {
  requestId: string;
  viewer: Viewer;
  /** The caller's Accept-Language, passed on to the subgraphs. */
  acceptLanguage?: string;
  /** The signed token that vouches for the caller to the subgraphs, made on first use. */
  internalToken?: Promise<string>;
  /** The subgraphs this request sent something to (a mutation announces them as changed). */
  subgraphsReached?: Set<SubgraphName>;
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
export class SubgraphDataSource extends ResilientDataSource<GatewayContext> {
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

export interface GatewayOptions {
  env: Env;
  supergraphSdl: string;
  urls: Record<string, string>;
  logger: Logger;
  /** Called for each request the gateway sends to a subgraph (tests count fetches with it). */
  onSubgraphFetch?: (subgraph: string) => void;
  /** Tests switch the gateway's @access check off to prove the subgraphs' own check holds. */
  enforceAccess?: () => boolean;
  /** Where changes are announced and heard (one per process by default; the workers share one through the primary). */
  bus?: InvalidationBus;
}

// eslint-disable-next-line max-lines-per-function -- one place wires the gateway's plugins, guards and data sources in the order they run; several engineers change it, so it is split only when they are done
export function gatewayService(options: GatewayOptions): ServiceOptions<GatewayContext> {
  const { env, logger } = options;
  const production = env.NODE_ENV === 'production';
  const limits = resolveLimits(env.GATEWAY_LIMITS);
  const accessRules = readAccessRules(parse(options.supergraphSdl));
  const verifier = createCallerVerifier(env);
  const introspection = introspectionAllowed(env);
  const signer = createInternalTokenSigner(env.INTERNAL_TOKEN_SECRET);
  // Replicas share rate limits, the response cache and its invalidation through Redis when configured.
  const shared = env.REDIS_URL
    ? connectSharedState(env.REDIS_URL, logger, options.bus ?? createLocalBus(), {
        responseCache: env.RESPONSE_CACHE === 'on',
      })
    : undefined;
  const bus = shared?.bus ?? options.bus ?? createLocalBus();
  // The pooled client underneath every subgraph's policies (fetcher/policy.ts).
  const fetcher = createUndiciFetcher({ idleSocketMs: env.SUBGRAPH_IDLE_SOCKET_MS });
  // Timeout, retry, circuit breaker and in-flight cap per subgraph, around the pooled client.
  const policies = subgraphPolicies(env, options.urls, fetcher);
  const policyFor = (name: string) => {
    const policy = policies.get(name);
    if (!policy) throw new Error(`no URL for subgraph ${name}`);
    return policy;
  };

  const gateway = new ApolloGateway({
    supergraphSdl: options.supergraphSdl,
    // Each fetch's parsed document, kept with the cached plan: the data source reads its kind and paths from it.
    queryPlannerConfig: { exposeDocumentNodeInFetchNode: true },
    buildService: ({ name, url }) => {
      const target = options.urls[name] ?? url;
      if (!target) throw new Error(`no URL for subgraph ${name}`);
      const source = new SubgraphDataSource(name, policyFor(name), {
        url: target,
        willSendRequest: async ({ request, context }) => {
          options.onSubgraphFetch?.(name);
          (context.subgraphsReached ??= new Set()).add(name);
          // The request id travels to every subgraph, so one id ties all the logs of a request together.
          if (context.requestId) request.http?.headers.set('x-request-id', context.requestId);
          // Labels follow the caller's Accept-Language when a query names no language.
          if (context.acceptLanguage) request.http?.headers.set('accept-language', context.acceptLanguage);
          injectTraceContext(request.http?.headers);
          forwardIdempotencyKey(context, operationKindOfText(request.query), request.http?.headers);
          if (context.viewer) {
            context.internalToken ??= signer.sign(context.viewer);
            request.http?.headers.set(INTERNAL_TOKEN_HEADER, await context.internalToken);
          }
        },
        didReceiveResponse: ({ response, context }) => {
          noteReplay(context, response.http?.headers);
          return response;
        },
      });
      return observeSubgraphFetches(name, source);
    },
    logger,
  });
  let started = false;
  const readiness = gatewayReadiness(options.urls, policyFor, env.HEALTH_TIMEOUT_MS);
  return {
    name: 'gateway',
    logger,
    production,
    trustProxy: env.TRUST_PROXY,
    maxBodyBytes: (viewer) =>
      viewer.role === 'admin' || viewer.role === 'donor'
        ? Math.max(env.MAX_IMPORT_BODY_BYTES, env.MAX_BODY_BYTES)
        : env.MAX_BODY_BYTES,
    authenticate: authenticateCaller(verifier),
    admission: admission(env.GATEWAY_MAX_IN_FLIGHT).handler,
    timings: httpTimings(env),
    cors: sandboxCors(),
    routes: [
      ...(introspection ? [explorerRoutes()] : []),
      dashboardRoutes(),
      changesRoute(bus, env.INTERNAL_TOKEN_SECRET),
    ],
    guards: [
      stampRequestId(),
      requireOperation(),
      idempotency({ ttlMs: env.IDEMPOTENCY_TTL_MS, maxKeys: env.IDEMPOTENCY_MAX_KEYS }),
      batchLimit(env.MAX_BATCH_SIZE),
      ...(env.TRUSTED_DOCUMENTS === 'only' ? [trustedDocuments(env.TRUSTED_DOCUMENTS_PATH)] : []),
      tokenLimit(limits),
      rateLimitPerCaller(limits, shared?.rateLimitStore),
    ],
    apollo: {
      gateway,
      introspection,
      // "Did you mean ...?" would tell the schema that introspection keeps to itself.
      hideSchemaDetailsFromClientErrors: !introspection,
      allowBatchedHttpRequests: true,
      includeStacktraceInErrorResponses: env.ERROR_STACKTRACES,
      plugins: [
        {
          serverWillStart: async () => {
            started = true;
            return {
              serverWillStop: async () => {
                await Promise.all([fetcher.close(), shared?.close()]);
              },
            };
          },
        },
        operationGuardPlugin({ limits, accessRules, enforceAccess: options.enforceAccess ?? (() => true) }),
        // Cache hints come from the subgraphs; they steer the response cache, never clients' caches (changes would not reach those).
        ApolloServerPluginCacheControl({ calculateHttpHeaders: false }),
        ...(env.RESPONSE_CACHE === 'on'
          ? [
              responseCache<GatewayContext>({
                bus,
                maxBytes: env.RESPONSE_CACHE_MAX_MB * 1024 * 1024,
                ...(shared?.responseCache ? { shared: shared.responseCache } : {}),
              }),
            ]
          : []),
        announceMutations<GatewayContext>(bus),
        replayHeaderPlugin<GatewayContext>(),
        introspectionPlugin<GatewayContext>(),
        errorHintsPlugin<GatewayContext>(),
        // Our own page for browsers (explorer.ts): Apollo's loads its scripts from a CDN.
        ApolloServerPluginLandingPageDisabled(),
      ],
    },
    context: ({ requestId, viewer, headers }) => ({
      requestId,
      viewer,
      cost: { spent: 0 },
      ...(typeof headers[IDEMPOTENCY_HEADER] === 'string' ? { idempotencyKey: headers[IDEMPOTENCY_HEADER] } : {}),
      ...(typeof headers['accept-language'] === 'string'
        ? { acceptLanguage: headers['accept-language'].slice(0, 200) }
        : {}),
    }),
    ready: async () => {
      if (!started) throw new Error('gateway not started');
      return shared ? shared.readiness(readiness) : readiness();
    },
  };
}
