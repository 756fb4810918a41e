/**
 * Reconciliation of funding, as practitioners do it: for a donor, an activity
 * or a recipient, over a period, in one currency. One line per grant (a donor
 * activity and a recipient): committed (outgoing commitments dated up to the
 * period's end), disbursed (donor disbursements in the period), received and
 * spent (the recipient's reports in the period), their difference, and a
 * status explained item by item, each item a disbursement and the receipt
 * paired with it (reconciliation-match.ts).
 *
 * Conversion: each amount at the official rate of its value date (or the
 * nearest earlier one); a receipt in the same currency as the disbursement it
 * answers is converted at the disbursement's date, since the same money has
 * one value. Every converted amount is rounded to the cent; lines and totals
 * are sums of those rounded amounts, so they add up exactly.
 *
 * Period ends: money disbursed on the last days of a period often arrives in
 * the next. Receipts up to RECEIPT_WINDOW_DAYS after the period (and
 * disbursements as long before it) are read for pairing; a pair belongs to the
 * period of its disbursement, a receipt without one to its own period, so
 * consecutive periods count each item exactly once.
 *
 * A disbursement whose receiver the donor did not identify (no
 * receiver-org/@ref) counts in the totals, like partner funding counts it, on
 * a line of its own with status UNATTRIBUTED_DISBURSEMENT: no recipient's
 * report can be paired with it.
 */
import type { Viewer } from '../../../../lib/auth/viewer.js';
import { convertAmount, type OfficialRate, type ReportingCurrency } from '../domain/exchange.js';
import { isoDay } from '../domain/days.js';
import { TRANSACTION_TYPES } from '../domain/iati.js';
import { Decimal } from '../../../../lib/domain/money.js';
import type { Db } from '../db.js';
import type { Prisma, RecipientReport, Transaction } from '../generated/prisma/client.js';
import { missingRateError, rateKey, type RateQuery } from './exchange-rates.js';
import { donorActivityIdentifiers, visibleReports } from './recipient-report-list.js';
import { pairFlows, type Flow, type Pair, type PairKind, type Receipt } from './reconciliation-match.js';

export type ReconciliationStatus =
  | 'MATCHED'
  | 'LATE_REPORT'
  | 'EXCHANGE_RATE_DIFFERENCE'
  | 'UNDER_RECEIVED'
  | 'OVER_RECEIVED'
  | 'NOT_REPORTED'
  | 'RECEIVED_WITHOUT_DISBURSEMENT'
  | 'DUPLICATE_DISBURSEMENT'
  | 'UNATTRIBUTED_DISBURSEMENT';

/** Most serious first: a line shows the most serious status among its items. */
const SEVERITY: readonly ReconciliationStatus[] = [
  'UNATTRIBUTED_DISBURSEMENT',
  'DUPLICATE_DISBURSEMENT',
  'RECEIVED_WITHOUT_DISBURSEMENT',
  'NOT_REPORTED',
  'OVER_RECEIVED',
  'UNDER_RECEIVED',
  'EXCHANGE_RATE_DIFFERENCE',
  'LATE_REPORT',
  'MATCHED',
];

export interface ReconciliationScope {
  donorOrgRef?: string | null;
  activityIdentifier?: string | null;
  recipientOrgRef?: string | null;
  kazakhOrganizationsOnly?: boolean;
}

export interface ReconciliationRequest {
  scope: ReconciliationScope;
  from: string;
  to: string;
  currency: ReportingCurrency;
  tolerance: Decimal;
}

export interface Amount {
  amount: Decimal;
  currency: string;
}

export interface ReconciliationItem {
  status: ReconciliationStatus;
  explanation: string | null;
  disbursement: Transaction | null;
  receipt: RecipientReport | null;
  disbursed: Amount;
  received: Amount;
  difference: Amount;
  rates: OfficialRate[];
}

export interface ReconciliationLine {
  activityIdentifier: string;
  donorOrgRef: string | null;
  /** Null for disbursements whose receiver has no identifier. */
  recipientOrgRef: string | null;
  recipientName: string | null;
  committed: Amount;
  disbursed: Amount;
  received: Amount;
  spent: Amount;
  difference: Amount;
  status: ReconciliationStatus;
  explanation: string | null;
  items: ReconciliationItem[];
  expenditures: RecipientReport[];
}

export interface Reconciliation {
  request: ReconciliationRequest;
  lines: ReconciliationLine[];
  totals: { committed: Amount; disbursed: Amount; received: Amount; spent: Amount; difference: Amount };
  statusCounts: { status: ReconciliationStatus; lines: number; items: number }[];
}

