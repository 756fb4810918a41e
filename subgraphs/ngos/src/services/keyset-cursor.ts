/**
 * Cursors for lists ordered by computed values (search relevance, a name in
 * the requested language): the last row's sort values and id, so the next
 * page starts strictly after it and stays stable while rows are added
 * elsewhere. The order is part of the cursor; a cursor from another order is
 * refused rather than silently misread.
 */
import { badUserInput } from '../../../../lib/graphql/errors.js';

export type KeyValue = string | number;

const PREFIX = 'k1:';

export function encodeKeysetCursor(order: string, values: readonly KeyValue[]): string {
  return Buffer.from(`${PREFIX}${JSON.stringify([order, ...values])}`).toString('base64url');
}

/** The sort values of a cursor made for `order`, checked against the kinds that order uses. */
export function decodeKeysetCursor(
  cursor: string,
  order: string,
  kinds: readonly ('string' | 'number')[],
  argumentName = 'after',
): KeyValue[] {
  const text = Buffer.from(cursor, 'base64url').toString('utf8');
  let parsed: unknown;
  try {
    parsed = text.startsWith(PREFIX) ? JSON.parse(text.slice(PREFIX.length)) : undefined;
  } catch {
    parsed = undefined;
  }
  const refused = () =>
    badUserInput(
      `"${cursor}" is not a cursor of this list: pass the pageInfo.endCursor of a previous page`,
      argumentName,
    );
  if (!Array.isArray(parsed) || typeof parsed[0] !== 'string') throw refused();
  const [madeFor, ...values] = parsed as [string, ...unknown[]];
  if (madeFor !== order) {
    throw badUserInput(
      `this cursor belongs to orderBy ${madeFor.slice(0, 40)}, not ${order}: keep the same orderBy while paging`,
      argumentName,
    );
  }
  const valid =
    values.length === kinds.length &&
    kinds.every((kind, i) => typeof values[i] === kind && (kind === 'string' || Number.isFinite(values[i])));
  if (!valid) throw refused();
  return values as KeyValue[];
}
