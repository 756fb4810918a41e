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
import { parseArgs } from 'node:util';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const SUBGRAPHS = ['ngos', 'councils', 'partners'];
const USAGE = `Usage: npm run generate [-- --only NAME]
       node scripts/prisma.mjs <prisma command>... [--only NAME]

Runs a Prisma CLI command (generate, validate, format) for every subgraph's
schema (subgraphs/*/prisma), or only for the subgraph NAME (${SUBGRAPHS.join(', ')}).
\`npm run generate\` writes the Prisma clients (also run after npm install).`;

// The command line is read as every script reads it (lib/cli-args.ts, which this
// file cannot import: it runs at install time, before anything is compiled).
if (process.argv.slice(2).some((arg) => arg === '--help' || arg === '-h')) {
  process.stdout.write(`${USAGE}\n`);
  process.exit(0);
}
let parsed;
try {
  parsed = parseArgs({ allowPositionals: true, options: { only: { type: 'string' } } });
  if (!parsed.positionals.length) throw new Error('name a Prisma command, e.g. generate');
  if (parsed.values.only && !SUBGRAPHS.includes(parsed.values.only))
    throw new Error(`--only takes one of ${SUBGRAPHS.join(', ')}, got ${parsed.values.only}`);
} catch (error) {
  process.stderr.write(`${error.message}\n\n${USAGE}\n`);
  process.exit(2);
}
const args = parsed.positionals;
const only = parsed.values.only;
const subgraphs = SUBGRAPHS.filter((name) => !only || name === only);

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
      // Prisma's progress is a log: on stderr, as every script's (fd 2 for the child's stdout too).
      stdio: ['inherit', 2, 'inherit'],
    },
  );
  if (result.status !== 0) {
    console.error(`prisma ${args.join(' ')} failed for subgraph "${name}"`);
    process.exit(result.status ?? 1);
  }
}
