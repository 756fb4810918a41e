/**
 * Recipients' own reports of money received (IATI type 1, Incoming Funds) and
 * spent (type 4, Expenditure) per donor activity, entered one by one or from
 * CSV. Each line is validated and written on its own; the recipient's `ref`
 * is the line's key, so the same report twice changes nothing and a corrected
 * line replaces the old one.
 */
import { randomUUID } from 'node:crypto';
import { binFromOrgRef, binProblem } from '../../../../lib/domain/bin.js';
import { cleanText, type TextLines } from '../../../../lib/domain/clean-text.js';
import { describeCurrencyProblem } from '../../../../lib/domain/money.js';
import { hasRole, type Viewer } from '../../../../lib/auth/viewer.js';
import type { Db } from '../db.js';
import { TRANSACTION_TYPES } from '../domain/iati.js';
import { parseIatiAmount, parseIsoDate } from '../iati/values.js';

export const REPORT_TYPES = { INCOMING_FUNDS: 1, EXPENDITURE: 4 } as const;

export interface ReportInput {
  recipientOrgRef: string;
  activityIdentifier: string;
  ref: string;
  type: string;
  transactionDate: string;
  valueDate: string;
  amount: string;
  currency: string;
  providerOrgRef?: string | null;
  disbursementRef?: string | null;
  description?: string | null;
  reportedOn: string;
}

export interface ReportProblem {
  /** CSV line (1 is the header), or null for a single report. */
  line: number | null;
  ref: string | null;
  field: string;
  reason: string;
}

interface ValidReport {
  line: number | null;
  recipientOrgRef: string;
  recipientBin: string | null;
  activityIdentifier: string;
  ref: string;
  type: number;
  transactionDate: string;
  valueDate: string;
  amount: string;
  currency: string;
  providerOrgRef: string | null;
  disbursementRef: string | null;
  description: string | null;
  reportedOn: string;
}

export interface ReportsResult {
  created: number;
  updated: number;
  unchanged: number;
  rejected: number;
  problems: ReportProblem[];
  /** Ids of the lines written or confirmed, in input order. */
  ids: string[];
}

function typeCode(text: string): number | null {
  const trimmed = text.trim().toUpperCase();
  if (trimmed === '1' || trimmed === 'INCOMING_FUNDS') return REPORT_TYPES.INCOMING_FUNDS;
  if (trimmed === '4' || trimmed === 'EXPENDITURE') return REPORT_TYPES.EXPENDITURE;
  return null;
}

/** A donor-role caller reports only for its own organization; admin for anyone. */
export function mayReportFor(viewer: Viewer, recipientOrgRef: string): boolean {
  return viewer.role === 'admin' || (hasRole(viewer, ['donor']) && viewer.organization === recipientOrgRef);
}

