/**
 * Connector for the National Bank of Kazakhstan's official daily rates: one
 * request per day of the range (`get_rates.cfm?fdate=DD.MM.YYYY`, the bank's
 * RSS-like XML), each day's rates loaded through the same code as
 * `importExchangeRates` with the day's URL as provenance. A day the bank
 * answers with an error page or not at all stops the run (what was loaded
 * stays); a day it answers with a file that is not its format is rejected.
 */
import { dayNumber } from '../subgraphs/partners/src/domain/days.js';
import type { Db } from '../subgraphs/partners/src/db.js';
import { importNbkRates } from '../subgraphs/partners/src/services/exchange-rates.js';
import { Tally, type SyncReport } from './contract.js';
import { getText, SourceError } from './http.js';

export const NBK_SOURCE = 'nbk-rates';

export interface NbkOptions {
  /** The bank's daily-rates address, e.g. https://nationalbank.kz/rss/get_rates.cfm */
  url: string;
  from: string;
  to: string;
  timeoutMs: number;
}

/** The most days one run fetches: a year at one request a day. */
export const MAX_DAYS = 366;

const bankDate = (day: string): string => `${day.slice(8, 10)}.${day.slice(5, 7)}.${day.slice(0, 4)}`;

export function daysBetween(from: string, to: string): string[] {
  const first = dayNumber(from);
  const last = dayNumber(to);
  if (Number.isNaN(first) || Number.isNaN(last))
    throw new Error(`--from and --to take dates as YYYY-MM-DD, got ${from} and ${to}`);
  if (last < first) throw new Error(`--to ${to} is before --from ${from}`);
  if (last - first + 1 > MAX_DAYS)
    throw new Error(`${last - first + 1} days asked; one run fetches at most ${MAX_DAYS}: split the range`);
  return Array.from({ length: last - first + 1 }, (_, i) =>
    new Date((first + i) * 86_400_000).toISOString().slice(0, 10),
  );
}

export async function syncNbkRates(db: Db, options: NbkOptions): Promise<SyncReport> {
  const started = new Date();
  const tally = new Tally();
  let error: string | null = null;
  try {
    for (const day of daysBetween(options.from, options.to)) {
      const url = `${options.url}?fdate=${bankDate(day)}`;
      const { text } = await getText(url, { timeoutMs: options.timeoutMs });
      const result = await importNbkRates(db, text, { source: NBK_SOURCE, url, fetchedAt: new Date() });
      if (!result.ok) {
        tally.reject({ dataset: url, key: day, reason: result.error!.message });
        continue;
      }
      tally.created += result.created;
      tally.updated += result.updated;
      tally.unchanged += result.unchanged;
    }
  } catch (failure) {
    if (!(failure instanceof SourceError)) throw failure;
    error = failure.message;
  }
  return tally.report(NBK_SOURCE, started, error);
}
