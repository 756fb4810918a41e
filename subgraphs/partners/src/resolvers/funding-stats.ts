import { SDG_GOALS } from '../domain/sdg.js';
import type { DonorFundingResolvers, SdgFundingResolvers, SdgTargetFundingResolvers } from '../generated/graphql.js';

export const SdgFunding: SdgFundingResolvers = {
  goal: (sdg) => SDG_GOALS[sdg.goal - 1]!,
  committed: (sdg) => sdg.totals.committed,
  disbursed: (sdg) => sdg.totals.disbursed,
  converted: (sdg) => sdg.totals.converted,
  transactionCount: (sdg) => sdg.totals.transactionCount,
};

export const SdgTargetFunding: SdgTargetFundingResolvers = {
  target: (totals) => totals.group,
};

export const DonorFunding: DonorFundingResolvers = {
  donorOrgRef: (totals) => totals.group,
  donor: (totals, _args, { loaders }) => (totals.group ? loaders.partnerByRef.load(totals.group) : null),
};
