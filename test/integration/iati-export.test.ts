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

test('sectors, recipient shares and locations survive import → export → import, and an activity without participating-org exports valid', async () => {
  const [source, copy] = await Promise.all([partnersDatabase('empty'), partnersDatabase('empty')]);
  try {
    const file = path.join(PROJECT_ROOT, 'test', 'fixtures', 'iati', 'activities-un-sectors-locations.xml');
    expect(await importIatiActivities(source.db, fileChunks(file))).toMatchObject({
      ok: true,
      created: 2,
      rejected: 0,
    });
    const exported = await exportAll(source);
    expect(await iatiSchemaErrors(exported)).toEqual([]);
    for (const element of [
      '<sector vocabulary="1" code="15150" percentage="62.5"><narrative>Democratic participation and civil society</narrative></sector>',
      '<sector vocabulary="2" code="151" percentage="100"/>',
      '<sector vocabulary="99" vocabulary-uri="https://example.org/undp-focus-areas" code="OUTPUT-2.3"/>',
      '<recipient-country code="KZ" percentage="60"><narrative>Kazakhstan</narrative></recipient-country>',
      '<recipient-region code="143" vocabulary="2" percentage="15"/>',
      '<location ref="KZ-ALA-01"><location-reach code="1"/><location-id vocabulary="G1" code="1526384"/>',
      '<administrative vocabulary="A4" level="1" code="KZ-75"/><point srsName="http://www.opengis.net/def/crs/EPSG/0/4326"><pos>43.25667 76.92861</pos></point>',
      '<exactness code="1"/><location-class code="2"/><feature-designation code="PPLA"/></location>',
      // Published without participating-org: its publisher, as the Accountable organization.
      '<participating-org ref="XM-DAC-41114" type="40" role="2"><narrative>United Nations Development Programme</narrative></participating-org>',
    ])
      expect(exported).toContain(element);

    expect(await importIatiActivities(copy.db, once(exported))).toMatchObject({ ok: true, created: 2, rejected: 0 });
    const [a, b] = [await snapshot(source.db, { withoutIds: true }), await snapshot(copy.db, { withoutIds: true })];
    const kept = (rows: string[]) =>
      rows.map((row) => {
        const { sectors, recipients, locations, recipient_countries, recipient_regions, location_region_codes } =
          JSON.parse(row) as Record<string, unknown>;
        return { sectors, recipients, locations, recipient_countries, recipient_regions, location_region_codes };
      });
    expect(kept(b.activities!)).toEqual(kept(a.activities!));
    expect(kept(a.activities!).flatMap((row) => row.sectors as unknown[])).toHaveLength(5);
    for (const table of ['partners', 'budgets', 'transactions'] as const)
      expect({ table, rows: b[table] }).toEqual({ table, rows: a[table] });
    // The copy keeps the participant the export had to name, and exports the same document.
    expect(b.participating_orgs).toHaveLength(a.participating_orgs!.length + 1);
    expect(await exportAll(copy)).toBe(exported);
  } finally {
    await Promise.all([source.drop(), copy.drop()]);
  }
});

test('a sector percentage that is not a decimal rejects its activity by element; shares not adding to 100 are a warning', async () => {
  const store = await partnersDatabase('empty');
  try {
    const activity = (identifier: string, sectors: string) => `<iati-activity default-currency="USD">
      <iati-identifier>${identifier}</iati-identifier>
      <reporting-org ref="XM-DAC-41114" type="40"><narrative>UNDP</narrative></reporting-org>
      <title><narrative>Test</narrative></title>
      <participating-org ref="XM-DAC-41114" role="1"/>
      <activity-status code="2"/><activity-date type="1" iso-date="2017-01-01"/>${sectors}</iati-activity>`;
    const xml = `<?xml version="1.0"?><iati-activities version="2.02">
      ${activity('XM-DAC-41114-BAD', '<sector code="15150" percentage="62,5"/>')}
      ${activity('XM-DAC-41114-ODD', '<sector code="15150" percentage="60"/><sector code="16020" percentage="30"/>')}
      </iati-activities>`;
    const report = await importIatiActivities(store.db, once(xml));
    expect(report).toMatchObject({ created: 1, rejected: 1 });
    expect(report.rejections).toEqual([
      expect.objectContaining({ iatiIdentifier: 'XM-DAC-41114-BAD', element: 'sector[1]/@percentage' }),
    ]);
    expect(report.rejections[0]!.reason).toMatch(/decimal from 0 to 100/);
    expect(report.warnings).toEqual([
      expect.objectContaining({ iatiIdentifier: 'XM-DAC-41114-ODD', element: 'sector/@percentage' }),
    ]);
    expect(report.warnings[0]!.reason).toMatch(/add up to 90, not 100/);
  } finally {
    await store.drop();
  }
});
