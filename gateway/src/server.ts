/**
 * Builds the gateway: @apollo/gateway serving the committed supergraph
 * (schema/supergraph.graphql), with each subgraph's URL taken from
 * configuration rather than from the file. index.ts only starts it.
 */
import fs from 'node:fs';
import { ApolloGateway, RemoteGraphQLDataSource } from '@apollo/gateway';
import type { BaseContext } from '@apollo/server';
import { GraphQLError } from 'graphql';
import { ConfigError, SUBGRAPH_NAMES, subgraphUrl, type Env, type SubgraphName } from '../../lib/config.js';
import type { ServiceOptions } from '../../lib/graphql/http.js';
import type { Logger } from '../../lib/logger.js';

export interface GatewayContext extends BaseContext {
  requestId: string;
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
    throw new ConfigError(`SUPERGRAPH_PATH=${JSON.stringify(path)}: cannot read the supergraph (${String(error)}); run \`npm run compose\``);
  }
}

/** Subgraph URLs by name, from the environment (NGOS_URL, ...) with localhost defaults. */
export function subgraphUrls(env: Env): Record<SubgraphName, string> {
  return Object.fromEntries(SUBGRAPH_NAMES.map((name) => [name, subgraphUrl(env, name)])) as Record<SubgraphName, string>;
}

export function gatewayService(
  options: {
    supergraphSdl: string;
    urls: Record<string, string>;
    logger: Logger;
    development: boolean;
    /** Called for each request the gateway sends to a subgraph (tests count fetches with it). */
    onSubgraphFetch?: (subgraph: string) => void;
  },
): ServiceOptions<GatewayContext> {
  const { logger } = options;
  const gateway = new ApolloGateway({
    supergraphSdl: options.supergraphSdl,
    buildService: ({ name, url }) => {
      const target = options.urls[name] ?? url;
      if (!target) throw new Error(`no URL for subgraph ${name}`);
      return new SubgraphDataSource({
        url: target,
        willSendRequest: ({ request, context }) => {
          options.onSubgraphFetch?.(name);
          // The request id travels to every subgraph, so one id ties all the logs of a request together.
          if (context.requestId) request.http?.headers.set('x-request-id', context.requestId);
        },
      });
    },
    logger,
  });
  let started = false;
  return {
    name: 'gateway',
    logger,
    apollo: {
      gateway,
      includeStacktraceInErrorResponses: options.development,
      plugins: [{ serverWillStart: async () => void (started = true) }],
    },
    context: ({ requestId }) => ({ requestId }),
    ready: async () => {
      if (!started) throw new Error('gateway not started');
    },
  };
}
