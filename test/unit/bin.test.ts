import { describe, expect, test } from '@jest/globals';
import { binCheckDigit, binFromOrgRef, describeBinProblem, isValidBin, orgRefForBin } from '../../lib/domain/bin.js';

describe('BIN checksum', () => {
  test.each(['950440001673', '990940003030', '000640002067'])('accepts the published valid example %s', (bin) => {
    expect(isValidBin(bin)).toBe(true);
    expect(describeBinProblem(bin)).toBeNull();
  });

  test('rejects every other check digit of a valid BIN', () => {
    const prefix = '95044000167';
    const valid = binCheckDigit(prefix);
    for (let digit = 0; digit <= 9; digit += 1) {
      expect(isValidBin(`${prefix}${digit}`)).toBe(digit === valid);
    }
  });

  test('uses the second weights when the first sum gives 10', () => {
    // Find a prefix whose first weighted sum is 10 mod 11, then check the result against the second weights by hand.
    let prefix = '';
    for (let n = 0; n < 100_000 && !prefix; n += 1) {
      const candidate = `9501400${String(n).padStart(4, '0')}`;
      const first = [...candidate].reduce((sum, d, i) => sum + Number(d) * (i + 1), 0) % 11;
      if (first === 10) prefix = candidate;
    }
    expect(prefix).not.toBe('');
    const weights = [3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2];
    const second = [...prefix].reduce((sum, d, i) => sum + Number(d) * weights[i]!, 0) % 11;
    expect(binCheckDigit(prefix)).toBe(second === 10 ? null : second);
  });

  test('explains format and checksum problems differently', () => {
    expect(describeBinProblem('12345')).toMatch(/exactly 12 digits/);
    expect(describeBinProblem('95044000167a')).toMatch(/exactly 12 digits/);
    expect(describeBinProblem('950440001674')).toMatch(/check digit/);
  });

  test('reads and writes KZ-BIN organisation references', () => {
    expect(orgRefForBin('950440001673')).toBe('KZ-BIN-950440001673');
    expect(binFromOrgRef('KZ-BIN-950440001673')).toBe('950440001673');
    expect(binFromOrgRef('XM-DAC-41114')).toBeNull();
    expect(binFromOrgRef(null)).toBeNull();
  });
});
