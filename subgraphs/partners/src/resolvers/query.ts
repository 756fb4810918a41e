import { listSyncRuns } from '../../../../lib/graphql/provenance.js';
import { requireRole } from '../../../../lib/auth/viewer.js';
import { requireExactlyOne, validateId } from '../../../../lib/graphql/errors.js';
import type { QueryResolvers } from '../generated/graphql.js';
import {
  activityWhere,
  listActivities,
  listPartners,
  listTransactions,
  partnerWhere,
  transactionWhere,
} from '../services/partners.js';
import { listRecipientReports } from '../services/recipient-report-list.js';

export const Query: QueryResolvers = {
  partners: (_parent, { filter, first, after }, { db }) => listPartners(db, partnerWhere(filter), { first, after }),
  partner: (_parent, args, { loaders }) => {
    requireExactlyOne(args, ['id', 'orgRef']);
    return args.orgRef != null
      ? loaders.partnerByRef.load(args.orgRef)
      : loaders.partnerById.load(validateId(String(args.id)));
  },
  activities: (_parent, { filter, first, after }, { db }) =>
    listActivities(db, activityWhere(filter), { first, after }),
  activity: (_parent, args, { loaders }) => {
    requireExactlyOne(args, ['id', 'iatiIdentifier']);
    if (args.iatiIdentifier != null) return loaders.activityByIdentifier.load(args.iatiIdentifier);
    return loaders.activityById.load(validateId(String(args.id)));
  },
  transactions: (_parent, { filter, first, after }, { db }) =>
    listTransactions(db, transactionWhere(filter), { first, after }),
  recipientReports: (_parent, { filter, first, after }, { db, viewer }) => {
    requireRole(viewer, ['analyst', 'donor'], 'recipientReports');
    return listRecipientReports(db, viewer, filter, { first, after });
  },
  partnerSyncRuns: (_parent, args, { db, viewer }) => listSyncRuns(db.syncRun, viewer, args, 'partnerSyncRuns'),
};
