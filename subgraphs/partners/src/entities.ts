/** Parent objects of this subgraph's resolvers that are not database rows. */
import type { FundingScope } from './generated/graphql.js';
import type { Partner } from './generated/prisma/client.js';

/** An NGO of the registry, known here by its BIN. */
export interface NgoRef {
  bin: string;
}

/** A region, known here by its ISO 3166-2:KZ code. */
export interface RegionRef {
  code: string;
}

/** One side (provider or receiver) of a transaction. */
export interface TransactionSide {
  orgRef: string | null;
  name: string | null;
  activityIdentifier: string | null;
  partnerId: string | null;
}

export interface PartnerFundingParent {
  partner: Partner;
  scope: FundingScope;
}
