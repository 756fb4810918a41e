/**
 * Money is never a float: amounts are decimal.js Decimals in the process,
 * PostgreSQL `numeric` in the database, and decimal strings on the wire,
 * always with an ISO 4217 currency.
 */
import { Decimal } from 'decimal.js';

export { Decimal };

// ICU's list of ISO 4217 codes, shipped with Node.
const CURRENCIES = new Set(Intl.supportedValuesOf('currency'));

export function isCurrencyCode(code: string): boolean {
  return CURRENCIES.has(code);
}

export function describeCurrencyProblem(code: string): string | null {
  if (isCurrencyCode(code)) return null;
  return `"${code}" is not an ISO 4217 currency code: use three capital letters such as KZT, EUR or USD`;
}

/** A decimal amount as written: optional minus sign, digits, optional fraction. No exponents, no grouping. */
const AMOUNT = /^-?\d{1,18}(\.\d{1,6})?$/;

export function parseAmount(text: string): Decimal {
  if (!AMOUNT.test(text)) {
    throw new Error(
      `"${text}" is not a decimal amount: write digits with an optional "." and fraction, e.g. 1250000.50`,
    );
  }
  return new Decimal(text);
}

export interface MoneyValue {
  amount: Decimal;
  currency: string;
}

/** Adds amounts per currency; the result is ordered by currency code. */
export function totalsByCurrency(values: Iterable<{ amount: Decimal.Value; currency: string }>): MoneyValue[] {
  const totals = new Map<string, Decimal>();
  for (const { amount, currency } of values) {
    totals.set(currency, (totals.get(currency) ?? new Decimal(0)).plus(amount));
  }
  return [...totals.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([currency, amount]) => ({ currency, amount }));
}

/** The wire form of an amount: plain notation, never exponent, trailing zeros of the minor unit kept. */
export function formatAmount(amount: Decimal.Value, minorDigits = 2): string {
  return new Decimal(amount).toFixed(minorDigits);
}
