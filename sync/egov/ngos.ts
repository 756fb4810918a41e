/**
 * Writes one mapped portal record to the NGO registry: validated by the same
 * rules as a registrar's registration (BIN check digit and date, region,
 * names, sectors), then created or updated in one transaction with its audit
 * entry, the sync named as the actor. The BIN is the key: a record the
 * registry already holds (typed in by a registrar, say) is updated and takes
 * the portal as its source.
 */
import type { Db } from '../../subgraphs/ngos/src/db.js';
import type { LegalForm, NgoStatus, Sector } from '../../subgraphs/ngos/src/generated/graphql.js';
import { writeAudit, type Actor } from '../../subgraphs/ngos/src/services/audit.js';
import { ChangeRefused, validateRegistration } from '../../subgraphs/ngos/src/services/registry-input.js';
import { todayInKazakhstan } from '../../subgraphs/ngos/src/services/registry.js';
import type { Outcome } from '../contract.js';
import { MappingProblem } from './mapping.js';
import { provenanceColumns, sameAsStored, type RecordProvenance } from './provenance.js';

type Values = Record<string, string | string[] | null>;

const one = (values: Values, field: string): string | null => {
  const value = values[field];
  return Array.isArray(value) ? (value[0] ?? null) : (value ?? null);
};
const list = (values: Values, field: string): string[] => {
  const value = values[field];
  return Array.isArray(value) ? value : value ? [value] : [];
};

const STATUSES: readonly NgoStatus[] = ['ACTIVE', 'SUSPENDED', 'LIQUIDATED'];

export async function writeNgo(db: Db, values: Values, provenance: RecordProvenance, actor: Actor): Promise<Outcome> {
  const registeredOn = one(values, 'registeredOn');
  const contacts = {
    email: one(values, 'contacts.email'),
    phone: one(values, 'contacts.phone'),
    website: one(values, 'contacts.website'),
    address: one(values, 'contacts.address'),
  };
  let data;
  try {
    data = validateRegistration(
      {
        bin: one(values, 'bin') ?? '',
        names: { ru: one(values, 'names.ru') ?? '', kk: one(values, 'names.kk'), en: one(values, 'names.en') },
        legalForm: (one(values, 'legalForm') ?? '') as LegalForm,
        registeredOn: new Date(`${registeredOn ?? 'none'}T00:00:00.000Z`),
        regionCode: one(values, 'regionCode') ?? '',
        sectors: list(values, 'sectors') as Sector[],
        contacts: Object.values(contacts).some(Boolean) ? contacts : null,
      },
      todayInKazakhstan(),
    );
  } catch (error) {
    if (error instanceof ChangeRefused) throw new MappingProblem(`${error.error.field ?? 'record'}: ${error.message}`);
    throw error;
  }
  const status = one(values, 'status') ?? 'ACTIVE';
  if (!STATUSES.includes(status as NgoStatus))
    throw new MappingProblem(`status: "${status}" is not one of ${STATUSES.join(', ')}`);
  const row = {
    ...data,
    registeredOn: new Date(`${data.registeredOn}T00:00:00.000Z`),
    status: status as NgoStatus,
    ...provenanceColumns(provenance),
  };
  return db.$transaction(async (tx) => {
    const [locked] = await tx.$queryRaw<{ id: string }[]>`SELECT id::text FROM ngos WHERE bin = ${data.bin} FOR UPDATE`;
    const before = locked ? await tx.ngo.findUnique({ where: { id: locked.id } }) : null;
    if (sameAsStored(before, provenance)) return 'unchanged';
    if (!before) {
      const ngo = await tx.ngo.create({ data: row });
      await writeAudit(tx, { ngo, before: null, action: 'REGISTERED', actor, reason: `from ${provenance.sourceUrl}` });
      return 'created';
    }
    const ngo = await tx.ngo.update({ where: { id: before.id }, data: row });
    await writeAudit(tx, {
      ngo,
      before,
      action: before.status === ngo.status ? 'UPDATED' : 'STATUS_CHANGED',
      actor,
      reason: `from ${provenance.sourceUrl}`,
    });
    return 'updated';
  });
}

/** Marks the source's NGOs that its latest complete listing no longer holds; returns how many. */
export async function markRemovedNgos(db: Db, source: string, seen: readonly string[]): Promise<number> {
  const result = await db.ngo.updateMany({
    where: { source, removedFromSourceAt: null, sourceRecordId: { notIn: [...seen] } },
    data: { removedFromSourceAt: new Date() },
  });
  return result.count;
}
