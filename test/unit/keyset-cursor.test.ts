import { describe, expect, test } from '@jest/globals';
import { decodeKeysetCursor, encodeKeysetCursor } from '../../subgraphs/ngos/src/services/keyset-cursor.js';
import { completeCounts, yearSeries } from '../../lib/domain/counts.js';

describe('keyset cursors', () => {
  test('carry the sort values of their order', () => {
    const cursor = encodeKeysetCursor('RELEVANCE', ['0f0e0d0c-0000-4000-8000-000000000000', -2, -10000]);
    expect(decodeKeysetCursor(cursor, 'RELEVANCE', ['string', 'number', 'number'])).toEqual([
      '0f0e0d0c-0000-4000-8000-000000000000',
      -2,
      -10000,
    ]);
  });

  test('refuse another order, another shape and garbage', () => {
    const cursor = encodeKeysetCursor('NEWEST', ['id', -100]);
    expect(() => decodeKeysetCursor(cursor, 'NAME', ['string', 'string'])).toThrow(/belongs to orderBy NEWEST/);
    expect(() => decodeKeysetCursor(cursor, 'NEWEST', ['string', 'string'])).toThrow(/not a cursor/);
    expect(() => decodeKeysetCursor('bm90IGpzb24', 'NEWEST', ['string', 'number'])).toThrow(/not a cursor/);
  });
});

describe('counts for dashboards', () => {
  test('every code, largest first, ties in the vocabulary’s order', () => {
    expect(
      completeCounts(
        ['A', 'B', 'C', 'D'],
        new Map([
          ['C', 5],
          ['B', 1],
          ['D', 1],
        ]),
      ),
    ).toEqual([
      { code: 'C', count: 5 },
      { code: 'B', count: 1 },
      { code: 'D', count: 1 },
      { code: 'A', count: 0 },
    ]);
  });

  test('years without gaps', () => {
    expect(
      yearSeries(
        new Map([
          [2021, 3],
          [2023, 1],
        ]),
      ),
    ).toEqual([
      { year: 2021, count: 3 },
      { year: 2022, count: 0 },
      { year: 2023, count: 1 },
    ]);
    expect(yearSeries(new Map())).toEqual([]);
  });
});
