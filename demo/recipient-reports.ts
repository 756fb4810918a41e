/**
 * What the EU's grantees report they received and spent, so the EU Delegation
 * can reconcile its grants. Every disbursement is reported received two days
 * later, in euros, within the deadline, except four planted discrepancies that
 * the reconciliation must find and explain, and nothing else:
 *   - a disbursement recorded twice by the donor (the recipient got it once);
 *   - a missing report (one tranche never reported received);
 *   - an exchange-rate difference (one tranche credited in tenge by the
 *     recipient's bank at 0.4% under the official rate);
 *   - a late report (one receipt reported 75 days after it arrived).
 * Each grantee also reports spending part of what it received.
 */
import { Decimal } from '../lib/domain/money.js';
import { FORUM_DATE } from './anchor.js';
import { addDays, dayOf, minDate } from './dates.js';
import { EUROPEAN_COMMISSION } from './partner-orgs.js';
import type { Random } from './random.js';
import type { ExchangeRateRow, PartnersSlice, RecipientReportRow, TransactionRow } from './types.js';

const INCOMING_FUNDS = 1;
const EXPENDITURE = 4;
const TRANSFER_DAYS = 2;
const LATE_BY_DAYS = 75;
/** The recipient's bank credits tenge at this share of the official rate. */
const BANK_SHARE = new Decimal('0.996');

export interface PlantedDiscrepancies {
  duplicate: { activityIdentifier: string; recipientOrgRef: string; transactionId: string };
  missing: { activityIdentifier: string; recipientOrgRef: string; transactionId: string };
  exchangeRate: { activityIdentifier: string; recipientOrgRef: string; transactionId: string };
  late: { activityIdentifier: string; recipientOrgRef: string; transactionId: string };
}

interface Grant {
  activityIdentifier: string;
  recipientOrgRef: string;
  recipientBin: string | null;
  commitment: Decimal;
  tranches: TransactionRow[];
}

function euGrants(slice: PartnersSlice): Grant[] {
  const eu = slice.partners.find((p) => p.orgRef === EUROPEAN_COMMISSION.orgRef);
  const identifiers = new Map(
    slice.activities.filter((a) => a.reportingOrgId === eu?.id).map((a) => [a.id, a.iatiIdentifier]),
  );
  const grants = new Map<string, Grant>();
  for (const t of slice.transactions) {
    const activityIdentifier = identifiers.get(t.activityId);
    if (!activityIdentifier || !t.receiverOrgRef) continue;
    const key = `${activityIdentifier} ${t.receiverOrgRef}`;
    const grant = grants.get(key) ?? {
      activityIdentifier,
      recipientOrgRef: t.receiverOrgRef,
      recipientBin: t.receiverBin,
      commitment: new Decimal(0),
      tranches: [],
    };
    grants.set(key, grant);
    if (t.type === 2) grant.commitment = grant.commitment.plus(t.amount);
    else if (t.type === 3) grant.tranches.push(t);
  }
  return [...grants.values()].sort(
    (a, b) =>
      a.activityIdentifier.localeCompare(b.activityIdentifier) || a.recipientOrgRef.localeCompare(b.recipientOrgRef),
  );
}

/** Tenge per unit on a date: that day's demo rate or the nearest earlier one. */
function tengePerUnit(rates: readonly ExchangeRateRow[], currency: string, date: string): Decimal {
  const rate = rates.filter((r) => r.currency === currency && r.rateDate <= date).at(-1);
  if (!rate) throw new Error(`no demo rate for ${currency} on ${date}`);
  return new Decimal(rate.rate).dividedBy(rate.quantity);
}

