/**
 * `npm run sync -- <source>` for the three source kinds against recorded
 * responses served on loopback (nothing reaches another host): run twice,
 * nothing changes the second time; a changed record is updated, a removed one
 * marked (not deleted), an invalid one reported with dataset, key and reason;
 * an error page and a timeout stop the run with a clear message, keep what
 * was stored and mark nothing removed. Every run is in the sync history.
 */
import { execFile } from 'node:child_process';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { PROJECT_ROOT } from '../../lib/config.js';
import { Decimal } from '../../lib/domain/money.js';
import { renderNbkDailyXml } from '../../lib/domain/nbk-rates.js';
import { createDb as councilsDb, type Db as CouncilsDb } from '../../subgraphs/councils/src/db.js';
import { createDb as ngosDb, type Db as NgosDb } from '../../subgraphs/ngos/src/db.js';
import { createDb as partnersDb, type Db as PartnersDb } from '../../subgraphs/partners/src/db.js';
import type { SyncReport } from '../../sync/contract.js';
import { syncEgov } from '../../sync/egov/index.js';
import { readMappings } from '../../sync/egov/mapping.js';
import { syncIatiRegistry } from '../../sync/iati-registry.js';
import { syncNbkRates } from '../../sync/nbk-rates.js';
import { dropDatabase, emptyDatabase } from '../support/databases.js';
import { portalNgoRecord, startSourceServer, type SourceServer, type SourceState } from '../support/source-server.js';

const ngo = portalNgoRecord;

function iatiFile(identifier: string, title: string): string {
  return `<?xml version="1.0" encoding="UTF-8"?>
<iati-activities version="2.03" generated-datetime="2025-01-01T00:00:00Z">
 <iati-activity last-updated-datetime="2025-01-01T00:00:00Z" default-currency="USD">
  <iati-identifier>${identifier}</iati-identifier>
  <reporting-org ref="XM-DAC-41114" type="40"><narrative>UNDP</narrative></reporting-org>
  <title><narrative>${title}</narrative></title>
  <participating-org ref="XM-DAC-41114" type="40" role="1"><narrative>UNDP</narrative></participating-org>
  <activity-status code="2"/>
  <recipient-country code="KZ"/>
  <transaction ref="T-1"><transaction-type code="3"/><transaction-date iso-date="2024-05-02"/>
   <value value-date="2024-05-02">1500.00</value>
   <provider-org ref="XM-DAC-41114"/><receiver-org ref="KZ-BIN-950440001673"><narrative>NGO</narrative></receiver-org></transaction>
 </iati-activity>
</iati-activities>`;
}

const rates = (day: string, usd: string) =>
  renderNbkDailyXml(day, [
    { currency: 'USD', rate: new Decimal(usd), quantity: 1, fullname: 'US dollar' },
    { currency: 'EUR', rate: new Decimal('520.10'), quantity: 1, fullname: 'Euro' },
  ]);

const state: SourceState = {
  apiKey: 'test-key',
  datasets: {
    reestr_nko: [
      ngo('950440001673', 'Молодёжный центр', '15.04.1995'),
      ngo('210140012347', 'Экологическое общество', '20.01.2021'),
      ngo('230840005551', 'Центр медиаграмотности', '01.08.2023'),
      ngo('950440001674', 'Неверный БИН', '15.04.1995'),
    ],
    obshchestvennye_sovety: [
      {
        id: 'PS-1',
        name_ru: 'Общественный совет города Алматы',
        name_kz: null,
        level: 'Местный',
        territory: 'Город',
        formed_by: 'Акимат города Алматы',
        region_iso: 'KZ-75',
        formed_on: '01.03.2016',
      },
    ],
    chleny_obshchestvennykh_sovetov: [
      { id: 'M-1', council_id: 'PS-1', fio: 'Ахметова Айгуль', role: 'Председатель', appointed_on: '01.03.2022' },
      { id: 'M-2', council_id: 'PS-1', fio: 'Иванов Пётр', role: 'Член', appointed_on: '01.03.2022' },
    ],
  },
  packages: [
    {
      name: 'undp-kz',
      publisher: 'undp',
      country: 'KZ',
      path: '/files/undp-kz.xml',
      xml: iatiFile('XM-DAC-41114-KZ-1', 'Civic education'),
    },
    {
      name: 'undp-kz-2',
      publisher: 'undp',
      country: 'KZ',
      path: '/files/undp-kz-2.xml',
      xml: iatiFile('XM-DAC-41114-KZ-2', 'Water'),
    },
  ],
  rates: { '2025-11-17': rates('2025-11-17', '520.55'), '2025-11-18': rates('2025-11-18', '521.00') },
  failing: new Set(),
  hanging: new Set(),
};