type RateLoader = { loadMany(queries: readonly RateQuery[]): Promise<(OfficialRate | null | Error)[]> };

const COMMITMENT = TRANSACTION_TYPES.OUTGOING_COMMITMENT;
const DISBURSEMENT = TRANSACTION_TYPES.DISBURSEMENT;
const INCOMING = TRANSACTION_TYPES.INCOMING_FUNDS;
const EXPENDITURE = TRANSACTION_TYPES.EXPENDITURE;

const money = (amount: Decimal.Value, currency: string): Amount => ({ amount: new Decimal(amount), currency });
const sum = (amounts: readonly Amount[], currency: string): Amount =>
  money(Decimal.sum(0, ...amounts.map((a) => a.amount)), currency);
const show = (amount: Decimal, currency: string): string => `${amount.toFixed(2)} ${currency}`;

/** Who may see what: donors their own organization's rows, analysts and admins everything. */
function visibleTransactions(viewer: Viewer): Prisma.TransactionWhereInput {
  if (viewer.role !== 'donor') return {};
  const org = viewer.organization ?? '';
  return { OR: [{ providerOrgRef: org }, { receiverOrgRef: org }, { activity: { reportingOrg: { orgRef: org } } }] };
}

/** Days past a period's end a receipt may arrive and still answer a disbursement of the period (and before its start, the other way). */
export const RECEIPT_WINDOW_DAYS = 31;

const shiftDays = (day: string, days: number): Date => new Date(Date.parse(`${day}T00:00:00Z`) + days * 86_400_000);

export { donorActivityIdentifiers };

async function fetchRows(db: Db, request: ReconciliationRequest, viewer: Viewer) {
  const { scope, from, to } = request;
  const toDate = new Date(`${to}T00:00:00Z`);
  const fromDate = new Date(`${from}T00:00:00Z`);
  const scopeWhere: Prisma.TransactionWhereInput = scope.donorOrgRef
    ? { providerOrgRef: scope.donorOrgRef }
    : scope.activityIdentifier
      ? { activity: { iatiIdentifier: scope.activityIdentifier } }
      : { receiverOrgRef: scope.recipientOrgRef ?? '' };
  const transactions = await db.transaction.findMany({
    where: {
      AND: [
        scopeWhere,
        visibleTransactions(viewer),
        scope.kazakhOrganizationsOnly ? { receiverBin: { not: null } } : {},
      ],
      OR: [
        { type: COMMITMENT, valueDate: { lte: toDate }, receiverOrgRef: { not: null } },
        { type: DISBURSEMENT, valueDate: { gte: shiftDays(from, -RECEIPT_WINDOW_DAYS), lte: toDate } },
      ],
    },
    include: { activity: { select: { iatiIdentifier: true } } },
    orderBy: [{ valueDate: 'asc' }, { id: 'asc' }],
  });
  const identifiers = scope.donorOrgRef ? await donorActivityIdentifiers(db, scope.donorOrgRef) : [];
  const reportScope: Prisma.RecipientReportWhereInput = scope.donorOrgRef
    ? { OR: [{ providerOrgRef: scope.donorOrgRef }, { activityIdentifier: { in: identifiers } }] }
    : scope.activityIdentifier
      ? { activityIdentifier: scope.activityIdentifier }
      : { recipientOrgRef: scope.recipientOrgRef ?? '' };
  const reports = await db.recipientReport.findMany({
    where: {
      AND: [
        reportScope,
        await visibleReports(db, viewer),
        scope.kazakhOrganizationsOnly ? { recipientBin: { not: null } } : {},
      ],
      type: { in: [INCOMING, EXPENDITURE] },
      OR: [
        { type: EXPENDITURE, valueDate: { gte: fromDate, lte: toDate } },
        { type: INCOMING, valueDate: { gte: fromDate, lte: shiftDays(to, RECEIPT_WINDOW_DAYS) } },
      ],
    },
    orderBy: [{ valueDate: 'asc' }, { id: 'asc' }],
  });
  return { transactions, reports };
}

/** Whether a pair belongs to the period: a pair to its disbursement's, a lone receipt to its own. */
function inPeriod(pair: Pair<DonorFlow, ReportFlow>, from: string, to: string): boolean {
  const day = pair.disbursement?.valueDate ?? pair.receipt!.valueDate;
  return day >= from && day <= to;
}

