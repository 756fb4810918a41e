/**
 * Writes mapped portal records to public councils and their members. A
 * council is keyed by its record id in the portal (source, source_record_id
 * unique); a member names its council by that same id, so members load after
 * their councils (datasets run in the mapping file's order). Each write is one
 * statement; unchanged content writes nothing.
 */
import { isRegionCode } from '../../lib/domain/regions.js';
import type { Db } from '../../subgraphs/councils/src/db.js';
import type { CouncilLevel, LocalTerritory, MemberRole } from '../../subgraphs/councils/src/generated/prisma/client.js';
import type { Outcome } from '../contract.js';
import { MappingProblem } from './mapping.js';
import { provenanceColumns, sameAsStored, type RecordProvenance } from './provenance.js';

type Values = Record<string, string | string[] | null>;

function text(values: Values, field: string): string | null {
  const value = values[field];
  return Array.isArray(value) ? (value[0] ?? null) : (value ?? null);
}

function required(values: Values, field: string): string {
  const value = text(values, field);
  if (!value) throw new MappingProblem(`${field}: missing`);
  return value;
}

function oneOf<T extends string>(values: Values, field: string, allowed: readonly T[], fallback?: T): T {
  const value = text(values, field) ?? fallback;
  if (!value || !(allowed as readonly string[]).includes(value))
    throw new MappingProblem(`${field}: "${value ?? ''}" is not one of ${allowed.join(', ')}`);
  return value as T;
}

function day(values: Values, field: string): Date {
  const value = required(values, field);
  const date = new Date(`${value}T00:00:00.000Z`);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value) || Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== value)
    throw new MappingProblem(`${field}: "${value}" is not a calendar date`);
  if (date.getTime() > Date.now()) throw new MappingProblem(`${field}: ${value} is in the future`);
  return date;
}

export async function writeCouncil(db: Db, values: Values, provenance: RecordProvenance): Promise<Outcome> {
  const level = oneOf<CouncilLevel>(values, 'level', ['REPUBLICAN', 'LOCAL']);
  const regionCode = text(values, 'regionCode');
  if (regionCode && !isRegionCode(regionCode))
    throw new MappingProblem(`regionCode: "${regionCode}" is not a Kazakh region (ISO 3166-2:KZ, e.g. KZ-75)`);
  if (level === 'LOCAL' && !regionCode) throw new MappingProblem('regionCode: a local council needs its region');
  const territory = text(values, 'territory')
    ? oneOf<LocalTerritory>(values, 'territory', ['REGION', 'CITY', 'DISTRICT'])
    : null;
  const row = {
    nameRu: required(values, 'nameRu'),
    nameKk: text(values, 'nameKk'),
    nameEn: text(values, 'nameEn'),
    level,
    territory,
    formedBy: required(values, 'formedBy'),
    regionCode,
    formedOn: day(values, 'formedOn'),
    ...provenanceColumns(provenance),
  };
  const key = { source_sourceRecordId: { source: provenance.source, sourceRecordId: provenance.sourceRecordId } };
  const before = await db.publicCouncil.findUnique({ where: key });
  if (sameAsStored(before, provenance)) return 'unchanged';
  if (before) {
    await db.publicCouncil.update({ where: { id: before.id }, data: row });
    return 'updated';
  }
  await db.publicCouncil.create({ data: row });
  return 'created';
}

export async function writeMember(db: Db, values: Values, provenance: RecordProvenance): Promise<Outcome> {
  const councilKey = required(values, 'council');
  const council = await db.publicCouncil.findFirst({
    where: { sourceRecordId: councilKey, source: { startsWith: 'egov:' } },
    select: { id: true },
  });
  if (!council)
    throw new MappingProblem(`council: no council from the portal has the id ${councilKey}; sync its dataset first`);
  const row = {
    councilId: council.id,
    fullName: required(values, 'fullName'),
    role: oneOf<MemberRole>(values, 'role', ['CHAIR', 'DEPUTY_CHAIR', 'SECRETARY', 'MEMBER'], 'MEMBER'),
    email: text(values, 'email'),
    phone: text(values, 'phone'),
    appointedOn: day(values, 'appointedOn'),
    ...provenanceColumns(provenance),
  };
  const key = { source_sourceRecordId: { source: provenance.source, sourceRecordId: provenance.sourceRecordId } };
  const before = await db.councilMember.findUnique({ where: key });
  if (sameAsStored(before, provenance)) return 'unchanged';
  if (before) {
    await db.councilMember.update({ where: { id: before.id }, data: row });
    return 'updated';
  }
  await db.councilMember.create({ data: row });
  return 'created';
}

/** Marks councils or members the source's complete listing no longer holds; returns how many. */
export async function markRemovedCouncilRows(
  db: Db,
  target: 'councils' | 'council_members',
  source: string,
  seen: readonly string[],
): Promise<number> {
  const where = { source, removedFromSourceAt: null, sourceRecordId: { notIn: [...seen] } };
  const data = { removedFromSourceAt: new Date() };
  const result =
    target === 'councils'
      ? await db.publicCouncil.updateMany({ where, data })
      : await db.councilMember.updateMany({ where, data });
  return result.count;
}
