/**
 * A generated IATI file of over 50 MB, written to the temporary folder at test
 * time: imported as a stream, then imported again without changing anything.
 * The live heap (after a full garbage collection) is sampled during the
 * import, every 2 MB the importer reads: it must stay far below the file's size (the benchmark, npm run
 * bench:iati, shows it flat from 50 to 200 MB).
 */
import fs from 'node:fs';
import v8 from 'node:v8';
import vm from 'node:vm';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, expect, test } from '@jest/globals';
import { writeIatiFile } from '../../demo/iati-file.js';
import { fileChunks } from '../../subgraphs/partners/src/iati/read-file.js';
import { importIatiActivities } from '../../subgraphs/partners/src/services/iati-import.js';
import { partnersDatabase, type PartnersDb } from '../support/partners-db.js';

const MB = 1024 * 1024;
let store: PartnersDb;
let file: string;
let generated: { activities: number; bytes: number };

beforeAll(async () => {
  store = await partnersDatabase('empty');
  file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'civic-graph-iati-')), 'activities-51mb.xml');
  generated = writeIatiFile(file, 51 * MB);
});

afterAll(async () => {
  await store?.drop();
  if (file) fs.rmSync(path.dirname(file), { recursive: true, force: true });
});

// Garbage would hide what the import keeps alive: collect it before each sample.
v8.setFlagsFromString('--expose-gc');
const collectGarbage = vm.runInNewContext('gc') as () => void;

function liveHeap(): number {
  collectGarbage();
  return process.memoryUsage().heapUsed;
}

const CHUNK_BYTES = 256 * 1024;
/** A sample every 8 chunks the importer reads (every 2 MB of the file): during the import, never after it. */
const SAMPLE_EVERY = 8;

/** The file's chunks, with the live heap sampled as the importer pulls them. */
async function* sampledChunks(file: string, onSample: (heap: number) => void): AsyncIterable<string> {
  let read = 0;
  for await (const chunk of fileChunks(file, CHUNK_BYTES)) {
    if (++read % SAMPLE_EVERY === 0) onSample(liveHeap());
    yield chunk;
  }
}

async function importSampled(): Promise<{
  report: Awaited<ReturnType<typeof importIatiActivities>>;
  heapGrowth: number;
  samples: number;
}> {
  const base = liveHeap();
  let peak = base;
  let samples = 0;
  const report = await importIatiActivities(
    store.db,
    sampledChunks(file, (heap) => {
      samples += 1;
      peak = Math.max(peak, heap);
    }),
  );
  return { report, heapGrowth: peak - base, samples };
}

// Bounded at 4 minutes: two imports of 51 MB on a shared two-core machine (about a minute when it is quiet).
test('a file of over 50 MB imports as a stream, and importing it again changes nothing', async () => {
  expect(fs.statSync(file).size).toBeGreaterThan(50 * MB);
  const first = await importSampled();
  expect(first.report).toMatchObject({
    ok: true,
    read: generated.activities,
    created: generated.activities,
    rejected: 0,
  });
  // The heap was sampled all along the file (one sample per 2 MB read), so the limit below was measured.
  // (One fewer at most: the importer stops pulling once it has read the last activity.)
  const expectedSamples = Math.floor(fs.statSync(file).size / (CHUNK_BYTES * SAMPLE_EVERY)) - 1;
  expect(expectedSamples).toBeGreaterThanOrEqual(24);
  expect(first.samples).toBeGreaterThanOrEqual(expectedSamples);
  // The whole file as a string would be over 50 MB of heap (twice that as UTF-16); the stream keeps a
  // batch of activities and the database client's buffers, about 30 MB whatever the file's size.
  expect(first.heapGrowth).toBeLessThan(45 * MB);
  const counts = async () => ({
    activities: await store.db.activity.count(),
    transactions: await store.db.transaction.count(),
    partners: await store.db.partner.count(),
    sum: (await store.db.transaction.aggregate({ _sum: { amount: true } }))._sum.amount?.toFixed(2),
  });
  const before = await counts();
  expect(before.transactions).toBe(generated.activities * 9);
  const again = await importSampled();
  expect(again.report).toMatchObject({ ok: true, created: 0, updated: 0, unchanged: generated.activities });
  expect(await counts()).toEqual(before);
}, 240_000);
