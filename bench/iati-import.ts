/**
 * `npm run bench:iati [-- --sizes 50,200]`: IATI import throughput and peak
 * memory for generated files of two sizes (MB), each imported into a fresh
 * database on an embedded PostgreSQL, then imported again (nothing to
 * change). Memory that stays flat from the small file to the large one shows
 * the stream does not hold the file. Each run is a process of its own.
 *
 * Every file is imported twice over, into two fresh databases: once by the
 * importer as it was before its speed work (kept behind the `baseline`
 * option: a tree for every element, one statement per activity, no reading
 * ahead) and once by the current one (unread elements passed over, one
 * statement per batch written while the next is read); the speed-up of the
 * first import is the ratio of the two, measured in the same run. On a shared machine one run
 * is noisy: each is repeated (--repeat, default 3), the two kinds taking
 * turns, and the run with the median first-import time is the one shown.
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
  usage: `Usage: npm run bench:iati -- [--sizes 50,200] [--repeat 3]

IATI import throughput and peak memory for generated activity files of the
given sizes (MB), each imported into a fresh database on an embedded
PostgreSQL of its own, then imported again (nothing to change), each run in a
process of its own, by the importer before its speed work (baseline) and by
the current one, taking turns. The table goes to stdout.

  --sizes LIST  file sizes in MB, comma-separated (default 50,200)
  --repeat N    runs of each importer per size; the median is shown (default 3)`,
  options: { sizes: { type: 'string', default: '50,200' }, repeat: { type: 'string', default: '3' } },
});
const sizes = values.sizes.split(',').map(Number);
if (sizes.some((s) => !Number.isFinite(s) || s <= 0))
  fail(`--sizes takes sizes in MB, e.g. 50,200; got ${values.sizes}`);
const repeat = Number(values.repeat);
if (!Number.isInteger(repeat) || repeat < 1) fail(`--repeat takes a whole number of runs; got ${values.repeat}`);

const IMPORTERS = ['baseline', 'current'] as const;
type Importer = (typeof IMPORTERS)[number];

interface RunFigures {
  seconds: number;
  activitiesPerSecond: number;
  megabytesPerSecond: number;
  peakHeapMB: number;
  maxRssMB: number;
}

const logger = createLogger('bench', 'warn');
const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'civic-graph-bench-iati-'));
const postgres = await startBenchPostgres(logger);
const server = postgres.server;
const run = (file: string, url: string, importer: Importer): RunFigures =>
  JSON.parse(
    execFileSync(
      process.execPath,
      ['--import', 'tsx', path.join(PROJECT_ROOT, 'bench', 'iati-import-run.ts'), file, url, importer],
      { encoding: 'utf8' },
    ),
  ) as RunFigures;

const cell = (value: string | number, width: number) => String(value).padStart(width);

try {
  const rows: { size: number; activities: number; importer: Importer; first: RunFigures; again: RunFigures }[] = [];
  for (const size of sizes) {
    const file = path.join(scratch, `activities-${size}mb.xml`);
    const generated = writeIatiFile(file, size * 1024 * 1024);
    const runs: Record<Importer, { first: RunFigures; again: RunFigures }[]> = { baseline: [], current: [] };
    for (let n = 0; n < repeat; n++) {
      for (const importer of IMPORTERS) {
        const url = `${server.serverUrl}/bench_iati_${size}_${importer}_${n}`;
        await prepareDatabase('partners', url, logger);
        const first = run(file, url, importer);
        runs[importer].push({ first, again: run(file, url, importer) });
      }
    }
    for (const importer of IMPORTERS) {
      const sorted = runs[importer].sort((a, b) => a.first.seconds - b.first.seconds);
      rows.push({ size, activities: generated.activities, importer, ...sorted[Math.floor(sorted.length / 2)]! });
    }
    fs.rmSync(file);
  }
  console.log(
    `IATI import on ${os.cpus().length} cores (${os.cpus()[0]?.model ?? 'cpu'}), Node ${process.version}, load average ${os.loadavg()[0]!.toFixed(1)}; median of ${repeat} runs`,
  );
  console.log('file MB | activities | importer | run    | seconds | activities/s | MB/s  | peak heap MB | peak RSS MB');
  for (const { size, activities, importer, first, again } of rows) {
    for (const [name, r] of [
      ['first', first],
      ['again', again],
    ] as const) {
      console.log(
        [
          cell(size, 7),
          cell(activities, 10),
          importer.padEnd(8),
          name.padEnd(6),
          cell(r.seconds, 7),
          cell(r.activitiesPerSecond, 12),
          cell(r.megabytesPerSecond, 5),
          cell(r.peakHeapMB, 12),
          cell(r.maxRssMB, 11),
        ].join(' | '),
      );
    }
  }
  for (const size of sizes) {
    const [baseline, batched] = IMPORTERS.map((w) => rows.find((r) => r.size === size && r.importer === w)!.first);
    console.log(
      `${size} MB, first import: the current importer is ${(baseline!.seconds / batched!.seconds).toFixed(2)}x as fast as the baseline`,
    );
  }
} finally {
  await postgres.stop();
  fs.rmSync(scratch, { recursive: true, force: true });
}