let server: SourceServer;
const urls = { ngos: '', councils: '', partners: '' };
let dbs: { ngos: NgosDb; councils: CouncilsDb; partners: PartnersDb };

beforeAll(async () => {
  server = await startSourceServer(state);
  [urls.ngos, urls.councils, urls.partners] = await Promise.all([
    emptyDatabase('ngos'),
    emptyDatabase('councils'),
    emptyDatabase('partners'),
  ]);
  dbs = { ngos: ngosDb(urls.ngos), councils: councilsDb(urls.councils), partners: partnersDb(urls.partners) };
});

afterAll(async () => {
  await Promise.all(Object.values(dbs ?? {}).map((db) => db.$disconnect()));
  await Promise.all(Object.values(urls).filter(Boolean).map(dropDatabase));
  await server?.stop();
});

/** The CLI as a process; asynchronous, so the loopback server in this process keeps answering. */
function sync(...args: string[]): Promise<{ status: number | null; reports: SyncReport[]; stderr: string }> {
  return syncWith({}, ...args);
}

function syncWith(
  extraEnv: Record<string, string>,
  ...args: string[]
): Promise<{ status: number | null; reports: SyncReport[]; stderr: string }> {
  const env = {
    ...process.env,
    NGOS_DATABASE_URL: urls.ngos,
    COUNCILS_DATABASE_URL: urls.councils,
    PARTNERS_DATABASE_URL: urls.partners,
    EGOV_API_URL: server.url,
    EGOV_API_KEY: state.apiKey,
    IATI_REGISTRY_URL: server.url,
    NBK_RATES_URL: `${server.url}/rss/get_rates.cfm`,
    SYNC_TIMEOUT_MS: '5000',
    ...extraEnv,
  };
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      ['--import', 'tsx', path.join(PROJECT_ROOT, 'scripts', 'sync.ts'), ...args],
      { cwd: PROJECT_ROOT, env, encoding: 'utf8', timeout: 90_000 },
      (error, stdout, stderr) => {
        const status = error ? (typeof error.code === 'number' ? error.code : null) : 0;
        resolve({ status, reports: stdout ? (JSON.parse(stdout) as SyncReport[]) : [], stderr });
      },
    );
  });
}

const counts = (r: SyncReport) => [r.source, r.created, r.updated, r.unchanged, r.rejected, r.removed];
const mappings = () => readMappings(path.join(PROJECT_ROOT, 'sync', 'egov-datasets.yaml'));
const portal = { apiKey: state.apiKey, timeoutMs: 2000 };

