/**
 * Findings from importing a real UN agency's IATI file, each fixed and held
 * here: codes checked against the file's own version of the code lists; a
 * disbursement to an unidentified receiver warned about and reconciled; a
 * donor dashboard in tenge that survives transactions without rates; a file
 * that breaks off says exactly what was stored; a receipt just after a
 * period's end answers the disbursement on its last days.
 */
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import DataLoader from 'dataloader';
import type { Viewer } from '../../lib/auth/viewer.js';
import { Decimal } from '../../lib/domain/money.js';
import { exportActivityXml } from '../../subgraphs/partners/src/services/iati-export.js';
import { fileChunks } from '../../subgraphs/partners/src/iati/read-file.js';
import { PROJECT_ROOT } from '../../lib/config.js';
import path from 'node:path';
import { findRates, rateKey, type RateQuery } from '../../subgraphs/partners/src/services/exchange-rates.js';
import { fundingStats } from '../../subgraphs/partners/src/services/funding-stats.js';
import { importIatiActivities } from '../../subgraphs/partners/src/services/iati-import.js';
import { reconcile } from '../../subgraphs/partners/src/services/reconciliation.js';
import { partnersDatabase, snapshot, type PartnersDb } from '../support/partners-db.js';

const ANALYST: Viewer = { role: 'analyst', subject: 'analyst-1', organization: null };
const DONOR = 'XM-DAC-41140';
const NGO = 'KZ-BIN-950440001673';

let store: PartnersDb;

beforeAll(async () => {
  store = await partnersDatabase('empty');
});

afterAll(async () => {
  await store?.drop();
});

async function* once(text: string): AsyncGenerator<string> {
  yield text;
}

interface TransactionSpec {
  ref: string;
  type: number;
  date: string;
  amount: string;
  currency?: string;
  receiver?: string;
}

function transaction(t: TransactionSpec): string {
  return `<transaction ref="${t.ref}"><transaction-type code="${t.type}"/><transaction-date iso-date="${t.date}"/>
    <value currency="${t.currency ?? 'USD'}" value-date="${t.date}">${t.amount}</value>
    <provider-org ref="${DONOR}"><narrative>Agency</narrative></provider-org>
    <receiver-org ref="${t.receiver ?? NGO}"><narrative>Partner NGO</narrative></receiver-org></transaction>`;
}

function file(version: string, identifier: string, transactions: TransactionSpec[]): string {
  return `<?xml version="1.0"?><iati-activities version="${version}">
  <iati-activity default-currency="USD"><iati-identifier>${identifier}</iati-identifier>
  <reporting-org ref="${DONOR}" type="40"><narrative>Agency</narrative></reporting-org>
  <title><narrative>Grant ${identifier}</narrative></title><activity-status code="2"/>
  ${transactions.map(transaction).join('\n')}
  </iati-activity></iati-activities>`;
}

const rates = () =>
  new DataLoader((queries: readonly RateQuery[]) => findRates(store.db, queries), {
    cacheKeyFn: (q) => rateKey(q.currency, q.date),
  });

async function addRate(currency: string, day: string, rate: string): Promise<void> {
  await store.db.exchangeRate.create({ data: { currency, rateDate: new Date(`${day}T00:00:00Z`), rate, quantity: 1 } });
}

describe('code lists follow the version of the file', () => {
  test('transaction type 11 (Incoming Commitment, added in 2.02) is refused in a 2.01 file and kept in a 2.02 one', async () => {
    const spec = [{ ref: 'IC-1', type: 11, date: '2017-03-01', amount: '100' }];
    const old = await importIatiActivities(store.db, once(file('2.01', 'XM-DAC-41140-V201', spec)));
    expect(old).toMatchObject({ ok: true, created: 0, rejected: 1 });
    expect(old.rejections[0]).toMatchObject({
      element: 'transaction[1]/transaction-type',
      reason: expect.stringContaining('2.01 TransactionType code from 1 to 10') as unknown,
    });
    const newer = await importIatiActivities(store.db, once(file('2.02', 'XM-DAC-41140-V202', spec)));
    expect(newer).toMatchObject({ ok: true, created: 1, rejected: 0 });
    const pledge = [{ ref: 'OP-1', type: 12, date: '2017-03-01', amount: '100' }];
    expect(await importIatiActivities(store.db, once(file('2.02', 'XM-DAC-41140-P202', pledge)))).toMatchObject({
      rejected: 1,
    });
    expect(await importIatiActivities(store.db, once(file('2.03', 'XM-DAC-41140-P203', pledge)))).toMatchObject({
      created: 1,
    });
  });
});