/** Converts with rates fetched beforehand; a missing one is a GraphQL error naming currency and date. */
class Converter {
  private readonly rates = new Map<string, OfficialRate | null>();

  constructor(readonly target: string) {}

  async prefetch(loader: RateLoader, flows: readonly { currency: string; valueDate: Date }[]): Promise<void> {
    const queries = new Map<string, RateQuery>();
    for (const flow of flows) {
      const date = isoDay(flow.valueDate);
      for (const currency of [flow.currency, this.target, 'KZT'])
        queries.set(rateKey(currency, date), { currency, date });
    }
    const keys = [...queries.keys()];
    const found = await loader.loadMany([...queries.values()]);
    keys.forEach((key, i) => {
      const rate = found[i];
      if (rate instanceof Error) throw rate;
      this.rates.set(key, rate ?? null);
    });
  }

  rate(currency: string, day: string): OfficialRate {
    const rate = this.rates.get(rateKey(currency, day));
    if (!rate) throw missingRateError(currency, day);
    return rate;
  }

  convert(amount: Decimal, currency: string, day: string, to = this.target): { amount: Amount; rates: OfficialRate[] } {
    if (currency === to) return { amount: money(amount, to), rates: [] };
    const from = this.rate(currency, day);
    const target = this.rate(to, day);
    return {
      amount: money(convertAmount(amount, from, target), to),
      rates: [from, target].filter((r) => r.currency !== 'KZT'),
    };
  }
}

interface DonorFlow extends Flow {
  row: Transaction;
}
interface ReportFlow extends Receipt {
  row: RecipientReport;
}

function explain(
  pair: Pair<DonorFlow, ReportFlow>,
  status: ReconciliationStatus,
  difference: Amount,
  rates: OfficialRate[],
): string | null {
  const d = pair.disbursement;
  const r = pair.receipt;
  switch (status) {
    case 'MATCHED':
      return null;
    case 'LATE_REPORT':
      return `received ${show(r!.amount, r!.currency)} on ${r!.valueDate} but reported it on ${r!.reportedOn}, ${pair.reportedLateByDays} days later (reports are due within 30 days)`;
    case 'EXCHANGE_RATE_DIFFERENCE': {
      const official = rates
        .map((rate) => `${rate.rate.toFixed(2)} KZT per ${rate.quantity} ${rate.currency} on ${rate.rateDate}`)
        .join(', ');
      return (
        `disbursed ${show(d!.amount, d!.currency)} on ${d!.valueDate}, received ${show(r!.amount, r!.currency)} on ${r!.valueDate}: ` +
        `the money was converted between currencies; at the official rates (${official || 'tenge'}) that leaves ${show(difference.amount, difference.currency)}, ` +
        'a difference explained by exchange rates'
      );
    }
    case 'UNDER_RECEIVED':
    case 'OVER_RECEIVED':
      return `disbursed ${show(d!.amount, d!.currency)} on ${d!.valueDate}, the recipient reports ${show(r!.amount, r!.currency)} on ${r!.valueDate}: ${show(difference.amount.abs(), difference.currency)} ${status === 'UNDER_RECEIVED' ? 'less' : 'more'} than disbursed`;
    case 'NOT_REPORTED':
      return `disbursed ${show(d!.amount, d!.currency)} on ${d!.valueDate}${d!.ref ? ` (${d!.ref})` : ''}; the recipient has reported no receipt for it`;
    case 'DUPLICATE_DISBURSEMENT':
      return `the disbursement of ${show(d!.amount, d!.currency)} on ${d!.valueDate}${d!.ref ? ` (${d!.ref})` : ''} is published twice; the recipient received it once`;
    case 'UNATTRIBUTED_DISBURSEMENT':
      return `disbursed ${show(d!.amount, d!.currency)} on ${d!.valueDate}${d!.ref ? ` (${d!.ref})` : ''} to ${d!.row.receiverName ? `"${d!.row.receiverName}"` : 'a receiver'} the donor did not identify (no receiver-org/@ref): counted in the totals, but no recipient's report can be matched to it`;
    case 'RECEIVED_WITHOUT_DISBURSEMENT':
      return `the recipient reports receiving ${show(r!.amount, r!.currency)} on ${r!.valueDate}${r!.row.disbursementRef ? ` (for ${r!.row.disbursementRef})` : ''}; the donor published no matching disbursement in the period`;
  }
}

