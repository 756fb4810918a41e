import { provenanceOf } from '../../../../lib/graphql/provenance.js';
import { totalsByCurrency } from '../../../../lib/domain/money.js';
import { SDG_GOALS } from '../domain/sdg.js';
import { ACTIVITY_STATUSES, codesOfNames, nameOfCode, ORGANISATION_ROLES, TRANSACTION_TYPES } from '../domain/iati.js';
import type {
  ActivityResolvers,
  BudgetResolvers,
  ParticipatingOrgResolvers,
  TransactionResolvers,
} from '../generated/graphql.js';
import { listTransactions } from '../services/partners.js';

async function required<T>(value: Promise<T | null>, what: string): Promise<T> {
  const found = await value;
  if (!found) throw new Error(`${what} is missing`);
  return found;
}

export const Activity: ActivityResolvers = {
  provenance: (activity) => provenanceOf(activity, activity.iatiIdentifier),
  __resolveReference: (reference, { loaders }) => loaders.activityById.load(reference.id),
  status: (activity) => nameOfCode(ACTIVITY_STATUSES, activity.status),
  reportingOrg: (activity, _args, { loaders }) =>
    required(loaders.partnerById.load(activity.reportingOrgId), `partner ${activity.reportingOrgId}`),
  participatingOrgs: (activity, _args, { loaders }) => loaders.participatingOrgsByActivityId.load(activity.id),
  locations: (activity) => activity.locationRegionCodes.map((code) => ({ code })),
  sdgGoals: (activity) => SDG_GOALS.filter(({ goal }) => activity.sdgGoals.includes(goal)),
  budgets: (activity, _args, { loaders }) => loaders.budgetsByActivityId.load(activity.id),
  totalBudget: async (activity, _args, { loaders }) =>
    totalsByCurrency(await loaders.budgetsByActivityId.load(activity.id)),
  transactions: (activity, { types, first, after }, { db }) =>
    listTransactions(
      db,
      { activityId: activity.id, ...(types?.length ? { type: { in: codesOfNames(TRANSACTION_TYPES, types) } } : {}) },
      { first, after },
    ),
};

export const ParticipatingOrg: ParticipatingOrgResolvers = {
  role: (org) => nameOfCode(ORGANISATION_ROLES, org.role),
  partner: (org, _args, { loaders }) => (org.partnerId ? loaders.partnerById.load(org.partnerId) : null),
};

export const Budget: BudgetResolvers = {
  value: (budget) => ({ amount: budget.amount, currency: budget.currency }),
};

export const Transaction: TransactionResolvers = {
  __resolveReference: (reference, { loaders }) => loaders.transactionById.load(reference.id),
  type: (transaction) => nameOfCode(TRANSACTION_TYPES, transaction.type),
  value: (transaction) => ({ amount: transaction.amount, currency: transaction.currency }),
  provider: (t) =>
    t.providerOrgRef || t.providerName
      ? {
          orgRef: t.providerOrgRef,
          name: t.providerName,
          activityIdentifier: t.providerActivityId,
          partnerId: t.providerPartnerId,
        }
      : null,
  receiver: (t) =>
    t.receiverOrgRef || t.receiverName
      ? {
          orgRef: t.receiverOrgRef,
          name: t.receiverName,
          activityIdentifier: t.receiverActivityId,
          partnerId: t.receiverPartnerId,
        }
      : null,
  activity: (t, _args, { loaders }) => required(loaders.activityById.load(t.activityId), `activity ${t.activityId}`),
  region: (t) => (t.regionCode ? { code: t.regionCode } : null),
  // A transaction is published inside its activity: it has the activity's file, fetch time and identifier.
  provenance: async (t, _args, { loaders }) =>
    provenanceOf(await required(loaders.activityById.load(t.activityId), `activity ${t.activityId}`), t.ref),
};
