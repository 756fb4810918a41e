/**
 * `npm run bench:iati [-- --sizes 50,200]`: IATI import throughput and peak
 * memory for generated files of two sizes (MB), each imported into a fresh
 * database on an embedded PostgreSQL, then imported again (nothing to
 * change). Memory that stays flat from the small file to the large one shows
 * the stream does not hold the file. Each run is a process of its own.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseCli } from '../lib/cli-args.js';
import { PROJECT_ROOT } from '../lib/config.js';
import { prepareDatabase } from '../lib/database/prepare.js';
import { createLogger } from '../lib/logger.js';
import { startBenchPostgres } from './databases.js';
import { writeIatiFile } from '../demo/iati-file.js';

const { values, fail } = parseCli({
  usage: `Usage: npm run bench:iati -- [--sizes 50,200]

IATI import throughput and peak memory for generated activity files of the
given sizes (MB), each imported into a fresh database on an embedded
PostgreSQL of its own, then imported again (nothing to change), each run in a
process of its own. Memory that stays flat from the small file to the large
one shows the import does not hold the file. The table goes to stdout.

  --sizes LIST  file sizes in MB, comma-separated (default 50,200)`,
  options: { sizes: { type: 'string', default: '50,200' } },
});
const sizes = values.sizes.split(',').map(Number);
if (sizes.some((s) => !Number.isFinite(s) || s <= 0))
  fail(`--sizes takes sizes in MB, e.g. 50,200; got ${values.sizes}`);

const logger = createLogger('bench', 'warn');
const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'civic-graph-bench-iati-'));
const postgres = await startBenchPostgres(logger);
const server = postgres.server;
const run = (file: string, url: string) =>
  JSON.parse(
    execFileSync(
      process.execPath,
      ['--import', 'tsx', path.join(PROJECT_ROOT, 'bench', 'iati-import-run.ts'), file, url],
      { encoding: 'utf8' },
    ),
  );
try {
  const rows = [];
  for (const size of sizes) {
    const file = path.join(scratch, `activities-${size}mb.xml`);
    const generated = writeIatiFile(file, size * 1024 * 1024);
    const url = `${server.serverUrl}/bench_iati_${size}`;
    await prepareDatabase('partners', url, logger);
    const first = run(file, url);
    const again = run(file, url);
    rows.push({ size, activities: generated.activities, first, again });
    fs.rmSync(file);
  }
  console.log(`IATI import on ${os.cpus().length} cores (${os.cpus()[0]?.model ?? 'cpu'}), Node ${process.version}`);
  console.log('file MB | activities | run    | seconds | activities/s | MB/s  | peak heap MB | peak RSS MB');
  for (const { size, activities, first, again } of rows) {
    for (const [name, r] of [
      ['first', first],
      ['again', again],
    ] as const) {
      console.log(
        [
          String(size).padStart(7),
          String(activities).padStart(10),
          name.padEnd(6),
          String(r.seconds).padStart(7),
          String(r.activitiesPerSecond).padStart(12),
          String(r.megabytesPerSecond).padStart(5),
          String(r.peakHeapMB).padStart(12),
          String(r.maxRssMB).padStart(11),
        ].join(' | '),
      );
    }
  }
} finally {
  await postgres.stop();
  fs.rmSync(scratch, { recursive: true, force: true });
}
