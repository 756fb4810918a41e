import { TRANSACTION_TYPES } from '../domain/iati.js';
import { reportVisibleTo } from '../services/report-visibility.js';
import type { RecipientReportResolvers, RecipientReportsResultResolvers } from '../generated/graphql.js';

export const RecipientReport: RecipientReportResolvers = {
  // The gateway's entity lookup applies the same row rule as every other read: another donor's line is not found.
  __resolveReference: async (reference, { db, loaders, viewer }) => {
    const report = await loaders.recipientReportById.load(reference.id);
    return report && (await reportVisibleTo(db, viewer, report)) ? report : null;
  },
  type: (report) => (report.type === TRANSACTION_TYPES.EXPENDITURE ? 'EXPENDITURE' : 'INCOMING_FUNDS'),
  value: (report) => ({ amount: report.amount, currency: report.currency }),
};

/** What a report upload returns: the stored reports, read back through the loader. */
export const RecipientReportsResult: RecipientReportsResultResolvers = {
  reports: async (result, _args, { loaders }) =>
    (await loaders.recipientReportById.loadMany(result.reportIds)).flatMap((r) =>
      r && !(r instanceof Error) ? [r] : [],
    ),
};
