/**
 * Row shapes of the demo data, derived from the Prisma models so a column
 * added to a schema.prisma reaches the generator's types: the model's
 * camelCase scalar fields, with dates 'YYYY-MM-DD' strings, timestamps ISO
 * 8601 strings and amounts decimal strings (what the bulk insert sends).
 */
import type { Decimal } from '@prisma/client/runtime/client';
import type * as Councils from '../subgraphs/councils/src/generated/prisma/client.js';
import type * as Ngos from '../subgraphs/ngos/src/generated/prisma/client.js';
import type * as Partners from '../subgraphs/partners/src/generated/prisma/client.js';

export type { LegalForm, NgoStatus } from '../subgraphs/ngos/src/generated/prisma/enums.js';
export type {
  CouncilLevel,
  LocalTerritory,
  MemberRole,
  ProjectOutcome,
} from '../subgraphs/councils/src/generated/prisma/enums.js';
export type { PartnerKind } from '../subgraphs/partners/src/generated/prisma/enums.js';

/** 'YYYY-MM-DD' */
export type IsoDate = string;

type Wire<T> = T extends Date ? string : T extends Decimal ? string : T;
/**
 * A Prisma model as the demo generator writes it. Provenance columns are the
 * connectors' (npm run sync): demo rows take their defaults (source "local").
 */
type Provenance = 'source' | 'sourceUrl' | 'sourceRecordId' | 'fetchedAt' | 'contentHash' | 'removedFromSourceAt';
type DemoRow<Model> = { [K in Exclude<keyof Model, Provenance>]: Wire<Model[K]> };

export type NgoRow = DemoRow<Ngos.Ngo>;

export type PublicCouncilRow = DemoRow<Councils.PublicCouncil>;
export type CouncilMemberRow = DemoRow<Councils.CouncilMember>;
export type CouncilProjectRow = DemoRow<Councils.CouncilProject>;
export type CivilForumRow = DemoRow<Councils.CivilForum>;
export type DiscussionPlatformRow = DemoRow<Councils.DiscussionPlatform>;

export type PartnerRow = DemoRow<Partners.Partner>;
/** The file's IATI version and content hash are the import's (it detects unchanged activities); demo activities are not imported. */
/** Sectors, recipient shares and location elements as published are read from IATI files only. */
export type ActivityRow = Omit<DemoRow<Partners.Activity>, 'iatiVersion' | 'sectors' | 'recipients' | 'locations'>;
/** The organisation type is read from IATI files only. */
export type ParticipatingOrgRow = Omit<DemoRow<Partners.ParticipatingOrg>, 'orgType'>;
/** Budget type and status, org types and disbursement channel are read from IATI files only. */
export type BudgetRow = Omit<DemoRow<Partners.Budget>, 'type' | 'status'>;
export type TransactionRow = Omit<
  DemoRow<Partners.Transaction>,
  'providerOrgType' | 'receiverOrgType' | 'disbursementChannel'
>;
/** An official rate of the National Bank of Kazakhstan: `rate` tenge for `quantity` units. */
export type ExchangeRateRow = DemoRow<Partners.ExchangeRate>;
/** A recipient's report line: money received (type 1) or spent (type 4) under a donor's activity. */
export type RecipientReportRow = DemoRow<Partners.RecipientReport>;

export interface NgosSlice {
  ngos: NgoRow[];
}

export interface CouncilsSlice {
  publicCouncils: PublicCouncilRow[];
  councilMembers: CouncilMemberRow[];
  councilProjects: CouncilProjectRow[];
  civilForums: CivilForumRow[];
  discussionPlatforms: DiscussionPlatformRow[];
}

export interface PartnersSlice {
  partners: PartnerRow[];
  activities: ActivityRow[];
  participatingOrgs: ParticipatingOrgRow[];
  budgets: BudgetRow[];
  transactions: TransactionRow[];
  exchangeRates: ExchangeRateRow[];
  recipientReports: RecipientReportRow[];
}

/** The whole demo data set, one slice per subgraph database. */
export interface DemoData {
  ngos: NgosSlice;
  councils: CouncilsSlice;
  partners: PartnersSlice;
}
