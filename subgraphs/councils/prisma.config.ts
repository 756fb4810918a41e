// Prisma CLI configuration for the councils subgraph. The database URL is only
// needed by commands that talk to the database (`prisma migrate status`,
// `prisma studio`), not by `prisma generate`.
import { defineConfig } from 'prisma/config';

export default defineConfig({
  schema: 'prisma/schema.prisma',
  migrations: { path: 'prisma/migrations' },
  datasource: { url: process.env.COUNCILS_DATABASE_URL ?? '' },
});
