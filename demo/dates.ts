/**
 * Calendar dates as whole days since 1970-01-01, so date arithmetic is plain
 * integer arithmetic. The conversions are Howard Hinnant's civil-calendar
 * algorithms: no Date objects, which matters at hundreds of thousands of rows.
 */
import type { IsoDate } from './types.js';

const pad2 = (n: number): string => (n < 10 ? `0${n}` : String(n));

export function dayOf(date: IsoDate): number {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!match) throw new Error(`"${date}" is not a YYYY-MM-DD date`);
  const m = Number(match[2]);
  const d = Number(match[3]);
  const y = Number(match[1]) - (m <= 2 ? 1 : 0);
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146_097 + doe - 719_468;
}

export function dateOf(day: number): IsoDate {
  const z = day + 719_468;
  const era = Math.floor(z / 146_097);
  const doe = z - era * 146_097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36_524) - Math.floor(doe / 146_096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp + (mp < 10 ? 3 : -9);
  const y = yoe + era * 400 + (m <= 2 ? 1 : 0);
  return `${y}-${pad2(m)}-${pad2(d)}`;
}

export function addDays(date: IsoDate, days: number): IsoDate {
  return dateOf(dayOf(date) + days);
}

/** 0 Sunday .. 6 Saturday */
export function weekdayOf(day: number): number {
  return (((day + 4) % 7) + 7) % 7;
}

export function minDate(a: IsoDate, b: IsoDate): IsoDate {
  return a <= b ? a : b;
}

export function maxDate(a: IsoDate, b: IsoDate): IsoDate {
  return a >= b ? a : b;
}

/** The month (1..12) of a date. */
export function monthOf(date: IsoDate): number {
  return Number(date.slice(5, 7));
}
