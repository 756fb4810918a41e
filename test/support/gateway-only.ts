/**
 * The gateway alone on a free loopback port, its subgraphs pointing at a
 * closed port: enough for what the gateway answers itself (limits, rate
 * limits, introspection, malformed requests, its pages), and it starts in
 * a fraction of the time the whole federation takes.
 */
import { SUBGRAPH_NAMES, type SubgraphName } from '../../lib/config.js';
import { composeSupergraph } from '../../lib/graphql/compose.js';
import { startService, type RunningService } from '../../lib/graphql/http.js';
import { createLogger } from '../../lib/logger.js';
import { gatewayService } from '../../gateway/src/server.js';
import { testEnv } from './federation.js';

export interface GatewayOnly extends RunningService {
  /** The gateway's origin, e.g. http://127.0.0.1:43123 */
  origin: string;
}

export async function startGatewayOnly(env: Record<string, string> = {}): Promise<GatewayOnly> {
  // Port 9 (discard) on loopback: nothing listens, so a subgraph fetch fails at once.
  const urls = Object.fromEntries(SUBGRAPH_NAMES.map((name) => [name, 'http://127.0.0.1:9/graphql'])) as Record<
    SubgraphName,
    string
  >;
  const service = await startService(
    gatewayService({
      env: testEnv(env),
      supergraphSdl: composeSupergraph(),
      urls,
      logger: createLogger('test', process.env.TEST_LOG_LEVEL ?? 'silent'),
    }),
    { port: 0, host: '127.0.0.1' },
  );
  return { ...service, origin: new URL(service.url).origin };
}
