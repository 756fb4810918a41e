/**
 * Export to IATI 2.03: the XML validates against the schema, and import →
 * export → import keeps every field the project keeps (two databases compared
 * row by row, ids aside).
 */
import path from 'node:path';
import { afterAll, beforeAll, expect, test } from '@jest/globals';
import { PROJECT_ROOT } from '../../lib/config.js';
import { fileChunks } from '../../subgraphs/partners/src/iati/read-file.js';
import { exportActivityXml } from '../../subgraphs/partners/src/services/iati-export.js';
import { importIatiActivities } from '../../subgraphs/partners/src/services/iati-import.js';
import { iatiSchemaErrors } from '../support/iati-schema.js';
import { partnersDatabase, snapshot, type PartnersDb } from '../support/partners-db.js';

let first: PartnersDb;
let second: PartnersDb;
let demo: PartnersDb;

beforeAll(async () => {
  [first, second, demo] = await Promise.all([
    partnersDatabase('empty'),
    partnersDatabase('empty'),
    partnersDatabase('demo'),
  ]);
});

afterAll(async () => {
  await Promise.all([first?.drop(), second?.drop(), demo?.drop()]);
});

async function exportAll(store: PartnersDb, where = {}): Promise<string> {
  let xml = '';
  for await (const part of exportActivityXml(store.db, where, new Date('2025-11-20T00:00:00Z'))) xml += part;
  return xml;
}

async function* once(text: string): AsyncGenerator<string> {
  yield text;
}

test('import → export → import is lossless for the kept fields, and the export validates against the IATI 2.03 schema', async () => {
  for (const name of ['activities-2.01.xml', 'activities-2.02.xml', 'activities-2.03.xml']) {
    const report = await importIatiActivities(
      first.db,
      fileChunks(path.join(PROJECT_ROOT, 'test', 'fixtures', 'iati', name)),
    );
    expect(report.rejected).toBe(0);
  }
  const exported = await exportAll(first);
  expect(await iatiSchemaErrors(exported)).toEqual([]);
  const report = await importIatiActivities(second.db, once(exported));
  expect(report).toMatchObject({ ok: true, created: 4, rejected: 0 });
  const [a, b] = [await snapshot(first.db, { withoutIds: true }), await snapshot(second.db, { withoutIds: true })];
  // The version each activity was first published in is where it came from, not a kept field.
  const withoutVersion = (rows: string[]) => rows.map((row) => row.replace(/"iati_version":"[^"]*",?/, ''));
  expect(withoutVersion(b.activities!)).toEqual(withoutVersion(a.activities!));
  for (const table of ['partners', 'participating_orgs', 'budgets', 'transactions'] as const)
    expect({ table, rows: b[table] }).toEqual({ table, rows: a[table] });
  // Exported again from the copy, the same document.
  expect(await exportAll(second)).toBe(exported);
  // And imported back where it came from, nothing changes.
  expect(await importIatiActivities(first.db, once(exported))).toMatchObject({ unchanged: 4, created: 0, updated: 0 });
});

test('the demo activities export as valid IATI 2.03', async () => {
  const xml = await exportAll(demo, { reportingOrg: { orgRef: 'XI-IATI-EC_INTPA' } });
  expect(xml.match(/<iati-activity[ >]/g)?.length).toBeGreaterThan(1);
  expect(await iatiSchemaErrors(xml)).toEqual([]);
});
