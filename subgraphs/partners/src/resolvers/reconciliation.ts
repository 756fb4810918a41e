import { TRANSACTION_TYPES } from '../domain/iati.js';
import type {
  ConversionResolvers,
  ExchangeRateResolvers,
  ImportedBinResolvers,
  RecipientReportResolvers,
  RecipientReportsResultResolvers,
  ReconciliationLineResolvers,
  ReconciliationResolvers,
} from '../generated/graphql.js';
import { reconciliationCsv } from '../services/reconciliation-csv.js';
import { reportVisibleTo } from '../services/report-visibility.js';

export const Reconciliation: ReconciliationResolvers = {
  currency: (report) => report.request.currency,
  from: (report) => new Date(`${report.request.from}T00:00:00Z`),
  to: (report) => new Date(`${report.request.to}T00:00:00Z`),
  tolerance: (report) => report.request.tolerance,
  csv: (report) => reconciliationCsv(report),
};

export const ReconciliationLine: ReconciliationLineResolvers = {
  activity: (line, _args, { loaders }) => loaders.activityByIdentifier.load(line.activityIdentifier),
  recipient: (line, _args, { loaders }) => loaders.partnerByRef.load(line.recipientOrgRef),
};

export const RecipientReport: RecipientReportResolvers = {
  // The gateway's entity lookup applies the same row rule as every other read: another donor's line is not found.
  __resolveReference: async (reference, { db, loaders, viewer }) => {
    const report = await loaders.recipientReportById.load(reference.id);
    return report && (await reportVisibleTo(db, viewer, report)) ? report : null;
  },
  type: (report) => (report.type === TRANSACTION_TYPES.EXPENDITURE ? 'EXPENDITURE' : 'INCOMING_FUNDS'),
  value: (report) => ({ amount: report.amount, currency: report.currency }),
};

export const RecipientReportsResult: RecipientReportsResultResolvers = {
  reports: async (result, _args, { loaders }) =>
    (await loaders.recipientReportById.loadMany(result.reportIds)).flatMap((r) =>
      r && !(r instanceof Error) ? [r] : [],
    ),
};

export const ExchangeRate: ExchangeRateResolvers = {
  date: (rate) => new Date(`${rate.rateDate}T00:00:00Z`),
};

export const Conversion: ConversionResolvers = {
  rateDate: (conversion) =>
    conversion.rates[0] ? new Date(`${conversion.rates[0].rateDate}T00:00:00Z`) : conversion.valueDate,
};

export const ImportedBin: ImportedBinResolvers = {
  ngo: (entry) => (entry.status === 'INVALID' ? null : { bin: entry.bin }),
};
