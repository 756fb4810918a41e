/**
 * Kazakhstan's business identification number (BIN) and individual number
 * (IIN): 12 digits whose last is a check digit.
 *
 * Check digit: sum of d1..d11 with weights 1..11, mod 11. If that gives 10,
 * use weights 3,4,5,6,7,8,9,10,11,1,2, mod 11. If it gives 10 again the
 * number is invalid; otherwise it must equal d12.
 */
const FIRST_WEIGHTS = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11];
const SECOND_WEIGHTS = [3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2];

function weightedMod11(digits: number[], weights: number[]): number {
  return digits.reduce((sum, digit, i) => sum + digit * weights[i]!, 0) % 11;
}

/** The check digit for 11 leading digits, or null when no valid number starts with them. */
export function binCheckDigit(first11: string): number | null {
  if (!/^\d{11}$/.test(first11)) throw new Error(`a BIN prefix is 11 digits, got "${first11}"`);
  const digits = [...first11].map(Number);
  let check = weightedMod11(digits, FIRST_WEIGHTS);
  if (check === 10) check = weightedMod11(digits, SECOND_WEIGHTS);
  return check === 10 ? null : check;
}

export type BinProblem = 'format' | 'checksum';

/** Why a string is not a valid BIN, or null when it is one. */
export function binProblem(value: string): BinProblem | null {
  if (!/^\d{12}$/.test(value)) return 'format';
  const check = binCheckDigit(value.slice(0, 11));
  return check !== null && check === Number(value[11]) ? null : 'checksum';
}

export function isValidBin(value: string): boolean {
  return binProblem(value) === null;
}

/** A message saying what is wrong with a BIN and how to fix it, or null when it is valid. */
export function describeBinProblem(value: string): string | null {
  switch (binProblem(value)) {
    case null:
      return null;
    case 'format':
      return `"${value}" is not a BIN: a BIN is exactly 12 digits, e.g. 950440001673`;
    case 'checksum':
      return `"${value}" is not a valid BIN: its check digit (the 12th) does not match the first 11 digits`;
  }
}

/** The org-id.guide identifier of a Kazakh legal entity. */
export const KZ_BIN_PREFIX = 'KZ-BIN-';

export function orgRefForBin(bin: string): string {
  return `${KZ_BIN_PREFIX}${bin}`;
}

/** The BIN inside a `KZ-BIN-...` organisation reference, or null for any other reference. */
export function binFromOrgRef(ref: string | null | undefined): string | null {
  if (!ref?.startsWith(KZ_BIN_PREFIX)) return null;
  return ref.slice(KZ_BIN_PREFIX.length);
}
