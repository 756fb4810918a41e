/** Reading councils, members and projects: filters validated, pages by keyset, counts by the database. */
import { dateRange, oneOf, validatePeriod, validateRegionCodes } from '../../../../lib/graphql/filters.js';
import { pageRequest, prismaPage, toConnection, type Connection } from '../../../../lib/graphql/pagination.js';
import { uuidsOnly } from '../../../../lib/database/loaders.js';
import type { Db } from '../db.js';
import type { CouncilFilter, CouncilMemberFilter, CouncilProjectFilter } from '../generated/graphql.js';
import type { CouncilMember, CouncilProject, Prisma, PublicCouncil } from '../generated/prisma/client.js';

interface PageArgs {
  first?: number | null;
  after?: string | null;
}

export function councilWhere(filter: CouncilFilter | null | undefined): Prisma.PublicCouncilWhereInput {
  if (!filter) return {};
  validateRegionCodes(filter.regionCodes, 'filter.regionCodes');
  return { level: oneOf(filter.levels), regionCode: oneOf(filter.regionCodes) };
}

export function memberWhere(filter: CouncilMemberFilter | null | undefined): Prisma.CouncilMemberWhereInput {
  if (!filter) return {};
  validateRegionCodes(filter.regionCodes, 'filter.regionCodes');
  const council = councilWhere({ levels: filter.levels, regionCodes: filter.regionCodes });
  return {
    councilId: filter.councilIds ? { in: uuidsOnly(filter.councilIds) } : undefined,
    // eslint-disable-next-line @typescript-eslint/no-unnecessary-condition -- oneOf() leaves a filter out as undefined
    council: Object.values(council).some((v) => v !== undefined) ? council : undefined,
    ngoId: filter.representsNgo == null ? undefined : filter.representsNgo ? { not: null } : null,
  };
}

export function projectWhere(filter: CouncilProjectFilter | null | undefined): Prisma.CouncilProjectWhereInput {
  if (!filter) return {};
  validateRegionCodes(filter.regionCodes, 'filter.regionCodes');
  validatePeriod(filter.consideredFrom, filter.consideredTo, 'filter.consideredFrom', 'filter.consideredTo');
  const council = councilWhere({ levels: filter.levels, regionCodes: filter.regionCodes });
  return {
    councilId: filter.councilIds ? { in: uuidsOnly(filter.councilIds) } : undefined,
    // eslint-disable-next-line @typescript-eslint/no-unnecessary-condition -- oneOf() leaves a filter out as undefined
    council: Object.values(council).some((v) => v !== undefined) ? council : undefined,
    field: oneOf(filter.fields),
    outcome: oneOf(filter.outcomes),
    consideredOn: dateRange(filter.consideredFrom, filter.consideredTo),
  };
}

export async function listCouncils(
  db: Db,
  where: Prisma.PublicCouncilWhereInput,
  args: PageArgs,
): Promise<Connection<PublicCouncil>> {
  const page = pageRequest(args);
  const rows = await db.publicCouncil.findMany({
    where,
    orderBy: [{ level: 'asc' }, { regionCode: 'asc' }, { nameRu: 'asc' }, { id: 'asc' }],
    ...prismaPage(page),
  });
  return toConnection(rows, page, () => db.publicCouncil.count({ where }));
}

export async function listMembers(
  db: Db,
  where: Prisma.CouncilMemberWhereInput,
  args: PageArgs,
): Promise<Connection<CouncilMember>> {
  const page = pageRequest(args);
  const rows = await db.councilMember.findMany({
    where,
    orderBy: [{ role: 'asc' }, { fullName: 'asc' }, { id: 'asc' }],
    ...prismaPage(page),
  });
  return toConnection(rows, page, () => db.councilMember.count({ where }));
}

export async function listProjects(
  db: Db,
  where: Prisma.CouncilProjectWhereInput,
  args: PageArgs,
): Promise<Connection<CouncilProject>> {
  const page = pageRequest(args);
  const rows = await db.councilProject.findMany({
    where,
    orderBy: [{ consideredOn: 'desc' }, { id: 'asc' }],
    ...prismaPage(page),
  });
  return toConnection(rows, page, () => db.councilProject.count({ where }));
}
