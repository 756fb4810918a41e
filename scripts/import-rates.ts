/**
 * `npm run import:rates -- <file.xml>...`
 *
 * Loads the National Bank of Kazakhstan's official rates from its XML files
 * (the daily `get_rates.cfm?fdate=DD.MM.YYYY` answer or `rates_all.xml`) into
 * the partners database. Prints one JSON report per file on stdout, as a JSON
 * array and nothing else (logs go to stderr). A file the bank did not write
 * is reported and loads nothing; exit 1 if any was, 2 for bad arguments.
 * To fetch a date range from the bank itself: `npm run sync -- nbk-rates`.
 */
import fs from 'node:fs';
import { parseCli } from '../lib/cli-args.js';
import { exitOnConfigError, readEnv, type Env } from '../lib/config.js';
import { announceChange } from '../lib/events/announce.js';
import { createDb } from '../subgraphs/partners/src/db.js';
import { importNbkRates } from '../subgraphs/partners/src/services/exchange-rates.js';
import { importDbOptions, withDatabase } from './cli.js';
import { createCliLogger } from '../lib/logger.js';

const cli = parseCli({
  usage: `Usage: npm run import:rates -- <file.xml>...

Loads the National Bank of Kazakhstan's official exchange rates from its XML
files (the daily answer of get_rates.cfm?fdate=DD.MM.YYYY, or rates_all.xml)
into the partners database: PARTNERS_DATABASE_URL or DATABASE_URL, else the
embedded PostgreSQL of \`npm start\`. Loading a file again changes nothing.
Prints one JSON report per file on stdout, as a JSON array (nothing else; logs
go to stderr). Exit 1 if a file was not the bank's (it loads nothing).
To fetch a date range from the bank itself: npm run sync -- nbk-rates`,
  positionals: true,
  options: {},
});
const files = cli.positionals;
if (!files.length) cli.fail("give at least one file of the bank's rates");
const missing = files.find((file) => !fs.existsSync(file));
if (missing) cli.fail(`${missing}: no such file`);

let env: Env;
try {
  env = readEnv();
} catch (error) {
  exitOnConfigError(error);
}

const logger = createCliLogger('import-rates', env.LOG_LEVEL);
let exitCode = 0;
try {
  await withDatabase(env, 'partners', logger, async (url) => {
    const db = createDb(url, importDbOptions(env));
    try {
      const reports = [];
      for (const file of files) {
        const result = await importNbkRates(db, fs.readFileSync(file, 'utf8'));
        if (!result.ok) exitCode = 1;
        reports.push({ file, ...result });
      }
      process.stdout.write(`${JSON.stringify(reports, null, 2)}\n`);
    } finally {
      await db.$disconnect();
    }
  });
  // A running gateway drops the answers it keeps from the partners subgraph (within a second).
  await announceChange(env, { source: 'cli:import-rates', subgraphs: ['partners'] }, logger);
} catch (error) {
  logger.fatal({ err: error }, 'the rates import failed');
  exitCode = 1;
}
process.exit(exitCode);
