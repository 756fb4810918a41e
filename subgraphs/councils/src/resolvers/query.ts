import { listSyncRuns } from '../../../../lib/graphql/provenance.js';
import { validateId } from '../../../../lib/graphql/errors.js';
import { COUNCIL_LEVELS, PROJECT_OUTCOMES } from '../domain/council-terms.js';
import { POLICY_FIELDS } from '../domain/policy-fields.js';
import { trendRequest } from '../../../../lib/graphql/trends.js';
import type { QueryResolvers } from '../generated/graphql.js';
import { councilScope } from '../services/council-scope.js';
import {
  councilWhere,
  listCouncils,
  listMembers,
  listProjects,
  memberWhere,
  projectWhere,
} from '../services/councils.js';
import { projectScope } from '../services/project-scope.js';
import { projectTrend } from '../services/project-trend.js';

export const Query: QueryResolvers = {
  councils: (_parent, { filter, first, after }, { db }) => listCouncils(db, councilWhere(filter), { first, after }),
  council: (_parent, { id }, { loaders }) => loaders.councilById.load(validateId(id)),
  councilMembers: (_parent, { filter, first, after }, { db }) => listMembers(db, memberWhere(filter), { first, after }),
  councilProjects: (_parent, { filter, first, after }, { db }) =>
    listProjects(db, projectWhere(filter), { first, after }),
  civilForums: (_parent, _args, { db }) => db.civilForum.findMany({ orderBy: { edition: 'desc' } }),
  civilForum: (_parent, { edition }, { db }) => db.civilForum.findUnique({ where: { edition } }),
  councilStatistics: (_parent, { filter }) => councilScope(filter),
  councilProjectStatistics: (_parent, { filter }) => projectScope(filter),
  councilProjectTrend: (_parent, { interval, from, to, filter }, { db }) =>
    projectTrend(db, trendRequest(interval, from, to), projectScope(filter)),
  councilVocabulary: () => ({
    policyFields: [...POLICY_FIELDS],
    outcomes: [...PROJECT_OUTCOMES],
    levels: [...COUNCIL_LEVELS],
  }),
  councilSyncRuns: (_parent, args, { db, viewer }) => listSyncRuns(db.syncRun, viewer, args, 'councilSyncRuns'),
};
