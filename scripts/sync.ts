/**
 * `npm run sync -- <source> [options]`: pulls one source into the databases,
 * idempotently, and records the run in the sync history. Sources:
 *
 *   egov       the e-government open-data portal (API v4), every dataset of
 *              the mapping file (EGOV_MAPPING_FILE) or `--dataset NAME`...;
 *              the API key from EGOV_API_KEY
 *   iati       IATI publishers' activity files through the IATI Registry:
 *              `--publisher ID`... or `--country KZ`
 *   nbk-rates  the National Bank of Kazakhstan's daily rates,
 *              `--from YYYY-MM-DD --to YYYY-MM-DD` (default: the last 7 days)
 *
 * Prints the report(s) as JSON on stdout and nothing else (logs on stderr).
 * Exit 0 when every run finished, 1 when one stopped early (its report says
 * why, what it stored stays), 2 for bad arguments or configuration. Meant for
 * cron or a Kubernetes CronJob (see README: "Syncing real sources").
 */
import { parseCli } from '../lib/cli-args.js';
import { exitOnConfigError, readEnv, type Env, type SubgraphName } from '../lib/config.js';
import { announceChange } from '../lib/events/announce.js';
import { createDb as councilsDb } from '../subgraphs/councils/src/db.js';
import { createDb as ngosDb } from '../subgraphs/ngos/src/db.js';
import { createDb as partnersDb } from '../subgraphs/partners/src/db.js';
import type { SyncReport } from '../sync/contract.js';
import { readSyncEnv, type SyncEnv } from '../sync/config.js';
import { syncEgov, TARGET_DATABASE } from '../sync/egov/index.js';
import { readMappings } from '../sync/egov/mapping.js';
import { recordRun } from '../sync/history.js';
import { syncIatiRegistry } from '../sync/iati-registry.js';
import { daysBetween, syncNbkRates } from '../sync/nbk-rates.js';
import { importDbOptions, withDatabase } from './cli.js';
import { createCliLogger } from '../lib/logger.js';

const SOURCES = ['egov', 'iati', 'nbk-rates'] as const;
type Source = (typeof SOURCES)[number];

const cli = parseCli({
  usage: `Usage: npm run sync -- egov [--dataset NAME]...
       npm run sync -- iati (--publisher ID... | --country CC)
       npm run sync -- nbk-rates [--from YYYY-MM-DD --to YYYY-MM-DD]

Pulls one source into the databases (the configured ones, else the embedded
PostgreSQL of \`npm start\`), idempotently, and records the run in the sync
history. Prints the reports as JSON on stdout (nothing else; logs go to
stderr). Exit 0 when every run finished, 1 when one stopped early (its report
says why; what it stored stays), 2 for bad arguments or configuration.

  egov        the e-government open-data portal (data.egov.kz, API v4): every
              dataset of EGOV_MAPPING_FILE, or --dataset NAME...; the API key
              from EGOV_API_KEY, the portal from EGOV_API_URL
  iati        IATI publishers' activity files through the IATI Registry
              (IATI_REGISTRY_URL): --publisher ID... or --country KZ
  nbk-rates   the National Bank of Kazakhstan's daily rates (NBK_RATES_URL),
              --from/--to (default: the last 7 days)

Every request gives up after SYNC_TIMEOUT_MS.`,
  positionals: true,
  options: {
    dataset: { type: 'string', multiple: true },
    publisher: { type: 'string', multiple: true },
    country: { type: 'string' },
    from: { type: 'string' },
    to: { type: 'string' },
  },
});
const usage = cli.fail;
const source = cli.positionals[0];
if (cli.positionals.length !== 1 || !(SOURCES as readonly string[]).includes(source ?? ''))
  usage(`name one source: ${SOURCES.join(', ')}`);
const args = { source: source as Source, ...cli.values };
if (args.country && !/^[A-Z]{2}$/.test(args.country))
  usage(`--country takes an ISO 3166-1 code such as KZ, got ${args.country}`);

let env: Env;
let syncEnv: SyncEnv;
try {
  env = readEnv();
  syncEnv = readSyncEnv();
} catch (error) {
  exitOnConfigError(error);
}