// eslint-disable-next-line max-lines-per-function -- one check per field of the report, all collecting into one list of problems
export function validateReport(input: ReportInput, line: number | null, viewer: Viewer): ValidReport | ReportProblem[] {
  const problems: ReportProblem[] = [];
  const refText = cleanText(input.ref);
  const ref = refText.ok ? refText.value : null;
  const problem = (field: string, reason: string) => problems.push({ line, ref, field, reason });
  // Clean text (lib/domain/clean-text.ts), null when blank; text that cannot be stored is a problem of its field.
  const clean = (field: keyof ReportInput, lines: TextLines = 'one') => {
    const cleaned = cleanText(input[field], lines);
    if (cleaned.ok) return cleaned.value;
    problem(field, cleaned.reason);
    return null;
  };
  // A required text: missing when blank, unless it was refused already.
  const required = (field: keyof ReportInput, missing: string) => {
    const cleaned = cleanText(input[field]);
    if (!cleaned.ok) problem(field, cleaned.reason);
    else if (!cleaned.value) problem(field, missing);
    return cleaned.ok ? cleaned.value : null;
  };
  required(
    'ref',
    'missing: your own reference for this line (e.g. the bank statement entry); it keeps re-imports from duplicating lines',
  );
  const recipientOrgRef = required(
    'recipientOrgRef',
    'missing: the org-id.guide identifier of the organization reporting, e.g. KZ-BIN-950440001673',
  );
  if (recipientOrgRef && !mayReportFor(viewer, recipientOrgRef))
    problem(
      'recipientOrgRef',
      `you may report only for your own organization (${viewer.organization ?? 'none'}), not ${recipientOrgRef}`,
    );
  const bin = binFromOrgRef(recipientOrgRef);
  if (bin && binProblem(bin))
    problem('recipientOrgRef', `${recipientOrgRef}: the BIN is not valid (12 digits with a matching check digit)`);
  const activityIdentifier = required(
    'activityIdentifier',
    "missing: the donor activity's IATI identifier the money belongs to",
  );
  /* eslint-disable @typescript-eslint/no-unnecessary-condition -- CSV rows arrive without the columns a file leaves out, whatever the input type says */
  const type = typeCode(input.type ?? '');
  if (type === null) problem('type', `"${input.type}" is not a report type: use INCOMING_FUNDS (1) or EXPENDITURE (4)`);
  const take = (field: string, parsed: { ok: true; value: string } | { ok: false; reason: string }) => {
    if (parsed.ok) return parsed.value;
    problem(field, parsed.reason);
    return null;
  };
  const transactionDate = take('transactionDate', parseIsoDate(input.transactionDate ?? null));
  const valueDate = take('valueDate', parseIsoDate(input.valueDate ?? null));
  const reportedOn = take('reportedOn', parseIsoDate(input.reportedOn ?? null));
  const amount = take('amount', parseIatiAmount(input.amount ?? null));
  const currency = (input.currency ?? '').trim();
  /* eslint-enable @typescript-eslint/no-unnecessary-condition */
  const currencyProblem = describeCurrencyProblem(currency);
  if (currencyProblem) problem('currency', currencyProblem);
  const providerOrgRef = clean('providerOrgRef');
  const disbursementRef = clean('disbursementRef');
  const description = clean('description', 'many');
  if (
    problems.length ||
    !recipientOrgRef ||
    !activityIdentifier ||
    !ref ||
    type === null ||
    !transactionDate ||
    !valueDate ||
    !reportedOn ||
    !amount
  ) {
    return problems;
  }
  return {
    line,
    recipientOrgRef,
    recipientBin: bin,
    activityIdentifier,
    ref,
    type,
    transactionDate,
    valueDate,
    amount,
    currency,
    providerOrgRef,
    disbursementRef,
    description,
    reportedOn,
  };
}

/** The organizations each activity disbursed to (IATI type 3 receivers), for the activities named. */
async function disbursementRecipients(db: Db, identifiers: readonly string[]): Promise<Map<string, Set<string>>> {
  const rows = await db.transaction.findMany({
    where: {
      type: TRANSACTION_TYPES.DISBURSEMENT,
      receiverOrgRef: { not: null },
      activity: { iatiIdentifier: { in: [...identifiers] } },
    },
    select: { receiverOrgRef: true, activity: { select: { iatiIdentifier: true } } },
    distinct: ['activityId', 'receiverOrgRef'],
  });
  const recipients = new Map<string, Set<string>>();
  for (const row of rows) {
    const set = recipients.get(row.activity.iatiIdentifier) ?? new Set<string>();
    if (row.receiverOrgRef) set.add(row.receiverOrgRef);
    recipients.set(row.activity.iatiIdentifier, set);
  }
  return recipients;
}

