/** The ngos subgraph's database client, from the factory the subgraphs share. */
import { createPrismaClient, type DbOptions } from '../../../lib/database/prisma.js';
import { PrismaClient } from './generated/prisma/client.js';

export const createDb = (databaseUrl: string, options: DbOptions = {}) =>
  createPrismaClient(PrismaClient, databaseUrl, options);

export type Db = ReturnType<typeof createDb>;
