/**
 * The benchmark's databases: an embedded PostgreSQL of its own in a
 * temporary folder, and one set of subgraph databases per scale of the demo
 * data, seeded and analysed as a long-running deployment's would be.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { generateDemoData } from '../demo/generate.js';
import { seedSubgraph } from '../demo/seed.js';
import { SUBGRAPH_NAMES, type SubgraphName } from '../lib/config.js';
import { startEmbeddedPostgres, type EmbeddedServer } from '../lib/database/embedded.js';
import { prepareDatabase } from '../lib/database/prepare.js';
import type { Logger } from '../lib/logger.js';

export type DatabaseUrls = Record<SubgraphName, string>;

export interface BenchPostgres {
  server: EmbeddedServer;
  stop(): Promise<void>;
}

export async function startBenchPostgres(logger: Logger): Promise<BenchPostgres> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'civic-graph-bench-pg-'));
  const server = await startEmbeddedPostgres({ dataDir, port: 0, logger });
  return {
    server,
    async stop() {
      await server.stop();
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** Migrated, seeded and analysed databases for one scale of the demo data. */
export async function buildScale(serverUrl: string, scale: number, logger: Logger): Promise<DatabaseUrls> {
  const data = generateDemoData({ scale });
  const urls = Object.fromEntries(
    SUBGRAPH_NAMES.map((name) => [name, `${serverUrl}/bench_x${scale}_${name}`]),
  ) as DatabaseUrls;
  for (const name of SUBGRAPH_NAMES) {
    await prepareDatabase(name, urls[name], logger);
    await seedSubgraph(name, urls[name], { logger, data, scale });
    // As autovacuum would do in a running deployment: planner statistics and the visibility map.
    const client = new pg.Client({ connectionString: urls[name] });
    await client.connect();
    try {
      await client.query('VACUUM (ANALYZE)');
    } finally {
      await client.end();
    }
  }
  return urls;
}

/** Rows per main table, to print what each scale holds. */
export async function rowCounts(urls: DatabaseUrls): Promise<Record<string, number>> {
  const tables: [SubgraphName, string][] = [
    ['ngos', 'ngos'],
    ['councils', 'public_councils'],
    ['councils', 'council_members'],
    ['councils', 'council_projects'],
    ['partners', 'transactions'],
  ];
  const counts: Record<string, number> = {};
  for (const [name, table] of tables) {
    const client = new pg.Client({ connectionString: urls[name] });
    await client.connect();
    try {
      counts[table] = (await client.query<{ n: number }>(`SELECT count(*)::int AS n FROM ${table}`)).rows[0]!.n;
    } finally {
      await client.end();
    }
  }
  return counts;
}
