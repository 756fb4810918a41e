import type { ReconciliationLineResolvers, ReconciliationResolvers } from '../generated/graphql.js';
import { reconciliationCsv } from '../services/reconciliation-csv.js';

export const Reconciliation: ReconciliationResolvers = {
  currency: (report) => report.request.currency,
  from: (report) => new Date(`${report.request.from}T00:00:00Z`),
  to: (report) => new Date(`${report.request.to}T00:00:00Z`),
  tolerance: (report) => report.request.tolerance,
  csv: (report) => reconciliationCsv(report),
};

export const ReconciliationLine: ReconciliationLineResolvers = {
  activity: (line, _args, { loaders }) => loaders.activityByIdentifier.load(line.activityIdentifier),
  recipient: (line, _args, { loaders }) =>
    line.recipientOrgRef ? loaders.partnerByRef.load(line.recipientOrgRef) : null,
};
