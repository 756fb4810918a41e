/**
 * Registry changes: register, correct, change status. Each runs in one
 * transaction with its audit-log entry (and the count tables, which the
 * database's triggers keep in the same transaction). Expected failures
 * come back as data and store nothing.
 */
import { requireRole, type Viewer } from '../../../../lib/auth/viewer.js';
import { uuidsOnly } from '../../../../lib/database/loaders.js';
import type { Db } from '../db.js';
import type { NgoStatus, RegisterNgoInput, UpdateNgoInput } from '../generated/graphql.js';
import { Prisma, type Ngo } from '../generated/prisma/client.js';
import { actorOf, changedFields, snapshot, writeAudit, type Tx } from './audit.js';
import {
  ChangeRefused,
  refuse,
  validateReason,
  validateRegistration,
  validateUpdate,
  type ChangeError,
} from './registry-input.js';

export interface ChangeResult {
  ok: boolean;
  ngo: Ngo | null;
  error: ChangeError | null;
}

/** Who may change the registry (admin may do everything). */
const REGISTRARS = ['registrar'] as const;

/** Status changes the registry allows; liquidation is final. */
const NEXT_STATUSES: Record<NgoStatus, readonly NgoStatus[]> = {
  ACTIVE: ['SUSPENDED', 'LIQUIDATED'],
  SUSPENDED: ['ACTIVE', 'LIQUIDATED'],
  LIQUIDATED: [],
};

const isUuid = (id: string) => uuidsOnly([id]).length === 1;

/** Today in Kazakhstan (UTC+5), for "not in the future". */
export function todayInKazakhstan(now = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Almaty' }).format(now);
}

/** Runs a change; a refusal becomes data, with the NGO as it stands when there is one. */
async function attempt(db: Db, id: string | null, change: () => Promise<Ngo>): Promise<ChangeResult> {
  try {
    return { ok: true, ngo: await change(), error: null };
  } catch (error) {
    if (!(error instanceof ChangeRefused)) throw error;
    const refusal = error.error;
    const ngo = id && isUuid(id) ? await db.ngo.findUnique({ where: { id } }) : null;
    return { ok: false, ngo, error: refusal };
  }
}

/** The NGO, locked until the transaction ends, so two changes to it apply one after the other. */
async function lockedNgo(tx: Tx, id: string, field = 'id'): Promise<Ngo> {
  if (!isUuid(id)) refuse('INVALID_INPUT', `"${id.slice(0, 60)}" is not an NGO id: ids are UUIDs`, field);
  await tx.$queryRaw`SELECT 1 FROM ngos WHERE id = ${id}::uuid FOR UPDATE`;
  const ngo = await tx.ngo.findUnique({ where: { id } });
  return ngo ?? refuse('NOT_FOUND', `no NGO has id ${id}`, field);
}

export async function registerNgo(
  db: Db,
  viewer: Viewer,
  requestId: string,
  input: RegisterNgoInput,
  today = todayInKazakhstan(),
): Promise<ChangeResult> {
  requireRole(viewer, REGISTRARS, 'Registering an NGO');
  const actor = actorOf(viewer, requestId);
  return attempt(db, null, async () => {
    const data = validateRegistration(input, today);
    try {
      return await db.$transaction(async (tx) => {
        const existing = await tx.ngo.findUnique({ where: { bin: data.bin }, select: { id: true } });
        if (existing)
          refuse(
            'DUPLICATE_BIN',
            `an NGO with BIN ${data.bin} is registered already: id ${existing.id}`,
            'input.bin',
            existing.id,
          );
        const ngo = await tx.ngo.create({
          data: { ...data, registeredOn: new Date(`${data.registeredOn}T00:00:00.000Z`), status: 'ACTIVE' },
        });
        await writeAudit(tx, { ngo, before: null, action: 'REGISTERED', actor });
        return ngo;
      });
    } catch (error) {
      // Two registrations of one BIN at once: the unique index refuses the second, reported like any duplicate.
      if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === 'P2002') {
        const existing = await db.ngo.findUnique({ where: { bin: data.bin }, select: { id: true } });
        refuse(
          'DUPLICATE_BIN',
          `an NGO with BIN ${data.bin} was registered at the same moment`,
          'input.bin',
          existing?.id ?? null,
        );
      }
      throw error;
    }
  });
}

export async function updateNgo(
  db: Db,
  viewer: Viewer,
  requestId: string,
  id: string,
  input: UpdateNgoInput,
): Promise<ChangeResult> {
  requireRole(viewer, REGISTRARS, 'Correcting an NGO');
  const actor = actorOf(viewer, requestId);
  return attempt(db, id, async () => {
    const data = validateUpdate(input);
    return db.$transaction(async (tx) => {
      const before = await lockedNgo(tx, id);
      if (before.status === 'LIQUIDATED')
        refuse('INVALID_STATUS_CHANGE', `NGO ${id} is liquidated: its record is closed and kept as it was`, 'id');
      // Nothing to change is no change: no write, no audit entry.
      if (!changedFields(snapshot(before), snapshot({ ...before, ...data })).length) return before;
      const ngo = await tx.ngo.update({ where: { id }, data });
      await writeAudit(tx, { ngo, before, action: 'UPDATED', actor });
      return ngo;
    });
  });
}

export async function changeNgoStatus(
  db: Db,
  viewer: Viewer,
  requestId: string,
  args: { id: string; status: NgoStatus; reason: string },
): Promise<ChangeResult> {
  requireRole(viewer, REGISTRARS, "Changing an NGO's status");
  const actor = actorOf(viewer, requestId);
  return attempt(db, args.id, async () => {
    const reason = validateReason(args.reason);
    return db.$transaction(async (tx) => {
      const before = await lockedNgo(tx, args.id);
      if (!NEXT_STATUSES[before.status].includes(args.status)) {
        const allowed = NEXT_STATUSES[before.status];
        refuse(
          'INVALID_STATUS_CHANGE',
          `NGO ${args.id} is ${before.status}; it can become ${allowed.length ? allowed.join(' or ') : 'nothing else (liquidation is final)'}, not ${args.status}`,
          'status',
        );
      }
      const ngo = await tx.ngo.update({ where: { id: args.id }, data: { status: args.status } });
      await writeAudit(tx, { ngo, before, action: 'STATUS_CHANGED', actor, reason });
      return ngo;
    });
  });
}
