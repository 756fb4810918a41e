import { listSyncRuns } from '../../../../lib/graphql/provenance.js';
import { badUserInput, requireExactlyOne, validateId } from '../../../../lib/graphql/errors.js';
import { describeRegionProblem, findRegion, REGIONS } from '../../../../lib/domain/regions.js';
import { LEGAL_FORMS, NGO_STATUSES } from '../domain/registry-terms.js';
import { SECTORS } from '../domain/sectors.js';
import { chosenLanguage } from '../../../../lib/graphql/language.js';
import { trendRequest } from '../../../../lib/graphql/trends.js';
import type { QueryResolvers } from '../generated/graphql.js';
import { listAudit } from '../services/audit.js';
import { ngoScope } from '../services/ngo-scope.js';
import { registrationTrend } from '../services/ngo-trend.js';
import { listNgos, ngoWhere, validateBin } from '../services/ngos.js';
import { searchNgos } from '../services/search.js';

export const Query: QueryResolvers = {
  ngo: async (_parent, args, { loaders }) => {
    requireExactlyOne(args, ['id', 'bin']);
    if (args.bin != null) {
      validateBin(args.bin);
      return loaders.ngoByBin.load(args.bin);
    }
    return loaders.ngoById.load(validateId(String(args.id)));
  },
  ngos: (_parent, { filter, first, after }, { db }) => listNgos(db, ngoWhere(filter), { first, after }),
  regions: () => [...REGIONS],
  region: (_parent, { code }) => {
    const problem = describeRegionProblem(code);
    if (problem) throw badUserInput(problem, 'code');
    return findRegion(code)!;
  },
  ngoStatistics: (_parent, { filter }) => ngoScope(filter),
  ngoRegistrationTrend: (_parent, { interval, from, to, filter }, { db }) =>
    registrationTrend(db, trendRequest(interval, from, to), ngoScope(filter)),
  searchNgos: (_parent, { text, filter, orderBy, language, first, after }, { db, loaders, language: requested }) =>
    searchNgos(db, loaders, {
      text,
      scope: ngoScope(filter),
      // eslint-disable-next-line @typescript-eslint/no-unnecessary-condition -- a client may pass null explicitly for an argument that has a default
      orderBy: orderBy ?? 'RELEVANCE',
      language: chosenLanguage(language, requested),
      first,
      after,
    }),
  ngoVocabulary: () => ({ sectors: [...SECTORS], statuses: [...NGO_STATUSES], legalForms: [...LEGAL_FORMS] }),
  auditLog: (_parent, { filter, first, after }, { db, viewer }) => listAudit(db, viewer, filter, { first, after }),
  registrySyncRuns: (_parent, args, { db, viewer }) => listSyncRuns(db.syncRun, viewer, args, 'registrySyncRuns'),
};
