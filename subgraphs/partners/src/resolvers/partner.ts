import { binFromOrgRef } from '../../../../lib/domain/bin.js';
import type { PartnerFundingResolvers, PartnerResolvers, TransactionOrgResolvers } from '../generated/graphql.js';
import { listActivities } from '../services/partners.js';

export const Partner: PartnerResolvers = {
  __resolveReference: (reference, { loaders }) => loaders.partnerById.load(reference.id),
  iatiOrganisationType: (partner) => partner.iatiType,
  ngo: (partner) => (partner.ngoBin ? { bin: partner.ngoBin } : null),
  reportedActivities: (partner, { first, after }, { db }) =>
    listActivities(db, { reportingOrgId: partner.id }, { first, after }),
  // eslint-disable-next-line @typescript-eslint/no-unnecessary-condition -- a client may pass null explicitly for an argument that has a default
  funding: (partner, { scope }) => ({ partner, scope: scope ?? 'ALL' }),
};

export const PartnerFunding: PartnerFundingResolvers = {
  committed: async ({ partner, scope }, _args, { loaders }) =>
    (await loaders.partnerFunding.load({ scope, partnerId: partner.id })).committed,
  disbursed: async ({ partner, scope }, _args, { loaders }) =>
    (await loaders.partnerFunding.load({ scope, partnerId: partner.id })).disbursed,
  recipientCount: async ({ partner, scope }, _args, { loaders }) =>
    (await loaders.partnerFunding.load({ scope, partnerId: partner.id })).recipientRefs.length,
  recipients: async ({ partner, scope }, _args, { loaders }) => {
    const { recipientRefs } = await loaders.partnerFunding.load({ scope, partnerId: partner.id });
    const partners = await loaders.partnerByRef.loadMany(recipientRefs);
    return partners
      .flatMap((p) => (p && !(p instanceof Error) ? [p] : []))
      .sort((a, b) => a.name.localeCompare(b.name));
  },
};

export const TransactionOrg: TransactionOrgResolvers = {
  partner: (side, _args, { loaders }) => (side.partnerId ? loaders.partnerById.load(side.partnerId) : null),
  ngo: (side) => {
    const bin = binFromOrgRef(side.orgRef);
    return bin ? { bin } : null;
  },
};
