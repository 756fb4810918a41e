// Starts the gateway on GATEWAY_PORT, in front of the three subgraphs: one
// process, or GATEWAY_WORKERS worker processes sharing the port.
import cluster from 'node:cluster';
import { exitOnConfigError, readEnv } from '../../lib/config.js';
import { limitHeapGrowth } from '../../lib/heap-growth.js';
import { startService, stopOnSignals } from '../../lib/graphql/http.js';
import { reportListening } from '../../lib/listening.js';
import { createLogger } from '../../lib/logger.js';
import { runPrimary, workerBus } from './cluster.js';
import { gatewayService, readSupergraph, subgraphUrls } from './server.js';

let env;
let options;
try {
  env = readEnv();
  limitHeapGrowth(env.HEAP_GROWTH_PERCENT);
  const supergraphSdl = readSupergraph(env.SUPERGRAPH_PATH);
  const logger = createLogger('gateway', env.LOG_LEVEL);
  if (env.GATEWAY_WORKERS > 1 && cluster.isPrimary) {
    runPrimary(env.GATEWAY_WORKERS, logger);
  } else {
    options = gatewayService({
      env,
      supergraphSdl,
      urls: subgraphUrls(env),
      logger,
      ...(cluster.isWorker ? { bus: workerBus() } : {}),
    });
  }
} catch (error) {
  exitOnConfigError(error);
}
if (options) {
  const { logger } = options;
  try {
    const service = await startService(options, { port: env.GATEWAY_PORT, host: env.HOST });
    stopOnSignals(service, logger);
    reportListening('gateway', service);
  } catch (error) {
    logger.fatal({ err: error }, 'gateway failed to start');
    process.exit(1);
  }
}