describe('a disbursement whose receiver has no reference', () => {
  test('is imported with a warning and reconciled as unattributed, in the totals', async () => {
    const xml = file('2.02', 'XM-DAC-41140-UNATTR', [
      { ref: 'D-1', type: 3, date: '2023-02-01', amount: '5000', currency: 'KZT' },
      { ref: 'D-2', type: 3, date: '2023-03-01', amount: '700', currency: 'KZT', receiver: '' },
    ]);
    const report = await importIatiActivities(store.db, once(xml));
    expect(report).toMatchObject({ ok: true, created: 1, warningCount: 1 });
    expect(report.warnings[0]).toMatchObject({
      element: 'transaction[2]/receiver-org/@ref',
      reason: expect.stringContaining('reconciled as unattributed') as unknown,
    });
    const result = await reconcile(
      store.db,
      rates(),
      {
        scope: { activityIdentifier: 'XM-DAC-41140-UNATTR' },
        from: '2023-01-01',
        to: '2023-12-31',
        currency: 'KZT',
        tolerance: new Decimal(1),
      },
      ANALYST,
    );
    const unattributed = result.lines.find((l) => l.recipientOrgRef === null);
    expect(unattributed).toMatchObject({ status: 'UNATTRIBUTED_DISBURSEMENT', recipientName: 'Partner NGO' });
    expect(unattributed!.items.map((i) => [i.status, i.disbursed.amount.toFixed(2)])).toEqual([
      ['UNATTRIBUTED_DISBURSEMENT', '700.00'],
    ]);
    // Partner funding counts both disbursements; reconciliation now agrees.
    expect(result.totals.disbursed.amount.toFixed(2)).toBe('5700.00');
    expect(result.statusCounts).toContainEqual({ status: 'UNATTRIBUTED_DISBURSEMENT', lines: 1, items: 1 });
  });
});

describe('funding by donor in tenge, with transactions the official rates do not reach', () => {
  test('converts what it can and reports the rest per currency instead of failing', async () => {
    const xml = file('2.02', 'XM-DAC-41140-FX', [
      { ref: 'C-2017', type: 2, date: '2017-05-10', amount: '1000', currency: 'EUR' },
      { ref: 'D-2017', type: 3, date: '2017-06-10', amount: '400', currency: 'EUR' },
      { ref: 'D-2024', type: 3, date: '2024-06-10', amount: '300', currency: 'EUR' },
    ]);
    expect(await importIatiActivities(store.db, once(xml))).toMatchObject({ created: 1 });
    await addRate('EUR', '2024-06-07', '480.00');
    const stats = await fundingStats(store.db, {
      regionKeys: null,
      groupBy: 'DONOR',
      filter: { donorOrgRefs: [DONOR] },
      currency: 'KZT',
    });
    const donor = stats.get('')!.find((g) => g.group === DONOR)!;
    const eur = donor.converted!.unconverted.find((u) => u.currency === 'EUR');
    expect(eur).toMatchObject({
      transactionCount: 2,
      firstValueDate: new Date('2017-05-10T00:00:00Z'),
      lastValueDate: new Date('2017-06-10T00:00:00Z'),
    });
    expect([eur!.committed.amount.toFixed(2), eur!.disbursed.amount.toFixed(2)]).toEqual(['1000.00', '400.00']);
    // 300 EUR at 480 and the KZT disbursements of the other activity, exactly.
    expect(donor.converted!.disbursed.amount.toFixed(2)).toBe(new Decimal(300 * 480).plus(5700).toFixed(2));
  });
});

