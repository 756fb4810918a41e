import type { MutationResolvers } from '../generated/graphql.js';
import { changeNgoStatus, registerNgo, updateNgo } from '../services/registry.js';

// requireRole runs in the services, so every caller of a registry change is checked, not only this API.
export const Mutation: MutationResolvers = {
  registerNgo: (_parent, { input }, { db, viewer, requestId }) => registerNgo(db, viewer, requestId, input),
  updateNgo: (_parent, { id, input }, { db, viewer, requestId }) => updateNgo(db, viewer, requestId, id, input),
  changeNgoStatus: (_parent, args, { db, viewer, requestId }) => changeNgoStatus(db, viewer, requestId, args),
};