const logger = createCliLogger('sync', env.LOG_LEVEL);
const timeoutMs = syncEnv.SYNC_TIMEOUT_MS;

function lastWeek(): { from: string; to: string } {
  const to = new Date();
  return {
    from: new Date(to.getTime() - 6 * 86_400_000).toISOString().slice(0, 10),
    to: to.toISOString().slice(0, 10),
  };
}

async function runEgov(): Promise<SyncReport[]> {
  const all = readMappings(syncEnv.EGOV_MAPPING_FILE);
  const unknown = (args.dataset ?? []).filter((name) => !all.some((d) => d.name === name));
  if (unknown.length) usage(`no dataset ${unknown.join(', ')} in ${syncEnv.EGOV_MAPPING_FILE}`);
  const datasets = args.dataset?.length ? all.filter((d) => args.dataset!.includes(d.name)) : all;
  return withDatabase(env, 'ngos', logger, (ngosUrl) =>
    withDatabase(env, 'councils', logger, async (councilsUrl) => {
      const targets = {
        ngos: ngosDb(ngosUrl, importDbOptions(env)),
        councils: councilsDb(councilsUrl, importDbOptions(env)),
      };
      try {
        const results = await syncEgov(
          targets,
          { url: syncEnv.EGOV_API_URL, apiKey: syncEnv.EGOV_API_KEY ?? null, timeoutMs },
          datasets,
        );
        for (const { dataset, report } of results)
          await recordRun(TARGET_DATABASE[dataset.target] === 'ngos' ? ngosUrl : councilsUrl, report);
        return results.map((r) => r.report);
      } finally {
        await Promise.all([targets.ngos.$disconnect(), targets.councils.$disconnect()]);
      }
    }),
  );
}

async function runPartners(work: (db: ReturnType<typeof partnersDb>) => Promise<SyncReport>): Promise<SyncReport[]> {
  return withDatabase(env, 'partners', logger, async (url) => {
    const db = partnersDb(url, importDbOptions(env));
    try {
      const report = await work(db);
      await recordRun(url, report);
      return [report];
    } finally {
      await db.$disconnect();
    }
  });
}

async function run(): Promise<SyncReport[]> {
  if (args.source === 'egov') return runEgov();
  if (args.source === 'iati') {
    if (!args.publisher?.length && !args.country) usage('give --publisher ID (one or more) or --country CC');
    return runPartners((db) =>
      syncIatiRegistry(db, {
        url: syncEnv.IATI_REGISTRY_URL,
        publishers: args.publisher ?? [],
        country: args.country ?? null,
        timeoutMs,
      }),
    );
  }
  const range = args.from || args.to ? { from: args.from ?? args.to!, to: args.to ?? args.from! } : lastWeek();
  try {
    daysBetween(range.from, range.to);
  } catch (error) {
    usage((error as Error).message);
  }
  return runPartners((db) => syncNbkRates(db, { url: syncEnv.NBK_RATES_URL, ...range, timeoutMs }));
}

let exitCode = 0;
try {
  let reports: SyncReport[];
  try {
    reports = await run();
  } finally {
    // A running gateway drops the answers it keeps from the subgraphs this run wrote to (within a second);
    // a run that failed half-way may have written as much as one that finished.
    const written: SubgraphName[] = args.source === 'egov' ? ['ngos', 'councils'] : ['partners'];
    await announceChange(env, { source: `cli:sync:${args.source}`, subgraphs: written }, logger);
  }
  process.stdout.write(`${JSON.stringify(reports, null, 2)}\n`);
  if (reports.some((r) => !r.ok)) exitCode = 1;
  for (const r of reports)
    logger.info(
      {
        source: r.source,
        ok: r.ok,
        created: r.created,
        updated: r.updated,
        unchanged: r.unchanged,
        rejected: r.rejected,
        removed: r.removed,
      },
      'sync finished',
    );
} catch (error) {
  logger.fatal({ err: error }, 'the sync failed');
  exitCode = 1;
}
process.exit(exitCode);