function itemOf(pair: Pair<DonorFlow, ReportFlow>, converter: Converter, tolerance: Decimal): ReconciliationItem {
  const target = converter.target;
  const d = pair.disbursement;
  const r = pair.receipt;
  const disbursed = d ? converter.convert(d.amount, d.currency, d.valueDate) : { amount: money(0, target), rates: [] };
  // The same money in the same currency has one value: the disbursement's date fixes it for both sides.
  const receiptDay = r && d && d.currency === r.currency ? d.valueDate : r?.valueDate;
  const received =
    r && receiptDay ? converter.convert(r.amount, r.currency, receiptDay) : { amount: money(0, target), rates: [] };
  const difference = money(received.amount.amount.minus(disbursed.amount.amount), target);
  const within = difference.amount.abs().lte(tolerance);
  const onTime: ReconciliationStatus = pair.reportedLateByDays ? 'LATE_REPORT' : 'MATCHED';
  const status = (
    {
      EXACT: onTime,
      CONVERTED: within ? onTime : 'EXCHANGE_RATE_DIFFERENCE',
      DIFFERENT_AMOUNT: within ? onTime : difference.amount.isNegative() ? 'UNDER_RECEIVED' : 'OVER_RECEIVED',
      DUPLICATE: 'DUPLICATE_DISBURSEMENT',
      NOT_REPORTED: 'NOT_REPORTED',
      NO_DISBURSEMENT: 'RECEIVED_WITHOUT_DISBURSEMENT',
      UNATTRIBUTED: 'UNATTRIBUTED_DISBURSEMENT',
    } satisfies Record<PairKind, ReconciliationStatus>
  )[pair.kind];
  const rates = [...disbursed.rates, ...received.rates].filter(
    (rate, i, all) => all.findIndex((o) => o.currency === rate.currency && o.rateDate === rate.rateDate) === i,
  );
  return {
    status,
    explanation: explain(pair, status, difference, rates),
    disbursement: d?.row ?? null,
    receipt: r?.row ?? null,
    disbursed: disbursed.amount,
    received: received.amount,
    difference,
    rates,
  };
}

/** One grant: a recipient's flows under one activity, from both sides. */
interface Grant {
  activityIdentifier: string;
  /** Null for disbursements whose receiver-org has no ref. */
  recipientOrgRef: string | null;
  donorOrgRef: string | null;
  recipientName: string | null;
  commitments: Transaction[];
  disbursements: DonorFlow[];
  receipts: ReportFlow[];
  expenditures: RecipientReport[];
}

/** The donor's transactions and the recipients' reports, grouped by activity and recipient. */
// eslint-disable-next-line max-lines-per-function -- one pass over each side's rows, building the grants flow by flow
function groupGrants(
  { transactions, reports }: Awaited<ReturnType<typeof fetchRows>>,
  converter: Converter,
  request: ReconciliationRequest,
): Grant[] {
  const grants = new Map<string, Grant>();
  const grantOf = (activityIdentifier: string, recipientOrgRef: string | null): Grant => {
    const key = `${activityIdentifier}\u0000${recipientOrgRef ?? '\u0000'}`;
    let grant = grants.get(key);
    if (!grant) {
      grant = {
        activityIdentifier,
        recipientOrgRef,
        donorOrgRef: null,
        recipientName: null,
        commitments: [],
        disbursements: [],
        receipts: [],
        expenditures: [],
      };
      grants.set(key, grant);
    }
    return grant;
  };
  const inside = (day: string) => day >= request.from && day <= request.to;
  // Flows read only for pairing across the period's ends need no rate of their own: without one they are left out.
  const kzt = (amount: Decimal, currency: string, day: string): Decimal | null => {
    try {
      return converter.convert(amount, currency, day, 'KZT').amount.amount;
    } catch (error) {
      if (inside(day)) throw error;
      return null;
    }
  };
  for (const t of transactions) {
    const grant = grantOf(t.activity.iatiIdentifier, t.receiverOrgRef);
    grant.donorOrgRef ??= t.providerOrgRef;
    grant.recipientName ??= t.receiverName;
    const day = isoDay(t.valueDate);
    if (t.type === COMMITMENT) {
      grant.commitments.push(t);
      continue;
    }
    const amount = new Decimal(t.amount.toString());
    const tenge = kzt(amount, t.currency, day);
    if (tenge)
      grant.disbursements.push({
        id: t.id,
        ref: t.ref,
        amount,
        currency: t.currency,
        valueDate: day,
        kzt: tenge,
        row: t,
      });
  }
  for (const r of reports) {
    const grant = grantOf(r.activityIdentifier, r.recipientOrgRef);
    grant.donorOrgRef ??= r.providerOrgRef;
    const day = isoDay(r.valueDate);
    if (r.type === EXPENDITURE) grant.expenditures.push(r);
    else {
      const amount = new Decimal(r.amount.toString());
      const tenge = kzt(amount, r.currency, day);
      if (tenge)
        grant.receipts.push({
          id: r.id,
          ref: r.disbursementRef,
          amount,
          currency: r.currency,
          valueDate: day,
          kzt: tenge,
          reportedOn: isoDay(r.reportedOn),
          row: r,
        });
    }
  }
  return [...grants.values()];
}

