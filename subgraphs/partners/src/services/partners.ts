/** Reading partners, activities and transactions: filters validated, pages by keyset, counts by the database. */
import { describeCurrencyProblem } from '../../../../lib/domain/money.js';
import { isSdgGoal } from '../domain/sdg.js';
import { ACTIVITY_STATUSES, codesOfNames, TRANSACTION_TYPES } from '../domain/iati.js';
import { badUserInput } from '../../../../lib/graphql/errors.js';
import { dateRange, oneOf, validateDateRange, validateRegionCodes } from '../../../../lib/graphql/filters.js';
import { pageRequest, prismaPage, toConnection, type Connection } from '../../../../lib/graphql/pagination.js';
import type { Db } from '../db.js';
import type { ActivityFilter, PartnerFilter, TransactionFilter } from '../generated/graphql.js';
import type { Activity, Partner, Prisma, Transaction } from '../generated/prisma/client.js';

interface PageArgs {
  first?: number | null;
  after?: string | null;
}

export function partnerWhere(filter: PartnerFilter | null | undefined): Prisma.PartnerWhereInput {
  return { kind: oneOf(filter?.kinds) };
}

export function activityWhere(filter: ActivityFilter | null | undefined): Prisma.ActivityWhereInput {
  if (!filter) return {};
  validateRegionCodes(filter.regionCodes, 'filter.regionCodes');
  for (const goal of filter.sdgGoals ?? []) {
    if (!isSdgGoal(goal)) throw badUserInput(`${goal} is not an SDG: goals are numbered 1 to 17`, 'filter.sdgGoals');
  }
  return {
    reportingOrg: filter.reportingOrgRefs?.length ? { orgRef: { in: [...filter.reportingOrgRefs] } } : undefined,
    sdgGoals: filter.sdgGoals?.length ? { hasSome: [...filter.sdgGoals] } : undefined,
    locationRegionCodes: filter.regionCodes?.length ? { hasSome: [...filter.regionCodes] } : undefined,
    recipientRegions: filter.recipientRegions?.length ? { hasSome: [...filter.recipientRegions] } : undefined,
    status: filter.statuses?.length ? { in: codesOfNames(ACTIVITY_STATUSES, filter.statuses) } : undefined,
  };
}

export function transactionWhere(filter: TransactionFilter | null | undefined): Prisma.TransactionWhereInput {
  if (!filter) return {};
  validateRegionCodes(filter.regionCodes, 'filter.regionCodes');
  validateDateRange(filter.valueDateFrom, filter.valueDateTo, 'filter.valueDateFrom', 'filter.valueDateTo');
  for (const currency of filter.currencies ?? []) {
    const problem = describeCurrencyProblem(currency);
    if (problem) throw badUserInput(problem, 'filter.currencies');
  }
  return {
    type: filter.types?.length ? { in: codesOfNames(TRANSACTION_TYPES, filter.types) } : undefined,
    providerOrgRef: oneOf(filter.providerOrgRefs),
    receiverOrgRef: oneOf(filter.receiverOrgRefs),
    regionCode: oneOf(filter.regionCodes),
    currency: oneOf(filter.currencies),
    valueDate: dateRange(filter.valueDateFrom, filter.valueDateTo),
  };
}

export async function listPartners(
  db: Db,
  where: Prisma.PartnerWhereInput,
  args: PageArgs,
): Promise<Connection<Partner>> {
  const page = pageRequest(args);
  const rows = await db.partner.findMany({ where, orderBy: [{ name: 'asc' }, { id: 'asc' }], ...prismaPage(page) });
  return toConnection(rows, page, () => db.partner.count({ where }));
}

export async function listActivities(
  db: Db,
  where: Prisma.ActivityWhereInput,
  args: PageArgs,
): Promise<Connection<Activity>> {
  const page = pageRequest(args);
  const rows = await db.activity.findMany({
    where,
    orderBy: [{ iatiIdentifier: 'asc' }, { id: 'asc' }],
    ...prismaPage(page),
  });
  return toConnection(rows, page, () => db.activity.count({ where }));
}

export async function listTransactions(
  db: Db,
  where: Prisma.TransactionWhereInput,
  args: PageArgs,
): Promise<Connection<Transaction>> {
  const page = pageRequest(args);
  const rows = await db.transaction.findMany({
    where,
    orderBy: [{ valueDate: 'asc' }, { id: 'asc' }],
    ...prismaPage(page),
  });
  return toConnection(rows, page, () => db.transaction.count({ where }));
}
