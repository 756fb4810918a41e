import { describe, expect, test } from '@jest/globals';
import {
  Decimal,
  describeCurrencyProblem,
  formatAmount,
  parseAmount,
  totalsByCurrency,
} from '../../lib/domain/money.js';
import { DecimalScalar } from '../../lib/graphql/scalars.js';

describe('money', () => {
  test('adds amounts exactly, where floating point would not', () => {
    expect(0.1 + 0.2).not.toBe(0.3);
    const totals = totalsByCurrency([
      { amount: '0.10', currency: 'EUR' },
      { amount: '0.20', currency: 'EUR' },
      { amount: '1000000000000.01', currency: 'KZT' },
      { amount: '-0.01', currency: 'KZT' },
    ]);
    expect(totals.map((t) => [t.currency, formatAmount(t.amount)])).toEqual([
      ['EUR', '0.30'],
      ['KZT', '1000000000000.00'],
    ]);
  });

  test('parses decimal amounts and refuses floats in disguise', () => {
    expect(parseAmount('-1250.5').equals(new Decimal('-1250.5'))).toBe(true);
    for (const bad of ['1e6', '1,000', '', '.5', 'NaN', '12.1234567']) {
      expect(() => parseAmount(bad)).toThrow(/not a decimal amount/);
    }
  });

  test('knows ISO 4217 codes', () => {
    expect(describeCurrencyProblem('KZT')).toBeNull();
    expect(describeCurrencyProblem('EUR')).toBeNull();
    expect(describeCurrencyProblem('EURO')).toMatch(/ISO 4217/);
    expect(describeCurrencyProblem('kzt')).toMatch(/ISO 4217/);
  });

  test('the Decimal scalar serializes exactly and refuses numbers on input', () => {
    expect(DecimalScalar.serialize(new Decimal('40500000'))).toBe('40500000.00');
    expect(DecimalScalar.serialize(new Decimal('470.123456'))).toBe('470.123456');
    expect(DecimalScalar.serialize('5.1')).toBe('5.10');
    expect(DecimalScalar.serialize(new Decimal('0.1').plus('0.2'))).toBe('0.30');
    expect(() => DecimalScalar.parseValue(0.3)).toThrow(/string/);
    expect(DecimalScalar.parseValue('12.50').toString()).toBe('12.5');
  });
});
