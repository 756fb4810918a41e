/**
 * IATI Standard code lists used as GraphQL enums: the database keeps the
 * numeric codes, the API shows names. One table each, read both ways.
 */
export const TRANSACTION_TYPES = {
  INCOMING_FUNDS: 1,
  OUTGOING_COMMITMENT: 2,
  DISBURSEMENT: 3,
  EXPENDITURE: 4,
  INTEREST_PAYMENT: 5,
  LOAN_REPAYMENT: 6,
  REIMBURSEMENT: 7,
  PURCHASE_OF_EQUITY: 8,
  SALE_OF_EQUITY: 9,
  CREDIT_GUARANTEE: 10,
  INCOMING_COMMITMENT: 11,
  OUTGOING_PLEDGE: 12,
  INCOMING_PLEDGE: 13,
} as const;

export const ACTIVITY_STATUSES = {
  PIPELINE: 1,
  IMPLEMENTATION: 2,
  FINALISATION: 3,
  CLOSED: 4,
  CANCELLED: 5,
  SUSPENDED: 6,
} as const;

export const ORGANISATION_ROLES = {
  FUNDING: 1,
  ACCOUNTABLE: 2,
  EXTENDING: 3,
  IMPLEMENTING: 4,
} as const;

type CodeList = Readonly<Record<string, number>>;

/** The name of a code in a code list; throws for a code the list lacks (a row the database should not hold). */
export function nameOfCode<L extends CodeList>(list: L, code: number): keyof L & string {
  const found = Object.entries(list).find(([, value]) => value === code);
  if (!found) throw new Error(`IATI code ${code} is not in the code list`);
  return found[0];
}

/** The codes of a list of names (GraphQL enum values). */
export function codesOfNames<L extends CodeList>(list: L, names: readonly (keyof L & string)[]): number[] {
  return names.map((name) => list[name]!);
}
