/**
 * What the mutations do, as result objects: imports of text a client sent
 * (capped in size), recipients' reports. Expected failures come back as data
 * ({ ok: false, error }), never as exceptions.
 */
import type { Viewer } from '../../../../lib/auth/viewer.js';
import { isoDay } from '../domain/days.js';
import type { Db } from '../db.js';
import type { RecipientReportsParent } from '../entities.js';
import type { RecipientReportInput } from '../generated/graphql.js';
import { importNbkRates, type RatesImportResult } from './exchange-rates.js';
import { emptyReport, importIatiActivities, type IatiImportReport } from './iati-import.js';
import { readReportsCsv } from './recipient-reports-csv.js';
import { saveReports, type ReportsResult } from './recipient-reports.js';

/** The largest text a mutation takes; larger IATI files go through `npm run import:iati`. */
export const MAX_TEXT_BYTES = 1_000_000;
/** Most report lines one request may carry: each is written on its own, so this bounds the request's time. */
export const MAX_REPORT_ROWS = 1000;
/** Problems listed in an answer; the rest are counted (problemCount), so a file of bad lines gets a small answer. */
export const MAX_PROBLEMS_LISTED = 100;

type Failure = { code: string; message: string; field: string | null };

function tooLarge(text: string, field: string): Failure | null {
  const bytes = Buffer.byteLength(text, 'utf8');
  if (bytes <= MAX_TEXT_BYTES) return null;
  return {
    code: 'TOO_LARGE',
    message: `${field} is ${bytes} bytes; at most ${MAX_TEXT_BYTES} are accepted here: split the file, or import it with npm run import:iati`,
    field,
  };
}

async function* once(text: string): AsyncGenerator<string> {
  yield text;
}

export async function importIatiText(
  db: Db,
  xml: string,
): Promise<{ ok: boolean; error: Failure | null; report: IatiImportReport }> {
  const failure = tooLarge(xml, 'xml');
  if (failure) return { ok: false, error: failure, report: { ...emptyReport(), ok: false } };
  const report = await importIatiActivities(db, once(xml));
  return { ok: report.ok, error: report.error ? { ...report.error, field: 'xml' } : null, report };
}

export async function importRatesText(
  db: Db,
  xml: string,
): Promise<Omit<RatesImportResult, 'error'> & { error: Failure | null }> {
  const failure = tooLarge(xml, 'xml');
  if (failure) return { ok: false, error: failure, days: 0, created: 0, updated: 0, unchanged: 0 };
  const result = await importNbkRates(db, xml);
  return { ...result, error: result.error ? { ...result.error, field: 'xml' } : null };
}

function reportsOutcome(result: ReportsResult): RecipientReportsParent {
  const first = result.problems[0];
  return {
    ok: result.rejected === 0,
    error: first
      ? {
          code: 'INVALID_REPORT',
          message: `${first.line ? `line ${first.line}: ` : ''}${first.field}: ${first.reason}`,
          field: first.field,
        }
      : null,
    created: result.created,
    updated: result.updated,
    unchanged: result.unchanged,
    rejected: result.rejected,
    problems: result.problems.slice(0, MAX_PROBLEMS_LISTED),
    problemCount: result.problems.length,
    reportIds: result.ids,
  };
}

export async function submitReport(
  db: Db,
  input: RecipientReportInput,
  viewer: Viewer,
  today: Date,
): Promise<RecipientReportsParent> {
  const result = await saveReports(
    db,
    [
      {
        line: null,
        input: {
          ...input,
          amount: input.amount.toString(),
          transactionDate: isoDay(input.transactionDate),
          valueDate: isoDay(input.valueDate),
          reportedOn: isoDay(input.reportedOn ?? today),
        },
      },
    ],
    viewer,
  );
  return reportsOutcome(result);
}

export async function importReportsCsvText(db: Db, csv: string, viewer: Viewer): Promise<RecipientReportsParent> {
  const failure = tooLarge(csv, 'csv');
  const empty = { created: 0, updated: 0, unchanged: 0, rejected: 0, problems: [], problemCount: 0, reportIds: [] };
  if (failure) return { ok: false, error: failure, ...empty };
  const reading = readReportsCsv(csv);
  if (!reading.ok)
    return {
      ok: false,
      error: { code: 'NOT_CSV', message: reading.problem.reason, field: 'csv' },
      ...empty,
      problems: [reading.problem],
      problemCount: 1,
    };
  if (reading.rows.length > MAX_REPORT_ROWS) {
    const reason = `the file holds ${reading.rows.length} lines; at most ${MAX_REPORT_ROWS} are taken in one request: split it into smaller files`;
    return {
      ok: false,
      error: { code: 'TOO_LARGE', message: reason, field: 'csv' },
      ...empty,
      rejected: reading.rows.length,
      problems: [{ line: null, ref: null, field: 'csv', reason }],
      problemCount: 1,
    };
  }
  return reportsOutcome(await saveReports(db, reading.rows, viewer));
}
