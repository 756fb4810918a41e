/** IATI's lexical forms (xsd:decimal, xsd:date, xsd:dateTime) read strictly, with a reason when they fail. */
import { Decimal } from '../../../../lib/domain/money.js';

export type Parsed<T> = { ok: true; value: T } | { ok: false; reason: string };

const XSD_DECIMAL = /^[+-]?(\d+(\.\d*)?|\.\d+)$/;

/**
 * An amount as the database keeps it (numeric(20,2)): more than two decimals
 * would be rounded on the way in, so such a value is refused rather than
 * silently changed.
 */
export function parseIatiAmount(text: string | null): Parsed<string> {
  if (text === null || text.trim() === '') return { ok: false, reason: 'no amount: the element is empty' };
  const trimmed = text.trim();
  if (!XSD_DECIMAL.test(trimmed))
    return {
      ok: false,
      reason: `"${trimmed}" is not a decimal number (digits, an optional "." and fraction; no spaces or thousands separators)`,
    };
  const value = new Decimal(trimmed);
  if (value.decimalPlaces() > 2)
    return {
      ok: false,
      reason: `"${trimmed}" has more than 2 decimals: amounts are kept to the cent and would be changed`,
    };
  if (value.abs().gte('1e18'))
    return { ok: false, reason: `"${trimmed}" is too large: at most 18 digits before the decimal point` };
  return { ok: true, value: value.toFixed(2) };
}

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

// Arithmetic rather than Date objects: files hold hundreds of thousands of dates.
function isCalendarDate(day: string): boolean {
  const year = Number(day.slice(0, 4));
  const month = Number(day.slice(5, 7));
  const date = Number(day.slice(8, 10));
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  const last = month === 2 && leap ? 29 : (DAYS_IN_MONTH[month - 1] ?? 0);
  return year >= 1 && date >= 1 && date <= last;
}

const ISO_DATE = /^(\d{4}-\d{2}-\d{2})(Z|[+-]\d{2}:\d{2})?$/;

/** A calendar date, 'YYYY-MM-DD' (a time-zone suffix, allowed by xsd:date, is dropped). */
export function parseIsoDate(text: string | null): Parsed<string> {
  if (text === null) return { ok: false, reason: 'no date: the @iso-date or @value-date attribute is missing' };
  const match = ISO_DATE.exec(text.trim());
  const day = match?.[1];
  if (!day) return { ok: false, reason: `"${text}" is not a date: write YYYY-MM-DD` };
  if (!isCalendarDate(day)) return { ok: false, reason: `"${text}" is not a calendar date` };
  return { ok: true, value: day };
}

const DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})?$/;

/** An instant, as ISO 8601 in UTC with milliseconds (what timestamptz(3) keeps). */
export function parseDateTime(text: string): Parsed<string> {
  const trimmed = text.trim();
  // xsd:dateTime without a zone is "local": IATI publishers mean UTC.
  const zoned = DATE_TIME.test(trimmed) && !/(Z|[+-]\d{2}:\d{2})$/.test(trimmed) ? `${trimmed}Z` : trimmed;
  const parsed = new Date(zoned);
  if (!DATE_TIME.test(trimmed) || Number.isNaN(parsed.getTime())) {
    return { ok: false, reason: `"${text}" is not a date and time: write e.g. 2025-11-20T09:30:00Z` };
  }
  return { ok: true, value: parsed.toISOString() };
}

/** A code from a numeric IATI code list, within its bounds. */
export function parseCode(text: string | null, min: number, max: number, list: string): Parsed<number> {
  const trimmed = text?.trim() ?? '';
  if (!/^\d{1,2}$/.test(trimmed) || Number(trimmed) < min || Number(trimmed) > max) {
    return {
      ok: false,
      reason: `${trimmed ? `"${trimmed}"` : 'no code'}: expected an IATI ${list} code from ${min} to ${max}`,
    };
  }
  return { ok: true, value: Number(trimmed) };
}
