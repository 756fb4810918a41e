/**
 * `npm run seed [-- --scale N]`: prepares each subgraph's database and loads
 * the demo data into those that are empty (the configured databases, or the
 * embedded PostgreSQL's). `--scale 10` builds the 10x data set (180,000 NGOs)
 * for benchmarks; it only fills empty databases, so point it at fresh ones.
 */
import { parseArgs } from 'node:util';
import { generateDemoData } from '../demo/generate.js';
import { seedSubgraph } from '../demo/seed.js';
import { configuredDatabaseUrl, readEnv, SUBGRAPH_NAMES, type Env, type SubgraphName } from '../lib/config.js';
import { startEmbeddedPostgres, type EmbeddedServer } from '../lib/database/embedded.js';
import { prepareDatabase } from '../lib/database/prepare.js';
import { announceChange } from '../lib/events/announce.js';
import { createCliLogger } from '../lib/logger.js';

let env: Env;
let scale: number;
try {
  env = readEnv();
  const { values } = parseArgs({ options: { scale: { type: 'string', default: '1' } } });
  scale = Number(values.scale);
  if (!Number.isInteger(scale) || scale < 1 || scale > 100) {
    throw new Error(`--scale must be a whole number from 1 to 100, got ${JSON.stringify(values.scale)}`);
  }
} catch (error) {
  // A bad variable or a bad --scale: the message says which, and what to do.
  process.stderr.write(`${(error as Error).message}\n`);
  process.exit(2);
}

const logger = createCliLogger('seed', env.LOG_LEVEL);
let database: EmbeddedServer | undefined;
try {
  const urls = Object.fromEntries(SUBGRAPH_NAMES.map((name) => [name, configuredDatabaseUrl(env, name)]));
  if (SUBGRAPH_NAMES.some((name) => !urls[name])) {
    database = await startEmbeddedPostgres({ dataDir: env.EMBEDDED_PG_DIR, port: env.EMBEDDED_PG_PORT, logger });
    for (const name of SUBGRAPH_NAMES) urls[name] ??= `${database.serverUrl}/civic_${name}`;
  }
  const data = generateDemoData({ scale });
  const seeded: SubgraphName[] = [];
  for (const name of SUBGRAPH_NAMES) {
    const url = urls[name]!;
    await prepareDatabase(name, url, logger);
    const result = await seedSubgraph(name, url, { logger, scale, data });
    if (result.seeded) seeded.push(name);
    else logger.info({ subgraph: name }, 'already has data; left as it is');
  }
  // A running gateway drops the answers it keeps from what was seeded (within a second).
  if (seeded.length) await announceChange(env, { source: 'cli:seed', subgraphs: seeded }, logger);
} catch (error) {
  logger.fatal({ err: error }, 'seeding failed');
  process.exitCode = 1;
} finally {
  await database?.stop();
}
