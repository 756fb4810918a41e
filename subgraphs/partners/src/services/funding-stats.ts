/**
 * Funding statistics for dashboards, computed by PostgreSQL: commitments
 * (type 2) and disbursements (type 3) grouped by SDG goal, SDG target or
 * donor, for the whole country or per region (every region of a request in
 * one statement), per original currency and, when asked, converted to one
 * currency. Conversion is per transaction at the official rate of its value
 * date (or the nearest earlier one, at most MAX_RATE_AGE_DAYS before),
 * rounded to the cent, then summed: the same rule as subgraphs/partners/src/domain/exchange.ts.
 * An activity tagged with several goals counts in full under each, so goals
 * do not add up to the total.
 *
 * A transaction that cannot be converted (no official rate near its value
 * date) is left out of the converted totals and reported beside them, per
 * currency with its count, date range and totals: one old transaction never
 * blanks a dashboard.
 */
import { MAX_RATE_AGE_DAYS } from '../domain/exchange.js';
import { Decimal, type MoneyValue } from '../../../../lib/domain/money.js';
import type { Db } from '../db.js';
import { Prisma } from '../generated/prisma/client.js';
import { COMMITMENT, DISBURSEMENT } from './funding.js';

export type StatsGroup = 'SDG_GOAL' | 'SDG_TARGET' | 'DONOR' | 'NONE';

export interface StatsFilter {
  from?: Date | null;
  to?: Date | null;
  donorOrgRefs?: readonly string[] | null;
  regionCodes?: readonly string[] | null;
}

/** What could not be converted, in one original currency. */
export interface UnconvertedPart {
  currency: string;
  transactionCount: number;
  committed: MoneyValue;
  disbursed: MoneyValue;
  firstValueDate: Date;
  lastValueDate: Date;
}

export interface ConvertedTotals {
  committed: MoneyValue;
  disbursed: MoneyValue;
  unconverted: UnconvertedPart[];
}

export interface GroupTotals {
  group: string;
  committed: MoneyValue[];
  disbursed: MoneyValue[];
  /** In the requested currency; null when none was requested. */
  converted: ConvertedTotals | null;
  transactionCount: number;
}

const GROUPS: Record<StatsGroup, { join: Prisma.Sql; value: Prisma.Sql }> = {
  SDG_GOAL: { join: Prisma.sql`CROSS JOIN LATERAL unnest(a.sdg_goals) AS g(value)`, value: Prisma.sql`g.value::text` },
  SDG_TARGET: { join: Prisma.sql`CROSS JOIN LATERAL unnest(a.sdg_targets) AS g(value)`, value: Prisma.sql`g.value` },
  DONOR: { join: Prisma.empty, value: Prisma.sql`COALESCE(t.provider_org_ref, '')` },
  NONE: { join: Prisma.empty, value: Prisma.sql`''` },
};

function rateJoin(alias: string, currency: Prisma.Sql): Prisma.Sql {
  return Prisma.sql`LEFT JOIN LATERAL (
      SELECT e.rate, e.quantity FROM exchange_rates e
      WHERE e.currency = ${currency} AND e.rate_date <= t.value_date AND e.rate_date >= t.value_date - ${MAX_RATE_AGE_DAYS}::int
      ORDER BY e.rate_date DESC LIMIT 1
    ) ${Prisma.raw(alias)} ON true`;
}

interface Row {
  key: string;
  grp: string;
  type: number;
  currency: string;
  amount: string;
  count: number;
  converted: string | null;
  unconverted_count: number;
  unconverted_amount: string | null;
  unconverted_first: string | null;
  unconverted_last: string | null;
}

/**
 * Totals per key (region code, or '' for the whole country) and group.
 * `regionKeys` null means the whole country; otherwise one entry per region code asked.
 */
