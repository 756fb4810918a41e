/** A selection of activities as one IATI 2.03 XML document, read from the database a page at a time. */
import { badUserInput } from '../../../../lib/graphql/errors.js';
import type { Db } from '../db.js';
import { documentStart, DOCUMENT_END, renderActivity } from '../iati/export.js';
import type { Prisma } from '../generated/prisma/client.js';

/** Activities one export may hold: a GraphQL answer is one string, so it is kept to a few MB. */
export const MAX_EXPORT_ACTIVITIES = 500;
const PAGE = 100;

/** Each activity's XML, in IATI identifier order, for streaming to a file or joining into one string. */
export async function* exportActivityXml(
  db: Db,
  where: Prisma.ActivityWhereInput,
  generatedAt: Date,
  limit = Number.POSITIVE_INFINITY,
): AsyncGenerator<string> {
  yield documentStart(generatedAt);
  let after: string | undefined;
  let written = 0;
  while (written < limit) {
    const activities = await db.activity.findMany({
      where,
      orderBy: { iatiIdentifier: 'asc' },
      take: Math.min(PAGE, limit - written),
      ...(after ? { cursor: { iatiIdentifier: after }, skip: 1 } : {}),
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

/** The activities of a filter, or those named, as one document; BAD_USER_INPUT for none or too many. */
export async function exportSelection(
  db: Db,
  where: Prisma.ActivityWhereInput,
  generatedAt: Date,
): Promise<{ activityCount: number; xml: string }> {
  const count = await db.activity.count({ where });
  if (count === 0)
    throw badUserInput('no activity matches: an IATI file holds at least one activity; widen the filter', 'filter');
  if (count > MAX_EXPORT_ACTIVITIES) {
    throw badUserInput(
      `${count} activities match; one export holds at most ${MAX_EXPORT_ACTIVITIES}: narrow the filter`,
      'filter',
    );
  }
  const parts: string[] = [];
  for await (const part of exportActivityXml(db, where, generatedAt)) parts.push(part);
  return { activityCount: count, xml: parts.join('') };
}
