/** What the client sees of an error, in development and in production; and CSV text a spreadsheet would not run. */
import { describe, expect, test } from '@jest/globals';
import { maskErrors } from '../../lib/graphql/error-masking.js';
import { field } from '../../subgraphs/partners/src/services/reconciliation-csv.js';

describe('error masking in production', () => {
  const mask = maskErrors({ production: true });

  test('an internal error says nothing of its insides', () => {
    const formatted = mask(
      {
        message: 'connect ECONNREFUSED 10.0.0.5:5432 at /srv/app/db.ts',
        extensions: { code: 'INTERNAL_SERVER_ERROR', stacktrace: ['at x'] },
      },
      new Error(),
    );
    expect(formatted).toEqual({ message: 'Internal server error', extensions: { code: 'INTERNAL_SERVER_ERROR' } });
  });

  test('a missing exchange rate keeps its message, currency and date, so the client knows which rate to load', () => {
    const formatted = mask(
      {
        message: 'No official rate for USD on or before 2019-01-01',
        extensions: { code: 'EXCHANGE_RATE_MISSING', currency: 'USD', date: '2019-01-01', stacktrace: ['at y'] },
      },
      new Error(),
    );
    expect(formatted).toEqual({
      message: 'No official rate for USD on or before 2019-01-01',
      extensions: { code: 'EXCHANGE_RATE_MISSING', currency: 'USD', date: '2019-01-01' },
    });
  });
});

describe('CSV fields for auditors', () => {
  test.each([
    ['=HYPERLINK("http://x")', `"'=HYPERLINK(""http://x"")"`],
    ['+1+2', "'+1+2"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['-2+3', "'-2+3"],
    ['-1250.50', '-1250.50'],
    ['plain, with comma', '"plain, with comma"'],
  ])('%s is written as %s', (value, written) => {
    expect(field(value)).toBe(written);
  });
});