describe('npm run sync -- egov', () => {
  test('loads the NGO registry, councils and members page by page; the second run changes nothing', async () => {
    const first = await sync('egov');
    expect(first.status).toBe(0);
    expect(first.reports.map(counts)).toEqual([
      ['egov:reestr_nko', 3, 0, 0, 1, 0],
      ['egov:obshchestvennye_sovety', 1, 0, 0, 0, 0],
      ['egov:chleny_obshchestvennykh_sovetov', 2, 0, 0, 0, 0],
    ]);
    expect(first.reports[0]!.rejections).toEqual([
      { dataset: 'reestr_nko/v1', key: '950440001674', reason: expect.stringContaining('check digit') as unknown },
    ]);
    const stored = await dbs.ngos.ngo.findUnique({ where: { bin: '210140012347' } });
    expect(stored).toMatchObject({
      nameRu: 'Экологическое общество',
      legalForm: 'PUBLIC_ASSOCIATION',
      sectors: ['EDUCATION', 'YOUTH'],
      source: 'egov:reestr_nko',
      sourceUrl: `${server.url}/api/v4/reestr_nko/v1`,
      sourceRecordId: '210140012347',
    });
    // Pages of 500: one request per dataset, the key sent and masked nowhere in what is stored.
    expect(server.requests.filter((r) => r.includes('/api/v4/reestr_nko/v1')).length).toBe(1);
    const second = await sync('egov');
    expect(second.status).toBe(0);
    expect(second.reports.map(counts)).toEqual([
      ['egov:reestr_nko', 0, 0, 3, 1, 0],
      ['egov:obshchestvennye_sovety', 0, 0, 1, 0, 0],
      ['egov:chleny_obshchestvennykh_sovetov', 0, 0, 2, 0, 0],
    ]);
    expect(await dbs.ngos.syncRun.count()).toBe(2);
    expect(await dbs.councils.syncRun.count()).toBe(4);
  }, 120_000);

  test('pages with size/from; a changed record is updated, a removed one marked and kept', async () => {
    const datasets = mappings().map((d) => ({ ...d, pageSize: 2 }));
    const records = state.datasets.reestr_nko!;
    state.datasets.reestr_nko = [{ ...records[0]!, name_ru: 'Молодёжный центр «Болашак»' }, records[1]!, records[3]!];
    state.datasets.chleny_obshchestvennykh_sovetov = state.datasets.chleny_obshchestvennykh_sovetov!.slice(0, 1);
    const before = server.requests.length;
    const results = await syncEgov(
      { ngos: dbs.ngos, councils: dbs.councils },
      { url: server.url, ...portal },
      datasets,
    );
    expect(results.map((r) => counts(r.report))).toEqual([
      ['egov:reestr_nko', 0, 1, 1, 1, 1],
      ['egov:obshchestvennye_sovety', 0, 0, 1, 0, 0],
      ['egov:chleny_obshchestvennykh_sovetov', 0, 0, 1, 0, 1],
    ]);
    const pages = server.requests.slice(before).filter((r) => r.includes('reestr_nko'));
    expect(pages.map((r) => JSON.parse(new URL(`http://x${r.split(' ')[1]}`).searchParams.get('source')!))).toEqual([
      { size: 2, from: 0 },
      { size: 2, from: 2 },
    ]);
    const removed = await dbs.ngos.ngo.findUnique({ where: { bin: '230840005551' } });
    expect(removed?.removedFromSourceAt).toBeInstanceOf(Date);
    expect((await dbs.ngos.ngo.findUnique({ where: { bin: '950440001673' } }))?.nameRu).toBe(
      'Молодёжный центр «Болашак»',
    );
    const audit = await dbs.ngos.ngoAuditEntry.findMany({
      where: { actorSubject: 'egov:reestr_nko', action: 'UPDATED' },
    });
    expect(audit).toHaveLength(1);
    expect(
      (await dbs.councils.councilMember.findFirst({ where: { sourceRecordId: 'M-2' } }))?.removedFromSourceAt,
    ).toBeInstanceOf(Date);
  });

  test('an error page or a timeout stops the dataset with a clear message and marks nothing removed', async () => {
    const datasets = mappings().filter((d) => d.target === 'ngos');
    state.failing.add('/api/v4/reestr_nko/v1');
    state.datasets.reestr_nko = [];
    const [failed] = await syncEgov(
      { ngos: dbs.ngos, councils: dbs.councils },
      { url: server.url, ...portal },
      datasets,
    );
    expect(failed!.report).toMatchObject({ ok: false, removed: 0 });
    expect(failed!.report.error).toMatch(
      /reestr_nko\/v1\?source=.*apiKey=\*\*\*.* answered HTTP 502: 502 Bad Gateway nginx/,
    );
    state.failing.clear();
    state.hanging.add('/api/v4/reestr_nko/v1');
    const [timedOut] = await syncEgov(
      { ngos: dbs.ngos, councils: dbs.councils },
      { url: server.url, ...portal, timeoutMs: 300 },
      datasets,
    );
    expect(timedOut!.report.error).toMatch(/did not answer within 300 ms/);
    state.hanging.clear();
    expect(await dbs.ngos.ngo.count({ where: { removedFromSourceAt: null, source: 'egov:reestr_nko' } })).toBe(2);
    const wrongKey = await syncEgov(
      { ngos: dbs.ngos, councils: dbs.councils },
      { url: server.url, ...portal, apiKey: 'nope' },
      datasets,
    );
    expect(wrongKey[0]!.report.error).toMatch(/HTTP 403.*Invalid apiKey/);
  });
});

