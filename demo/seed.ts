/**
 * Seeds a subgraph's database with its slice of the demo data, once: a
 * database whose main table already has rows is left alone. Everything goes
 * in one transaction, so a failed seed leaves the database empty, and an
 * advisory lock makes two processes starting at once seed it only once.
 */
import type { Logger } from 'pino';
import pg from 'pg';
import { generateDemoData } from './generate.js';
import { subgraphLoads, type SubgraphName } from './seed-tables.js';
import type { DemoData } from './types.js';

export interface SeedOptions {
  logger: Logger;
  scale?: number;
  /** Data generated beforehand, e.g. once for all three subgraphs; generated here when absent. */
  data?: DemoData;
}

export interface SeedResult {
  seeded: boolean;
  /** Rows inserted per table; empty when the database had data already. */
  rows: Record<string, number>;
}

/** The table whose rows say the database has data. */
const MAIN_TABLES: Record<SubgraphName, string> = { ngos: 'ngos', councils: 'public_councils', partners: 'partners' };

// Any fixed number, distinct from the migration lock's.
const SEED_LOCK = 72_707_370;

export async function seedSubgraph(name: SubgraphName, databaseUrl: string, options: SeedOptions): Promise<SeedResult> {
  const logger = options.logger.child({ subgraph: name });
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    await client.query('BEGIN');
    await client.query('SELECT pg_advisory_xact_lock($1)', [SEED_LOCK]);
    const main = MAIN_TABLES[name];
    const found = await client.query<{ seeded: boolean }>(`SELECT EXISTS (SELECT 1 FROM "${main}") AS seeded`);
    if (found.rows[0]?.seeded) {
      await client.query('ROLLBACK');
      logger.info({ table: main }, 'demo data not seeded: the database already has data');
      return { seeded: false, rows: {} };
    }
    // Generated only now, when it is needed: most start-ups find the data already there.
    const data = options.data ?? generateDemoData({ scale: options.scale });
    const rows: Record<string, number> = {};
    for (const load of subgraphLoads(name, data)) {
      const started = performance.now();
      rows[load.table] = await load.insert(client);
      logger.info({ table: load.table, rows: load.rows, ms: Math.round(performance.now() - started) }, 'seeded');
    }
    await client.query('COMMIT');
    return { seeded: true, rows };
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw new Error(`Seeding the ${name} database with demo data failed, nothing was written: ${String(error)}`, {
      cause: error,
    });
  } finally {
    await client.end();
  }
}
