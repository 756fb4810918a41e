/** Reading the NGO registry: filters validated, pages by keyset, counts by the database. */
import { dateRange, oneOf, validatePeriod, validateRegionCodes } from '../../../../lib/graphql/filters.js';
import { pageRequest, prismaPage, toConnection, type Connection } from '../../../../lib/graphql/pagination.js';
import { describeBinProblem } from '../../../../lib/domain/bin.js';
import { badUserInput } from '../../../../lib/graphql/errors.js';
import type { Db } from '../db.js';
import type { NgoFilter } from '../generated/graphql.js';
import type { Ngo, Prisma } from '../generated/prisma/client.js';

export function ngoWhere(filter: NgoFilter | null | undefined): Prisma.NgoWhereInput {
  if (!filter) return {};
  validateRegionCodes(filter.regionCodes, 'filter.regionCodes');
  validatePeriod(filter.registeredFrom, filter.registeredTo, 'filter.registeredFrom', 'filter.registeredTo');
  return {
    regionCode: oneOf(filter.regionCodes),
    status: oneOf(filter.statuses),
    legalForm: oneOf(filter.legalForms),
    sectors: filter.sectors?.length ? { hasSome: [...filter.sectors] } : undefined,
    registeredOn: dateRange(filter.registeredFrom, filter.registeredTo),
  };
}

export async function listNgos(
  db: Db,
  where: Prisma.NgoWhereInput,
  args: { first?: number | null; after?: string | null },
): Promise<Connection<Ngo>> {
  const page = pageRequest(args);
  const rows = await db.ngo.findMany({
    where,
    orderBy: [{ registeredOn: 'desc' }, { id: 'asc' }],
    ...prismaPage(page),
  });
  return toConnection(rows, page, () => db.ngo.count({ where }));
}

/** Throws BAD_USER_INPUT for a malformed BIN, so a typo is told apart from "no such NGO". */
export function validateBin(bin: string, argumentName = 'bin'): void {
  const problem = describeBinProblem(bin);
  if (problem) throw badUserInput(problem, argumentName);
}
