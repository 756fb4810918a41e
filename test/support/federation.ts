/**
 * The whole federation in the test process: the three subgraphs and the
 * gateway on free loopback ports, each subgraph on a fresh copy of the demo
 * data. Every SQL statement each subgraph sends is counted, and every fetch
 * the gateway makes to a subgraph too.
 */
import { readEnv, SUBGRAPH_NAMES, type Env, type SubgraphName } from '../../lib/config.js';
import { subgraphSecurity } from '../../lib/auth/subgraph-auth.js';
import { INTERNAL_TOKEN_HEADER, signCallerToken, signInternalToken } from '../../lib/auth/tokens.js';
import { PUBLIC_VIEWER, type Role, type Viewer } from '../../lib/auth/viewer.js';
import { composeSupergraph } from '../../lib/graphql/compose.js';
import { startService, type RunningService } from '../../lib/graphql/http.js';
import type { DestinationStream } from 'pino';
import { print } from 'graphql';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { createLogger } from '../../lib/logger.js';
import { gatewayService } from '../../gateway/src/server.js';
import { createDb as createNgosDb } from '../../subgraphs/ngos/src/db.js';
import { ngosService } from '../../subgraphs/ngos/src/server.js';
import { createDb as createCouncilsDb } from '../../subgraphs/councils/src/db.js';
import { councilsService } from '../../subgraphs/councils/src/server.js';
import { createDb as createPartnersDb } from '../../subgraphs/partners/src/db.js';
import { partnersService } from '../../subgraphs/partners/src/server.js';
import { demoDatabase, dropDatabase } from './databases.js';

export interface GraphQLResponse<T = Record<string, unknown>> {
  data?: T | null;
  errors?: { message: string; path?: (string | number)[]; extensions?: Record<string, unknown> }[];
}

export interface QueryOptions {
  /** Where to send it: the gateway (default) or a subgraph's URL. */
  url?: string;
  /** Who asks: a role (the donor's organization defaults to the EU), a full viewer, or public (default). */
  as?: Role | Viewer;
  headers?: Record<string, string>;
}

export interface Federation {
  env: Env;
  gatewayUrl: string;
  subgraphUrls: Record<SubgraphName, string>;
  databaseUrls: Record<SubgraphName, string>;
  /** SQL statements each subgraph has sent since the last reset. */
  statements: Record<SubgraphName, string[]>;
  /** The same statements with their parameters (a JSON array), to EXPLAIN exactly what was sent. */
  recorded: Record<SubgraphName, { sql: string; params: string }[]>;
  /** Requests the gateway made to each subgraph since the last reset. */
  fetches: Record<SubgraphName, number>;
  resetCounts(): void;
  /** Stops one subgraph (to test how the gateway copes without it). */
  stopSubgraph(name: SubgraphName): Promise<void>;
  /** A document typed by codegen (`graphql()` from test/generated/) gives a typed result. */
  query<T = Record<string, unknown>, V = Record<string, unknown>>(
    query: string | TypedDocumentNode<T, V>,
    variables?: Record<string, unknown>,
    options?: QueryOptions,
  ): Promise<GraphQLResponse<T>>;
  stop(): Promise<void>;
}

/** A document typed by codegen (`graphql()` from test/generated/) gives a typed result. */
export async function postGraphQL<T, V = Record<string, unknown>>(
  url: string,
  query: string | TypedDocumentNode<T, V>,
  variables?: Record<string, unknown>,
  headers: Record<string, string> = {},
): Promise<GraphQLResponse<T>> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'apollo-require-preflight': 'true', ...headers },
    body: JSON.stringify({ query: typeof query === 'string' ? query : print(query), variables }),
  });
  return (await response.json()) as GraphQLResponse<T>;
}

/** The test environment: NODE_ENV=test, so subgraphs demand the gateway's token, as in production. */
export function testEnv(overrides: Record<string, string> = {}): Env {
  return readEnv({ NODE_ENV: 'test', LOG_LEVEL: 'silent', ...overrides });
}

export function viewerFor(as: Role | Viewer | undefined): Viewer {
  if (!as) return PUBLIC_VIEWER;
  if (typeof as !== 'string') return as;
  if (as === 'public') return PUBLIC_VIEWER;
  return { role: as, subject: `test-${as}`, organization: as === 'donor' ? 'XI-IATI-EC_INTPA' : null };
}

