/**
 * `npm run bench:dashboard`: the latency of each example operation
 * (examples/*.graphql) through the gateway on the demo data at 1x and at
 * 10x (180,000 NGOs, about 100,000 council projects), and the ratio between
 * them. Everything runs on this machine: an embedded PostgreSQL of its own,
 * the three subgraphs and the gateway in this process. Prints a table and
 * writes the figures as JSON to bench/results/ (git-ignored).
 *
 *   npm run bench:dashboard -- --samples 100 --warmup 10 --scales 1,10
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseCli } from '../lib/cli-args.js';
import { PROJECT_ROOT } from '../lib/config.js';
import { createLogger } from '../lib/logger.js';
import { buildScale, rowCounts, startBenchPostgres } from './databases.js';
import { explainStatements, type ExplainedStatement } from './explain.js';
import { startBenchFederation, type BenchFederation } from './federation.js';
import { latency, type Latency } from './latency.js';

const { values: args, fail } = parseCli({
  usage: `Usage: npm run bench:dashboard -- [--samples N] [--warmup N] [--scales 1,10]

The latency of each example operation (examples/*.graphql) through the
gateway on the demo data at each scale (1x; 10x is 180,000 NGOs), and the
ratio between the largest and the smallest scale. Runs an embedded
PostgreSQL, the subgraphs and the gateway of its own, in this process.
Progress goes to stderr; the table to stdout, the figures as JSON to
bench/results/.

  --samples N    measured requests per operation (default 100)
  --warmup N     requests before measuring (default 10)
  --scales LIST  the data scales, comma-separated (default 1,10)`,
  options: {
    samples: { type: 'string', default: '100' },
    warmup: { type: 'string', default: '10' },
    scales: { type: 'string', default: '1,10' },
  },
});
const SAMPLES = Number(args.samples);
const WARMUP = Number(args.warmup);
const SCALES = args.scales.split(',').map(Number);
if (!Number.isInteger(SAMPLES) || SAMPLES < 1) fail(`--samples takes a whole number from 1, got ${args.samples}`);
if (!Number.isInteger(WARMUP) || WARMUP < 0) fail(`--warmup takes a whole number from 0, got ${args.warmup}`);
if (SCALES.some((s) => !Number.isInteger(s) || s < 1))
  fail(`--scales takes whole numbers from 1, comma-separated, got ${args.scales}`);

const EXAMPLES_DIR = path.join(PROJECT_ROOT, 'examples');
const examples = fs
  .readdirSync(EXAMPLES_DIR)
  .filter((file) => file.endsWith('.graphql'))
  .sort()
  .map((file) => ({
    name: file.replace(/\.graphql$/, ''),
    query: fs.readFileSync(path.join(EXAMPLES_DIR, file), 'utf8'),
  }));

/**
 * Beyond the examples, the two hot spots issue 9 names: a search for a word
 * in most NGOs' names (with its total), and registrations by month.
 */
const HOT_SPOTS = [
  {
    name: 'search-common-word',
    query: `{ searchNgos(text: "Общественное", first: 10) { totalCount nodes { score ngo { id name } } } }`,
  },
  {
    name: 'trends-month',
    query: `{ ngoRegistrationTrend(interval: MONTH, from: "2022-11-20", to: "2025-11-19") { total points { label count } } }`,
  },
];
examples.push(...HOT_SPOTS);

async function timed(federation: BenchFederation, query: string): Promise<number> {
  const started = performance.now();
  const result = await federation.query(query);
  const elapsed = performance.now() - started;
  if (result.errors?.length) throw new Error(`the operation failed: ${result.errors.map((e) => e.message).join('; ')}`);
  return elapsed;
}

async function measure(federation: BenchFederation, query: string): Promise<Latency> {
  for (let i = 0; i < WARMUP; i++) await timed(federation, query);
  const times: number[] = [];
  for (let i = 0; i < SAMPLES; i++) times.push(await timed(federation, query));
  return latency(times);
}

const log = (line: string) => process.stderr.write(`${line}\n`);
const logger = createLogger('bench', 'warn');

interface ScaleResult {
  scale: number;
  rows: Record<string, number>;
  operations: Record<string, Latency>;
  overviewStatements: ExplainedStatement[];
}

