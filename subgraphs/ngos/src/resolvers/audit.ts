import type { NgoAuditEntryResolvers } from '../generated/graphql.js';

export const NgoAuditEntry: NgoAuditEntryResolvers = {
  ngo: async (entry, _args, { loaders }) => {
    const ngo = await loaders.ngoById.load(entry.ngoId);
    // The foreign key and the registry's no-delete rule guarantee it.
    if (!ngo) throw new Error(`audit entry ${entry.id} refers to missing NGO ${entry.ngoId}`);
    return ngo;
  },
  actor: (entry) => ({ subject: entry.actorSubject, role: entry.actorRole }),
  changedFields: (entry) => entry.changedFields,
  // Written by writeAudit as JSON objects (snapshots of the record).
  before: (entry) => entry.before as Record<string, unknown> | null,
  after: (entry) => entry.after as Record<string, unknown>,
};