// eslint-disable-next-line max-lines-per-function -- one SQL statement, built in the order it reads; splitting the fragments would hide the query
export async function fundingStats(
  db: Db,
  options: { regionKeys: readonly string[] | null; groupBy: StatsGroup; filter: StatsFilter; currency: string | null },
): Promise<Map<string, GroupTotals[]>> {
  const { filter, currency, regionKeys } = options;
  const group = GROUPS[options.groupBy];
  const key = regionKeys ? Prisma.sql`t.region_code` : Prisma.sql`''`;
  const conditions: Prisma.Sql[] = [Prisma.sql`t.type IN (${COMMITMENT}, ${DISBURSEMENT})`];
  if (regionKeys) conditions.push(Prisma.sql`t.region_code = ANY(${[...regionKeys]}::text[])`);
  if (filter.regionCodes?.length) conditions.push(Prisma.sql`t.region_code = ANY(${[...filter.regionCodes]}::text[])`);
  if (filter.donorOrgRefs?.length)
    conditions.push(Prisma.sql`t.provider_org_ref = ANY(${[...filter.donorOrgRefs]}::text[])`);
  if (filter.from) conditions.push(Prisma.sql`t.value_date >= ${filter.from}::date`);
  if (filter.to) conditions.push(Prisma.sql`t.value_date <= ${filter.to}::date`);
  const target = currency ?? 'KZT';
  const fromRate = Prisma.sql`CASE WHEN t.currency = 'KZT' THEN 1 ELSE rf.rate END`;
  const fromQuantity = Prisma.sql`CASE WHEN t.currency = 'KZT' THEN 1 ELSE rf.quantity END`;
  const toRate = Prisma.sql`CASE WHEN ${target} = 'KZT' THEN 1 ELSE rt.rate END`;
  const toQuantity = Prisma.sql`CASE WHEN ${target} = 'KZT' THEN 1 ELSE rt.quantity END`;
  const missing = Prisma.sql`(t.currency <> ${target} AND (${fromRate} IS NULL OR ${toRate} IS NULL))`;
  const conversion = currency
    ? Prisma.sql`,
        SUM(CASE WHEN t.currency = ${target} THEN t.amount
                 ELSE round(t.amount * ${fromRate} * ${toQuantity} / (${fromQuantity} * ${toRate}), 2) END)::text AS converted,
        (COUNT(*) FILTER (WHERE ${missing}))::int AS unconverted_count,
        (SUM(t.amount) FILTER (WHERE ${missing}))::text AS unconverted_amount,
        (MIN(t.value_date) FILTER (WHERE ${missing}))::text AS unconverted_first,
        (MAX(t.value_date) FILTER (WHERE ${missing}))::text AS unconverted_last`
    : Prisma.sql`, NULL::text AS converted, 0 AS unconverted_count, NULL::text AS unconverted_amount,
        NULL::text AS unconverted_first, NULL::text AS unconverted_last`;
  const rates = currency
    ? Prisma.sql`${rateJoin('rf', Prisma.sql`t.currency`)} ${rateJoin('rt', Prisma.sql`${target}`)}`
    : Prisma.empty;
  const rows = await db.$queryRaw<Row[]>`
    SELECT ${key} AS key, ${group.value} AS grp, t.type::int AS type, t.currency, SUM(t.amount)::text AS amount, COUNT(*)::int AS count ${conversion}
    FROM transactions t
    JOIN activities a ON a.id = t.activity_id
    ${group.join}
    ${rates}
    WHERE ${Prisma.join(conditions, ' AND ')}
    GROUP BY 1, 2, 3, 4
    ORDER BY 1, 2, 4`;
  const result = new Map<string, Map<string, GroupTotals>>();
  for (const row of rows) {
    const groups = result.get(row.key) ?? new Map<string, GroupTotals>();
    result.set(row.key, groups);
    let totals = groups.get(row.grp);
    if (!totals) {
      totals = {
        group: row.grp,
        committed: [],
        disbursed: [],
        converted: currency
          ? {
              committed: { amount: new Decimal(0), currency },
              disbursed: { amount: new Decimal(0), currency },
              unconverted: [],
            }
          : null,
        transactionCount: 0,
      };
      groups.set(row.grp, totals);
    }
    const isCommitment = row.type === COMMITMENT;
    (isCommitment ? totals.committed : totals.disbursed).push({
      amount: new Decimal(row.amount),
      currency: row.currency,
    });
    if (totals.converted && row.converted) {
      const side = isCommitment ? totals.converted.committed : totals.converted.disbursed;
      side.amount = side.amount.plus(row.converted);
    }
    if (totals.converted && row.unconverted_count) addUnconverted(totals.converted.unconverted, row);
    totals.transactionCount += row.count;
  }
  const keys = regionKeys ?? [''];
  return new Map(keys.map((k) => [k, [...(result.get(k)?.values() ?? [])]]));
}

function addUnconverted(parts: UnconvertedPart[], row: Row): void {
  let part = parts.find((p) => p.currency === row.currency);
  if (!part) {
    part = {
      currency: row.currency,
      transactionCount: 0,
      committed: { amount: new Decimal(0), currency: row.currency },
      disbursed: { amount: new Decimal(0), currency: row.currency },
      firstValueDate: asDate(row.unconverted_first!),
      lastValueDate: asDate(row.unconverted_last!),
    };
    parts.push(part);
  }
  part.transactionCount += row.unconverted_count;
  const side = row.type === COMMITMENT ? part.committed : part.disbursed;
  side.amount = side.amount.plus(row.unconverted_amount ?? 0);
  const first = asDate(row.unconverted_first!);
  const last = asDate(row.unconverted_last!);
  if (first < part.firstValueDate) part.firstValueDate = first;
  if (last > part.lastValueDate) part.lastValueDate = last;
}

const asDate = (day: string): Date => new Date(`${day}T00:00:00Z`);
