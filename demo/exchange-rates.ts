/**
 * Demo official rates of the National Bank of Kazakhstan for every working
 * day from December 2020 to the forum: a smooth path through approximate
 * historical levels (no randomness: a pure function of the date), published
 * in the bank's own XML format and read back with the same parser as a real
 * file, so the demo goes through the production path.
 */
import { Decimal } from '../lib/domain/money.js';
import { parseNbkRates, renderNbkDailyXml, type NbkRate } from '../lib/domain/nbk-rates.js';
import { FORUM_DATE } from './anchor.js';
import { dateOf, dayOf, weekdayOf } from './dates.js';
import type { ExchangeRateRow, IsoDate } from './types.js';

export const RATES_FROM: IsoDate = '2020-12-01';

/** Tenge per US dollar at a few dates; straight lines in between. */
const USD_ANCHORS: readonly [IsoDate, number][] = [
  ['2020-12-01', 421],
  ['2021-06-01', 427],
  ['2022-01-01', 435],
  ['2022-03-10', 500],
  ['2022-06-01', 430],
  ['2022-10-01', 470],
  ['2023-06-01', 447],
  ['2024-01-01', 455],
  ['2024-06-01', 445],
  ['2024-11-15', 495],
  ['2025-02-01', 520],
  ['2025-06-01', 512],
  ['2025-11-20', 522],
];

/** US dollars per unit of each other currency, at the same dates. */
const PER_USD: Record<string, readonly number[]> = {
  EUR: [1.21, 1.22, 1.13, 1.09, 1.07, 0.98, 1.08, 1.1, 1.08, 1.05, 1.03, 1.13, 1.16],
  GBP: [1.33, 1.41, 1.35, 1.31, 1.25, 1.12, 1.25, 1.27, 1.27, 1.27, 1.24, 1.35, 1.31],
  RUB: [0.0132, 0.0136, 0.0133, 0.0085, 0.0165, 0.0165, 0.0124, 0.0111, 0.0112, 0.0099, 0.0102, 0.0127, 0.0123],
  CNY: [0.152, 0.156, 0.157, 0.158, 0.149, 0.141, 0.141, 0.14, 0.138, 0.138, 0.137, 0.139, 0.141],
  KGS: [0.0121, 0.0118, 0.0118, 0.0095, 0.0126, 0.0124, 0.0114, 0.0112, 0.0114, 0.0115, 0.0114, 0.0114, 0.0114],
  UZS: [
    0.0000955, 0.0000947, 0.0000923, 0.0000903, 0.0000907, 0.0000894, 0.0000865, 0.0000809, 0.0000791, 0.0000779,
    0.0000772, 0.0000781, 0.0000829,
  ],
};

/** The bank quotes some currencies per 100 units. */
const QUANTITY: Record<string, number> = { USD: 1, EUR: 1, GBP: 1, RUB: 1, CNY: 1, KGS: 1, UZS: 100 };

const FULLNAMES: Record<string, string> = {
  USD: 'ДОЛЛАР США',
  EUR: 'ЕВРО',
  GBP: 'ФУНТ СТЕРЛИНГОВ',
  RUB: 'РОССИЙСКИЙ РУБЛЬ',
  CNY: 'КИТАЙСКИЙ ЮАНЬ',
  KGS: 'КИРГИЗСКИЙ СОМ',
  UZS: 'УЗБЕКСКИЙ СУМ',
};

const ANCHOR_DAYS = USD_ANCHORS.map(([date]) => dayOf(date));

function along(values: readonly number[], day: number): number {
  const i = Math.max(
    0,
    ANCHOR_DAYS.findIndex((d, k) => day >= d && day < (ANCHOR_DAYS[k + 1] ?? Infinity)),
  );
  const start = ANCHOR_DAYS[i]!;
  const end = ANCHOR_DAYS[i + 1] ?? start + 1;
  const share = Math.min(1, (day - start) / (end - start));
  return values[i]! + (values[Math.min(i + 1, values.length - 1)]! - values[i]!) * share;
}

/** New Year holidays: the bank publishes nothing, and the nearest earlier rate applies. */
const isHoliday = (date: IsoDate): boolean => date.endsWith('-01-01') || date.endsWith('-01-02');

/** The working days the bank publishes rates for, from RATES_FROM to the forum. */
export function publicationDays(): IsoDate[] {
  const days: IsoDate[] = [];
  for (let day = dayOf(RATES_FROM); day <= dayOf(FORUM_DATE); day++) {
    const date = dateOf(day);
    const weekday = weekdayOf(day);
    if (weekday !== 0 && weekday !== 6 && !isHoliday(date)) days.push(date);
  }
  return days;
}

/** One day's rates as the bank publishes them (2 decimals). */
export function demoRatesOn(date: IsoDate): Omit<NbkRate, 'date'>[] {
  const day = dayOf(date);
  // A small deterministic daily movement around the path.
  const wobble = 1 + 0.004 * Math.sin(day / 6.7) + 0.002 * Math.sin(day / 2.3);
  const usd = USD_ANCHORS.map(([, v]) => v);
  const tengePerUsd = along(usd, day) * wobble;
  const rate = (currency: string): number =>
    currency === 'USD'
      ? tengePerUsd
      : tengePerUsd * along(PER_USD[currency]!, day) * (1 + 0.003 * Math.sin(day / 4.1 + currency.length));
  return Object.keys(QUANTITY).map((currency) => ({
    currency,
    fullname: FULLNAMES[currency]!,
    quantity: QUANTITY[currency]!,
    rate: new Decimal(rate(currency) * QUANTITY[currency]!).toDecimalPlaces(2, Decimal.ROUND_HALF_UP),
  }));
}

/** The bank's daily file for a day of the demo period. */
export function demoRatesXml(date: IsoDate): string {
  return renderNbkDailyXml(date, demoRatesOn(date));
}

/** Every demo rate, read back from the bank's format. */
export function generateExchangeRates(): ExchangeRateRow[] {
  return publicationDays().flatMap((date) =>
    parseNbkRates(demoRatesXml(date)).map((r) => ({
      currency: r.currency,
      rateDate: r.date,
      rate: r.rate.toFixed(2),
      quantity: r.quantity,
    })),
  );
}