/** Inserts the report, or updates the one with its ref when anything differs; no row when nothing changed. */
async function upsertReport(db: Db, report: ValidReport): Promise<{ id: string; inserted: boolean } | undefined> {
  const [row] = await db.$queryRaw<{ id: string; inserted: boolean }[]>`
    INSERT INTO recipient_reports (id, recipient_org_ref, recipient_bin, activity_identifier, ref, type, transaction_date, value_date,
      amount, currency, provider_org_ref, disbursement_ref, description, reported_on)
    VALUES (${randomUUID()}::uuid, ${report.recipientOrgRef}, ${report.recipientBin}, ${report.activityIdentifier}, ${report.ref},
      ${report.type}::smallint, ${report.transactionDate}::date, ${report.valueDate}::date, ${report.amount}::numeric, ${report.currency},
      ${report.providerOrgRef}, ${report.disbursementRef}, ${report.description}, ${report.reportedOn}::date)
    ON CONFLICT (recipient_org_ref, ref) DO UPDATE SET
      recipient_bin = EXCLUDED.recipient_bin, activity_identifier = EXCLUDED.activity_identifier, type = EXCLUDED.type,
      transaction_date = EXCLUDED.transaction_date, value_date = EXCLUDED.value_date, amount = EXCLUDED.amount,
      currency = EXCLUDED.currency, provider_org_ref = EXCLUDED.provider_org_ref, disbursement_ref = EXCLUDED.disbursement_ref,
      description = EXCLUDED.description, reported_on = EXCLUDED.reported_on
    WHERE (recipient_reports.activity_identifier, recipient_reports.type, recipient_reports.transaction_date, recipient_reports.value_date,
           recipient_reports.amount, recipient_reports.currency, recipient_reports.provider_org_ref, recipient_reports.disbursement_ref,
           recipient_reports.description, recipient_reports.reported_on)
      IS DISTINCT FROM (EXCLUDED.activity_identifier, EXCLUDED.type, EXCLUDED.transaction_date, EXCLUDED.value_date, EXCLUDED.amount,
           EXCLUDED.currency, EXCLUDED.provider_org_ref, EXCLUDED.disbursement_ref, EXCLUDED.description, EXCLUDED.reported_on)
    RETURNING id::text, (xmax = 0) AS inserted`;
  return row;
}

/**
 * Validates and writes each line on its own; lines naming an activity not
 * known here, or one that disbursed nothing to the reporting organization
 * (unless an admin reports), are refused.
 */
export async function saveReports(
  db: Db,
  inputs: readonly { input: ReportInput; line: number | null }[],
  viewer: Viewer,
): Promise<ReportsResult> {
  const result: ReportsResult = { created: 0, updated: 0, unchanged: 0, rejected: 0, problems: [], ids: [] };
  const valid: ValidReport[] = [];
  for (const { input, line } of inputs) {
    const checked = validateReport(input, line, viewer);
    if (Array.isArray(checked)) {
      result.rejected += 1;
      result.problems.push(...checked);
    } else valid.push(checked);
  }
  const identifiers = [...new Set(valid.map((v) => v.activityIdentifier))];
  const known = new Set(
    (
      await db.activity.findMany({ where: { iatiIdentifier: { in: identifiers } }, select: { iatiIdentifier: true } })
    ).map((a) => a.iatiIdentifier),
  );
  const recipients = await disbursementRecipients(db, identifiers);
  for (const report of valid) {
    if (!known.has(report.activityIdentifier)) {
      result.rejected += 1;
      result.problems.push({
        line: report.line,
        ref: report.ref,
        field: 'activityIdentifier',
        reason: `no activity ${report.activityIdentifier} is known here: check the identifier, or ask the donor to publish it (IATI import)`,
      });
      continue;
    }
    // Only a recipient of the activity's money reports against it, or another donor could change its reconciliation.
    if (viewer.role !== 'admin' && !recipients.get(report.activityIdentifier)?.has(report.recipientOrgRef)) {
      result.rejected += 1;
      result.problems.push({
        line: report.line,
        ref: report.ref,
        field: 'activityIdentifier',
        reason: `${report.recipientOrgRef} received no disbursement of activity ${report.activityIdentifier}: only an organization the activity's donor names as a recipient reports against it`,
      });
      continue;
    }
    const row = await upsertReport(db, report);
    if (row) {
      result[row.inserted ? 'created' : 'updated'] += 1;
      result.ids.push(row.id);
    } else {
      result.unchanged += 1;
      const existing = await db.recipientReport.findUnique({
        where: { recipientOrgRef_ref: { recipientOrgRef: report.recipientOrgRef, ref: report.ref } },
        select: { id: true },
      });
      if (existing) result.ids.push(existing.id);
    }
  }
  return result;
}