describe('npm run sync -- iati', () => {
  test('finds the publisher’s files in the registry, imports them, then asks conditionally and imports nothing', async () => {
    const first = await sync('iati', '--publisher', 'undp');
    expect(first.status).toBe(0);
    expect(first.reports.map(counts)).toEqual([['iati-registry', 2, 0, 0, 0, 0]]);
    const activity = await dbs.partners.activity.findUnique({ where: { iatiIdentifier: 'XM-DAC-41114-KZ-1' } });
    expect(activity).toMatchObject({ source: 'iati-registry', sourceUrl: `${server.url}/files/undp-kz.xml` });
    const before = server.requests.length;
    const second = await sync('iati', '--publisher', 'undp');
    expect(second.reports.map(counts)).toEqual([['iati-registry', 0, 0, 2, 0, 0]]);
    expect(server.requests.slice(before).filter((r) => r.startsWith('GET /files/'))).toHaveLength(2);
    expect(await dbs.partners.syncRun.count({ where: { source: 'iati-registry' } })).toBe(2);
  }, 60_000);

  test('a changed file is imported again, a file the registry no longer lists is marked', async () => {
    state.packages[0]!.xml = iatiFile('XM-DAC-41114-KZ-1', 'Civic education, phase 2');
    const removedFile = state.packages.pop()!;
    const options = { url: server.url, publishers: ['undp'], country: null, timeoutMs: 2000, pageSize: 1 };
    const report = await syncIatiRegistry(dbs.partners, options);
    expect(counts(report)).toEqual(['iati-registry', 0, 1, 0, 0, 1]);
    expect((await dbs.partners.activity.findUnique({ where: { iatiIdentifier: 'XM-DAC-41114-KZ-1' } }))?.title).toBe(
      'Civic education, phase 2',
    );
    expect(await dbs.partners.activity.count({ where: { iatiIdentifier: 'XM-DAC-41114-KZ-2' } })).toBe(1);
    expect(
      (await dbs.partners.iatiSourceFile.findUnique({ where: { url: `${server.url}${removedFile.path}` } }))
        ?.removedFromSourceAt,
    ).toBeInstanceOf(Date);
    state.failing.add('/api/3/action/package_search');
    const failed = await syncIatiRegistry(dbs.partners, options);
    state.failing.clear();
    expect(failed).toMatchObject({ ok: false, removed: 0 });
    expect(failed.error).toMatch(/package_search.* answered HTTP 502/);
  });

  test('a --country run marks as removed only files that country runs listed, never those --publisher runs found', async () => {
    const fileState = (path: string) =>
      dbs.partners.iatiSourceFile.findUnique({ where: { url: `${server.url}${path}` } });
    const base = { url: server.url, timeoutMs: 2000 };
    state.packages.push({
      name: 'ec-uz',
      publisher: 'ec-intpa',
      country: 'UZ',
      path: '/files/ec-uz.xml',
      xml: iatiFile('XI-IATI-EC_INTPA-UZ-1', 'Uzbek civil society'),
    });
    expect(await syncIatiRegistry(dbs.partners, { ...base, publishers: ['ec-intpa'], country: null })).toMatchObject({
      ok: true,
      created: 1,
      removed: 0,
    });
    state.packages.push({
      name: 'unicef-kz',
      publisher: 'unicef',
      country: 'KZ',
      path: '/files/unicef-kz.xml',
      xml: iatiFile('XM-DAC-41122-KZ-1', 'Child rights'),
    });
    const country = { ...base, publishers: [], country: 'KZ' };
    // The registry lists undp-kz and unicef-kz for KZ: the Uzbek file, found by publisher, is none of its business.
    expect(await syncIatiRegistry(dbs.partners, country)).toMatchObject({ ok: true, created: 1, removed: 0 });
    expect((await fileState('/files/ec-uz.xml'))?.removedFromSourceAt).toBeNull();
    // A file the country's listing had and has no more is marked; one a publisher run still vouches for is not.
    const unicef = state.packages.pop()!;
    const undp = state.packages.shift()!;
    expect(await syncIatiRegistry(dbs.partners, country)).toMatchObject({ ok: true, removed: 1 });
    expect((await fileState(unicef.path))?.removedFromSourceAt).toBeInstanceOf(Date);
    expect((await fileState(undp.path))?.removedFromSourceAt).toBeNull();
    expect((await fileState('/files/ec-uz.xml'))?.removedFromSourceAt).toBeNull();
    state.packages.unshift(undp);
  });
});

