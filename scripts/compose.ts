// `npm run compose`: writes schema/supergraph.graphql from the subgraphs' SDL.
import fs from 'node:fs';
import path from 'node:path';
import { PROJECT_ROOT } from '../lib/config.js';
import { composeSupergraph } from '../lib/graphql/compose.js';

const target = path.join(PROJECT_ROOT, 'schema', 'supergraph.graphql');
try {
  const supergraph = composeSupergraph();
  fs.mkdirSync(path.dirname(target), { recursive: true });
  fs.writeFileSync(target, supergraph);
  console.log(`wrote ${path.relative(process.cwd(), target)}`);
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
}
