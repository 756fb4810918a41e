/**
 * The audit log of the registry: one entry per change, written inside the
 * change's own transaction (so there is never a change without its entry,
 * nor an entry for a change that rolled back), and read by analysts.
 */
import { requireRole, type Viewer } from '../../../../lib/auth/viewer.js';
import { validateId } from '../../../../lib/graphql/errors.js';
import { oneOf, validatePeriod } from '../../../../lib/graphql/filters.js';
import { pageRequest, prismaPage, toConnection, type Connection } from '../../../../lib/graphql/pagination.js';
import { addDays } from '../../../../lib/domain/periods.js';
import type { Db } from '../db.js';
import type { NgoAuditAction, NgoAuditFilter } from '../generated/graphql.js';
import { Prisma, type Ngo, type NgoAuditEntry } from '../generated/prisma/client.js';

/** A client inside an interactive transaction. */
export type Tx = Prisma.TransactionClient;

/** Who makes a change: the viewer's subject and role, and the request, as the logs know it. */
export interface Actor {
  subject: string;
  role: string;
  requestId: string;
}

export function actorOf(viewer: Viewer, requestId: string): Actor {
  // requireRole has let only signed-in registrars and admins through; their tokens always carry a subject.
  if (!viewer.subject) throw new Error('a registry change needs a signed-in caller with a subject');
  return { subject: viewer.subject, role: viewer.role, requestId };
}

/** The record as the audit log keeps it: what a registrar can see and change, dates as ISO days. */
export function snapshot(ngo: Ngo): Record<string, unknown> {
  return {
    id: ngo.id,
    bin: ngo.bin,
    nameKk: ngo.nameKk,
    nameRu: ngo.nameRu,
    nameEn: ngo.nameEn,
    legalForm: ngo.legalForm,
    registeredOn: ngo.registeredOn.toISOString().slice(0, 10),
    status: ngo.status,
    regionCode: ngo.regionCode,
    sectors: ngo.sectors,
    email: ngo.email,
    phone: ngo.phone,
    website: ngo.website,
    address: ngo.address,
  };
}

/** The snapshot keys whose values differ. */
export function changedFields(before: Record<string, unknown> | null, after: Record<string, unknown>): string[] {
  return Object.keys(after).filter(
    (key) => JSON.stringify(before?.[key] ?? null) !== JSON.stringify(after[key] ?? null),
  );
}

export async function writeAudit(
  tx: Tx,
  entry: { ngo: Ngo; before: Ngo | null; action: NgoAuditAction; actor: Actor; reason?: string },
): Promise<NgoAuditEntry> {
  const before = entry.before ? snapshot(entry.before) : null;
  const after = snapshot(entry.ngo);
  return tx.ngoAuditEntry.create({
    data: {
      ngoId: entry.ngo.id,
      action: entry.action,
      actorSubject: entry.actor.subject,
      actorRole: entry.actor.role,
      requestId: entry.actor.requestId,
      reason: entry.reason ?? null,
      changedFields: changedFields(before, after),
      before: before === null ? Prisma.DbNull : (before as Prisma.InputJsonObject),
      after: after as Prisma.InputJsonObject,
    },
  });
}

export function auditWhere(filter: NgoAuditFilter | null | undefined): Prisma.NgoAuditEntryWhereInput {
  if (!filter) return {};
  filter.ngoIds?.forEach((id) => validateId(id, 'filter.ngoIds'));
  validatePeriod(filter.from, filter.to, 'filter.from', 'filter.to');
  const from = filter.from ? filter.from : undefined;
  // `to` is a whole day: entries up to the start of the next one.
  const before = filter.to ? new Date(`${addDays(filter.to.toISOString().slice(0, 10), 1)}T00:00:00.000Z`) : undefined;
  return {
    ngoId: oneOf(filter.ngoIds),
    action: oneOf(filter.actions),
    actorSubject: oneOf(filter.actorSubjects),
    at: from || before ? { ...(from ? { gte: from } : {}), ...(before ? { lt: before } : {}) } : undefined,
  };
}

/** Analysts (and admins) read the log; registrars write it but do not browse it. */
export async function listAudit(
  db: Db,
  viewer: Viewer,
  filter: NgoAuditFilter | null | undefined,
  args: { first?: number | null; after?: string | null },
): Promise<Connection<NgoAuditEntry>> {
  requireRole(viewer, ['analyst'], 'Reading the registry audit log');
  const where = auditWhere(filter);
  const page = pageRequest(args);
  const rows = await db.ngoAuditEntry.findMany({
    where,
    orderBy: [{ at: 'desc' }, { id: 'asc' }],
    ...prismaPage(page),
  });
  return toConnection(rows, page, () => db.ngoAuditEntry.count({ where }));
}