/** Headers that make a request as the viewer: a bearer token for the gateway, the gateway's own token for a subgraph. */
export async function authHeaders(
  env: Env,
  as: Role | Viewer | undefined,
  toSubgraph: boolean,
): Promise<Record<string, string>> {
  const viewer = viewerFor(as);
  if (toSubgraph)
    return { [INTERNAL_TOKEN_HEADER]: await signInternalToken(env.INTERNAL_TOKEN_SECRET, viewer, 'test') };
  if (viewer.role === 'public') return {};
  const token = await signCallerToken(env, {
    role: viewer.role,
    subject: viewer.subject ?? 'test',
    organization: viewer.organization,
  });
  return { authorization: `Bearer ${token}` };
}

export async function startFederation(
  options: { env?: Env; enforceAccessAtGateway?: () => boolean; logs?: DestinationStream } = {},
): Promise<Federation> {
  const env = options.env ?? testEnv();
  const security = subgraphSecurity(env);
  const logger = options.logs
    ? createLogger('test', 'debug', options.logs)
    : createLogger('test', process.env.TEST_LOG_LEVEL ?? 'silent');
  const statements: Record<SubgraphName, string[]> = { ngos: [], councils: [], partners: [] };
  const fetches: Record<SubgraphName, number> = { ngos: 0, councils: 0, partners: 0 };
  const databaseUrls = Object.fromEntries(
    await Promise.all(SUBGRAPH_NAMES.map(async (name) => [name, await demoDatabase(name)] as const)),
  ) as Record<SubgraphName, string>;

  const recorded: Federation['recorded'] = { ngos: [], councils: [], partners: [] };
  const count = (name: SubgraphName) => ({
    onQuery: (sql: string, params: string) => {
      statements[name].push(sql);
      recorded[name].push({ sql, params });
    },
  });
  const ngosDb = createNgosDb(databaseUrls.ngos, count('ngos'));
  const councilsDb = createCouncilsDb(databaseUrls.councils, count('councils'));
  const partnersDb = createPartnersDb(databaseUrls.partners, count('partners'));
  const listen = { port: 0, host: '127.0.0.1' };
  const running: RunningService[] = [];
  const ngos = await startService(ngosService(ngosDb, logger, security), listen);
  running.push(ngos);
  const councils = await startService(councilsService(councilsDb, logger, security), listen);
  running.push(councils);
  const partners = await startService(partnersService(partnersDb, logger, security), listen);
  running.push(partners);
  const subgraphUrls = { ngos: ngos.url, councils: councils.url, partners: partners.url };
  const bySubgraph: Record<SubgraphName, RunningService> = { ngos, councils, partners };
  const stopped = new Set<RunningService>();

  let gatewayOptions: ReturnType<typeof gatewayService>;
  try {
    gatewayOptions = gatewayService({
      env,
      supergraphSdl: composeSupergraph(),
      urls: subgraphUrls,
      logger,
      ...(options.enforceAccessAtGateway ? { enforceAccess: options.enforceAccessAtGateway } : {}),
      onSubgraphFetch: (name) => void (fetches[name as SubgraphName] += 1),
    });
  } catch (error) {
    // A gateway that refuses its configuration must not leave the subgraphs and databases behind.
    for (const service of running) await service.stop();
    await Promise.all([ngosDb.$disconnect(), councilsDb.$disconnect(), partnersDb.$disconnect()]);
    await Promise.all(Object.values(databaseUrls).map(dropDatabase));
    throw error;
  }
  const gateway = await startService(gatewayOptions, listen);
  running.push(gateway);

  return {
    env,
    gatewayUrl: gateway.url,
    subgraphUrls,
    databaseUrls,
    statements,
    recorded,
    fetches,
    resetCounts() {
      for (const name of SUBGRAPH_NAMES) {
        statements[name].length = 0;
        recorded[name].length = 0;
        fetches[name] = 0;
      }
    },
    query: async (query, variables, { url = gateway.url, as, headers = {} } = {}) => {
      const auth = await authHeaders(env, as, url !== gateway.url);
      return postGraphQL(url, query, variables, { ...auth, ...headers });
    },
    async stopSubgraph(name) {
      stopped.add(bySubgraph[name]);
      await bySubgraph[name].stop();
    },
    async stop() {
      for (const service of running.reverse()) if (!stopped.has(service)) await service.stop();
      await Promise.all([ngosDb.$disconnect(), councilsDb.$disconnect(), partnersDb.$disconnect()]);
      await Promise.all(Object.values(databaseUrls).map(dropDatabase));
    },
  };
}
