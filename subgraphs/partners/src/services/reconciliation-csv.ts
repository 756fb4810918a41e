/**
 * The reconciliation as CSV for auditors (RFC 4180): one row per item (a
 * disbursement and the receipt paired with it), the grant's line status
 * beside the item's, then one TOTAL row. Amounts are plain decimals to the
 * cent; converted columns are in the report's currency.
 */
import { isoDay } from '../domain/days.js';
import type { Reconciliation } from './reconciliation.js';

/** A number as written by this module: it may start with "-" and is never a formula. */
const PLAIN_NUMBER = /^-?\d+(\.\d+)?$/;

export function field(value: string | null | undefined): string {
  let text = value ?? '';
  // Text that a spreadsheet would run as a formula (recipients write refs and descriptions) is neutralised.
  if (/^[=+\-@\t\r]/.test(text) && !PLAIN_NUMBER.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

const row = (values: (string | null | undefined)[]): string => `${values.map(field).join(',')}\r\n`;

// eslint-disable-next-line max-lines-per-function -- the header and each row list the same columns in the same order; kept side by side so they cannot drift
export function reconciliationCsv(report: Reconciliation): string {
  const c = report.request.currency;
  const header = [
    'activity_identifier',
    'donor_org_ref',
    'recipient_org_ref',
    'recipient_name',
    'line_status',
    'item_status',
    'disbursement_id',
    'disbursement_ref',
    'disbursement_value_date',
    'disbursement_amount',
    'disbursement_currency',
    'receipt_id',
    'receipt_ref',
    'receipt_value_date',
    'receipt_reported_on',
    'receipt_amount',
    'receipt_currency',
    `disbursed_${c}`,
    `received_${c}`,
    `difference_${c}`,
    'official_rates_used',
    'explanation',
  ];
  let csv = row(header);
  for (const line of report.lines) {
    for (const item of line.items) {
      const d = item.disbursement;
      const r = item.receipt;
      csv += row([
        line.activityIdentifier,
        line.donorOrgRef,
        line.recipientOrgRef,
        line.recipientName,
        line.status,
        item.status,
        d?.id,
        d?.ref,
        d ? isoDay(d.valueDate) : null,
        d?.amount.toFixed(2),
        d?.currency,
        r?.id,
        r?.ref,
        r ? isoDay(r.valueDate) : null,
        r ? isoDay(r.reportedOn) : null,
        r?.amount.toFixed(2),
        r?.currency,
        item.disbursed.amount.toFixed(2),
        item.received.amount.toFixed(2),
        item.difference.amount.toFixed(2),
        item.rates
          .map((rate) => `${rate.currency} ${rate.rateDate} ${rate.rate.toFixed()}/${rate.quantity}`)
          .join('; '),
        item.explanation,
      ]);
    }
  }
  const t = report.totals;
  csv += row([
    'TOTAL',
    null,
    null,
    null,
    null,
    null,
    null,
    null,
    null,
    null,
    null,
    null,
    null,
    null,
    null,
    null,
    null,
    t.disbursed.amount.toFixed(2),
    t.received.amount.toFixed(2),
    t.difference.amount.toFixed(2),
    null,
    `committed ${t.committed.amount.toFixed(2)} ${c}; spent ${t.spent.amount.toFixed(2)} ${c}; period ${report.request.from} to ${report.request.to}`,
  ]);
  return csv;
}
