// Starts the gateway on GATEWAY_PORT, in front of the three subgraphs.
import { exitOnConfigError, readEnv } from '../../lib/config.js';
import { startService, stopOnSignals } from '../../lib/graphql/http.js';
import { createLogger } from '../../lib/logger.js';
import { gatewayService, readSupergraph, subgraphUrls } from './server.js';

let env;
let supergraphSdl: string;
try {
  env = readEnv();
  supergraphSdl = readSupergraph(env.SUPERGRAPH_PATH);
} catch (error) {
  exitOnConfigError(error);
}
const logger = createLogger('gateway', env.LOG_LEVEL);
try {
  const options = gatewayService({ supergraphSdl, urls: subgraphUrls(env), logger, development: env.NODE_ENV !== 'production' });
  const service = await startService(options, { port: env.GATEWAY_PORT, host: env.HOST });
  stopOnSignals(service, logger);
} catch (error) {
  logger.fatal({ err: error }, 'gateway failed to start');
  process.exit(1);
}