describe('a file that breaks off', () => {
  test('says exactly what was stored and where reading stopped', async () => {
    const whole = file('2.03', 'XM-DAC-41140-CUT-1', [{ ref: 'C-1', type: 2, date: '2023-01-01', amount: '9' }]);
    const second = whole
      .replace('XM-DAC-41140-CUT-1', 'XM-DAC-41140-CUT-2')
      .split('<iati-activities version="2.03">')[1]!;
    const cut = `${whole.replace('</iati-activities>', '')}${second.slice(0, second.indexOf('<title>'))}`;
    const report = await importIatiActivities(store.db, once(cut));
    expect(report).toMatchObject({
      ok: false,
      outcome: 'PARTLY_IMPORTED',
      created: 1,
      error: { code: 'MALFORMED_XML' },
    });
    expect(report.stoppedAtLine).toBeGreaterThan(1);
    expect(report.error!.message).toMatch(
      new RegExp(`Reading stopped at line ${report.stoppedAtLine}: of the 1 activities read before it, 1 were created`),
    );
    expect(await store.db.activity.count({ where: { iatiIdentifier: { startsWith: 'XM-DAC-41140-CUT' } } })).toBe(1);
    const before = await snapshot(store.db);
    const nothing = await importIatiActivities(store.db, once(cut.slice(0, cut.indexOf('<iati-activity ') + 20)));
    expect(nothing).toMatchObject({ ok: false, outcome: 'NOT_IMPORTED', read: 0 });
    expect(await snapshot(store.db)).toEqual(before);
  });
});

describe('a disbursement on the last days of a period', () => {
  test('is matched with a receipt that arrives just after it, and each period counts the pair once', async () => {
    const xml = file('2.03', 'XM-DAC-41140-YEAREND', [
      { ref: 'YE-1', type: 3, date: '2024-12-30', amount: '2500', currency: 'KZT' },
    ]);
    expect(await importIatiActivities(store.db, once(xml))).toMatchObject({ created: 1 });
    await store.db.recipientReport.create({
      data: {
        recipientOrgRef: NGO,
        recipientBin: '950440001673',
        activityIdentifier: 'XM-DAC-41140-YEAREND',
        ref: 'RCPT-YE-1',
        type: 1,
        transactionDate: new Date('2025-01-03T00:00:00Z'),
        valueDate: new Date('2025-01-03T00:00:00Z'),
        amount: '2500',
        currency: 'KZT',
        providerOrgRef: DONOR,
        reportedOn: new Date('2025-01-10T00:00:00Z'),
      },
    });
    const period = (from: string, to: string) =>
      reconcile(
        store.db,
        rates(),
        {
          scope: { activityIdentifier: 'XM-DAC-41140-YEAREND' },
          from,
          to,
          currency: 'KZT',
          tolerance: new Decimal(1),
        },
        ANALYST,
      );
    const year2024 = await period('2024-01-01', '2024-12-31');
    expect(year2024.lines.map((l) => [l.status, l.received.amount.toFixed(2)])).toEqual([['MATCHED', '2500.00']]);
    const year2025 = await period('2025-01-01', '2025-12-31');
    expect(year2025.lines).toEqual([]);
  });
});

describe('elements the importer used to drop', () => {
  test('budget type and status, org types and the disbursement channel are kept and exported', async () => {
    const file = path.join(PROJECT_ROOT, 'test', 'fixtures', 'iati', 'activities-2.03.xml');
    expect(await importIatiActivities(store.db, fileChunks(file))).toMatchObject({ ok: true, rejected: 0 });
    const where = { iatiIdentifier: 'XI-IATI-EC_INTPA-KZ-TEST-203-01' };
    const budgets = await store.db.budget.findMany({ where: { activity: where } });
    expect(budgets.map((b) => [b.type, b.status])).toContainEqual([1, 1]);
    const channelled = await store.db.transaction.findFirst({
      where: { activity: where, disbursementChannel: { not: null } },
    });
    expect(channelled).toMatchObject({ providerOrgType: '15', receiverOrgType: '22', disbursementChannel: 1 });
    let xml = '';
    for await (const part of exportActivityXml(store.db, where, new Date())) xml += part;
    expect(xml).toContain('<budget type="1" status="1">');
    expect(xml).toContain(
      'type="22"><narrative>Well-known Public Foundation</narrative></receiver-org><disbursement-channel code="1"/>',
    );
    expect(xml).toContain('<provider-org ref="XI-IATI-EC_INTPA" type="15">');
  });
});
