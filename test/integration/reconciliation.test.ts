/**
 * The EU Delegation reconciles its grants on the demo data, through the
 * gateway, in euros and in tenge: the reconciliation finds the four planted
 * discrepancies (a disbursement recorded twice, a missing report, an
 * exchange-rate difference, a late report), explains them, and finds nothing
 * else; lines and totals add up to the cent; the CSV says the same.
 */
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { parse } from 'csv-parse/sync';
import pg from 'pg';
import { FORUM_DATE } from '../../demo/anchor.js';
import { Decimal } from '../../lib/domain/money.js';
import { graphql } from '../generated/index.js';
import type { ReconcileQuery } from '../generated/graphql.js';
import { dataOf, type Roots } from '../support/data-of.js';
import { startFederation, type Federation } from '../support/federation.js';

let federation: Federation;

beforeAll(async () => {
  federation = await startFederation();
});

afterAll(async () => {
  await federation?.stop();
});

const RECONCILIATION = graphql(`
  query Reconcile($currency: ReportingCurrency!, $donor: String, $recipient: String, $to: Date!) {
    reconciliation(donorOrgRef: $donor, recipientOrgRef: $recipient, from: "2023-01-01", to: $to, currency: $currency) {
      currency
      totals {
        committed {
          amount
          currency
        }
        disbursed {
          amount
          currency
        }
        received {
          amount
          currency
        }
        spent {
          amount
          currency
        }
        difference {
          amount
          currency
        }
      }
      statusCounts {
        status
        lines
        items
      }
      lines {
        activityIdentifier
        recipientOrgRef
        recipient {
          name
        }
        status
        explanation
        committed {
          amount
          currency
        }
        disbursed {
          amount
          currency
        }
        received {
          amount
          currency
        }
        spent {
          amount
          currency
        }
        difference {
          amount
          currency
        }
        items {
          status
          explanation
          disbursed {
            amount
            currency
          }
          received {
            amount
            currency
          }
          difference {
            amount
            currency
          }
          disbursement {
            id
            value {
              amount
              currency
            }
            valueDate
          }
          receipt {
            id
            value {
              amount
              currency
            }
            valueDate
            reportedOn
          }
          rates {
            currency
            date
            rate
            quantity
          }
        }
      }
      csv
    }
  }
`);
type Report = Roots<ReconcileQuery>;
type Money = Report['reconciliation']['totals']['committed'];

/** Tenge per unit of the currency on the day (or the nearest day before), from the partners database. */
async function officialRate(currency: string, day: string): Promise<Decimal> {
  const client = new pg.Client({ connectionString: federation.databaseUrls.partners });
  await client.connect();
  try {
    const { rows } = await client.query<{ rate: string; quantity: number }>(
      `SELECT rate::text, quantity FROM exchange_rates WHERE currency = $1 AND rate_date <= $2::date ORDER BY rate_date DESC LIMIT 1`,
      [currency, day],
    );
    expect(rows).toHaveLength(1);
    return new Decimal(rows[0]!.rate).dividedBy(rows[0]!.quantity);
  } finally {
    await client.end();
  }
}

const sum = (values: Money[]): string => values.reduce((s, m) => s.plus(m.amount), new Decimal(0)).toFixed(2);

async function reconcile(
  currency: 'EUR' | 'KZT',
  as: 'analyst' | 'donor' = 'analyst',
): Promise<Report['reconciliation']> {
  const result = await federation.query(
    RECONCILIATION,
    { currency, donor: 'XI-IATI-EC_INTPA', to: FORUM_DATE },
    { as },
  );
  expect(result.errors).toBeUndefined();
  return dataOf(result).reconciliation;
}

