/**
 * IATI import on handcrafted files (2.01, 2.02, 2.03) into a real database:
 * what is kept, idempotence, newer and older versions, invalid activities and
 * files, organizations and BINs.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { PROJECT_ROOT } from '../../lib/config.js';
import { fileChunks } from '../../subgraphs/partners/src/iati/read-file.js';
import { binSetRegistry } from '../../subgraphs/partners/src/services/bin-registry.js';
import { importIatiActivities, type ImportOptions } from '../../subgraphs/partners/src/services/iati-import.js';
import { iatiSchemaErrors } from '../support/iati-schema.js';
import { partnersDatabase, snapshot, type PartnersDb } from '../support/partners-db.js';

const FIXTURES = path.join(PROJECT_ROOT, 'test', 'fixtures', 'iati');
const fixture = (name: string) => path.join(FIXTURES, name);
const registry = binSetRegistry(
  new Map([
    ['950440001673', { regionCode: 'KZ-75' }],
    ['210140012347', { regionCode: 'KZ-71' }],
    ['230840005551', { regionCode: 'KZ-71' }],
    ['221140009996', { regionCode: 'KZ-35' }],
  ]),
);
const options: ImportOptions = { registry };

let store: PartnersDb;

beforeAll(async () => {
  store = await partnersDatabase('empty');
});

afterAll(async () => {
  await store?.drop();
});

async function* text(xml: string): AsyncGenerator<string> {
  // Small chunks, so elements and multi-byte characters are split across writes.
  for (let i = 0; i < xml.length; i += 7) yield xml.slice(i, i + 7);
}

describe('the handcrafted files', () => {
  test.each(['activities-2.01.xml', 'activities-2.02.xml', 'activities-2.03.xml'])(
    '%s validates against the IATI 2.03 schema',
    async (name) => {
      expect(await iatiSchemaErrors(fs.readFileSync(fixture(name), 'utf8'))).toEqual([]);
    },
  );
});

describe('importing IATI 2.01, 2.02 and 2.03', () => {
  test('every activity is stored with its amounts, currencies and value dates as published', async () => {
    for (const name of ['activities-2.01.xml', 'activities-2.02.xml', 'activities-2.03.xml']) {
      const report = await importIatiActivities(store.db, fileChunks(fixture(name), 97), options);
      expect({ name, ok: report.ok, rejected: report.rejected, rejections: report.rejections }).toEqual({
        name,
        ok: true,
        rejected: 0,
        rejections: [],
      });
    }
    const activities = await store.db.activity.findMany({
      orderBy: { iatiIdentifier: 'asc' },
      include: { transactions: true, budgets: true },
    });
    expect(activities.map((a) => [a.iatiIdentifier, a.iatiVersion])).toEqual([
      ['GB-GOV-1-KZ-TEST-202-01', '2.02'],
      ['XI-IATI-EC_INTPA-KZ-TEST-203-01', '2.03'],
      ['XM-DAC-41114-KZ-TEST-203-02', '2.03'],
      ['XM-DAC-41122-KZ-TEST-201-01', '2.01'],
    ]);
    const eu = activities[1]!;
    expect(eu.title).toBe('Civic participation & "open councils" in Almaty');
    expect(eu.lastUpdatedAt?.toISOString()).toBe('2025-10-15T08:30:00.000Z');
    expect(eu.locationRegionCodes).toEqual(['KZ-75']);
    expect(eu.sdgGoals).toEqual([5, 16]);
    expect(eu.sdgTargets).toEqual(['16.7']);
    const byRef = (ref: string | null) => eu.transactions.find((t) => t.ref === ref)!;
    // Default-currency fallback, several currencies in one activity, a refund.
    expect([byRef('EC-203-01-D1').amount.toFixed(2), byRef('EC-203-01-D1').currency]).toEqual(['80000.50', 'EUR']);
    expect([byRef('EC-203-01-D2').amount.toFixed(2), byRef('EC-203-01-D2').currency]).toEqual(['25000.00', 'USD']);
    expect([byRef('EC-203-01-D3').amount.toFixed(2), byRef('EC-203-01-D3').currency]).toEqual(['5000000.00', 'KZT']);
    expect([byRef('EC-203-01-R1').amount.toFixed(2), byRef('EC-203-01-R1').currency]).toEqual(['-2500.25', 'EUR']);
    expect(byRef(null).currency).toBe('GBP');
    expect(byRef('EC-203-01-D2').valueDate.toISOString().slice(0, 10)).toBe('2024-09-02');
    expect(eu.budgets.map((b) => [b.amount.toFixed(2), b.currency]).sort()).toEqual([
      ['100000.00', 'EUR'],
      ['150000.00', 'EUR'],
    ]);

    const fcdo = activities[0]!;
    // 2.02: SDGs as sector vocabularies 7 and 8; a zone-less timestamp read as UTC.
    expect([fcdo.sdgGoals, fcdo.sdgTargets, fcdo.locationRegionCodes]).toEqual([[16], ['16.10'], ['KZ-71']]);
    expect(fcdo.lastUpdatedAt?.toISOString()).toBe('2021-06-30T12:00:00.000Z');
    expect(fcdo.transactions.map((t) => `${t.amount.toFixed(2)} ${t.currency}`).sort()).toEqual([
      '-1000.00 EUR',
      '45000.75 GBP',
      '90000.00 GBP',
    ]);

    const unicef = activities[3]!;
    const incoming = unicef.transactions.find((t) => t.type === 1)!;
    expect([incoming.providerActivityId, incoming.currency]).toEqual(['XM-DAC-41122-GLOBAL-ECD', 'USD']);
  });

  test('organizations become partners; KZ-BIN references link to the registry, unknown and malformed BINs are reported, never dropped', async () => {
    const partners = await store.db.partner.findMany({ orderBy: { orgRef: 'asc' } });
    const byRef = new Map(partners.map((p) => [p.orgRef, p]));
    expect(byRef.get('XI-IATI-NEWFOUNDATION')).toMatchObject({
      kind: 'FOUNDATION',
      name: 'A Foundation Never Seen Before',
      iatiType: '60',
    });
    expect(byRef.get('XM-DAC-41114')).toMatchObject({ kind: 'UN_AGENCY' });
    expect(byRef.get('XI-IATI-EC_INTPA')).toMatchObject({ kind: 'EU' });
    expect(byRef.get('KZ-BIN-190540007775')).toMatchObject({
      kind: 'NATIONAL_NGO',
      ngoBin: '190540007775',
      country: 'KZ',
    });
    // A malformed BIN is kept as published but links to nothing.
    expect(byRef.get('KZ-BIN-950440001674')).toMatchObject({ ngoBin: null });
    const transactions = await store.db.transaction.findMany({ where: { receiverOrgRef: { startsWith: 'KZ-BIN-' } } });
    const of = (ref: string) => transactions.find((t) => t.receiverOrgRef === ref)!;
    expect([of('KZ-BIN-210140012347').receiverBin, of('KZ-BIN-210140012347').regionCode]).toEqual([
      '210140012347',
      'KZ-71',
    ]);
    expect([of('KZ-BIN-190540007775').receiverBin, of('KZ-BIN-190540007775').regionCode]).toEqual([
      '190540007775',
      'KZ-75',
    ]);
    expect([of('KZ-BIN-950440001674').receiverBin, Number(of('KZ-BIN-950440001674').amount)]).toEqual([null, -2500.25]);
    // The organization without a reference is kept by name.
    const unnamed = await store.db.participatingOrg.findFirst({
      where: { name: 'Informal Youth Initiative of Almaty' },
    });
    expect(unnamed).toMatchObject({ orgRef: null, partnerId: null, role: 4 });
  });

  test('the report names each BIN with its status and warns about what it could not link', async () => {
    const other = await partnersDatabase('empty');
    try {
      const report = await importIatiActivities(other.db, fileChunks(fixture('activities-2.03.xml')), options);
      expect(report.bins.map((b) => [b.bin, b.status]).sort()).toEqual([
        ['190540007775', 'NOT_REGISTERED'],
        ['210140012347', 'REGISTERED'],
        ['950440001673', 'REGISTERED'],
        ['950440001674', 'INVALID'],
      ]);
      expect(report.warnings.map((w) => w.element)).toEqual(
        expect.arrayContaining(['participating-org[3]/@ref', 'transaction[5]/receiver-org/@ref']),
      );
      expect(report.newPartners).toEqual(expect.arrayContaining(['XI-IATI-NEWFOUNDATION', 'KZ-BIN-190540007775']));
      const unchecked = await importIatiActivities(other.db, fileChunks(fixture('activities-2.01.xml')));
      expect(unchecked.bins).toEqual([
        { bin: '221140009996', status: 'NOT_CHECKED', iatiIdentifier: 'XM-DAC-41122-KZ-TEST-201-01' },
      ]);
      expect(unchecked.registry).toBeNull();
    } finally {
      await other.drop();
    }
  });

  test('importing the same files again changes nothing', async () => {
    const before = await snapshot(store.db);
    for (const name of ['activities-2.01.xml', 'activities-2.02.xml', 'activities-2.03.xml']) {
      const report = await importIatiActivities(store.db, fileChunks(fixture(name)), options);
      expect(report).toMatchObject({ created: 0, updated: 0, rejected: 0, newPartnerCount: 0 });
      expect(report.unchanged).toBe(report.read);
    }
    expect(await snapshot(store.db)).toEqual(before);
  });

  test('a newer version replaces the older in place; an older one is left aside', async () => {
    const xml = fs.readFileSync(fixture('activities-2.02.xml'), 'utf8');
    const id = (await store.db.activity.findUniqueOrThrow({ where: { iatiIdentifier: 'GB-GOV-1-KZ-TEST-202-01' } })).id;
    const newer = xml.replace('2021-06-30T12:00:00', '2022-01-15T00:00:00Z').replace('>45000.75<', '>46000.00<');
    expect(await importIatiActivities(store.db, text(newer), options)).toMatchObject({ updated: 1, created: 0 });
    const after = await store.db.activity.findUniqueOrThrow({
      where: { iatiIdentifier: 'GB-GOV-1-KZ-TEST-202-01' },
      include: { transactions: true },
    });
    expect(after.id).toBe(id);
    expect(after.transactions.map((t) => t.amount.toFixed(2)).sort()).toEqual(['-1000.00', '46000.00', '90000.00']);
    const before = await snapshot(store.db);
    const report = await importIatiActivities(store.db, fileChunks(fixture('activities-2.02.xml')), options);
    expect(report).toMatchObject({ older: 1, updated: 0, created: 0 });
    expect(await snapshot(store.db)).toEqual(before);
  });

  test('invalid activities are rejected with identifier, element and reason; the rest import', async () => {
    const before = await store.db.activity.count();
    const report = await importIatiActivities(store.db, fileChunks(fixture('invalid-activities.xml')), options);
    expect(report).toMatchObject({ ok: true, read: 3, created: 1, rejected: 2 });
    expect(report.rejections.map(({ iatiIdentifier, element }) => [iatiIdentifier, element])).toEqual([
      ['XM-DAC-41119-KZ-BAD-01', 'transaction[1]/value/@currency'],
      ['XM-DAC-41119-KZ-BAD-03', 'transaction[1]/transaction-date'],
      ['XM-DAC-41119-KZ-BAD-03', 'transaction[1]/value'],
    ]);
    expect(report.rejections[0]!.reason).toMatch(/no @default-currency/);
    expect(report.rejections[1]!.reason).toMatch(/not a calendar date/);
    expect(report.rejections[2]!.reason).toMatch(/not a decimal number/);
    expect(await store.db.activity.count()).toBe(before + 1);
    expect(await store.db.activity.findUnique({ where: { iatiIdentifier: 'XM-DAC-41119-KZ-BAD-03' } })).toBeNull();
  });

  test.each([
    ['not-iati.xml', 'NOT_IATI', /root element is <rss>/],
    ['plain text', 'NOT_XML', /not an XML file/],
    ['empty', 'NOT_IATI', /empty/],
    ['IATI 1.05', 'UNSUPPORTED_VERSION', /1\.05 is not supported/],
    ['an organisation file', 'NOT_IATI', /organisation file/],
  ])('a file that is not an IATI activity file imports nothing and says why: %s', async (name, code, message) => {
    const inputs: Record<string, string> = {
      'plain text': 'iati-identifier,title\nX,Y\n',
      empty: '',
      'IATI 1.05': '<iati-activities version="1.05"><iati-activity/></iati-activities>',
      'an organisation file': '<iati-organisations version="2.03"/>',
    };
    const before = await snapshot(store.db);
    const source = name.endsWith('.xml') ? fileChunks(fixture(name)) : text(inputs[name]!);
    const report = await importIatiActivities(store.db, source, options);
    expect(report).toMatchObject({ ok: false, read: 0, created: 0, error: { code } });
    expect(report.error!.message).toMatch(message);
    expect(await snapshot(store.db)).toEqual(before);
  });

  test('a file cut off in the middle keeps the whole activities before the cut and stores nothing of the broken one', async () => {
    const other = await partnersDatabase('empty');
    try {
      const xml = fs.readFileSync(fixture('activities-2.03.xml'), 'utf8');
      const cut = xml.slice(0, xml.indexOf('<title><narrative>Climate'));
      const report = await importIatiActivities(other.db, text(cut), options);
      expect(report).toMatchObject({ ok: false, created: 1, error: { code: 'MALFORMED_XML' } });
      expect((await other.db.activity.findMany()).map((a) => a.iatiIdentifier)).toEqual([
        'XI-IATI-EC_INTPA-KZ-TEST-203-01',
      ]);
    } finally {
      await other.drop();
    }
  });
});
