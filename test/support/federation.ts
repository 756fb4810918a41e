/**
 * The whole federation in the test process: the three subgraphs and the
 * gateway on free loopback ports, each subgraph on a fresh copy of the demo
 * data. Every SQL statement each subgraph sends is counted, and every fetch
 * the gateway makes to a subgraph too.
 */
import { SUBGRAPH_NAMES, type SubgraphName } from '../../lib/config.js';
import { composeSupergraph } from '../../lib/graphql/compose.js';
import { startService, type RunningService } from '../../lib/graphql/http.js';
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

export interface Federation {
  gatewayUrl: string;
  subgraphUrls: Record<SubgraphName, string>;
  databaseUrls: Record<SubgraphName, string>;
  /** SQL statements each subgraph has sent since the last reset. */
  statements: Record<SubgraphName, string[]>;
  /** Requests the gateway made to each subgraph since the last reset. */
  fetches: Record<SubgraphName, number>;
  resetCounts(): void;
  query<T = Record<string, unknown>>(query: string, variables?: Record<string, unknown>, url?: string): Promise<GraphQLResponse<T>>;
  stop(): Promise<void>;
}

export async function postGraphQL<T>(url: string, query: string, variables?: Record<string, unknown>): Promise<GraphQLResponse<T>> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'apollo-require-preflight': 'true' },
    body: JSON.stringify({ query, variables }),
  });
  return (await response.json()) as GraphQLResponse<T>;
}

export async function startFederation(): Promise<Federation> {
  const logger = createLogger('test', process.env.TEST_LOG_LEVEL ?? 'silent');
  const statements: Record<SubgraphName, string[]> = { ngos: [], councils: [], partners: [] };
  const fetches: Record<SubgraphName, number> = { ngos: 0, councils: 0, partners: 0 };
  const databaseUrls = Object.fromEntries(
    await Promise.all(SUBGRAPH_NAMES.map(async (name) => [name, await demoDatabase(name)] as const)),
  ) as Record<SubgraphName, string>;

  const count = (name: SubgraphName) => ({ onQuery: (sql: string) => void statements[name].push(sql) });
  const ngosDb = createNgosDb(databaseUrls.ngos, count('ngos'));
  const councilsDb = createCouncilsDb(databaseUrls.councils, count('councils'));
  const partnersDb = createPartnersDb(databaseUrls.partners, count('partners'));
  const listen = { port: 0, host: '127.0.0.1' };
  const running: RunningService[] = [];
  const ngos = await startService(ngosService(ngosDb, logger), listen);
  running.push(ngos);
  const councils = await startService(councilsService(councilsDb, logger), listen);
  running.push(councils);
  const partners = await startService(partnersService(partnersDb, logger), listen);
  running.push(partners);
  const subgraphUrls = { ngos: ngos.url, councils: councils.url, partners: partners.url };

  const gatewayOptions = gatewayService({
    supergraphSdl: composeSupergraph(),
    urls: subgraphUrls,
    logger,
    development: true,
    onSubgraphFetch: (name) => void (fetches[name as SubgraphName] += 1),
  });
  const gateway = await startService(gatewayOptions, listen);
  running.push(gateway);

  return {
    gatewayUrl: gateway.url,
    subgraphUrls,
    databaseUrls,
    statements,
    fetches,
    resetCounts() {
      for (const name of SUBGRAPH_NAMES) {
        statements[name].length = 0;
        fetches[name] = 0;
      }
    },
    query: (query, variables, url = gateway.url) => postGraphQL(url, query, variables),
    async stop() {
      for (const service of running.reverse()) await service.stop();
      await Promise.all([ngosDb.$disconnect(), councilsDb.$disconnect(), partnersDb.$disconnect()]);
      await Promise.all(Object.values(databaseUrls).map(dropDatabase));
    },
  };
}
