/**
 * Pairs what a donor says it disbursed to a recipient under one activity with
 * what the recipient says it received, the way an auditor would:
 *   1. same currency and same amount, nearest value date first;
 *   2. different currencies whose tenge values lie within FX_BAND of each
 *      other (the recipient's bank converted the money);
 *   3. same currency, different amount, nearest value date within
 *      MAX_PAIR_DAYS (under- or over-received).
 * A disbursement left over is "not reported" unless it repeats another one
 * exactly (same ref, amount, currency and value date): then it is a
 * disbursement recorded twice. A receipt left over has no disbursement.
 */
import { dayNumber } from '../domain/days.js';
import { Decimal } from '../../../../lib/domain/money.js';

/** How far apart the tenge values of a converted pair may be and still be the same money. */
export const FX_BAND = new Decimal('0.03');
/** Days between a disbursement and a receipt of a different amount that may still be paired. */
export const MAX_PAIR_DAYS = 90;
/** Recipients report a receipt within this many days of its value date. */
export const REPORTING_DEADLINE_DAYS = 30;

export interface Flow {
  id: string;
  ref: string | null;
  amount: Decimal;
  currency: string;
  valueDate: string;
  /** The amount in tenge at its own value date, for comparing across currencies. */
  kzt: Decimal;
}

export interface Receipt extends Flow {
  reportedOn: string;
}

/** How a pair was found; the final status also depends on the difference in the reporting currency. */
export type PairKind =
  'EXACT' | 'CONVERTED' | 'DIFFERENT_AMOUNT' | 'DUPLICATE' | 'NOT_REPORTED' | 'NO_DISBURSEMENT' | 'UNATTRIBUTED';

export interface Pair<D extends Flow, R extends Receipt> {
  kind: PairKind;
  disbursement: D | null;
  receipt: R | null;
  /** Days from the receipt's value date to its report, when past the deadline. */
  reportedLateByDays: number | null;
}

const daysApart = (a: string, b: string): number => Math.abs(dayNumber(a) - dayNumber(b));

function nearest<D extends Flow>(candidates: D[], date: string): D | undefined {
  return [...candidates].sort(
    (a, b) => daysApart(a.valueDate, date) - daysApart(b.valueDate, date) || a.valueDate.localeCompare(b.valueDate),
  )[0];
}

export function pairFlows<D extends Flow, R extends Receipt>(
  disbursements: readonly D[],
  receipts: readonly R[],
): Pair<D, R>[] {
  const open = new Set(disbursements);
  const pairs: Pair<D, R>[] = [];
  const late = (r: R) => {
    const days = dayNumber(r.reportedOn) - dayNumber(r.valueDate);
    return days > REPORTING_DEADLINE_DAYS ? days : null;
  };
  const take = (kind: PairKind, d: D, r: R) => {
    open.delete(d);
    pairs.push({ kind, disbursement: d, receipt: r, reportedLateByDays: late(r) });
  };
  // Three passes, strictest first: same amount, the same value at official rates, same currency near in time.
  const passes: [PairKind, (d: D, r: R) => boolean][] = [
    ['EXACT', (d, r) => d.currency === r.currency && d.amount.eq(r.amount)],
    [
      'CONVERTED',
      (d, r) =>
        d.currency !== r.currency && !d.kzt.isZero() && r.kzt.minus(d.kzt).abs().lte(d.kzt.abs().times(FX_BAND)),
    ],
    ['DIFFERENT_AMOUNT', (d, r) => d.currency === r.currency && daysApart(d.valueDate, r.valueDate) <= MAX_PAIR_DAYS],
  ];
  let left = [...receipts].sort((a, b) => a.valueDate.localeCompare(b.valueDate) || a.id.localeCompare(b.id));
  for (const [kind, fits] of passes) {
    const unpaired: R[] = [];
    for (const r of left) {
      const d = nearest(
        [...open].filter((d) => fits(d, r)),
        r.valueDate,
      );
      if (d) take(kind, d, r);
      else unpaired.push(r);
    }
    left = unpaired;
  }
  for (const d of [...open].sort((a, b) => a.valueDate.localeCompare(b.valueDate) || a.id.localeCompare(b.id))) {
    const twin = disbursements.find(
      (o) =>
        o !== d &&
        o.ref === d.ref &&
        o.currency === d.currency &&
        o.amount.eq(d.amount) &&
        o.valueDate === d.valueDate &&
        !open.has(o),
    );
    pairs.push({ kind: twin ? 'DUPLICATE' : 'NOT_REPORTED', disbursement: d, receipt: null, reportedLateByDays: null });
    open.delete(d);
  }
  for (const r of left)
    pairs.push({ kind: 'NO_DISBURSEMENT', disbursement: null, receipt: r, reportedLateByDays: late(r) });
  return pairs;
}