describe.each(['EUR', 'KZT'] as const)('the EU Delegation’s reconciliation in %s', (currency) => {
  let report: Report['reconciliation'];

  beforeAll(async () => {
    report = await reconcile(currency);
  });

  test('finds the four planted discrepancies, one line and one item each, and nothing else', () => {
    expect(report.statusCounts.filter((c) => c.status !== 'MATCHED')).toEqual([
      { status: 'DUPLICATE_DISBURSEMENT', lines: 1, items: 1 },
      { status: 'NOT_REPORTED', lines: 1, items: 1 },
      { status: 'EXCHANGE_RATE_DIFFERENCE', lines: 1, items: 1 },
      { status: 'LATE_REPORT', lines: 1, items: 1 },
    ]);
    // The 13 Kazakh organizations and the regional implementer, each a grant of its own.
    expect(report.lines).toHaveLength(report.statusCounts.reduce((n, c) => n + c.lines, 0));
    expect(
      new Set(report.lines.filter((l) => l.recipientOrgRef?.startsWith('KZ-BIN-')).map((l) => l.recipientOrgRef)).size,
    ).toBe(13);
    const flagged = report.lines.filter((l) => l.status !== 'MATCHED');
    expect(new Set(flagged.map((l) => l.recipientOrgRef)).size).toBe(4);
    for (const line of report.lines.filter((l) => l.status === 'MATCHED')) {
      expect({ line: line.recipientOrgRef, difference: line.difference.amount, explanation: line.explanation }).toEqual(
        {
          line: line.recipientOrgRef,
          difference: '0.00',
          explanation: null,
        },
      );
    }
  });

  test('explains each discrepancy and drills down to the transactions on both sides', async () => {
    const item = (status: string) => report.lines.flatMap((l) => l.items).find((i) => i.status === status)!;
    const duplicate = item('DUPLICATE_DISBURSEMENT');
    expect(duplicate.disbursement).not.toBeNull();
    expect(duplicate.receipt).toBeNull();
    expect(duplicate.explanation).toMatch(/published twice/);
    expect(duplicate.difference.amount).toBe(new Decimal(duplicate.disbursed.amount).negated().toFixed(2));
    const missing = item('NOT_REPORTED');
    expect([missing.receipt, missing.explanation?.includes('reported no receipt')]).toEqual([null, true]);
    const fx = item('EXCHANGE_RATE_DIFFERENCE');
    expect([fx.disbursement!.value.currency, fx.receipt!.value.currency]).toEqual(['EUR', 'KZT']);
    expect(fx.explanation).toMatch(/explained by exchange rates/);
    // The recipient's bank paid 0.4% under the official rate: a small difference, never zero.
    // The recipient's bank credited tenge at 99.6% of the official rate of the day it arrived (the demo's
    // planted 0.4%), to the tiyn: the official rate read straight from the partners database.
    const official = await officialRate(fx.disbursement!.value.currency, String(fx.receipt!.valueDate));
    expect(fx.receipt!.value.amount).toBe(
      new Decimal(fx.disbursement!.value.amount)
        .times(official)
        .times('0.996')
        .toDecimalPlaces(2, Decimal.ROUND_HALF_UP)
        .toFixed(2),
    );
    expect(fx.difference.amount).toBe(new Decimal(fx.received.amount).minus(fx.disbursed.amount).toFixed(2));
    if (currency === 'EUR') {
      // Back in euros at that same day's rate, exactly 0.4% of the tranche is missing.
      expect(fx.difference.amount).toBe(new Decimal(fx.disbursed.amount).times('-0.004').toFixed(2));
    }
    const late = item('LATE_REPORT');
    expect(late.difference.amount).toBe('0.00');
    expect(late.explanation).toMatch(/75 days later/);
  });

  test('lines and totals add up to the cent', () => {
    for (const field of ['committed', 'disbursed', 'received', 'spent', 'difference'] as const) {
      expect({ field, total: report.totals[field].amount }).toEqual({
        field,
        total: sum(report.lines.map((l) => l[field])),
      });
      expect(report.totals[field].currency).toBe(currency);
    }
    for (const line of report.lines) {
      expect(line.disbursed.amount).toBe(sum(line.items.map((i) => i.disbursed)));
      expect(line.received.amount).toBe(sum(line.items.map((i) => i.received)));
      expect(line.difference.amount).toBe(new Decimal(line.received.amount).minus(line.disbursed.amount).toFixed(2));
    }
    // Every conversion is the amount at the stated official rates, rounded half away from zero to the cent.
    for (const i of report.lines.flatMap((l) => l.items).filter((i) => i.disbursement)) {
      const { amount, currency: from } = i.disbursement!.value;
      const perUnit = (c: string) => {
        const rate = i.rates.find((r) => r.currency === c);
        return c === 'KZT' ? new Decimal(1) : new Decimal(rate!.rate).dividedBy(rate!.quantity);
      };
      const expected =
        from === currency ? new Decimal(amount) : new Decimal(amount).times(perUnit(from)).dividedBy(perUnit(currency));
      expect(i.disbursed.amount).toBe(expected.toDecimalPlaces(2, Decimal.ROUND_HALF_UP).toFixed(2));
    }
  });

  test('the CSV for auditors has one row per item and a TOTAL row that agrees', () => {
    const rows = parse<Record<string, string>>(report.csv, { columns: true });
    const items = report.lines.flatMap((l) => l.items);
    expect(rows).toHaveLength(items.length + 1);
    const total = rows.at(-1)!;
    expect([
      total.activity_identifier,
      total[`disbursed_${currency}`],
      total[`received_${currency}`],
      total[`difference_${currency}`],
    ]).toEqual([
      'TOTAL',
      report.totals.disbursed.amount,
      report.totals.received.amount,
      report.totals.difference.amount,
    ]);
    expect(
      rows
        .filter((r) => r.item_status && r.item_status !== 'MATCHED')
        .map((r) => r.item_status)
        .sort(),
    ).toEqual(['DUPLICATE_DISBURSEMENT', 'EXCHANGE_RATE_DIFFERENCE', 'LATE_REPORT', 'NOT_REPORTED']);
  });
});

describe('who may reconcile what', () => {
  test('the EU, signed in as a donor, sees its own reconciliation; another donor sees none of it', async () => {
    expect((await reconcile('EUR', 'donor')).lines.length).toBeGreaterThan(13);
    const other = await federation.query(
      RECONCILIATION,
      { currency: 'EUR', donor: 'XI-IATI-EC_INTPA', to: FORUM_DATE },
      {
        as: { role: 'donor', subject: 'undp-user', organization: 'XM-DAC-41114' },
      },
    );
    expect(other.errors).toBeUndefined();
    expect(dataOf(other).reconciliation.lines).toEqual([]);
  });

  test('a public caller is refused; a bad request says what to fix', async () => {
    const anonymous = await federation.query(
      `{ reconciliation(donorOrgRef: "XI-IATI-EC_INTPA", from: "2023-01-01", to: "${FORUM_DATE}", currency: EUR) { currency } }`,
    );
    expect(anonymous.errors?.[0]?.extensions?.code).toMatch(/UNAUTHENTICATED|FORBIDDEN/);
    const both = await federation.query(
      RECONCILIATION,
      { currency: 'EUR', donor: 'XI-IATI-EC_INTPA', recipient: 'KZ-BIN-950440001673', to: FORUM_DATE },
      { as: 'analyst' },
    );
    expect(both.errors?.[0]?.message).toMatch(/exactly one of donorOrgRef, activityIdentifier, recipientOrgRef/);
  });
});
