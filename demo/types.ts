/**
 * Row shapes of the demo data: one interface per Prisma model, with the
 * model's camelCase field names and only its scalar fields. Dates are
 * 'YYYY-MM-DD' strings, timestamps ISO 8601 strings, amounts decimal strings.
 */

/** 'YYYY-MM-DD' */
export type IsoDate = string;

export type NgoStatus = 'ACTIVE' | 'SUSPENDED' | 'LIQUIDATED';
export type LegalForm =
  | 'PUBLIC_ASSOCIATION'
  | 'PUBLIC_FOUNDATION'
  | 'PRIVATE_INSTITUTION'
  | 'ASSOCIATION_OF_LEGAL_ENTITIES'
  | 'RELIGIOUS_ASSOCIATION'
  | 'CONSUMER_COOPERATIVE';

export interface NgoRow {
  id: string;
  bin: string;
  nameKk: string | null;
  nameRu: string;
  nameEn: string | null;
  legalForm: LegalForm;
  registeredOn: IsoDate;
  status: NgoStatus;
  regionCode: string;
  sectors: string[];
  email: string | null;
  phone: string | null;
  website: string | null;
  address: string | null;
  createdAt: string;
  updatedAt: string;
}

export type CouncilLevel = 'REPUBLICAN' | 'LOCAL';
export type LocalTerritory = 'REGION' | 'CITY' | 'DISTRICT';
export type MemberRole = 'CHAIR' | 'DEPUTY_CHAIR' | 'SECRETARY' | 'MEMBER';
export type ProjectOutcome = 'SUPPORTED' | 'SUPPORTED_WITH_REMARKS' | 'RETURNED_FOR_REVISION' | 'REJECTED';

export interface PublicCouncilRow {
  id: string;
  nameRu: string;
  nameKk: string | null;
  nameEn: string | null;
  level: CouncilLevel;
  territory: LocalTerritory | null;
  formedBy: string;
  regionCode: string | null;
  formedOn: IsoDate;
}

export interface CouncilMemberRow {
  id: string;
  councilId: string;
  fullName: string;
  role: MemberRole;
  ngoId: string | null;
  email: string | null;
  phone: string | null;
  appointedOn: IsoDate;
}

export interface CouncilProjectRow {
  id: string;
  councilId: string;
  title: string;
  field: string;
  consideredOn: IsoDate;
  outcome: ProjectOutcome;
}

export interface CivilForumRow {
  id: string;
  edition: number;
  title: string;
  city: string;
  heldOn: IsoDate;
}

export interface DiscussionPlatformRow {
  id: string;
  forumId: string;
  position: number;
  title: string;
  topic: string;
}

export type PartnerKind =
  | 'UN_AGENCY'
  | 'EU'
  | 'BILATERAL_DONOR'
  | 'MULTILATERAL'
  | 'FOUNDATION'
  | 'INTERNATIONAL_NGO'
  | 'NATIONAL_NGO'
  | 'GOVERNMENT'
  | 'OTHER';

export interface PartnerRow {
  id: string;
  orgRef: string;
  name: string;
  acronym: string | null;
  kind: PartnerKind;
  iatiType: string | null;
  country: string | null;
  ngoBin: string | null;
}

export interface ActivityRow {
  id: string;
  iatiIdentifier: string;
  reportingOrgId: string;
  title: string;
  description: string | null;
  status: number;
  defaultCurrency: string | null;
  plannedStart: IsoDate | null;
  actualStart: IsoDate | null;
  plannedEnd: IsoDate | null;
  actualEnd: IsoDate | null;
  recipientCountries: string[];
  recipientRegions: string[];
  locationRegionCodes: string[];
  sdgGoals: number[];
  sdgTargets: string[];
  lastUpdatedAt: string | null;
}

export interface ParticipatingOrgRow {
  id: string;
  activityId: string;
  partnerId: string | null;
  orgRef: string | null;
  name: string;
  role: number;
}

export interface BudgetRow {
  id: string;
  activityId: string;
  periodStart: IsoDate;
  periodEnd: IsoDate;
  amount: string;
  currency: string;
  valueDate: IsoDate;
}

export interface TransactionRow {
  id: string;
  activityId: string;
  ref: string | null;
  type: number;
  transactionDate: IsoDate;
  valueDate: IsoDate;
  amount: string;
  currency: string;
  description: string | null;
  providerOrgRef: string | null;
  providerName: string | null;
  providerPartnerId: string | null;
  providerActivityId: string | null;
  receiverOrgRef: string | null;
  receiverName: string | null;
  receiverPartnerId: string | null;
  receiverActivityId: string | null;
  receiverBin: string | null;
  regionCode: string | null;
}

/** An official rate of the National Bank of Kazakhstan: `rate` tenge for `quantity` units. */
export interface ExchangeRateRow {
  currency: string;
  rateDate: IsoDate;
  rate: string;
  quantity: number;
}

/** A recipient's report line: money received (type 1) or spent (type 4) under a donor's activity. */
export interface RecipientReportRow {
  id: string;
  recipientOrgRef: string;
  recipientBin: string | null;
  activityIdentifier: string;
  ref: string;
  type: number;
  transactionDate: IsoDate;
  valueDate: IsoDate;
  amount: string;
  currency: string;
  providerOrgRef: string | null;
  disbursementRef: string | null;
  description: string | null;
  reportedOn: IsoDate;
}

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
