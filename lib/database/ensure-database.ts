/** Creates a subgraph's database on its server when it does not exist yet. */
import pg from 'pg';

export async function ensureDatabase(databaseUrl: string): Promise<'created' | 'exists'> {
  const url = new URL(databaseUrl);
  const name = decodeURIComponent(url.pathname.replace(/^\//, ''));
  url.pathname = '/postgres';
  const admin = new pg.Client({ connectionString: url.toString() });
  try {
    await admin.connect();
  } catch (error) {
    throw new Error(`Cannot reach the PostgreSQL server for database "${name}" (${url.host}): ${String(error)}`);
  }
  try {
    const found = await admin.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
    if (found.rowCount) return 'exists';
    await admin.query(`CREATE DATABASE ${pg.escapeIdentifier(name)} ENCODING 'UTF8' TEMPLATE template0`);
    return 'created';
  } catch (error) {
    throw new Error(
      `Database "${name}" does not exist and could not be created (${String(error)}). ` +
        `Create it, or grant CREATEDB to the user in the URL.`,
    );
  } finally {
    await admin.end();
  }
}
