/**
 * What the data CLIs share: the subgraph's database is the configured one,
 * else the embedded PostgreSQL of `npm start`, prepared (created, migrated)
 * before use. (Their logs go to stderr through createCliLogger, so stdout
 * carries the report alone.)
 */
import { configuredDatabaseUrl, type Env, type SubgraphName } from '../lib/config.js';
import { startEmbeddedPostgres, type EmbeddedServer } from '../lib/database/embedded.js';
import type { DbOptions } from '../lib/database/prisma.js';
import { prepareDatabase } from '../lib/database/prepare.js';
import type { Logger } from '../lib/logger.js';

/** Runs `work` on the subgraph's database; the embedded server, if started, is stopped afterwards. */
export async function withDatabase<T>(
  env: Env,
  name: SubgraphName,
  logger: Logger,
  work: (url: string) => Promise<T>,
): Promise<T> {
  let server: EmbeddedServer | undefined;
  try {
    let url = configuredDatabaseUrl(env, name);
    if (!url) {
      server = await startEmbeddedPostgres({ dataDir: env.EMBEDDED_PG_DIR, port: env.EMBEDDED_PG_PORT, logger });
      url = `${server.serverUrl}/civic_${name}`;
    }
    await prepareDatabase(name, url, logger);
    return await work(url);
  } finally {
    await server?.stop();
  }
}

/**
 * The database client options of a command that writes whole files or
 * datasets: its statements get the import timeout, not a request's.
 */
export function importDbOptions(env: Env): DbOptions {
  return { connectTimeoutMs: env.DB_CONNECT_TIMEOUT_MS, statementTimeoutMs: env.DB_IMPORT_STATEMENT_TIMEOUT_MS };
}
