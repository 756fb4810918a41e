/**
 * Every table of a database as a row count and a checksum of its rows, to
 * prove that a refused request changed nothing stored.
 */
import pg from 'pg';

export type TableChecksums = Record<string, { rows: number; md5: string }>;

export async function tableChecksums(databaseUrl: string): Promise<TableChecksums> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const tables = await client.query<{ name: string }>(`SELECT tablename AS name FROM pg_tables WHERE schemaname = 'public' ORDER BY 1`);
    const result: TableChecksums = {};
    for (const { name } of tables.rows) {
      const quoted = `"${name.replaceAll('"', '""')}"`;
      const row = await client.query<{ rows: number; md5: string }>(
        `SELECT count(*)::int AS rows, coalesce(md5(string_agg(t::text, '|' ORDER BY t::text)), '') AS md5 FROM ${quoted} t`,
      );
      result[name] = row.rows[0]!;
    }
    return result;
  } finally {
    await client.end();
  }
}
