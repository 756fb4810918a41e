/** The partners subgraph's database client: Prisma with the pg driver adapter, injected, never a module singleton. */
import { PrismaPg } from '@prisma/adapter-pg';
import { poolConfig, QUERY_EVENTS, type DbOptions } from '../../../lib/database/prisma.js';
import { PrismaClient } from './generated/prisma/client.js';

export function createDb(databaseUrl: string, options: DbOptions = {}) {
  const db = new PrismaClient({
    adapter: new PrismaPg(poolConfig(databaseUrl, options)),
    ...QUERY_EVENTS,
  });
  const { onQuery } = options;
  if (onQuery) db.$on('query', (event) => onQuery(event.query));
  return db;
}

export type Db = ReturnType<typeof createDb>;
