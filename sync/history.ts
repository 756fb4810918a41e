/**
 * The sync history: each run is one row of `sync_runs` in the database it
 * wrote to (every subgraph's database has the table), read by the
 * `syncRuns` queries of the subgraphs.
 */
import { randomUUID } from 'node:crypto';
import pg from 'pg';
import type { SyncReport } from './contract.js';

export async function recordRun(databaseUrl: string, report: SyncReport): Promise<void> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    await client.query(
      `INSERT INTO sync_runs (id, source, started_at, finished_at, ok, error, created, updated, unchanged, rejected, removed, rejections)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12)`,
      [
        randomUUID(),
        report.source,
        report.startedAt,
        report.finishedAt,
        report.ok,
        report.error,
        report.created,
        report.updated,
        report.unchanged,
        report.rejected,
        report.removed,
        JSON.stringify(report.rejections.slice(0, 100)),
      ],
    );
  } finally {
    await client.end();
  }
}
