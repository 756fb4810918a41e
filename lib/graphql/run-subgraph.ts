/**
 * The start-up every subgraph process shares: configuration, its database
 * prepared (created, migrated), demo data loaded when the database is empty,
 * then listening until SIGINT/SIGTERM.
 */
import type { BaseContext } from '@apollo/server';
import { subgraphSecurity, type SubgraphSecurity } from '../auth/subgraph-auth.js';
import {
  ConfigError,
  demoDataEnabled,
  exitOnConfigError,
  readEnv,
  subgraphPort,
  type SubgraphName,
} from '../config.js';
import { prepareDatabase } from '../database/prepare.js';
import type { DbOptions } from '../database/prisma.js';
import { requireDatabaseUrl } from '../database/url.js';
import { limitHeapGrowth } from '../heap-growth.js';
import { reportListening } from '../listening.js';
import { createLogger, type Logger } from '../logger.js';
import { httpTimings, startService, stopOnSignals, type ServiceOptions } from './http.js';
import type { SubgraphWrites } from './subgraph.js';

/** Connections for mutations: few run at once, and reads keep their own pool. */
const WRITE_POOL_SIZE = 4;

interface Disconnectable {
  $disconnect(): Promise<void>;
}

export async function runSubgraph<TDb extends Disconnectable, TContext extends BaseContext>(
  name: SubgraphName,
  parts: {
    createDb: (url: string, options: DbOptions) => TDb;
    service: (
      db: TDb,
      logger: Logger,
      security: SubgraphSecurity,
      writes: SubgraphWrites<TDb>,
    ) => ServiceOptions<TContext>;
    /** Loads demo data into an empty database (DEMO_DATA=auto); injected by the entry point so lib/ never ships the demo generator. */
    seedDemoData?: (databaseUrl: string, logger: Logger) => Promise<unknown>;
  },
): Promise<void> {
  let env;
  let databaseUrl: string;
  try {
    env = readEnv();
    limitHeapGrowth(env.HEAP_GROWTH_PERCENT);
    databaseUrl = requireDatabaseUrl(env, name);
  } catch (error) {
    exitOnConfigError(error);
  }
  const logger = createLogger(name, env.LOG_LEVEL);
  try {
    await prepareDatabase(name, databaseUrl, logger);
    if (demoDataEnabled(env) && parts.seedDemoData) await seedOrExplain(parts.seedDemoData, databaseUrl, logger);
    const db = parts.createDb(databaseUrl, {
      connectTimeoutMs: env.DB_CONNECT_TIMEOUT_MS,
      statementTimeoutMs: env.DB_STATEMENT_TIMEOUT_MS,
    });
    // Mutations (imports among them) on a client of their own, whose statements may take longer than a read's.
    const writeDb = parts.createDb(databaseUrl, {
      connectTimeoutMs: env.DB_CONNECT_TIMEOUT_MS,
      statementTimeoutMs: env.DB_MUTATION_STATEMENT_TIMEOUT_MS,
      poolSize: WRITE_POOL_SIZE,
      use: 'writes',
    });
    const writes = {
      db: writeDb,
      timeoutMs: env.DB_MUTATION_STATEMENT_TIMEOUT_MS,
      maxWaitMs: env.DB_CONNECT_TIMEOUT_MS,
      ttlMs: env.IDEMPOTENCY_TTL_MS,
    };
    const service = await startService(
      { ...parts.service(db, logger, subgraphSecurity(env), writes), timings: httpTimings(env) },
      {
        port: subgraphPort(env, name),
        host: env.HOST,
      },
    );
    stopOnSignals(service, logger, async () => {
      await Promise.all([db.$disconnect(), writeDb.$disconnect()]);
    });
    reportListening(name, service);
  } catch (error) {
    if (error instanceof ConfigError) exitOnConfigError(error);
    logger.fatal({ err: error }, `${name} subgraph failed to start`);
    process.exit(1);
  }
}

/** Loads the demo data; a build without the demo generator (a production image) says how to get it or turn it off. */
async function seedOrExplain(
  seed: (databaseUrl: string, logger: Logger) => Promise<unknown>,
  databaseUrl: string,
  logger: Logger,
): Promise<void> {
  try {
    await seed(databaseUrl, logger);
  } catch (error) {
    if ((error as { code?: string }).code !== 'ERR_MODULE_NOT_FOUND') throw error;
    throw new ConfigError(
      'DEMO_DATA=auto, but this build has no demo generator (the image leaves it out unless built with ' +
        '`--build-arg DEMO_DATA=auto`): rebuild with it, or set DEMO_DATA=off and load real data (README, "Real data"). ' +
        `(${(error as Error).message})`,
    );
  }
}
