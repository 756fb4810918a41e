/** Parent objects of this subgraph's resolvers that are not database rows. */
import type { OfficialRate } from './domain/exchange.js';
import type { MoneyValue } from '../../../lib/domain/money.js';
import type { FundingScope } from './generated/graphql.js';
import type { GroupTotals } from './services/funding-stats.js';
import type { ReportProblem } from './services/recipient-reports.js';
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

/** A conversion: the amount given, the result, and the rates used. */
export interface ConversionParent {
  original: MoneyValue;
  converted: MoneyValue;
  valueDate: Date;
  rates: OfficialRate[];
}

/** An SDG goal's totals with its targets' totals. */
export interface SdgFundingParent {
  goal: number;
  totals: GroupTotals;
  targets: GroupTotals[];
}

/** Recipient reports' outcome, the stored lines by id. */
export interface RecipientReportsParent {
  ok: boolean;
  error: { code: string; message: string; field: string | null } | null;
  created: number;
  updated: number;
  unchanged: number;
  rejected: number;
  problems: ReportProblem[];
  problemCount: number;
  reportIds: string[];
}
