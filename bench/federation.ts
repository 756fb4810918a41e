/**
 * The federation in the benchmark's process, as test/support/federation.ts
 * starts it for the tests (copied, not imported: the benchmark does not
 * depend on the test suite): three subgraphs and the gateway on free
 * loopback ports. Every SQL statement with its parameters is kept, so the
 * benchmark can EXPLAIN what an operation sent.
 */
import { SUBGRAPH_NAMES, readEnv, type Env, type SubgraphName } from '../lib/config.js';
import { subgraphSecurity } from '../lib/auth/subgraph-auth.js';
import { composeSupergraph } from '../lib/graphql/compose.js';
import { startService, type RunningService } from '../lib/graphql/http.js';
import { createLogger } from '../lib/logger.js';
import { gatewayService } from '../gateway/src/server.js';
import { createDb as createNgosDb } from '../subgraphs/ngos/src/db.js';
import { ngosService } from '../subgraphs/ngos/src/server.js';
import { createDb as createCouncilsDb } from '../subgraphs/councils/src/db.js';
import { councilsService } from '../subgraphs/councils/src/server.js';
import { createDb as createPartnersDb } from '../subgraphs/partners/src/db.js';
import { partnersService } from '../subgraphs/partners/src/server.js';
import type { DatabaseUrls } from './databases.js';

export interface Statement {
  subgraph: SubgraphName;
  sql: string;
  params: unknown[];
}

export interface BenchFederation {
  gatewayUrl: string;
  /** Statements sent since the last `statements.length = 0`. */
  statements: Statement[];
  query(
    query: string,
    variables?: Record<string, unknown>,
  ): Promise<{ data?: unknown; errors?: { message: string }[] }>;
  stop(): Promise<void>;
}

/**
 * Development mode as `npm start` runs it, with the public rate limit raised:
 * the benchmark sends hundreds of requests a minute from one address.
 */
export function benchEnv(): Env {
  return readEnv({
    NODE_ENV: 'development',
    LOG_LEVEL: 'silent',
    // The dashboards benchmark measures the work behind each answer, not the gateway's cache of it.
    RESPONSE_CACHE: 'off',
    GATEWAY_LIMITS: JSON.stringify({ public: { requestsPerMinute: 1_000_000 } }),
  });
}

export async function startBenchFederation(urls: DatabaseUrls): Promise<BenchFederation> {
  const env = benchEnv();
  const security = subgraphSecurity(env);
  const logger = createLogger('bench', 'silent');
  const statements: Statement[] = [];
  const dbs = {
    ngos: createNgosDb(urls.ngos),
    councils: createCouncilsDb(urls.councils),
    partners: createPartnersDb(urls.partners),
  };
  for (const name of SUBGRAPH_NAMES) {
    dbs[name].$on('query', (event: { query: string; params: string }) => {
      statements.push({ subgraph: name, sql: event.query, params: JSON.parse(event.params) as unknown[] });
    });
  }
  const listen = { port: 0, host: '127.0.0.1' };
  const running: RunningService[] = [];
  const ngos = await startService(ngosService(dbs.ngos, logger, security), listen);
  running.push(ngos);
  const councils = await startService(councilsService(dbs.councils, logger, security), listen);
  running.push(councils);
  const partners = await startService(partnersService(dbs.partners, logger, security), listen);
  running.push(partners);
  const gateway = await startService(
    gatewayService({
      env,
      supergraphSdl: composeSupergraph(),
      urls: { ngos: ngos.url, councils: councils.url, partners: partners.url },
      logger,
    }),
    listen,
  );
  running.push(gateway);

  return {
    gatewayUrl: gateway.url,
    statements,
    async query(query, variables) {
      const response = await fetch(gateway.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'apollo-require-preflight': 'true' },
        body: JSON.stringify({ query, variables }),
      });
      return (await response.json()) as { data?: unknown; errors?: { message: string }[] };
    },
    async stop() {
      for (const service of running.reverse()) await service.stop();
      await Promise.all(SUBGRAPH_NAMES.map((name) => dbs[name].$disconnect()));
    },
  };
}
