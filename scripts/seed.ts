/**
 * `npm run seed [-- --scale N]`: prepares each subgraph's database and loads
 * the demo data into those that are empty (the configured databases, or the
 * embedded PostgreSQL's). `--scale 10` builds the 10x data set (180,000 NGOs)
 * for benchmarks; it only fills empty databases, so point it at fresh ones.
 */
import { generateDemoData } from '../demo/generate.js';
import { seedSubgraph } from '../demo/seed.js';
import { parseCli } from '../lib/cli-args.js';
import {
  configuredDatabaseUrl,
  exitOnConfigError,
  readEnv,
  SUBGRAPH_NAMES,
  type Env,
  type SubgraphName,
} from '../lib/config.js';
import { startEmbeddedPostgres, type EmbeddedServer } from '../lib/database/embedded.js';
import { prepareDatabase } from '../lib/database/prepare.js';
import { announceChange } from '../lib/events/announce.js';
import { createCliLogger } from '../lib/logger.js';

const cli = parseCli({
  usage: `Usage: npm run seed [-- --scale N]

Prepares each subgraph's database (creates and migrates it) and loads the
generated demo data into those that are empty: the configured databases
(NGOS_DATABASE_URL, COUNCILS_DATABASE_URL, PARTNERS_DATABASE_URL or
DATABASE_URL), else the embedded PostgreSQL of \`npm start\`. A database that
already has data is left as it is. The demo data is generated, not real: for
real data see \`npm run sync\` and \`npm run import:iati\`.

  --scale N   N times the demo data set, 1 to 100 (default 1; 10 builds
              180,000 NGOs, for benchmarks)`,
  options: { scale: { type: 'string', default: '1' } },
});
const scale = Number(cli.values.scale);
if (!Number.isInteger(scale) || scale < 1 || scale > 100)
  cli.fail(`--scale must be a whole number from 1 to 100, got ${JSON.stringify(cli.values.scale)}`);

let env: Env;
try {
  env = readEnv();
} catch (error) {
  exitOnConfigError(error);
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
