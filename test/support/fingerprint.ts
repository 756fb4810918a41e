/**
 * A fingerprint of a database: every table's row count and a checksum of its
 * rows. Equal fingerprints before and after a request mean nothing stored
 * was changed, added or removed.
 */
import pg from 'pg';

export type Fingerprint = Record<string, { rows: number; checksum: string }>;

export async function fingerprint(databaseUrl: string): Promise<Fingerprint> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const tables = await client.query<{ name: string }>(
      `SELECT tablename AS name FROM pg_tables WHERE schemaname = 'public' AND tablename <> '_prisma_migrations' ORDER BY 1`,
    );
    const result: Fingerprint = {};
    for (const { name } of tables.rows) {
      const table = pg.escapeIdentifier(name);
      const row = await client.query<{ rows: number; checksum: string | null }>(
        `SELECT count(*)::int AS rows, md5(string_agg(md5(t::text), '' ORDER BY md5(t::text))) AS checksum FROM ${table} t`,
      );
      result[name] = { rows: row.rows[0]!.rows, checksum: row.rows[0]!.checksum ?? '' };
    }
    return result;
  } finally {
    await client.end();
  }
}

export async function fingerprints(urls: Record<string, string>): Promise<Record<string, Fingerprint>> {
  const entries = await Promise.all(
    Object.entries(urls).map(async ([name, url]) => [name, await fingerprint(url)] as const),
  );
  return Object.fromEntries(entries);
}
