/** The National Bank's rates format, the demo rates, and conversion exact to the smallest currency unit. */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from '@jest/globals';
import { FORUM_DATE } from '../../demo/anchor.js';
import { demoRatesXml, generateExchangeRates, publicationDays } from '../../demo/exchange-rates.js';
import { PROJECT_ROOT } from '../../lib/config.js';
import { convertAmount, tengeRate } from '../../subgraphs/partners/src/domain/exchange.js';
import { Decimal } from '../../lib/domain/money.js';
import { NbkFormatError, parseNbkRates } from '../../lib/domain/nbk-rates.js';

describe('the National Bank of Kazakhstan’s XML', () => {
  // Hand-written in the bank's published layout (nationalbank.kz/rss/get_rates.cfm?fdate=DD.MM.YYYY and
  // rss/rates_all.xml as served: "Alternate RSS Builder", tabs, a blank line, <index/> or <index></index>,
  // rates without trailing zeros, quantities of 100 and 1000, the SDR as XDR, channel-level <title> and
  // <description>, an empty <link/> per RSS item), not by this project's renderer; the figures are invented.
  const fixture = (name: string) => fs.readFileSync(path.join(PROJECT_ROOT, 'test', 'fixtures', 'nbk', name), 'utf8');
  const rows = (xml: string) =>
    parseNbkRates(xml).map((r) => [r.date, r.currency, r.rate.toFixed(2), r.quantity, r.fullname]);

  test('the daily file (get_rates.cfm) is read: every item, its rate in tenge, nominal quantity, the file’s date', () => {
    expect(rows(fixture('get_rates-20.11.2025.xml'))).toEqual([
      ['2025-11-20', 'AUD', '338.20', 1, 'АВСТРАЛИЙСКИЙ ДОЛЛАР'],
      ['2025-11-20', 'USD', '521.40', 1, 'ДОЛЛАР США'],
      ['2025-11-20', 'EUR', '602.53', 1, 'ЕВРО'],
      ['2025-11-20', 'IRR', '12.40', 1000, 'ИРАНСКИЙ РИАЛ'],
      ['2025-11-20', 'RUB', '6.45', 1, 'РОССИЙСКИЙ РУБЛЬ'],
      ['2025-11-20', 'XDR', '710.96', 1, 'СДР'],
      ['2025-11-20', 'UZS', '4.31', 100, 'УЗБЕКСКИХ СУМОВ'],
    ]);
  });

  test('the RSS feed (rates_all.xml) is read, each item with its own pubDate, the channel’s own fields ignored', () => {
    expect(rows(fixture('rates_all-21.11.2025.xml'))).toEqual([
      ['2025-11-21', 'USD', '519.08', 1, null],
      ['2025-11-21', 'EUR', '600.10', 1, null],
      ['2025-11-21', 'KRW', '35.57', 100, null],
    ]);
  });

  test('the committed demo file is what the generator publishes for the forum’s day, and reads back', () => {
    const demo = fs.readFileSync(path.join(PROJECT_ROOT, 'demo', 'nbk-rates', 'get_rates-20.11.2025.xml'), 'utf8');
    expect(demo).toBe(demoRatesXml(FORUM_DATE));
    const byCurrency = new Map(parseNbkRates(demo).map((r) => [r.currency, r]));
    expect(byCurrency.get('USD')).toMatchObject({ date: '2025-11-20', quantity: 1, fullname: 'ДОЛЛАР США' });
    expect(byCurrency.get('UZS')).toMatchObject({ quantity: 100 });
  });

  test.each([
    ['<html><body/></html>', /root element is <html>/],
    [
      '<rates><date>32.13.2025</date><item><title>USD</title><description>5</description><quant>1</quant></item></rates>',
      /not a DD\.MM\.YYYY date/,
    ],
    [
      '<rates><date>20.11.2025</date><item><title>DOLLAR</title><description>5</description><quant>1</quant></item></rates>',
      /ISO 4217/,
    ],
    [
      '<rates><date>20.11.2025</date><item><title>USD</title><description>-5</description><quant>1</quant></item></rates>',
      /positive rate/,
    ],
    ['not xml at all', /not well-formed XML/],
  ])('a file that is not the bank’s rates says why: %s', (xml, message) => {
    expect(() => parseNbkRates(xml)).toThrow(NbkFormatError);
    expect(() => parseNbkRates(xml)).toThrow(message);
  });
});

describe('the demo rates', () => {
  const rates = generateExchangeRates();

  test('cover every working day from December 2020 to the forum, for the demo’s currencies, anchored to the forum not to today', () => {
    const days = publicationDays();
    expect(days[0]).toBe('2020-12-01');
    expect(days.at(-1)).toBe(FORUM_DATE);
    expect(days).not.toContain('2025-01-01');
    expect(days).not.toContain('2025-11-15'); // a Saturday
    for (const currency of ['USD', 'EUR', 'GBP'])
      expect(rates.filter((r) => r.currency === currency)).toHaveLength(days.length);
  });

  test('stay near the historical levels', () => {
    const on = (currency: string, date: string) =>
      Number(rates.find((r) => r.currency === currency && r.rateDate === date)!.rate);
    expect(on('USD', '2025-11-20')).toBeGreaterThan(480);
    expect(on('USD', '2025-11-20')).toBeLessThan(560);
    expect(on('EUR', '2023-06-01')).toBeGreaterThan(on('USD', '2023-06-01'));
  });
});

describe('conversion', () => {
  const rate = (currency: string, value: string, quantity = 1) => ({
    currency,
    rateDate: '2025-11-20',
    rate: new Decimal(value),
    quantity,
  });

  test('through tenge, with the nominal quantity, rounded once half away from zero to the cent', () => {
    expect(convertAmount('100.00', rate('EUR', '602.53'), tengeRate('2025-11-20')).toFixed(2)).toBe('60253.00');
    expect(convertAmount('60253.00', tengeRate('2025-11-20'), rate('EUR', '602.53')).toFixed(2)).toBe('100.00');
    // 1,000,000 UZS at 4.31 KZT per 100 UZS is 43,100 KZT.
    expect(convertAmount('1000000', rate('UZS', '4.31', 100), tengeRate('2025-11-20')).toFixed(2)).toBe('43100.00');
    // 1 EUR = 602.53 / 520.76 USD = 1.157020...: 1.16 after rounding.
    expect(convertAmount('1', rate('EUR', '602.53'), rate('USD', '520.76')).toFixed(2)).toBe('1.16');
    // Exactly half a cent rounds away from zero, for refunds too.
    expect(convertAmount('0.01', rate('EUR', '0.5'), tengeRate('x')).toFixed(2)).toBe('0.01');
    expect(convertAmount('-0.01', rate('EUR', '0.5'), tengeRate('x')).toFixed(2)).toBe('-0.01');
  });
});
