/**
 * `npm run import:iati -- <file> [--registered-bins FILE | --registry-url URL [--token TOKEN]]`
 *
 * Imports an IATI activity file (2.01-2.03) of any size into the partners
 * database (PARTNERS_DATABASE_URL or DATABASE_URL, else the embedded
 * PostgreSQL of `npm start`), read as a stream. BINs (`KZ-BIN-...`) are
 * checked by their check digit, and against the NGO registry when one is
 * given: a file of registered BINs (one a line, optionally ",<region code>"),
 * or the gateway's URL (asks `ngo(bin:)`). Prints the report as JSON on
 * stdout, and nothing else there (logs go to stderr); exits 1 when the file
 * could not be read whole (the report's `outcome` says what was stored), 0
 * otherwise (rejected activities are in the report).
 */
import fs from 'node:fs';
import { parseCli } from '../lib/cli-args.js';
import { exitOnConfigError, readEnv, type Env } from '../lib/config.js';
import { announceChange } from '../lib/events/announce.js';
import { createDb } from '../subgraphs/partners/src/db.js';
import { fileChunks } from '../subgraphs/partners/src/iati/read-file.js';
import {
  binFileRegistry,
  graphqlBinRegistry,
  type BinRegistry,
} from '../subgraphs/partners/src/services/bin-registry.js';
import { importIatiActivities } from '../subgraphs/partners/src/services/iati-import.js';
import { importDbOptions, withDatabase } from './cli.js';
import { createCliLogger } from '../lib/logger.js';

const cli = parseCli({
  usage: `Usage: npm run import:iati -- <file.xml> [--registered-bins FILE | --registry-url URL [--token TOKEN]]

Imports an IATI activity file (versions 2.01 to 2.03, any size, read as a
stream) into the partners database: PARTNERS_DATABASE_URL or DATABASE_URL,
else the embedded PostgreSQL of \`npm start\`. Importing the same file again
changes nothing. Prints the report as JSON on stdout (nothing else; logs go to
stderr). Exit 0 when the file was read whole (rejected activities are in the
report), 1 when it was not (the report's "outcome" says what was stored).

  --registered-bins FILE  check recipients' BINs against a file of registered
                          BINs (one a line, optionally ",<region code>")
  --registry-url URL      or against a running gateway (asks ngo(bin:))
  --token TOKEN           bearer token for --registry-url (npm run token)`,
  positionals: true,
  options: { 'registered-bins': { type: 'string' }, 'registry-url': { type: 'string' }, token: { type: 'string' } },
});
const options = cli.values;
if (cli.positionals.length !== 1) cli.fail('give exactly one IATI file');
const file = cli.positionals[0]!;
if (!fs.existsSync(file)) cli.fail(`${file}: no such file`);
if (options['registered-bins'] && options['registry-url'])
  cli.fail('give --registered-bins or --registry-url, not both');
if (options.token && !options['registry-url']) cli.fail('--token goes with --registry-url');

let env: Env;
try {
  env = readEnv();
} catch (error) {
  exitOnConfigError(error);
}

const logger = createCliLogger('import-iati', env.LOG_LEVEL);
let exitCode = 0;
try {
  await withDatabase(env, 'partners', logger, async (url) => {
    let registry: BinRegistry | null = null;
    if (options['registered-bins']) registry = await binFileRegistry(options['registered-bins']);
    if (options['registry-url'])
      registry = graphqlBinRegistry(
        options['registry-url'],
        options.token ? { authorization: `Bearer ${options.token}` } : {},
      );
    const db = createDb(url, importDbOptions(env));
    const started = performance.now();
    const report = await importIatiActivities(db, fileChunks(file), { registry });
    await db.$disconnect();
    // A running gateway drops the answers it keeps from the partners subgraph (within a second).
    await announceChange(env, { source: 'cli:import-iati', subgraphs: ['partners'] }, logger);
    logger.info({ seconds: Math.round(performance.now() - started) / 1000 }, 'import finished');
    process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
    if (!report.ok) exitCode = 1;
  });
} catch (error) {
  logger.fatal({ err: error }, 'the import failed');
  exitCode = 1;
}
process.exit(exitCode);
