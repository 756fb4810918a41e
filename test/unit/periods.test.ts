import { describe, expect, test } from '@jest/globals';
import { periodCount, periodLabel, periodsOf, periodStart, splitByPeriod } from '../../lib/domain/periods.js';
import { MAX_TREND_POINTS, trendRequest } from '../../lib/graphql/trends.js';

const day = (iso: string) => new Date(`${iso}T00:00:00.000Z`);

describe('calendar periods', () => {
  test('a period starts on its first day; quarters start in January, April, July, October', () => {
    expect(periodStart('2024-08-17', 'month')).toBe('2024-08-01');
    expect(periodStart('2024-08-17', 'quarter')).toBe('2024-07-01');
    expect(periodStart('2024-08-17', 'year')).toBe('2024-01-01');
    expect(periodLabel('2024-07-01', 'quarter')).toBe('2024-Q3');
    expect(periodLabel('2024-07-01', 'month')).toBe('2024-07');
  });

  test('the periods of a range are clipped to it at both ends', () => {
    expect(periodsOf({ from: '2022-11-20', to: '2023-02-10' }, 'month')).toEqual([
      { start: '2022-11-01', from: '2022-11-20', to: '2022-11-30' },
      { start: '2022-12-01', from: '2022-12-01', to: '2022-12-31' },
      { start: '2023-01-01', from: '2023-01-01', to: '2023-01-31' },
      { start: '2023-02-01', from: '2023-02-01', to: '2023-02-10' },
    ]);
    expect(periodCount({ from: '2022-11-20', to: '2025-11-19' }, 'month')).toBe(37);
    expect(periodCount({ from: '2024-02-29', to: '2024-02-29' }, 'year')).toBe(1);
  });

  test.each([
    [
      'the forum’s window by month',
      { from: '2022-11-20', to: '2025-11-19' },
      'month',
      { from: '2022-12-01', to: '2025-10-01' },
      [
        { from: '2022-11-20', to: '2022-11-30' },
        { from: '2025-11-01', to: '2025-11-19' },
      ],
    ],
    [
      'part-years by year',
      { from: '2003-05-20', to: '2019-02-11' },
      'year',
      { from: '2004-01-01', to: '2018-01-01' },
      [
        { from: '2003-05-20', to: '2003-12-31' },
        { from: '2019-01-01', to: '2019-02-11' },
      ],
    ],
    ['whole years', { from: '2010-01-01', to: '2020-12-31' }, 'year', { from: '2010-01-01', to: '2020-01-01' }, []],
    [
      'inside one month',
      { from: '2024-03-05', to: '2024-03-25' },
      'month',
      null,
      [{ from: '2024-03-05', to: '2024-03-25' }],
    ],
    [
      'across one month boundary',
      { from: '2024-03-05', to: '2024-04-25' },
      'month',
      null,
      [{ from: '2024-03-05', to: '2024-04-25' }],
    ],
    [
      'one whole month and a day',
      { from: '2024-03-01', to: '2024-04-01' },
      'month',
      { from: '2024-03-01', to: '2024-03-01' },
      [{ from: '2024-04-01', to: '2024-04-01' }],
    ],
  ] as const)('splitting %s into whole periods and edge days', (_name, range, granularity, whole, edges) => {
    expect(splitByPeriod(range, granularity)).toEqual({ whole, edges });
  });
});

describe('trend requests', () => {
  test('the range is validated and the number of points capped', () => {
    expect(trendRequest('QUARTER', day('2022-11-20'), day('2025-11-19')).periods).toHaveLength(13);
    expect(() => trendRequest('MONTH', day('1990-01-01'), day('2025-12-31'))).toThrow(`more than ${MAX_TREND_POINTS}`);
    expect(() => trendRequest('YEAR', day('2025-01-01'), day('2024-01-01'))).toThrow(/is after/);
    expect(() => trendRequest('YEAR', day('1800-01-01'), day('2024-01-01'))).toThrow(/out of range/);
  });
});
