/**
 * The National Bank of Kazakhstan's official rates: loaded from the bank's
 * XML, looked up for a currency and value date (that date's rate, or the
 * nearest earlier one within MAX_RATE_AGE_DAYS, and the answer names the date
 * used), and used to convert amounts. A missing rate is an error naming the
 * currency and date, never a silent 0 or 1.
 */
import { GraphQLError } from 'graphql';
import {
  convertAmount,
  MAX_RATE_AGE_DAYS,
  MissingRateError,
  tengeRate,
  type OfficialRate,
} from '../domain/exchange.js';
import { Decimal } from '../../../../lib/domain/money.js';
import { NbkFormatError, parseNbkRates } from '../../../../lib/domain/nbk-rates.js';
import type { Db } from '../db.js';

export interface RatesImportResult {
  ok: boolean;
  error: { code: 'NOT_NBK_RATES'; message: string } | null;
  /** Distinct days in the file. */
  days: number;
  created: number;
  updated: number;
  unchanged: number;
}

/** Where a file of rates came from: the bank's URL when a sync fetched it. */
export interface RatesProvenance {
  source: string;
  url: string | null;
  fetchedAt: Date | null;
}

const LOCAL: RatesProvenance = { source: 'local', url: null, fetchedAt: null };

/**
 * Loads one file of the bank's rates; the same file again changes nothing, a
 * corrected rate replaces the old one. A rate confirmed by another source
 * takes that source's provenance (and counts as updated once).
 */
export async function importNbkRates(db: Db, xml: string, from: RatesProvenance = LOCAL): Promise<RatesImportResult> {
  let rates;
  try {
    rates = parseNbkRates(xml);
  } catch (error) {
    if (!(error instanceof NbkFormatError)) throw error;
    return {
      ok: false,
      error: { code: 'NOT_NBK_RATES', message: error.message },
      days: 0,
      created: 0,
      updated: 0,
      unchanged: 0,
    };
  }
  const rows = rates.length
    ? await db.$queryRaw<{ inserted: boolean }[]>`
        INSERT INTO exchange_rates (currency, rate_date, rate, quantity, source, source_url, fetched_at)
        SELECT u.*, ${from.source}, ${from.url}, ${from.fetchedAt}::timestamptz
        FROM unnest(${rates.map((r) => r.currency)}::text[], ${rates.map((r) => r.date)}::date[],
          ${rates.map((r) => r.rate.toString())}::numeric[], ${rates.map((r) => r.quantity)}::int4[]) AS u
        ON CONFLICT (currency, rate_date) DO UPDATE SET rate = EXCLUDED.rate, quantity = EXCLUDED.quantity,
          source = EXCLUDED.source, source_url = EXCLUDED.source_url, fetched_at = EXCLUDED.fetched_at
        WHERE (exchange_rates.rate, exchange_rates.quantity, exchange_rates.source, exchange_rates.source_url)
          IS DISTINCT FROM (EXCLUDED.rate, EXCLUDED.quantity, EXCLUDED.source, EXCLUDED.source_url)
        RETURNING (xmax = 0) AS inserted`
    : [];
  const created = rows.filter((r) => r.inserted).length;
  return {
    ok: true,
    error: null,
    days: new Set(rates.map((r) => r.date)).size,
    created,
    updated: rows.length - created,
    unchanged: rates.length - rows.length,
  };
}

/** A missing rate as the client sees it: code EXCHANGE_RATE_MISSING, with the currency and date. */
export function missingRateError(currency: string, date: string): GraphQLError {
  const missing = new MissingRateError(currency, date);
  return new GraphQLError(missing.message, { extensions: { code: 'EXCHANGE_RATE_MISSING', currency, date } });
}

/** A rate lookup: a currency's official rate on a day (YYYY-MM-DD). */
export interface RateQuery {
  currency: string;
  date: string;
}

/** Key of a rate lookup in a cache or map: "<currency> <YYYY-MM-DD>". */
export const rateKey = (currency: string, date: string): string => `${currency} ${date}`;

/** For each "<currency> <date>" key, the rate published on that date or the nearest earlier one, or null. */
export async function findRates(db: Db, asked: readonly RateQuery[]): Promise<(OfficialRate | null)[]> {
  const foreign = asked.filter((a) => a.currency !== 'KZT');
  const rows = foreign.length
    ? await db.$queryRaw<
        { currency: string; day: string; rate_date: string | null; rate: string | null; quantity: number | null }[]
      >`
        SELECT q.currency, q.day::text AS day, r.rate_date::text AS rate_date, r.rate::text AS rate, r.quantity
        FROM unnest(${foreign.map((a) => a.currency)}::text[], ${foreign.map((a) => a.date)}::date[]) AS q(currency, day)
        LEFT JOIN LATERAL (
          SELECT rate_date, rate, quantity FROM exchange_rates e
          WHERE e.currency = q.currency AND e.rate_date <= q.day AND e.rate_date >= q.day - ${MAX_RATE_AGE_DAYS}::int
          ORDER BY e.rate_date DESC LIMIT 1
        ) r ON true`
    : [];
  const found = new Map(
    rows.map((row) => [
      rateKey(row.currency, row.day),
      row.rate_date && row.rate && row.quantity
        ? { currency: row.currency, rateDate: row.rate_date, rate: new Decimal(row.rate), quantity: row.quantity }
        : null,
    ]),
  );
  return asked.map((a) =>
    a.currency === 'KZT' ? tengeRate(a.date) : (found.get(rateKey(a.currency, a.date)) ?? null),
  );
}

export interface RateSource {
  load(query: RateQuery): Promise<OfficialRate | null>;
}

export interface Conversion {
  amount: Decimal;
  currency: string;
  /** The rates used: the source currency's, then the target's (tenge needs none). */
  rates: OfficialRate[];
}

/** Converts at the official rates of `valueDate`; throws EXCHANGE_RATE_MISSING naming the currency and date. */
export async function convertOn(
  rates: RateSource,
  amount: Decimal.Value,
  currency: string,
  valueDate: string,
  to: string,
): Promise<Conversion> {
  if (currency === to) return { amount: new Decimal(amount), currency, rates: [] };
  const [from, target] = await Promise.all([
    rates.load({ currency, date: valueDate }),
    rates.load({ currency: to, date: valueDate }),
  ]);
  if (!from) throw missingRateError(currency, valueDate);
  if (!target) throw missingRateError(to, valueDate);
  return {
    amount: convertAmount(amount, from, target),
    currency: to,
    rates: [from, target].filter((r) => r.currency !== 'KZT'),
  };
}
