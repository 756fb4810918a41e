/**
 * `npm run bench:dashboard-page`: how long the dashboard at /dashboard takes
 * to load in a real headless Chromium (internet refused) on the demo data,
 * from navigation until every chart is drawn (the page's own measure,
 * `data-load-ms`), against a baseline measured in the same run: the three
 * operations it sends, fetched together from Node. The ratio is what the
 * page (HTML, ECharts, drawing) adds to the API's own time. Two visits:
 * first (an empty browser cache: new incognito context each sample) and
 * return (ECharts cached). Prints a table and writes JSON to bench/results/.
 *
 *   npm run bench:dashboard-page -- --samples 15 --warmup 3
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseCli } from '../lib/cli-args.js';
import { PROJECT_ROOT } from '../lib/config.js';
import { createLogger } from '../lib/logger.js';
import { launchBrowser, offlinePage } from '../test/support/browser.js';
import { buildScale, startBenchPostgres } from './databases.js';
import { startBenchFederation } from './federation.js';
import { latency, type Latency } from './latency.js';

const { values: args, fail } = parseCli({
  usage: `Usage: npm run bench:dashboard-page -- [--samples N] [--warmup N]

How long the dashboard at /dashboard takes to load in headless Chromium
(internet refused) on the demo data, against the same three operations
fetched from Node in the same run. Prints a table on stdout and writes JSON
to bench/results/.

  --samples N  measured visits of each kind (default 15)
  --warmup N   visits before measuring (default 3)`,
  options: { samples: { type: 'string', default: '15' }, warmup: { type: 'string', default: '3' } },
});
const SAMPLES = Number(args.samples);
const WARMUP = Number(args.warmup);
if (!Number.isInteger(SAMPLES) || SAMPLES < 1)
  fail(`--samples takes a whole number of at least 1; got ${args.samples}`);
if (!Number.isInteger(WARMUP) || WARMUP < 0) fail(`--warmup takes a whole number of at least 0; got ${args.warmup}`);

const OPERATIONS = { overview: { language: 'KK' }, trends: {}, funding: {} };
const operationText = (name: string) => fs.readFileSync(path.join(PROJECT_ROOT, 'examples', `${name}.graphql`), 'utf8');
const log = (line: string) => process.stderr.write(`${line}\n`);

/** The baseline: the dashboard's three operations, sent together as the page sends them. */
async function apiOnce(gatewayUrl: string): Promise<number> {
  const started = performance.now();
  await Promise.all(
    Object.entries(OPERATIONS).map(async ([name, variables]) => {
      const response = await fetch(gatewayUrl, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'accept-language': 'kk' },
        body: JSON.stringify({ query: operationText(name), variables }),
      });
      const body = (await response.json()) as { errors?: { message: string }[] };
      if (body.errors?.length) throw new Error(`${name}: ${body.errors[0]!.message}`);
    }),
  );
  return performance.now() - started;
}

async function measure(run: () => Promise<number>): Promise<Latency> {
  for (let i = 0; i < WARMUP; i++) await run();
  const times: number[] = [];
  for (let i = 0; i < SAMPLES; i++) times.push(await run());
  return latency(times);
}

const logger = createLogger('bench', 'warn');
const postgres = await startBenchPostgres(logger);
const results: Record<string, Latency> = {};
try {
  log('building the demo databases ...');
  const federation = await startBenchFederation(await buildScale(postgres.server.serverUrl, 1, logger));
  const browser = await launchBrowser();
  try {
    const dashboard = `${new URL(federation.gatewayUrl).origin}/dashboard?lang=kk`;
    /** One visit in a browser context: navigation to "every chart drawn", as the page measures it. */
    const visit = async (context: Awaited<ReturnType<typeof browser.createBrowserContext>> | null) => {
      const { page, refused } = await offlinePage(context ?? browser);
      await page.goto(dashboard, { waitUntil: 'load' });
      await page.waitForSelector('body[data-state="ready"][data-lang="kk"]', { timeout: 60_000 });
      const { loadMs, errors } = await page.$eval('body', (b) => ({
        loadMs: b.dataset.loadMs,
        errors: b.dataset.errors,
      }));
      if (errors !== '0' || refused.length)
        throw new Error(`the dashboard failed: ${errors} errors, refused ${refused.join()}`);
      await page.close();
      return Number(loadMs);
    };
    results.api = await measure(() => apiOnce(federation.gatewayUrl));
    log(`  API (3 operations together): median ${results.api.median} ms`);
    results.firstVisit = await measure(async () => {
      const context = await browser.createBrowserContext();
      try {
        return await visit(context);
      } finally {
        await context.close();
      }
    });
    log(`  first visit: median ${results.firstVisit.median} ms`);
    results.returnVisit = await measure(() => visit(null));
    log(`  return visit: median ${results.returnVisit.median} ms`);
  } finally {
    await browser.close();
    await federation.stop();
  }
} finally {
  await postgres.stop();
}

const api = results.api;
const lines = Object.entries(results).map(
  ([name, l]) =>
    `| ${name.padEnd(11)} | ${l.median.toFixed(0).padStart(6)} | ${l.p99.toFixed(0).padStart(6)} | ${(l.median / api.median).toFixed(2).padStart(5)} |`,
);
const out = [
  `The dashboard in headless Chromium, ms (${SAMPLES} samples after ${WARMUP} warm-up; ratio: median / the API's median)`,
  `machine: ${os.cpus().length} × ${os.cpus()[0]?.model ?? 'cpu'}, load average ${os
    .loadavg()
    .map((l) => l.toFixed(2))
    .join(' ')}`,
  '',
  '| measure     | median |    p99 | ratio |',
  '|-------------|-------:|-------:|------:|',
  ...lines,
];
process.stdout.write(`${out.join('\n')}\n`);
const file = path.join(
  PROJECT_ROOT,
  'bench',
  'results',
  `dashboard-page-${new Date().toISOString().replace(/[:.]/g, '-')}.json`,
);
fs.mkdirSync(path.dirname(file), { recursive: true });
fs.writeFileSync(file, JSON.stringify({ samples: SAMPLES, warmup: WARMUP, loadavg: os.loadavg(), results }, null, 2));
log(`written to ${path.relative(PROJECT_ROOT, file)}`);