const postgres = await startBenchPostgres(logger);
const results: ScaleResult[] = [];
try {
  for (const scale of SCALES) {
    log(`building the ${scale}x databases ...`);
    const started = performance.now();
    const urls = await buildScale(postgres.server.serverUrl, scale, logger);
    const rows = await rowCounts(urls);
    log(`  ready in ${Math.round((performance.now() - started) / 1000)} s: ${JSON.stringify(rows)}`);
    const federation = await startBenchFederation(urls);
    try {
      const operations: Record<string, Latency> = {};
      for (const example of examples) {
        operations[example.name] = await measure(federation, example.query);
        log(
          `  ${scale}x ${example.name}: median ${operations[example.name]!.median} ms, p99 ${operations[example.name]!.p99} ms`,
        );
      }
      const overview = examples.find((e) => e.name === 'overview');
      federation.statements.length = 0;
      if (overview) await timed(federation, overview.query);
      const overviewStatements = await explainStatements(urls, federation.statements);
      results.push({ scale, rows, operations, overviewStatements });
    } finally {
      await federation.stop();
    }
  }
} finally {
  await postgres.stop();
}

// The report: one line per operation, the figures at each scale and the ratio of the largest to the smallest.
const [small, large] = [results[0]!, results.at(-1)!];
const header = [
  'operation',
  ...results.flatMap((r) => [`${r.scale}x median`, `${r.scale}x p99`]),
  ...(results.length > 1 ? ['ratio median', 'ratio p99'] : []),
];
const lines = examples.map((example) => {
  const cells = results.flatMap((r) => [
    r.operations[example.name]!.median.toFixed(1),
    r.operations[example.name]!.p99.toFixed(1),
  ]);
  if (results.length > 1) {
    const a = small.operations[example.name]!;
    const b = large.operations[example.name]!;
    cells.push((b.median / a.median).toFixed(2), (b.p99 / a.p99).toFixed(2));
  }
  return [example.name, ...cells];
});
const widths = header.map((h, i) => Math.max(h.length, ...lines.map((line) => line[i]!.length)));
const row = (cells: string[]) =>
  `| ${cells.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]!) : cell.padStart(widths[i]!))).join(' | ')} |`;
const out: string[] = [
  `Dashboard operations through the gateway, ms (${SAMPLES} samples after ${WARMUP} warm-up, one request at a time)`,
  `machine: ${os.cpus().length} × ${os.cpus()[0]?.model ?? 'cpu'}, load average ${os
    .loadavg()
    .map((l) => l.toFixed(2))
    .join(' ')}`,
  '',
  row(header),
  `|${widths.map((w, i) => (i === 0 ? '-'.repeat(w + 2) : `${'-'.repeat(w + 1)}:`)).join('|')}|`,
  ...lines.map(row),
  '',
  ...results.map(
    (r) =>
      `${r.scale}x rows: ${Object.entries(r.rows)
        .map(([t, n]) => `${t} ${n}`)
        .join(', ')}`,
  ),
  '',
  `The ${large.scale}x overview in the database (EXPLAIN ANALYZE of each statement it sent):`,
  ...large.overviewStatements.map(
    (s) =>
      `  ${s.subgraph.padEnd(8)} ${s.executionMs.toFixed(1).padStart(6)} ms  ${s.seqScans.length ? `seq scan ${s.seqScans.map((x) => `${x.table} (${x.rows} rows)`).join(', ')}` : 'no seq scan'}` +
      `${s.indexes.length ? `; indexes ${s.indexes.join(', ')}` : ''}  ${s.sql}`,
  ),
];
process.stdout.write(`${out.join('\n')}\n`);

const resultsDir = path.join(PROJECT_ROOT, 'bench', 'results');
fs.mkdirSync(resultsDir, { recursive: true });
const file = path.join(resultsDir, `dashboard-${new Date().toISOString().replace(/[:.]/g, '-')}.json`);
fs.writeFileSync(
  file,
  `${JSON.stringify({ samples: SAMPLES, warmup: WARMUP, machine: { cpus: os.cpus().length, model: os.cpus()[0]?.model, loadavg: os.loadavg() }, results }, null, 2)}\n`,
);
process.stdout.write(`\nJSON: ${path.relative(PROJECT_ROOT, file)}\n`);
