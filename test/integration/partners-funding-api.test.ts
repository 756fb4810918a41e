/**
 * The partners subgraph's IATI, exchange-rate, recipient-report and funding
 * statistics API through the gateway: who may call what, expected failures
 * returned as data, idempotence, and one fetch for all regions.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { PROJECT_ROOT } from '../../lib/config.js';
import { demoRatesXml } from '../../demo/exchange-rates.js';
import { renderNbkDailyXml } from '../../lib/domain/nbk-rates.js';
import { Decimal } from '../../lib/domain/money.js';
import { createDb } from '../../subgraphs/partners/src/db.js';
import { importIatiText, MAX_TEXT_BYTES } from '../../subgraphs/partners/src/services/partner-mutations.js';
import { graphql } from '../generated/index.js';
import { dataOf, present } from '../support/data-of.js';
import { startFederation, type Federation } from '../support/federation.js';
import { expectEvery } from '../support/expect-every.js';

let federation: Federation;
const fixture = (name: string) => fs.readFileSync(path.join(PROJECT_ROOT, 'test', 'fixtures', name), 'utf8');
const NGO = { role: 'donor', subject: 'ngo-user', organization: 'KZ-BIN-950440001673' } as const;

beforeAll(async () => {
  federation = await startFederation();
});

afterAll(async () => {
  await federation?.stop();
});

const IMPORT = graphql(`
  mutation FundingImportIati($xml: String!) {
    importIatiActivities(xml: $xml) {
      ok
      error {
        code
        message
        field
      }
      report {
        version
        read
        created
        updated
        unchanged
        rejected
        rejections {
          iatiIdentifier
          element
          reason
        }
        bins {
          bin
          status
          ngo {
            bin
          }
        }
        newPartners
      }
    }
  }
`);
const EXPORT = graphql(`
  query FundingExport {
    iatiExport(iatiIdentifiers: ["XI-IATI-EC_INTPA-KZ-TEST-203-01"]) {
      activityCount
      xml
    }
  }
`);
const CONVERT = graphql(`
  query FundingConvert {
    convert(amount: "1000.00", currency: "EUR", valueDate: "2025-11-15", to: KZT) {
      converted {
        amount
        currency
      }
      rateDate
      rates {
        currency
        date
        rate
      }
    }
  }
`);
const IMPORT_RATES = graphql(`
  mutation FundingImportRates($xml: String!) {
    importExchangeRates(xml: $xml) {
      ok
      error {
        code
      }
      days
      created
      updated
      unchanged
    }
  }
`);
const SUBMIT = graphql(`
  mutation FundingSubmitReport($input: RecipientReportInput!) {
    submitRecipientReport(input: $input) {
      ok
      error {
        code
        message
        field
      }
      created
      updated
      unchanged
      rejected
      problems {
        field
        reason
      }
      reports {
        id
        ref
        value {
          amount
          currency
        }
      }
    }
  }
`);
const IMPORT_CSV = graphql(`
  mutation FundingImportCsv($csv: String!) {
    importRecipientReportsCsv(csv: $csv) {
      ok
      created
      unchanged
      rejected
      problems {
        line
        field
        reason
      }
    }
  }
`);
const RECONCILIATION = graphql(`
  query FundingReconciliation {
    reconciliation(
      activityIdentifier: "XI-IATI-EC_INTPA-KZ-TEST-203-01"
      from: "2024-01-01"
      to: "2025-12-31"
      currency: EUR
    ) {
      lines {
        recipientOrgRef
        status
        items {
          status
          received {
            amount
          }
        }
      }
    }
  }
`);
const BY_SDG = graphql(`
  query FundingBySdg {
    fundingBySdg(filter: { from: "2021-01-01", to: "2025-11-20" }, currency: EUR) {
      goal {
        goal
      }
      converted {
        disbursed {
          amount
          currency
        }
      }
      targets {
        target
      }
    }
  }
`);
const REGIONS_FUNDING = graphql(`
  query FundingRegions {
    regions {
      code
      funding {
        inCurrency(currency: KZT) {
          disbursed {
            amount
            currency
          }
        }
        bySdg {
          goal {
            goal
          }
        }
        byDonor(currency: KZT) {
          donorOrgRef
          converted {
            disbursed {
              amount
            }
          }
        }
      }
    }
  }
`);

describe('importing IATI through the API', () => {
  test('admin only; the same file twice changes nothing; a file that is not IATI is refused as data', async () => {
    const xml = fixture('iati/activities-2.03.xml');
    const analyst = await federation.query(IMPORT, { xml }, { as: 'analyst' });
    expect(analyst.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const first = await federation.query(IMPORT, { xml }, { as: 'admin' });
    expect(first.errors).toBeUndefined();
    expect(dataOf(first).importIatiActivities).toMatchObject({ ok: true, report: { created: 2 } });
    // The mutation cannot read the registry's database: BINs with a valid check digit are "not checked", and link to the registry's Ngo.
    expect(dataOf(first).importIatiActivities.report.bins.find((b) => b.bin === '950440001673')).toEqual({
      bin: '950440001673',
      status: 'NOT_CHECKED',
      ngo: { bin: '950440001673' },
    });
    expect(dataOf(first).importIatiActivities.report.bins.find((b) => b.bin === '950440001674')).toEqual({
      bin: '950440001674',
      status: 'INVALID',
      ngo: null,
    });
    const again = await federation.query(IMPORT, { xml }, { as: 'admin' });
    expect(again.data).toMatchObject({
      importIatiActivities: { ok: true, report: { created: 0, updated: 0, unchanged: 2 } },
    });
    const notIati = await federation.query(IMPORT, { xml: fixture('iati/not-iati.xml') }, { as: 'admin' });
    expect(notIati.data).toMatchObject({
      importIatiActivities: { ok: false, error: { code: 'NOT_IATI', field: 'xml' }, report: { read: 0 } },
    });
  });

  test(`text over ${MAX_TEXT_BYTES} bytes is refused with TOO_LARGE and imports nothing`, async () => {
    const db = createDb(federation.databaseUrls.partners);
    try {
      const before = await db.activity.count();
      const result = await importIatiText(
        db,
        `<iati-activities version="2.03">${' '.repeat(MAX_TEXT_BYTES)}</iati-activities>`,
      );
      expect(result).toMatchObject({ ok: false, error: { code: 'TOO_LARGE', field: 'xml' } });
      expect(await db.activity.count()).toBe(before);
    } finally {
      await db.$disconnect();
    }
  });

  test('any selection exports as IATI 2.03 XML', async () => {
    const result = await federation.query(EXPORT);
    expect(result.errors).toBeUndefined();
    expect(dataOf(result).iatiExport.activityCount).toBe(1);
    expect(dataOf(result).iatiExport.xml).toContain('<value currency="USD" value-date="2024-09-02">25000.00</value>');
    const none = await federation.query(`{ iatiExport(iatiIdentifiers: ["NO-SUCH"]) { activityCount } }`);
    expect(none.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});

describe('exchange rates', () => {
  test('a conversion names the rate date used: a Saturday takes Friday’s rate', async () => {
    const result = await federation.query(CONVERT);
    expect(result.errors).toBeUndefined();
    const { convert } = dataOf(result);
    expect(convert.rateDate).toBe('2025-11-14');
    expect(convert.converted.amount).toBe(new Decimal(convert.rates[0]!.rate).times(1000).toFixed(2));
  });

  test('a missing rate is an error naming the currency and date, never a silent 0 or 1', async () => {
    const result = await federation.query(
      `{ convert(amount: "10", currency: "USD", valueDate: "2019-03-01", to: EUR) { converted { amount } } }`,
    );
    expect(result.errors?.[0]?.extensions?.code).toBe('EXCHANGE_RATE_MISSING');
    expect(result.errors?.[0]?.message).toMatch(/USD on 2019-03-01/);
  });

  test('the bank’s file loads (admin), again changes nothing, a corrected rate replaces the old', async () => {
    const mutation = IMPORT_RATES;
    const known = await federation.query(mutation, { xml: demoRatesXml('2025-11-20') }, { as: 'admin' });
    expect(known.data).toEqual({
      importExchangeRates: { ok: true, error: null, days: 1, created: 0, updated: 0, unchanged: 7 },
    });
    const newDay = renderNbkDailyXml('2025-11-21', [
      { currency: 'USD', rate: new Decimal('519.99'), quantity: 1, fullname: null },
    ]);
    expect((await federation.query(mutation, { xml: newDay }, { as: 'admin' })).data).toMatchObject({
      importExchangeRates: { created: 1 },
    });
    const corrected = newDay.replace('519.99', '520.01');
    expect((await federation.query(mutation, { xml: corrected }, { as: 'admin' })).data).toMatchObject({
      importExchangeRates: { updated: 1 },
    });
    expect((await federation.query(mutation, { xml: '<html/>' }, { as: 'admin' })).data).toMatchObject({
      importExchangeRates: { ok: false, error: { code: 'NOT_NBK_RATES' } },
    });
    expect((await federation.query(mutation, { xml: newDay }, { as: 'donor' })).errors?.[0]?.extensions?.code).toBe(
      'FORBIDDEN',
    );
  });
});

describe('recipient reports', () => {
  const input = {
    recipientOrgRef: 'KZ-BIN-950440001673',
    activityIdentifier: 'XI-IATI-EC_INTPA-KZ-TEST-203-01',
    ref: 'WK/IN/2024-099',
    type: 'INCOMING_FUNDS',
    transactionDate: '2024-09-05',
    valueDate: '2024-09-05',
    amount: '25000.00',
    currency: 'USD',
    disbursementRef: 'EC-203-01-D2',
    reportedOn: '2024-09-10',
  };

  test('an NGO reports for itself; the same line again changes nothing; a correction replaces it', async () => {
    const first = await federation.query(SUBMIT, { input }, { as: NGO });
    expect(first.errors).toBeUndefined();
    expect(first.data).toMatchObject({
      submitRecipientReport: {
        ok: true,
        created: 1,
        reports: [{ ref: 'WK/IN/2024-099', value: { amount: '25000.00', currency: 'USD' } }],
      },
    });
    expect((await federation.query(SUBMIT, { input }, { as: NGO })).data).toMatchObject({
      submitRecipientReport: { ok: true, created: 0, unchanged: 1 },
    });
    expect(
      (await federation.query(SUBMIT, { input: { ...input, amount: '24990.00' } }, { as: NGO })).data,
    ).toMatchObject({ submitRecipientReport: { updated: 1 } });
  });

  test('not for another organization, nor for an unknown activity; a public caller is refused', async () => {
    const other = await federation.query(
      SUBMIT,
      { input: { ...input, recipientOrgRef: 'KZ-BIN-990940003030' } },
      { as: NGO },
    );
    expect(other.data).toMatchObject({
      submitRecipientReport: { ok: false, rejected: 1, error: { code: 'INVALID_REPORT', field: 'recipientOrgRef' } },
    });
    const unknown = await federation.query(
      SUBMIT,
      { input: { ...input, activityIdentifier: 'NO-SUCH-ACTIVITY' } },
      { as: NGO },
    );
    expect(unknown.data).toMatchObject({
      submitRecipientReport: { ok: false, error: { field: 'activityIdentifier' } },
    });
    expect((await federation.query(SUBMIT, { input })).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  test('CSV: each valid row stored, each invalid one reported by line and field; the same file again changes nothing', async () => {
    const mutation = IMPORT_CSV;
    const csv = fixture('recipient-reports.csv');
    const first = await federation.query(mutation, { csv }, { as: 'admin' });
    expect(first.errors).toBeUndefined();
    expect(dataOf(first).importRecipientReportsCsv).toMatchObject({ ok: false, created: 2, rejected: 1 });
    expect(dataOf(first).importRecipientReportsCsv.problems.map((p) => [p.line, p.field])).toEqual([
      [4, 'transactionDate'],
      [4, 'amount'],
      [4, 'currency'],
    ]);
    expect((await federation.query(mutation, { csv }, { as: 'admin' })).data).toMatchObject({
      importRecipientReportsCsv: { created: 0, unchanged: 2, rejected: 1 },
    });
    const notCsv = await federation.query(mutation, { csv: 'a,b\n1,2\n' }, { as: 'admin' });
    expect(notCsv.data).toMatchObject({ importRecipientReportsCsv: { ok: false, created: 0 } });
  });

  test('the reports reconcile against the imported activity: the euro tranche matches, the dollar receipt has no disbursement to this NGO', async () => {
    const result = await federation.query(RECONCILIATION, {}, { as: 'analyst' });
    expect(result.errors).toBeUndefined();
    const line = dataOf(result).reconciliation.lines.find((l) => l.recipientOrgRef === 'KZ-BIN-950440001673');
    // The USD 25,000 tranche went to another NGO (KZ-BIN-210140012347): reported here, it has no disbursement.
    expect(line?.status).toBe('RECEIVED_WITHOUT_DISBURSEMENT');
    expect(line?.items.map((i) => i.status).sort()).toEqual(['MATCHED', 'RECEIVED_WITHOUT_DISBURSEMENT']);
    expect(line?.items.find((i) => i.status === 'MATCHED')?.received.amount).toBe('80000.50');
  });
});

describe('funding for dashboards', () => {
  test('by SDG goal and target, converted to euros', async () => {
    const result = await federation.query(BY_SDG);
    expect(result.errors).toBeUndefined();
    const goals = dataOf(result).fundingBySdg;
    expect(goals.map((g) => g.goal.goal)).toContain(16);
    const sixteen = present(
      goals.find((g) => g.goal.goal === 16),
      'SDG 16',
    );
    expect(sixteen.converted?.disbursed.currency).toBe('EUR');
    expect(Number(sixteen.converted?.disbursed.amount)).toBeGreaterThan(0);
    expectEvery(sixteen.targets, (t) => t.target.startsWith('16.'));
  });

  test('every region with its funding in tenge, by SDG and by donor: one fetch of the partners subgraph', async () => {
    federation.resetCounts();
    const result = await federation.query(REGIONS_FUNDING, {}, { as: 'analyst' });
    expect(result.errors).toBeUndefined();
    expect(dataOf(result).regions).toHaveLength(20);
    expect(federation.fetches.partners).toBe(1);
    // Five grouped statements serve all 20 regions (in currency, donors, SDG goals, SDG targets).
    expect(federation.statements.partners.length).toBeLessThanOrEqual(5);
    const almaty = present(
      dataOf(result).regions.find((r) => r.code === 'KZ-75'),
      'Almaty',
    );
    expect(Number(almaty.funding.inCurrency.disbursed.amount)).toBeGreaterThan(0);
    expect(almaty.funding.byDonor.length).toBeGreaterThan(0);
  });
});
