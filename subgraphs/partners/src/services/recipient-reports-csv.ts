/**
 * Recipient reports as CSV: a header row naming the columns (any order), one
 * report per row. Columns: recipient_org_ref, activity_identifier, ref, type
 * (INCOMING_FUNDS or 1, EXPENDITURE or 4), transaction_date, value_date,
 * amount, currency, reported_on, and optionally provider_org_ref,
 * disbursement_ref, description.
 */
import { parse } from 'csv-parse/sync';
import { loneSurrogateProblem } from '../../../../lib/domain/clean-text.js';
import type { ReportInput, ReportProblem } from './recipient-reports.js';

export const CSV_COLUMNS = [
  'recipient_org_ref',
  'activity_identifier',
  'ref',
  'type',
  'transaction_date',
  'value_date',
  'amount',
  'currency',
  'reported_on',
  'provider_org_ref',
  'disbursement_ref',
  'description',
] as const;

const REQUIRED = CSV_COLUMNS.slice(0, 9);

export type CsvReading =
  { ok: true; rows: { input: ReportInput; line: number }[] } | { ok: false; problem: ReportProblem };

export function readReportsCsv(text: string): CsvReading {
  const surrogate = loneSurrogateProblem(text);
  if (surrogate)
    return { ok: false, problem: { line: null, ref: null, field: 'csv', reason: `the CSV text ${surrogate}` } };
  let records: string[][];
  try {
    records = parse(text, { bom: true, skip_empty_lines: true, relax_column_count: false, trim: true });
  } catch (error) {
    return {
      ok: false,
      problem: { line: null, ref: null, field: 'csv', reason: `not a readable CSV file: ${(error as Error).message}` },
    };
  }
  const [header, ...body] = records;
  const missing = REQUIRED.filter((column) => !header?.includes(column));
  if (!header || missing.length) {
    return {
      ok: false,
      problem: {
        line: 1,
        ref: null,
        field: 'csv',
        reason: `the header row lacks ${missing.join(', ')}: the columns are ${CSV_COLUMNS.join(', ')}`,
      },
    };
  }
  const at = (row: string[], column: string) => row[header.indexOf(column)] ?? '';
  return {
    ok: true,
    rows: body.map((row, i) => ({
      line: i + 2,
      input: {
        recipientOrgRef: at(row, 'recipient_org_ref'),
        activityIdentifier: at(row, 'activity_identifier'),
        ref: at(row, 'ref'),
        type: at(row, 'type'),
        transactionDate: at(row, 'transaction_date'),
        valueDate: at(row, 'value_date'),
        amount: at(row, 'amount'),
        currency: at(row, 'currency'),
        reportedOn: at(row, 'reported_on'),
        providerOrgRef: at(row, 'provider_org_ref'),
        disbursementRef: at(row, 'disbursement_ref'),
        description: at(row, 'description'),
      },
    })),
  };
}
