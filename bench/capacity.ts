/**
 * `npm run bench:capacity`: what the README's capacity section cites for the
 * data side. For each scale of the demo data (1x, 10x, 100x by default) it
 * builds the three subgraph databases on an embedded PostgreSQL of its own,
 * then prints the rows of the main tables and each database's size on disk
 * (pg_database_size: tables, indexes and TOAST), and writes them as JSON to
 * bench/results/. Throughput per process comes from `npm run bench:gateway`.
 *
 *   npm run bench:capacity -- --scales 1,10,100
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { parseCli } from '../lib/cli-args.js';
import { PROJECT_ROOT, SUBGRAPH_NAMES } from '../lib/config.js';
import { createLogger } from '../lib/logger.js';
import { buildScale, rowCounts, startBenchPostgres, type DatabaseUrls } from './databases.js';

const { values: args, fail } = parseCli({
  usage: `Usage: npm run bench:capacity -- [--scales 1,10,100]

For each scale of the demo data, builds the three subgraph databases on an
embedded PostgreSQL of its own, then prints the rows of the main tables and
each database's size on disk, and writes them as JSON to bench/results/.

  --scales LIST  the data scales, comma-separated, 1 to 1000 (default 1,10,100)`,
  options: { scales: { type: 'string', default: '1,10,100' } },
});
const SCALES = args.scales.split(',').map(Number);
if (SCALES.some((s) => !Number.isInteger(s) || s < 1 || s > 1000))
  fail(`--scales must be whole numbers between 1 and 1000, got ${args.scales}`);

async function databaseBytes(urls: DatabaseUrls): Promise<Record<string, number>> {
  const sizes: Record<string, number> = {};
  for (const name of SUBGRAPH_NAMES) {
    const client = new pg.Client({ connectionString: urls[name] });
    await client.connect();
    try {
      const { rows } = await client.query<{ bytes: string }>('SELECT pg_database_size(current_database()) AS bytes');
      sizes[name] = Number(rows[0]!.bytes);
    } finally {
      await client.end();
    }
  }
  return sizes;
}

const logger = createLogger('bench', 'warn');
const postgres = await startBenchPostgres(logger);
const results: { scale: number; seconds: number; rows: Record<string, number>; bytes: Record<string, number> }[] = [];
try {
  for (const scale of SCALES) {
    const started = Date.now();
    const urls = await buildScale(postgres.server.serverUrl, scale, logger);
    const result = {
      scale,
      seconds: (Date.now() - started) / 1000,
      rows: await rowCounts(urls),
      bytes: await databaseBytes(urls),
    };
    results.push(result);
    const mb = (n: number) => `${(n / 1024 / 1024).toFixed(0)} MB`;
    process.stderr.write(
      `${scale}x built in ${result.seconds.toFixed(0)} s: ${Object.entries(result.rows)
        .map(([t, n]) => `${t} ${n.toLocaleString('en')}`)
        .join(', ')}; ${SUBGRAPH_NAMES.map((n) => `${n} ${mb(result.bytes[n]!)}`).join(', ')}\n`,
    );
  }
} finally {
  await postgres.stop();
}
const report = {
  date: new Date().toISOString(),
  machine: `${os.cpus().length} cores (${os.cpus()[0]?.model ?? 'unknown'}), ${os.totalmem()} bytes, Node ${process.version}, load average ${os
    .loadavg()
    .map((l) => l.toFixed(1))
    .join(' ')} at the end`,
  results,
};
const dir = path.join(PROJECT_ROOT, 'bench', 'results');
fs.mkdirSync(dir, { recursive: true });
// One file per run (date and time): a run of some scales does not replace another's.
const stamp = report.date.slice(0, 16).replace(':', '');
fs.writeFileSync(path.join(dir, `capacity-${stamp}.json`), JSON.stringify(report, null, 2));
process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
