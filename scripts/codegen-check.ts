// `npm run codegen:check`: exits 1, naming the files, when a committed
// subgraphs/<name>/src/generated/graphql.ts differs from what codegen makes
// from the SDL now (then run `npm run codegen`).
import fs from 'node:fs';
import path from 'node:path';
import { generate } from '@graphql-codegen/cli';
import config from '../codegen.js';
import { PROJECT_ROOT } from '../lib/config.js';

process.chdir(PROJECT_ROOT);
const outputs = (await generate({ ...config, silent: true }, false)) as { filename: string; content: string }[];
const stale = outputs
  .filter((o) => fs.readFileSync(path.join(PROJECT_ROOT, o.filename), 'utf8') !== o.content)
  .map((o) => o.filename);
if (outputs.length === 0 || stale.length) {
  console.error(
    stale.length ? `stale generated types: ${stale.join(', ')}; run \`npm run codegen\`` : 'codegen produced nothing',
  );
  process.exit(1);
}
console.log(`generated types are fresh (${outputs.length} files)`);
