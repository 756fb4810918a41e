/**
 * The importer writes each batch of changed activities in one statement; the
 * one-statement-per-activity path stays as its fallback. Both must store the
 * same rows, and a batch that fails stores every activity but the bad one.
 */
import path from 'node:path';
import { afterAll, beforeAll, expect, test } from '@jest/globals';
import { PROJECT_ROOT } from '../../lib/config.js';
import { fileChunks } from '../../subgraphs/partners/src/iati/read-file.js';
import { importIatiActivities } from '../../subgraphs/partners/src/services/iati-import.js';
import { partnersDatabase, snapshot, type PartnersDb } from '../support/partners-db.js';

let batched: PartnersDb;
let oneByOne: PartnersDb;

beforeAll(async () => {
  [batched, oneByOne] = await Promise.all([partnersDatabase('empty'), partnersDatabase('empty')]);
});

afterAll(async () => {
  await Promise.all([batched?.drop(), oneByOne?.drop()]);
});

async function* once(text: string): AsyncGenerator<string> {
  yield text;
}

const FIXTURES = [
  'activities-2.01.xml',
  'activities-2.02.xml',
  'activities-2.03.xml',
  'activities-un-sectors-locations.xml',
];

test('batched writes store exactly the rows one statement per activity stores, and report the same counts', async () => {
  for (const name of FIXTURES) {
    const file = path.join(PROJECT_ROOT, 'test', 'fixtures', 'iati', name);
    const a = await importIatiActivities(batched.db, fileChunks(file), {});
    const b = await importIatiActivities(oneByOne.db, fileChunks(file), { baseline: true });
    expect(a).toEqual(b);
    expect(a.created).toBeGreaterThan(0);
  }
  expect(await snapshot(batched.db, { withoutIds: true })).toEqual(await snapshot(oneByOne.db, { withoutIds: true }));
  // Again: nothing to write either way.
  const again = await importIatiActivities(
    batched.db,
    fileChunks(path.join(PROJECT_ROOT, 'test', 'fixtures', 'iati', FIXTURES[3]!)),
  );
  expect(again).toMatchObject({ created: 0, updated: 0, unchanged: 2 });
});

test('a batch the database refuses is written again one by one: only the bad activity is rejected', async () => {
  const activity = (n: number, providerType: string) => `<iati-activity default-currency="USD">
    <iati-identifier>XM-DAC-41114-BATCH-${n}</iati-identifier>
    <reporting-org ref="XM-DAC-41114" type="40"><narrative>UNDP</narrative></reporting-org>
    <title><narrative>Batch ${n}</narrative></title>
    <participating-org ref="XM-DAC-41114" role="1"/>
    <activity-status code="2"/><activity-date type="1" iso-date="2017-01-01"/>
    <transaction><transaction-type code="3"/><transaction-date iso-date="2017-06-30"/>
      <value value-date="2017-06-30">100</value><provider-org ref="XM-DAC-41114" type="${providerType}"/></transaction>
  </iati-activity>`;
  // An organisation type longer than any IATI code does not fit its column: the statement fails.
  const xml = `<?xml version="1.0"?><iati-activities version="2.03">${activity(1, '40')}${activity(2, 'TOO-LONG')}${activity(3, '40')}</iati-activities>`;
  const store = await partnersDatabase('empty');
  try {
    const report = await importIatiActivities(store.db, once(xml));
    expect(report).toMatchObject({ ok: true, read: 3, created: 2, rejected: 1 });
    expect(report.rejections).toEqual([
      expect.objectContaining({ iatiIdentifier: 'XM-DAC-41114-BATCH-2', element: 'iati-activity' }),
    ]);
    const stored = await store.db.activity.findMany({
      select: { iatiIdentifier: true },
      orderBy: { iatiIdentifier: 'asc' },
    });
    expect(stored.map((a) => a.iatiIdentifier)).toEqual(['XM-DAC-41114-BATCH-1', 'XM-DAC-41114-BATCH-3']);
    expect(await store.db.transaction.count()).toBe(2);
  } finally {
    await store.drop();
  }
});