export function plantRecipientReports(random: Random, slice: PartnersSlice): PlantedDiscrepancies {
  const grants = euGrants(slice);
  const kazakh = grants.filter((g) => g.recipientBin !== null);
  const taken = new Set<Grant>();
  const choose = (test: (g: Grant) => TransactionRow | undefined): { grant: Grant; tranche: TransactionRow } => {
    for (const grant of kazakh) {
      const tranche = taken.has(grant) ? undefined : test(grant);
      if (tranche) {
        taken.add(grant);
        return { grant, tranche };
      }
    }
    throw new Error('the EU grants leave no room for a planted discrepancy');
  };
  const disbursedOf = (g: Grant) => Decimal.sum(0, ...g.tranches.map((t) => t.amount));
  // Recorded twice: the copy must keep the grant's disbursements under its commitment.
  const duplicate = choose((g) => g.tranches.find((t) => disbursedOf(g).plus(t.amount).lt(g.commitment)));
  const missing = choose((g) => g.tranches.at(-1));
  const exchangeRate = choose((g) => g.tranches[0]);
  const late = choose((g) =>
    g.tranches.find((t) => dayOf(addDays(t.valueDate, TRANSFER_DAYS + LATE_BY_DAYS)) <= dayOf(FORUM_DATE)),
  );

  slice.transactions.push({ ...duplicate.tranche, id: random.string.uuid() });

  const reports: RecipientReportRow[] = [];
  for (const grant of grants) {
    const short = grant.recipientOrgRef.replace(/^KZ-BIN-/, '');
    let received = new Decimal(0);
    let lastReceipt = '';
    grant.tranches.forEach((tranche, i) => {
      if (tranche === missing.tranche) return;
      const valueDate = minDate(addDays(tranche.valueDate, TRANSFER_DAYS), FORUM_DATE);
      const inTenge = tranche === exchangeRate.tranche;
      const amount = inTenge
        ? new Decimal(tranche.amount)
            .times(tengePerUnit(slice.exchangeRates, tranche.currency, valueDate))
            .times(BANK_SHARE)
            .toDecimalPlaces(2, Decimal.ROUND_HALF_UP)
        : new Decimal(tranche.amount);
      const reportedOn =
        tranche === late.tranche
          ? addDays(valueDate, LATE_BY_DAYS)
          : minDate(addDays(valueDate, random.number.int({ min: 3, max: 20 })), FORUM_DATE);
      received = received.plus(tranche.amount);
      lastReceipt = valueDate > lastReceipt ? valueDate : lastReceipt;
      reports.push({
        id: random.string.uuid(),
        recipientOrgRef: grant.recipientOrgRef,
        recipientBin: grant.recipientBin,
        activityIdentifier: grant.activityIdentifier,
        ref: `${short}/IN/${String(i + 1).padStart(2, '0')}`,
        type: INCOMING_FUNDS,
        transactionDate: valueDate,
        valueDate,
        amount: amount.toFixed(2),
        currency: inTenge ? 'KZT' : tranche.currency,
        providerOrgRef: tranche.providerOrgRef,
        disbursementRef: tranche.ref,
        description: inTenge ? 'EU grant tranche credited in tenge by our bank' : 'EU grant tranche received',
        reportedOn,
      });
    });
    if (received.isZero()) continue;
    const spentOn = minDate(addDays(lastReceipt, random.number.int({ min: 20, max: 60 })), FORUM_DATE);
    reports.push({
      id: random.string.uuid(),
      recipientOrgRef: grant.recipientOrgRef,
      recipientBin: grant.recipientBin,
      activityIdentifier: grant.activityIdentifier,
      ref: `${short}/OUT/01`,
      type: EXPENDITURE,
      transactionDate: spentOn,
      valueDate: spentOn,
      amount: received
        .times(random.number.int({ min: 40, max: 75 }))
        .dividedBy(100)
        .toDecimalPlaces(0, Decimal.ROUND_DOWN)
        .toFixed(2),
      currency: 'EUR',
      providerOrgRef: EUROPEAN_COMMISSION.orgRef,
      disbursementRef: null,
      description: 'Project expenditure: staff, events and grants to communities',
      reportedOn: minDate(addDays(spentOn, 10), FORUM_DATE),
    });
  }
  slice.recipientReports.push(...reports);
  const where = ({ grant, tranche }: { grant: Grant; tranche: TransactionRow }) => ({
    activityIdentifier: grant.activityIdentifier,
    recipientOrgRef: grant.recipientOrgRef,
    transactionId: tranche.id,
  });
  return { duplicate: where(duplicate), missing: where(missing), exchangeRate: where(exchangeRate), late: where(late) };
}
