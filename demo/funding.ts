/**
 * Builds the partners slice: partner rows (each Kazakh NGO once, as
 * KZ-BIN-<bin>), activities, participating organisations, budgets and
 * transactions, with grants as one commitment and its disbursements.
 * Amounts are decimal.js Decimals, chosen in whole steps (100 USD, 2,500 EUR),
 * so every sum is exact.
 */
import { orgRefForBin } from '../lib/domain/bin.js';
import { Decimal, formatAmount } from '../lib/domain/money.js';
import { FORUM_DATE } from './anchor.js';
import { addDays, dateOf, dayOf, minDate } from './dates.js';
import type { PartnerDefinition } from './partner-orgs.js';
import { apportion, dateBetween, type Random } from './random.js';
import type { ActivityRow, NgoRow, PartnerRow, PartnersSlice } from './types.js';

/** IATI OrganisationRole */
export const ROLE = { FUNDING: 1, ACCOUNTABLE: 2, EXTENDING: 3, IMPLEMENTING: 4 } as const;
/** IATI TransactionType */
export const TRANSACTION = { COMMITMENT: 2, DISBURSEMENT: 3 } as const;
/** IATI ActivityStatus */
export const ACTIVITY_STATUS = { IMPLEMENTATION: 2, FINALISATION: 3, CLOSED: 4 } as const;

export type ActivityFields = Omit<
  ActivityRow,
  'id' | 'iatiIdentifier' | 'reportingOrgId' | 'status' | 'actualEnd' | 'lastUpdatedAt'
>;

export interface Grant {
  activity: ActivityRow;
  funder: PartnerRow;
  /** The receiving Kazakh NGO, or another partner (e.g. an international NGO). */
  receiver: NgoRow | PartnerRow;
  commitment: Decimal;
  currency: string;
  signedOn: string;
  /** Share of the commitment disbursed by the forum, 0..1. */
  disbursedShare: number;
  contractRef: string | null;
}

function isNgo(receiver: NgoRow | PartnerRow): receiver is NgoRow {
  return 'bin' in receiver;
}

export class FundingBuilder {
  readonly slice: PartnersSlice = {
    partners: [],
    activities: [],
    participatingOrgs: [],
    budgets: [],
    transactions: [],
    exchangeRates: [],
    recipientReports: [],
  };
  private readonly ngoPartners = new Map<string, PartnerRow>();

  constructor(private readonly random: Random) {}

  partner(definition: PartnerDefinition): PartnerRow {
    const row: PartnerRow = { id: this.random.string.uuid(), ngoBin: null, ...definition };
    this.slice.partners.push(row);
    return row;
  }

  /** The partner row of a Kazakh NGO, created the first time it takes part in anything. */
  ngoPartner(ngo: NgoRow): PartnerRow {
    let row = this.ngoPartners.get(ngo.bin);
    if (!row) {
      row = this.partner({
        orgRef: orgRefForBin(ngo.bin),
        name: ngo.nameEn ?? ngo.nameRu,
        acronym: null,
        kind: 'NATIONAL_NGO',
        iatiType: '22',
        country: 'KZ',
      });
      row.ngoBin = ngo.bin;
      this.ngoPartners.set(ngo.bin, row);
    }
    return row;
  }

  /** An activity; its status, actual end and last update follow from its dates and the forum's day. */
  activity(reporter: PartnerRow, iatiIdentifier: string, fields: ActivityFields): ActivityRow {
    const end = fields.plannedEnd ?? FORUM_DATE;
    const over = end < FORUM_DATE;
    const status = !over
      ? ACTIVITY_STATUS.IMPLEMENTATION
      : end >= addDays(FORUM_DATE, -90)
        ? ACTIVITY_STATUS.FINALISATION
        : ACTIVITY_STATUS.CLOSED;
    const updatedOn = over
      ? minDate(FORUM_DATE, addDays(end, this.random.number.int({ min: 20, max: 90 })))
      : addDays(FORUM_DATE, -this.random.number.int({ min: 1, max: 60 }));
    const row: ActivityRow = {
      id: this.random.string.uuid(),
      iatiIdentifier,
      reportingOrgId: reporter.id,
      ...fields,
      status,
      actualEnd: status === ACTIVITY_STATUS.CLOSED ? end : null,
      lastUpdatedAt: `${updatedOn}T06:00:00.000Z`,
    };
    this.slice.activities.push(row);
    return row;
  }

  participant(activity: ActivityRow, org: PartnerRow, role: number): void {
    this.slice.participatingOrgs.push({
      id: this.random.string.uuid(),
      activityId: activity.id,
      partnerId: org.id,
      orgRef: org.orgRef,
      name: org.name,
      role,
    });
  }

  /** The funder in roles 1-3 and each implementer in role 4. */
  participants(activity: ActivityRow, funder: PartnerRow, implementers: readonly PartnerRow[]): void {
    for (const role of [ROLE.FUNDING, ROLE.ACCOUNTABLE, ROLE.EXTENDING]) this.participant(activity, funder, role);
    for (const org of implementers) this.participant(activity, org, ROLE.IMPLEMENTING);
  }

