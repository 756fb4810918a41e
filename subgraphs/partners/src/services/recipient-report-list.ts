/**
 * Recipients' report lines as a list: who may see which (analysts and admins
 * every line; a donor the lines its own organization reported and those
 * under activities it reports or funds), filtered and paged by keyset.
 */
import type { Viewer } from '../../../../lib/auth/viewer.js';
import { describeCurrencyProblem } from '../../../../lib/domain/money.js';
import { badUserInput } from '../../../../lib/graphql/errors.js';
import { dateRange, oneOf, validateDateRange } from '../../../../lib/graphql/filters.js';
import { pageRequest, prismaPage, toConnection, type Connection } from '../../../../lib/graphql/pagination.js';
import type { Db } from '../db.js';
import type { RecipientReportFilter } from '../generated/graphql.js';
import type { Prisma, RecipientReport } from '../generated/prisma/client.js';
import { REPORT_TYPES } from './recipient-reports.js';

/** The IATI identifiers of the activities an organization reports or provides money to. */
export async function donorActivityIdentifiers(db: Db, donorOrgRef: string): Promise<string[]> {
  const rows = await db.activity.findMany({
    where: {
      OR: [{ reportingOrg: { orgRef: donorOrgRef } }, { transactions: { some: { providerOrgRef: donorOrgRef } } }],
    },
    select: { iatiIdentifier: true },
  });
  return rows.map((r) => r.iatiIdentifier);
}

/** The report lines a viewer may see. */
export async function visibleReports(db: Db, viewer: Viewer): Promise<Prisma.RecipientReportWhereInput> {
  if (viewer.role !== 'donor') return {};
  const org = viewer.organization ?? '';
  return { OR: [{ recipientOrgRef: org }, { activityIdentifier: { in: await donorActivityIdentifiers(db, org) } }] };
}

export function recipientReportWhere(
  filter: RecipientReportFilter | null | undefined,
): Prisma.RecipientReportWhereInput {
  if (!filter) return {};
  validateDateRange(filter.valueDateFrom, filter.valueDateTo, 'filter.valueDateFrom', 'filter.valueDateTo');
  for (const currency of filter.currencies ?? []) {
    const problem = describeCurrencyProblem(currency);
    if (problem) throw badUserInput(problem, 'filter.currencies');
  }
  return {
    recipientOrgRef: oneOf(filter.recipientOrgRefs),
    activityIdentifier: oneOf(filter.activityIdentifiers),
    providerOrgRef: oneOf(filter.providerOrgRefs),
    type: filter.types?.length ? { in: filter.types.map((t) => REPORT_TYPES[t]) } : undefined,
    currency: oneOf(filter.currencies),
    valueDate: dateRange(filter.valueDateFrom, filter.valueDateTo),
  };
}

export async function listRecipientReports(
  db: Db,
  viewer: Viewer,
  filter: RecipientReportFilter | null | undefined,
  args: { first?: number | null; after?: string | null },
): Promise<Connection<RecipientReport>> {
  const page = pageRequest(args);
  const where: Prisma.RecipientReportWhereInput = {
    AND: [recipientReportWhere(filter), await visibleReports(db, viewer)],
  };
  const rows = await db.recipientReport.findMany({
    where,
    orderBy: [{ valueDate: 'asc' }, { id: 'asc' }],
    ...prismaPage(page),
  });
  return toConnection(rows, page, () => db.recipientReport.count({ where }));
}
