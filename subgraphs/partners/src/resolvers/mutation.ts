/** Mutations: who may call them is checked here, what they do is in services/partner-mutations.ts. */
import { requireRole } from '../../../../lib/auth/viewer.js';
import type { MutationResolvers } from '../generated/graphql.js';
import { importIatiText, importRatesText, importReportsCsvText, submitReport } from '../services/partner-mutations.js';

export const Mutation: MutationResolvers = {
  importIatiActivities: (_parent, { xml }, { db, viewer }) => {
    requireRole(viewer, ['admin'], 'importIatiActivities');
    return importIatiText(db, xml);
  },
  importExchangeRates: (_parent, { xml }, { db, viewer }) => {
    requireRole(viewer, ['admin'], 'importExchangeRates');
    return importRatesText(db, xml);
  },
  submitRecipientReport: (_parent, { input }, { db, viewer }) => {
    requireRole(viewer, ['donor'], 'submitRecipientReport');
    return submitReport(db, input, viewer, new Date());
  },
  importRecipientReportsCsv: (_parent, { csv }, { db, viewer }) => {
    requireRole(viewer, ['donor'], 'importRecipientReportsCsv');
    return importReportsCsvText(db, csv, viewer);
  },
};