  budget(activity: ActivityRow, period: { start: string; end: string }, amount: Decimal, currency: string): void {
    this.slice.budgets.push({
      id: this.random.string.uuid(),
      activityId: activity.id,
      periodStart: period.start,
      periodEnd: period.end,
      amount: formatAmount(amount),
      currency,
      // The value date fixes the exchange rate: the budget was set when the activity was planned.
      valueDate: activity.plannedStart ?? period.start,
    });
  }

  /**
   * Budgets per calendar year of the activity (IATI wants periods of at most a
   * year), splitting `units` × `step` in proportion to the days in each year.
   */
  yearlyBudgets(activity: ActivityRow, units: number, step: number, currency: string): void {
    const start = activity.plannedStart;
    const end = activity.plannedEnd;
    if (!start || !end) throw new Error(`activity ${activity.iatiIdentifier} needs planned dates for yearly budgets`);
    const periods: { start: string; end: string }[] = [];
    for (let year = Number(start.slice(0, 4)); year <= Number(end.slice(0, 4)); year++) {
      periods.push({
        start: year === Number(start.slice(0, 4)) ? start : `${year}-01-01`,
        end: year === Number(end.slice(0, 4)) ? end : `${year}-12-31`,
      });
    }
    const shares = apportion(
      units,
      periods.map((p) => dayOf(p.end) - dayOf(p.start) + 1),
    );
    periods.forEach((period, i) => this.budget(activity, period, new Decimal(shares[i]!).times(step), currency));
  }

  /** A commitment (type 2) on signature, then disbursements (type 3) of part of it, all by the forum. */
  grant(grant: Grant): void {
    const { activity, funder, receiver, commitment, currency, signedOn } = grant;
    const partner = isNgo(receiver) ? this.ngoPartner(receiver) : receiver;
    const base = {
      activityId: activity.id,
      ref: grant.contractRef,
      currency,
      providerOrgRef: funder.orgRef,
      providerName: funder.name,
      providerPartnerId: funder.id,
      providerActivityId: null,
      receiverOrgRef: partner.orgRef,
      receiverName: partner.name,
      receiverPartnerId: partner.id,
      receiverActivityId: null,
      receiverBin: isNgo(receiver) ? receiver.bin : null,
      regionCode: isNgo(receiver) ? receiver.regionCode : null,
    };
    this.slice.transactions.push({
      ...base,
      id: this.random.string.uuid(),
      type: TRANSACTION.COMMITMENT,
      transactionDate: signedOn,
      valueDate: signedOn,
      amount: formatAmount(commitment),
      description: `Grant agreement signed with ${partner.name}`,
    });

    const lastDay = minDate(FORUM_DATE, activity.plannedEnd ?? FORUM_DATE);
    const firstDay = minDate(addDays(signedOn, 14), lastDay);
    // Whole hundredths of the commitment, so the tranches add up exactly.
    const hundredths = Math.round(grant.disbursedShare * 100);
    if (hundredths <= 0) return;
    const tranches = Math.min(hundredths, this.random.number.int({ min: 1, max: 3 }));
    const parts = apportion(
      hundredths,
      Array.from({ length: tranches }, () => this.random.number.float({ min: 0.6, max: 1.4 })),
    );
    const days = Array.from({ length: tranches }, () => dayOf(dateBetween(this.random, firstDay, lastDay))).sort(
      (a, b) => a - b,
    );
    parts.forEach((part, i) => {
      const date = dateOf(days[i]!);
      this.slice.transactions.push({
        ...base,
        id: this.random.string.uuid(),
        type: TRANSACTION.DISBURSEMENT,
        transactionDate: date,
        valueDate: date,
        amount: formatAmount(commitment.times(part).dividedBy(100).toDecimalPlaces(2, Decimal.ROUND_DOWN)),
        description: `Tranche ${i + 1} of the grant to ${partner.name}`,
      });
    });
  }

  /**
   * Grants signed within `signedWithinDays` of the activity's start, in its
   * default currency, disbursed by the forum as far as the time elapsed allows
   * (all of it once the activity ended), but no more than `disbursedAtMost`.
   */
  grants(
    activity: ActivityRow,
    funder: PartnerRow,
    grants: readonly { receiver: NgoRow | PartnerRow; commitment: Decimal; contractRef: string | null }[],
    options: { signedWithinDays: number; disbursedAtMost?: number },
  ): void {
    const start = activity.actualStart ?? activity.plannedStart;
    const currency = activity.defaultCurrency;
    if (!start || !currency)
      throw new Error(`activity ${activity.iatiIdentifier} needs a start and a default currency for its grants`);
    const end = activity.plannedEnd ?? FORUM_DATE;
    for (const grant of grants) {
      const signedOn = minDate(
        FORUM_DATE,
        addDays(start, this.random.number.int({ min: 0, max: options.signedWithinDays })),
      );
      const elapsed = (dayOf(FORUM_DATE) - dayOf(signedOn)) / Math.max(1, dayOf(end) - dayOf(signedOn));
      // Payments run a little ahead of or behind the calendar, a first tranche at least; all once the activity ended.
      const paced = end < FORUM_DATE ? 1 : Math.max(0.2, elapsed * this.random.number.float({ min: 0.8, max: 1.05 }));
      const disbursedShare = Math.min(options.disbursedAtMost ?? 1, paced, 1);
      this.grant({ activity, funder, currency, signedOn, disbursedShare, ...grant });
    }
  }
}