describe('npm run sync announces its changes', () => {
  test('a sync that fails half-way still tells the gateway, so its cache drops what the run wrote', async () => {
    const announcements: string[] = [];
    const gateway = http.createServer((request, response) => {
      let body = '';
      request.on('data', (chunk: Buffer) => (body += chunk.toString()));
      request.on('end', () => {
        announcements.push(`${request.method} ${request.url} ${body}`);
        response.writeHead(204).end();
      });
    });
    await new Promise<void>((resolve) => gateway.listen(0, '127.0.0.1', resolve));
    const url = await emptyDatabase('partners');
    const db = partnersDb(url);
    try {
      // The database refuses to remember a fetched file: the run stops after the file's activities are stored.
      await db.$executeRawUnsafe(`CREATE FUNCTION refuse() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN RAISE EXCEPTION 'simulated failure half-way through the sync'; END $$`);
      await db.$executeRawUnsafe(
        'CREATE TRIGGER refuse BEFORE INSERT ON iati_source_files FOR EACH ROW EXECUTE FUNCTION refuse()',
      );
      const { port } = gateway.address() as AddressInfo;
      const run = await syncWith(
        { PARTNERS_DATABASE_URL: url, GATEWAY_URL: `http://127.0.0.1:${port}/graphql` },
        'iati',
        '--publisher',
        'undp',
      );
      expect(run.status).toBe(1);
      expect(run.stderr).toMatch(/simulated failure half-way/);
      expect(await db.activity.count()).toBeGreaterThan(0);
      expect(announcements).toEqual([expect.stringMatching(/^POST \/internal\/changes .*"subgraphs":\["partners"\]/)]);
    } finally {
      await db.$disconnect();
      await dropDatabase(url);
      await new Promise((resolve) => gateway.close(resolve));
    }
  }, 60_000);
});

describe('npm run sync -- nbk-rates', () => {
  test('loads each day of the range from the bank, then nothing the second time', async () => {
    const first = await sync('nbk-rates', '--from', '2025-11-17', '--to', '2025-11-18');
    expect(first.status).toBe(0);
    expect(first.reports.map(counts)).toEqual([['nbk-rates', 4, 0, 0, 0, 0]]);
    const usd = await dbs.partners.exchangeRate.findFirst({
      where: { currency: 'USD', rateDate: new Date('2025-11-18T00:00:00Z') },
    });
    expect(usd).toMatchObject({ source: 'nbk-rates', sourceUrl: `${server.url}/rss/get_rates.cfm?fdate=18.11.2025` });
    expect(usd!.rate.toFixed(2)).toBe('521.00');
    const second = await sync('nbk-rates', '--from', '2025-11-17', '--to', '2025-11-18');
    expect(second.reports.map(counts)).toEqual([['nbk-rates', 0, 0, 4, 0, 0]]);
    expect((await sync('nbk-rates', '--from', '2025-11-18', '--to', '2025-11-17')).status).toBe(2);
  }, 60_000);

  test('a corrected rate is updated; an error page or a timeout stops the run with the URL named', async () => {
    state.rates['2025-11-18'] = rates('2025-11-18', '521.50');
    const options = { url: `${server.url}/rss/get_rates.cfm`, from: '2025-11-17', to: '2025-11-18', timeoutMs: 2000 };
    expect(counts(await syncNbkRates(dbs.partners, options))).toEqual(['nbk-rates', 0, 1, 3, 0, 0]);
    state.failing.add('/rss/get_rates.cfm');
    const failed = await syncNbkRates(dbs.partners, options);
    expect(failed.error).toMatch(/get_rates\.cfm\?fdate=17\.11\.2025 answered HTTP 502/);
    state.failing.clear();
    state.hanging.add('/rss/get_rates.cfm');
    const timedOut = await syncNbkRates(dbs.partners, { ...options, timeoutMs: 300 });
    state.hanging.clear();
    expect(timedOut).toMatchObject({ ok: false, created: 0 });
    expect(timedOut.error).toMatch(/did not answer within 300 ms/);
  });
});
