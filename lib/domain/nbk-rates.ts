/**
 * The National Bank of Kazakhstan's official exchange rates, in the XML the
 * bank publishes: the daily file (`get_rates.cfm?fdate=DD.MM.YYYY`, root
 * `<rates>` with one `<date>`) and the RSS feed (`rates_all.xml`, `<rss>` with
 * one `<pubDate>` per `<item>`). Each item is `<title>` (ISO 4217 code),
 * `<description>` (tenge for `<quant>` units) and `<quant>`.
 */
import { SaxesParser } from 'saxes';
import { Decimal, isCurrencyCode } from './money.js';

export interface NbkRate {
  /** 'YYYY-MM-DD' */
  date: string;
  currency: string;
  /** Tenge for `quantity` units of the currency, as published (2 decimals). */
  rate: Decimal;
  quantity: number;
  /** The bank's Russian name of the currency, when given. */
  fullname: string | null;
}

export class NbkFormatError extends Error {
  override name = 'NbkFormatError';
}

const DAY = /^(\d{2})\.(\d{2})\.(\d{4})$/;

/** 'DD.MM.YYYY' (the bank's form) to 'YYYY-MM-DD', or null when it is not a calendar date. */
export function nbkDateToIso(text: string): string | null {
  const match = DAY.exec(text.trim());
  if (!match) return null;
  const iso = `${match[3]}-${match[2]}-${match[1]}`;
  const parsed = new Date(`${iso}T00:00:00Z`);
  return !Number.isNaN(parsed.getTime()) && parsed.toISOString().startsWith(iso) ? iso : null;
}

export function isoDateToNbk(iso: string): string {
  return `${iso.slice(8, 10)}.${iso.slice(5, 7)}.${iso.slice(0, 4)}`;
}

interface ItemDraft {
  fields: Record<string, string>;
  line: number;
}

/** Every rate in one published file; throws NbkFormatError naming the line and what is wrong. */
// eslint-disable-next-line max-lines-per-function -- the SAX handlers share the parser's state (current element, line), so they stay in one closure
export function parseNbkRates(xml: string): NbkRate[] {
  const parser = new SaxesParser({ position: true });
  const path: string[] = [];
  let root: string | null = null;
  let fileDate: string | null = null;
  let text = '';
  let item: ItemDraft | null = null;
  const items: ItemDraft[] = [];
  parser.on('opentag', (tag) => {
    if (!root) {
      root = tag.name;
      if (root !== 'rates' && root !== 'rss') {
        throw new NbkFormatError(
          `the root element is <${root}>: a National Bank rates file has <rates> (daily file) or <rss> (rates_all.xml)`,
        );
      }
    }
    path.push(tag.name);
    text = '';
    if (tag.name === 'item') item = { fields: {}, line: parser.line };
  });
  parser.on('text', (chunk) => void (text += chunk));
  parser.on('cdata', (chunk) => void (text += chunk));
  parser.on('closetag', (tag) => {
    path.pop();
    const parent = path.at(-1);
    if (tag.name === 'item' && item) {
      items.push(item);
      item = null;
    } else if (item && parent === 'item') {
      item.fields[tag.name] = text.trim();
    } else if (tag.name === 'date' && parent === 'rates') {
      fileDate = text.trim();
    }
    text = '';
  });
  try {
    parser.write(xml).close();
  } catch (error) {
    if (error instanceof NbkFormatError) throw error;
    throw new NbkFormatError(`not well-formed XML: ${(error as Error).message}`);
  }
  // eslint-disable-next-line @typescript-eslint/no-unnecessary-condition -- assigned in the parser's callback, which TypeScript cannot see
  if (!root) throw new NbkFormatError('the file is empty: expected the National Bank rates XML');
  return items.map(({ fields, line }) => {
    const where = `item at line ${line}`;
    const dateText = fields.pubDate ?? fileDate;
    if (!dateText) throw new NbkFormatError(`${where}: no date (<date> of the file or <pubDate> of the item)`);
    const date = nbkDateToIso(dateText);
    if (!date) throw new NbkFormatError(`${where}: "${dateText}" is not a DD.MM.YYYY date`);
    const currency = fields.title ?? '';
    if (!isCurrencyCode(currency))
      throw new NbkFormatError(`${where}: <title> "${currency}" is not an ISO 4217 currency code`);
    const rateText = fields.description ?? '';
    if (!/^\d{1,12}(\.\d{1,6})?$/.test(rateText) || new Decimal(rateText).lte(0)) {
      throw new NbkFormatError(`${where}: <description> "${rateText}" is not a positive rate in tenge, e.g. 523.84`);
    }
    const quantText = fields.quant ?? '1';
    if (!/^[1-9]\d{0,6}$/.test(quantText))
      throw new NbkFormatError(`${where}: <quant> "${quantText}" is not a whole number of units`);
    return {
      date,
      currency,
      rate: new Decimal(rateText),
      quantity: Number(quantText),
      fullname: fields.fullname || null,
    };
  });
}

const escapeXml = (text: string): string =>
  text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;').replaceAll('"', '&quot;');

/** One day's rates as the bank's daily file (`get_rates.cfm`); used for the demo files and tests. */
export function renderNbkDailyXml(date: string, rates: readonly Omit<NbkRate, 'date'>[]): string {
  const items = rates.map(
    (r) => `  <item>
    <fullname>${escapeXml(r.fullname ?? r.currency)}</fullname>
    <title>${r.currency}</title>
    <description>${r.rate.toFixed(2)}</description>
    <quant>${r.quantity}</quant>
    <index></index>
    <change>0.00</change>
  </item>
`,
  );
  return `<?xml version="1.0" encoding="utf-8"?>
<rates>
  <generator>www.nationalbank.kz</generator>
  <title>Official exchange rates of National Bank of Republic Kazakhstan</title>
  <link>https://nationalbank.kz/</link>
  <description>Official exchange rates of National Bank of Republic Kazakhstan</description>
  <copyright>www.nationalbank.kz</copyright>
  <date>${isoDateToNbk(date)}</date>
${items.join('')}</rates>
`;
}
