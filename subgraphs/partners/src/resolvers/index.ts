import { CurrencyScalar, DateScalar, DecimalScalar } from '../../../../lib/graphql/scalars.js';
import type { Resolvers } from '../generated/graphql.js';
import { Activity, Budget, ParticipatingOrg, Transaction } from './activity.js';
import { Ngo, NgoFunding, Region, RegionFunding } from './entities.js';
import { Partner, PartnerFunding, TransactionOrg } from './partner.js';
import { Query } from './query.js';
import { fundingQueries } from './funding-queries.js';
import { DonorFunding, SdgFunding, SdgTargetFunding } from './funding-stats.js';
import { Mutation } from './mutation.js';
import { Conversion, ExchangeRate } from './exchange-rate.js';
import { ImportedBin } from './imported-bin.js';
import { RecipientReport, RecipientReportsResult } from './recipient-report.js';
import { Reconciliation, ReconciliationLine } from './reconciliation.js';

export const resolvers: Resolvers = {
  Date: DateScalar,
  Decimal: DecimalScalar,
  Currency: CurrencyScalar,
  // Two files of distinct Query fields (typed as Picks of QueryResolvers): nothing is overridden.
  Query: { ...Query, ...fundingQueries },
  Mutation,
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
  ImportedBin,
  RecipientReport,
  RecipientReportsResult,
  ExchangeRate,
  Conversion,
  Reconciliation,
  ReconciliationLine,
  SdgFunding,
  SdgTargetFunding,
  DonorFunding,
};
