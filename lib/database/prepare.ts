/**
 * Gets a subgraph's database ready: created if missing, migrations applied.
 * Each subgraph process runs this for its own database at start-up.
 */
import path from 'node:path';
import { PROJECT_ROOT, type SubgraphName } from '../config.js';
import type { Logger } from '../logger.js';
import { ensureDatabase } from './ensure-database.js';
import { applyMigrations } from './migrate.js';

export function migrationsDir(name: SubgraphName): string {
  return path.join(PROJECT_ROOT, 'subgraphs', name, 'prisma', 'migrations');
}

export async function prepareDatabase(name: SubgraphName, databaseUrl: string, logger: Logger): Promise<void> {
  const created = await ensureDatabase(databaseUrl);
  if (created === 'created') logger.info({ database: new URL(databaseUrl).pathname.slice(1) }, 'database created');
  const applied = await applyMigrations(databaseUrl, migrationsDir(name));
  if (applied.length) logger.info({ migrations: applied }, 'migrations applied');
}
