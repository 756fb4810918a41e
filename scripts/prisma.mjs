#!/usr/bin/env node
// Runs the Prisma CLI for every subgraph (or the one named by --only <name>).
//
// The CLI insists on downloading a native schema engine on first use, which
// this network cannot reach. `prisma generate` never runs that engine, so we
// point PRISMA_SCHEMA_ENGINE_BINARY at any existing executable (node itself)
// when it is unset. Commands that need the real engine (migrate, db push) are
// replaced by the project's own migration runner (lib/database/migrate.ts).
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const onlyAt = args.indexOf('--only');
const only = onlyAt >= 0 ? args.splice(onlyAt, 2)[1] : undefined;
const subgraphs = ['ngos', 'councils', 'partners'].filter((name) => !only || name === only);

const env = { ...process.env, PRISMA_HIDE_UPDATE_MESSAGE: '1', CHECKPOINT_DISABLE: '1' };
env.PRISMA_SCHEMA_ENGINE_BINARY ??= process.execPath;

for (const name of subgraphs) {
  const cwd = path.join(root, 'subgraphs', name);
  const result = spawnSync(
    path.join(root, 'node_modules', '.bin', 'prisma'),
    [...args, '--config', 'prisma.config.ts'],
    {
      cwd,
      env,
      stdio: 'inherit',
    },
  );
  if (result.status !== 0) {
    console.error(`prisma ${args.join(' ')} failed for subgraph "${name}"`);
    process.exit(result.status ?? 1);
  }
}
