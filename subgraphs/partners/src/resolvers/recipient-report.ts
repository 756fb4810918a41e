import { TRANSACTION_TYPES } from '../domain/iati.js';
import type { RecipientReportResolvers, RecipientReportsResultResolvers } from '../generated/graphql.js';

export const RecipientReport: RecipientReportResolvers = {
  __resolveReference: (reference, { loaders }) => loaders.recipientReportById.load(reference.id),
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
