import { CurrencyScalar, DateScalar, DecimalScalar } from '../../../../lib/graphql/scalars.js';
import type { Resolvers } from '../generated/graphql.js';
import { Activity, Budget, ParticipatingOrg, Transaction } from './activity.js';
import { Ngo, NgoFunding, Region, RegionFunding } from './entities.js';
import { Partner, PartnerFunding, TransactionOrg } from './partner.js';
import { Query } from './query.js';

export const resolvers: Resolvers = {
  Date: DateScalar,
  Decimal: DecimalScalar,
  Currency: CurrencyScalar,
  Query,
  Partner,
  PartnerFunding,
  TransactionOrg,
  Activity,
  ParticipatingOrg,
  Budget,
  Transaction,
  Ngo,
  NgoFunding,
  Region,
  RegionFunding,
};
