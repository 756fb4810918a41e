/**
 * Currency conversion at official rates, exact to the smallest currency unit.
 *
 * Every official rate is tenge (KZT) per `quantity` units. An amount converts
 * through tenge in one step, amount × rateFrom × quantityTo / (quantityFrom ×
 * rateTo), computed with 40 significant digits and rounded once, half away
 * from zero, to the target currency's minor unit (2 decimals for KZT, USD,
 * EUR). Totals are sums of rounded lines, so a report's lines add up to its
 * totals to the cent.
 */
import { Decimal } from '../../../../lib/domain/money.js';

const Exact = Decimal.clone({ precision: 40, rounding: Decimal.ROUND_HALF_UP });

/** The currencies reports can be converted to. */
export const REPORTING_CURRENCIES = ['KZT', 'USD', 'EUR'] as const;
export type ReportingCurrency = (typeof REPORTING_CURRENCIES)[number];

/** Days an official rate stays usable when no later one is published (weekends, holidays). */
export const MAX_RATE_AGE_DAYS = 10;

export interface OfficialRate {
  currency: string;
  /** The date the rate was published for; the nearest on or before the value date. */
  rateDate: string;
  /** Tenge per `quantity` units. */
  rate: Decimal;
  quantity: number;
}

/** Tenge is the base of every rate: one tenge is one tenge on any day. */
export function tengeRate(date: string): OfficialRate {
  return { currency: 'KZT', rateDate: date, rate: new Decimal(1), quantity: 1 };
}

/** Minor-unit digits of a currency (ICU's table: 2 for KZT, USD, EUR; 0 for JPY). */
export function minorDigits(currency: string): number {
  return new Intl.NumberFormat('en', { style: 'currency', currency }).resolvedOptions().maximumFractionDigits ?? 2;
}

/** The amount in the target currency, rounded to its minor unit. */
export function convertAmount(amount: Decimal.Value, from: OfficialRate, to: OfficialRate): Decimal {
  if (from.currency === to.currency) return new Decimal(amount);
  const exact = new Exact(amount.toString())
    .times(from.rate.toString())
    .times(to.quantity)
    .dividedBy(new Exact(from.quantity).times(to.rate.toString()));
  return new Decimal(exact.toDecimalPlaces(minorDigits(to.currency), Decimal.ROUND_HALF_UP).toString());
}

/** Thrown when no official rate is published for a currency on or shortly before a date. */
export class MissingRateError extends Error {
  override name = 'MissingRateError';
  constructor(
    readonly currency: string,
    readonly date: string,
  ) {
    super(
      `no official National Bank of Kazakhstan rate for ${currency} on ${date} or in the ${MAX_RATE_AGE_DAYS} days before it: ` +
        'load the bank’s rates for that period (importExchangeRates) and ask again',
    );
  }
}
