// Starts the gateway on GATEWAY_PORT, in front of the three subgraphs.
import { exitOnConfigError, readEnv } from '../../lib/config.js';
import { startService, stopOnSignals } from '../../lib/graphql/http.js';
import { reportListening } from '../../lib/listening.js';
import { createLogger } from '../../lib/logger.js';
import { gatewayService, readSupergraph, subgraphUrls } from './server.js';

let env;
let options;
try {
  env = readEnv();
  const supergraphSdl = readSupergraph(env.SUPERGRAPH_PATH);
  options = gatewayService({
    env,
    supergraphSdl,
    urls: subgraphUrls(env),
    logger: createLogger('gateway', env.LOG_LEVEL),
  });
} catch (error) {
  exitOnConfigError(error);
}
const { logger } = options;
try {
  const service = await startService(options, { port: env.GATEWAY_PORT, host: env.HOST });
  stopOnSignals(service, logger);
  reportListening('gateway', service);
} catch (error) {
  logger.fatal({ err: error }, 'gateway failed to start');
  process.exit(1);
}
