/**
 * Cursor pagination shared by every list. A cursor is an opaque, URL-safe
 * encoding of the last row's id; pages are read with Prisma's cursor (keyset)
 * pagination, so they stay stable while rows are added elsewhere.
 */
import { isUuid } from '../domain/ids.js';
import { badUserInput } from './errors.js';

export const DEFAULT_PAGE_SIZE = 20;
export const MAX_PAGE_SIZE = 100;

export interface PageInfo {
  hasNextPage: boolean;
  endCursor: string | null;
}

/**
 * A page of rows. `totalCount` is a function so that the count query only
 * runs when a client asks for it (graphql-js calls function-valued fields).
 */
export interface Connection<T> {
  nodes: T[];
  pageInfo: PageInfo;
  totalCount: () => Promise<number> | number;
}

export interface PageRequest {
  take: number;
  afterId: string | undefined;
}

export function encodeCursor(id: string): string {
  return Buffer.from(`v1:${id}`).toString('base64url');
}

export function decodeCursor(cursor: string, argumentName = 'after'): string {
  const decoded = Buffer.from(cursor, 'base64url').toString('utf8');
  // Every list is keyed by UUIDs: anything else in a cursor was not made here, and must not reach the database.
  if (!decoded.startsWith('v1:') || !isUuid(decoded.slice(3))) {
    throw badUserInput(
      `"${cursor.slice(0, 60)}" is not a cursor of this list: pass the pageInfo.endCursor of a previous page`,
      argumentName,
    );
  }
  return decoded.slice(3);
}

/** Validates `first` and `after`; the returned `take` is one more than asked, to tell whether a next page exists. */
export function pageRequest(args: { first?: number | null; after?: string | null }): PageRequest {
  const first = args.first ?? DEFAULT_PAGE_SIZE;
  if (!Number.isInteger(first) || first < 1 || first > MAX_PAGE_SIZE) {
    throw badUserInput(`first must be between 1 and ${MAX_PAGE_SIZE}, got ${first}`, 'first');
  }
  return { take: first + 1, afterId: args.after ? decodeCursor(args.after) : undefined };
}

/** Prisma findMany arguments for a page: take, and cursor + skip when continuing after a row. */
export function prismaPage(page: PageRequest): { take: number; cursor?: { id: string }; skip?: number } {
  return page.afterId ? { take: page.take, cursor: { id: page.afterId }, skip: 1 } : { take: page.take };
}

/** Builds the connection from rows fetched with `take` = first + 1. */
export function toConnection<T extends { id: string }>(
  rows: T[],
  page: PageRequest,
  totalCount: () => Promise<number> | number,
): Connection<T> {
  const nodes = rows.slice(0, page.take - 1);
  const last = nodes.at(-1);
  return {
    nodes,
    pageInfo: { hasNextPage: rows.length > nodes.length, endCursor: last ? encodeCursor(last.id) : null },
    totalCount,
  };
}
