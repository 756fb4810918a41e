// `npm run compose`: writes schema/supergraph.graphql from the subgraphs' SDL.
import fs from 'node:fs';
import path from 'node:path';
import { parseCli } from '../lib/cli-args.js';
import { PROJECT_ROOT } from '../lib/config.js';
import { composeSupergraph } from '../lib/graphql/compose.js';

parseCli({
  usage: `Usage: npm run compose

Composes the three subgraphs' SDL (subgraphs/*/schema.graphql) into the
supergraph the gateway serves, and writes it to schema/supergraph.graphql
(committed; a test fails when it differs from a fresh composition). Exits 1
with the composition errors when the subgraphs do not compose.`,
  options: {},
});

const target = path.join(PROJECT_ROOT, 'schema', 'supergraph.graphql');
try {
  const supergraph = composeSupergraph();
  fs.mkdirSync(path.dirname(target), { recursive: true });
  fs.writeFileSync(target, supergraph);
  process.stderr.write(`wrote ${path.relative(process.cwd(), target)}\n`);
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
}