/** A grant's pairs that belong to the period; a grant without a recipient pairs nothing: each disbursement is unattributed. */
function periodPairs(grant: Grant, request: ReconciliationRequest): Pair<DonorFlow, ReportFlow>[] {
  const pairs: Pair<DonorFlow, ReportFlow>[] =
    grant.recipientOrgRef === null
      ? grant.disbursements.map((d) => ({
          kind: 'UNATTRIBUTED',
          disbursement: d,
          receipt: null,
          reportedLateByDays: null,
        }))
      : pairFlows(grant.disbursements, grant.receipts);
  return pairs.filter((pair) => inPeriod(pair, request.from, request.to));
}

/** A grant's line: its flows paired, sums in the target currency, and its worst status; null when nothing of it falls in the period. */
function lineOf(grant: Grant, converter: Converter, request: ReconciliationRequest): ReconciliationLine | null {
  const target = converter.target;
  const inTarget = (rows: readonly { amount: { toString(): string }; currency: string; valueDate: Date }[]) =>
    sum(
      rows.map(
        (row) => converter.convert(new Decimal(row.amount.toString()), row.currency, isoDay(row.valueDate)).amount,
      ),
      target,
    );
  const items = periodPairs(grant, request).map((pair) => itemOf(pair, converter, request.tolerance));
  if (!items.length && !grant.commitments.length && !grant.expenditures.length) return null;
  const disbursed = sum(
    items.map((i) => i.disbursed),
    target,
  );
  const received = sum(
    items.map((i) => i.received),
    target,
  );
  const status = SEVERITY.find((s) => items.some((i) => i.status === s)) ?? 'MATCHED';
  const explanations = items.flatMap((i) => (i.explanation ? [i.explanation] : []));
  return {
    activityIdentifier: grant.activityIdentifier,
    donorOrgRef: grant.donorOrgRef,
    recipientOrgRef: grant.recipientOrgRef,
    recipientName: grant.recipientName,
    committed: inTarget(grant.commitments),
    disbursed,
    received,
    spent: inTarget(grant.expenditures),
    difference: money(received.amount.minus(disbursed.amount), target),
    status,
    explanation: explanations.length ? explanations.join('; ') : null,
    items,
    expenditures: grant.expenditures,
  };
}

function totalsOf(lines: readonly ReconciliationLine[], target: string) {
  const total = (amount: (line: ReconciliationLine) => Amount) => sum(lines.map(amount), target);
  return {
    committed: total((l) => l.committed),
    disbursed: total((l) => l.disbursed),
    received: total((l) => l.received),
    spent: total((l) => l.spent),
    difference: total((l) => l.difference),
  };
}

export async function reconcile(
  db: Db,
  rates: RateLoader,
  request: ReconciliationRequest,
  viewer: Viewer,
): Promise<Reconciliation> {
  const { transactions, reports } = await fetchRows(db, request, viewer);
  const converter = new Converter(request.currency);
  await converter.prefetch(rates, [...transactions, ...reports]);
  const lines = groupGrants({ transactions, reports }, converter, request)
    .sort(
      (a, b) =>
        a.activityIdentifier.localeCompare(b.activityIdentifier) ||
        (a.recipientOrgRef ?? '\uffff').localeCompare(b.recipientOrgRef ?? '\uffff'),
    )
    .flatMap((grant) => lineOf(grant, converter, request) ?? []);
  return {
    request,
    lines,
    totals: totalsOf(lines, request.currency),
    statusCounts: SEVERITY.map((status) => ({
      status,
      lines: lines.filter((l) => l.status === status).length,
      items: lines.reduce((n, l) => n + l.items.filter((i) => i.status === status).length, 0),
    })).filter((c) => c.lines || c.items),
  };
}
