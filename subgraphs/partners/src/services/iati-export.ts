/**
 * A selection of activities as IATI 2.03 XML documents, read from the
 * database a page at a time. Through GraphQL a selection of any size comes
 * in pages of at most MAX_EXPORT_ACTIVITIES activities, each page a complete
 * document, continued with the page's `endCursor`; `npm run export:iati`
 * writes the whole selection to one file.
 */
import { badUserInput } from '../../../../lib/graphql/errors.js';
import type { PageInfo } from '../../../../lib/graphql/pagination.js';
import type { Db } from '../db.js';
import { documentStart, DOCUMENT_END, renderActivity } from '../iati/export.js';
import type { Prisma } from '../generated/prisma/client.js';

/** The export is keyed by IATI identifier, not by UUID: its cursor is its own, checked before it reaches the database. */
const encodeCursor = (identifier: string): string => Buffer.from(`iati1:${identifier}`).toString('base64url');

function decodeCursor(cursor: string): string {
  const decoded = Buffer.from(cursor, 'base64url').toString('utf8');
  const identifier = decoded.slice(6);
  if (!decoded.startsWith('iati1:') || !/^[\x21-\x7e]{1,200}$/.test(identifier))
    throw badUserInput(
      `"${cursor.slice(0, 60)}" is not a cursor of this list: pass the pageInfo.endCursor of a previous page`,
      'after',
    );
  return identifier;
}

/** Activities one page of an export may hold: a GraphQL answer is one string, so it is kept to a few MB. */
export const MAX_EXPORT_ACTIVITIES = 500;
const PAGE = 100;

/** Each activity's XML, in IATI identifier order, for streaming to a file or joining into one string. */
export async function* exportActivityXml(
  db: Db,
  where: Prisma.ActivityWhereInput,
  generatedAt: Date,
  limit = Number.POSITIVE_INFINITY,
  afterIdentifier?: string,
): AsyncGenerator<string> {
  yield documentStart(generatedAt);
  let after: string | undefined = afterIdentifier;
  let written = 0;
  while (written < limit) {
    const activities = await db.activity.findMany({
      orderBy: { iatiIdentifier: 'asc' },
      take: Math.min(PAGE, limit - written),
      where: after ? { AND: [where, { iatiIdentifier: { gt: after } }] } : where,
      include: {
        reportingOrg: true,
        participatingOrgs: { orderBy: [{ role: 'asc' }, { name: 'asc' }, { id: 'asc' }] },
        budgets: { orderBy: [{ periodStart: 'asc' }, { id: 'asc' }] },
        transactions: { orderBy: [{ transactionDate: 'asc' }, { type: 'asc' }, { id: 'asc' }] },
      },
    });
    if (!activities.length) break;
    const partnerIds = [
      ...new Set(activities.flatMap((a) => a.participatingOrgs.flatMap((o) => (o.partnerId ? [o.partnerId] : [])))),
    ];
    const types = new Map(
      (await db.partner.findMany({ where: { id: { in: partnerIds } }, select: { id: true, iatiType: true } })).map(
        (p) => [p.id, p.iatiType],
      ),
    );
    for (const a of activities) {
      yield renderActivity({
        activity: a,
        reportingOrg: a.reportingOrg,
        participatingOrgs: a.participatingOrgs.map((o) => ({
          ...o,
          partnerType: o.partnerId ? (types.get(o.partnerId) ?? null) : null,
        })),
        budgets: a.budgets,
        transactions: a.transactions,
      });
    }
    written += activities.length;
    after = activities.at(-1)!.iatiIdentifier;
    if (activities.length < PAGE) break;
  }
  yield DOCUMENT_END;
}

export interface ExportPage {
  activityCount: number;
  totalCount: number;
  xml: string;
  pageInfo: PageInfo;
}

/** One page of the activities of a filter, or of those named, as one document; BAD_USER_INPUT for none. */
export async function exportSelection(
  db: Db,
  where: Prisma.ActivityWhereInput,
  generatedAt: Date,
  page: { first?: number | null; after?: string | null } = {},
): Promise<ExportPage> {
  const first = page.first ?? MAX_EXPORT_ACTIVITIES;
  if (!Number.isInteger(first) || first < 1 || first > MAX_EXPORT_ACTIVITIES)
    throw badUserInput(`first must be between 1 and ${MAX_EXPORT_ACTIVITIES}, got ${first}`, 'first');
  const after = page.after ? decodeCursor(page.after) : undefined;
  const totalCount = await db.activity.count({ where });
  if (totalCount === 0)
    throw badUserInput('no activity matches: an IATI file holds at least one activity; widen the filter', 'filter');
  const remaining = after
    ? await db.activity.count({ where: { AND: [where, { iatiIdentifier: { gt: after } }] } })
    : totalCount;
  if (remaining === 0)
    throw badUserInput('no activity follows this cursor: the previous page was the last one', 'after');
  const parts: string[] = [];
  let last: string | undefined;
  for await (const part of exportActivityXml(db, where, generatedAt, first, after)) {
    parts.push(part);
    const identifier = /<iati-identifier>([^<]*)<\/iati-identifier>/.exec(part)?.[1];
    if (identifier) last = unescapeXml(identifier);
  }
  const activityCount = Math.min(first, remaining);
  return {
    activityCount,
    totalCount,
    xml: parts.join(''),
    pageInfo: { hasNextPage: remaining > first, endCursor: last ? encodeCursor(last) : null },
  };
}

const unescapeXml = (text: string): string =>
  text.replaceAll('&quot;', '"').replaceAll('&gt;', '>').replaceAll('&lt;', '<').replaceAll('&amp;', '&');
