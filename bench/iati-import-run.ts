/**
 * One benchmark run, in a process of its own so that its peak memory is its
 * own: imports one IATI file into one database and prints a JSON line with
 * the timing and memory figures. Started by bench/iati-import.ts.
 */
import fs from 'node:fs';
import { createDb } from '../subgraphs/partners/src/db.js';
import { fileChunks } from '../subgraphs/partners/src/iati/read-file.js';
import { importIatiActivities } from '../subgraphs/partners/src/services/iati-import.js';

const [file, databaseUrl, importer = 'current'] = process.argv.slice(2);
if (!file || !databaseUrl || (importer !== 'current' && importer !== 'baseline'))
  throw new Error('usage: iati-import-run.ts <file> <database url> [current|baseline]');

const db = createDb(databaseUrl, { poolSize: 8 });
let peakHeap = 0;
let peakRss = 0;
const sample = () => {
  const usage = process.memoryUsage();
  peakHeap = Math.max(peakHeap, usage.heapUsed);
  peakRss = Math.max(peakRss, usage.rss);
};
const sampler = setInterval(sample, 20);
const started = performance.now();
const report = await importIatiActivities(db, fileChunks(file), { baseline: importer === 'baseline' });
const seconds = (performance.now() - started) / 1000;
sample();
clearInterval(sampler);
await db.$disconnect();
const megabytes = fs.statSync(file).size / (1024 * 1024);
process.stdout.write(
  `${JSON.stringify({
    megabytes: Number(megabytes.toFixed(1)),
    activities: report.read,
    created: report.created,
    unchanged: report.unchanged,
    rejected: report.rejected,
    seconds: Number(seconds.toFixed(2)),
    activitiesPerSecond: Math.round(report.read / seconds),
    megabytesPerSecond: Number((megabytes / seconds).toFixed(2)),
    peakHeapMB: Math.round(peakHeap / (1024 * 1024)),
    peakRssMB: Math.round(peakRss / (1024 * 1024)),
    maxRssMB: Math.round(process.resourceUsage().maxRSS / 1024),
  })}\n`,
);
