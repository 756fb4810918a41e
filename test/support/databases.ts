/**
 * Databases for tests, on the PostgreSQL the global setup started: each call
 * returns a new database of the test's own, either empty (migrated) or a copy
 * of the demo data.
 */
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import type { SubgraphName } from '../../lib/config.js';
import { prepareDatabase } from '../../lib/database/prepare.js';
import { createLogger } from '../../lib/logger.js';

export const TEMPLATE_PREFIX = 'template_demo_';

export function serverUrl(): string {
  const url = process.env.TEST_PG_SERVER_URL;
  if (!url)
    throw new Error(
      'TEST_PG_SERVER_URL is not set: run the tests through `npm test` (jest globalSetup starts PostgreSQL)',
    );
  return url;
}

async function admin<T>(work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: `${serverUrl()}/postgres` });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

function uniqueName(name: SubgraphName): string {
  return `test_${name}_${randomBytes(5).toString('hex')}`;
}

/** A copy of the subgraph's demo database. */
export async function demoDatabase(name: SubgraphName): Promise<string> {
  const database = uniqueName(name);
  await admin((client) => client.query(`CREATE DATABASE ${database} TEMPLATE ${TEMPLATE_PREFIX}${name}`));
  return `${serverUrl()}/${database}`;
}

/** A new database with the subgraph's migrations applied and no rows. */
export async function emptyDatabase(name: SubgraphName): Promise<string> {
  const url = `${serverUrl()}/${uniqueName(name)}`;
  await prepareDatabase(name, url, createLogger('test', 'warn'));
  return url;
}

export async function dropDatabase(url: string): Promise<void> {
  const database = new URL(url).pathname.slice(1);
  await admin((client) => client.query(`DROP DATABASE IF EXISTS ${database} WITH (FORCE)`));
}
