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
  test('the daily file (get_rates.cfm) is read: currency, rate in tenge, nominal quantity, date', () => {
    const rates = parseNbkRates(
      fs.readFileSync(path.join(PROJECT_ROOT, 'demo', 'nbk-rates', 'get_rates-20.11.2025.xml'), 'utf8'),
    );
    const byCurrency = new Map(rates.map((r) => [r.currency, r]));
    expect(byCurrency.get('USD')).toMatchObject({ date: '2025-11-20', quantity: 1, fullname: 'ДОЛЛАР США' });
    expect(byCurrency.get('UZS')).toMatchObject({ quantity: 100 });
  });

  test('the committed demo file is what the generator publishes for the forum’s day', () => {
    expect(fs.readFileSync(path.join(PROJECT_ROOT, 'demo', 'nbk-rates', 'get_rates-20.11.2025.xml'), 'utf8')).toBe(
      demoRatesXml(FORUM_DATE),
    );
  });

  test('the RSS feed (rates_all.xml) is read, each item with its own pubDate', () => {
    const rss = `<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>Official exchange rates</title>
      <item><title>EUR</title><pubDate>21.11.2025</pubDate><description>604.12</description><quant>1</quant><index>UP</index><change>+1.59</change></item>
      <item><title>JPY</title><pubDate>21.11.2025</pubDate><description>3.35</description><quant>1</quant></item></channel></rss>`;
    expect(parseNbkRates(rss).map((r) => [r.currency, r.date, r.rate.toFixed(2), r.quantity])).toEqual([
      ['EUR', '2025-11-21', '604.12', 1],
      ['JPY', '2025-11-21', '3.35', 1],
    ]);
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
