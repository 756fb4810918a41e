import type { QueryResolvers } from '../generated/graphql.js';
import { councilWhere, listCouncils, listMembers, listProjects, memberWhere, projectWhere } from '../services/councils.js';

export const Query: QueryResolvers = {
  councils: (_parent, { filter, first, after }, { db }) => listCouncils(db, councilWhere(filter), { first, after }),
  council: (_parent, { id }, { loaders }) => loaders.councilById.load(id),
  councilMembers: (_parent, { filter, first, after }, { db }) => listMembers(db, memberWhere(filter), { first, after }),
  councilProjects: (_parent, { filter, first, after }, { db }) => listProjects(db, projectWhere(filter), { first, after }),
  civilForums: (_parent, _args, { db }) => db.civilForum.findMany({ orderBy: { edition: 'desc' } }),
  civilForum: (_parent, { edition }, { db }) => db.civilForum.findUnique({ where: { edition } }),
};
