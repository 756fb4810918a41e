/** A partners database of a test's own, its client, and a snapshot of everything in it for before/after comparisons. */
import { createDb, type Db } from '../../subgraphs/partners/src/db.js';
import { demoDatabase, dropDatabase, emptyDatabase } from './databases.js';

export interface PartnersDb {
  url: string;
  db: Db;
  drop(): Promise<void>;
}

export async function partnersDatabase(kind: 'empty' | 'demo'): Promise<PartnersDb> {
  const url = kind === 'empty' ? await emptyDatabase('partners') : await demoDatabase('partners');
  const db = createDb(url, { poolSize: 5 });
  return {
    url,
    db,
    drop: async () => {
      await db.$disconnect();
      await dropDatabase(url);
    },
  };
}

const TABLES = [
  'partners',
  'activities',
  'participating_orgs',
  'budgets',
  'transactions',
  'recipient_reports',
  'exchange_rates',
] as const;

/** Every row of every table as text, sorted: equal snapshots mean nothing changed. */
export async function snapshot(db: Db, options: { withoutIds?: boolean } = {}): Promise<Record<string, string[]>> {
  const result: Record<string, string[]> = {};
  for (const table of TABLES) {
    const rows = await db.$queryRawUnsafe<{ row: Record<string, unknown> }[]>(
      `SELECT to_jsonb(t) AS row FROM "${table}" t`,
    );
    result[table] = rows
      .map(({ row }) => {
        if (!options.withoutIds) return JSON.stringify(row);
        const copy: Record<string, unknown> = {};
        for (const [key, value] of Object.entries(row).sort(([a], [b]) => a.localeCompare(b))) {
          if (key === 'id' || key.endsWith('_id')) continue;
          copy[key] = value;
        }
        return JSON.stringify(copy);
      })
      .sort();
  }
  return result;
}
