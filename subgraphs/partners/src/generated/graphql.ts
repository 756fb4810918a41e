import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { Partner as PartnerRow, Activity as ActivityRow, ParticipatingOrg as ParticipatingOrgRow, Budget as BudgetRow, Transaction as TransactionRow, RecipientReport as RecipientReportRow } from './prisma/client.js';
import type { Connection } from '../../../../lib/graphql/pagination.js';
import type { MoneyValue } from '../../../../lib/domain/money.js';
import type { TransactionSide, PartnerFundingParent, NgoRef, RegionRef, RecipientReportsParent, ConversionParent, SdgFundingParent } from '../entities.js';
import type { BinReport } from '../services/iati-import.js';
import type { OfficialRate } from '../domain/exchange.js';
import type { Reconciliation as ReconciliationModel, ReconciliationLine as ReconciliationLineModel, ReconciliationItem as ReconciliationItemModel } from '../services/reconciliation.js';
import type { GroupTotals } from '../services/funding-stats.js';
import type { Context } from '../context.js';
export type Maybe<T> = T | null;
export type InputMaybe<T> = T | null | undefined;
export type Omit<T, K extends keyof T> = Pick<T, Exclude<keyof T, K>>;
export type RequireFields<T, K extends keyof T> = Omit<T, K> & { [P in K]-?: NonNullable<T[P]> };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /** An ISO 4217 currency code, e.g. `EUR`, `USD`, `KZT`. */
  Currency: { input: string; output: string; }
  /** A calendar date in ISO 8601 form, `YYYY-MM-DD`. */
  Date: { input: Date; output: Date; }
  /**
   * An exact decimal number written as a string, e.g. `"1250000.50"`. Money is
   * never a floating-point number here: add amounts with a decimal library.
   */
  Decimal: { input: import('decimal.js').Decimal; output: import('decimal.js').Decimal; }
  _FieldSet: { input: unknown; output: unknown; }
};

/** An aid activity as published under the IATI Standard (2.03). */
export type Activity = {
  __typename?: 'Activity';
  /** Actual end date. */
  actualEnd: Maybe<Scalars['Date']['output']>;
  /** Actual start date. */
  actualStart: Maybe<Scalars['Date']['output']>;
  /** The activity's budgets by period. */
  budgets: Array<Budget>;
  /** The currency of values that name none (IATI `default-currency`). */
  defaultCurrency: Maybe<Scalars['Currency']['output']>;
  /** The activity's description. */
  description: Maybe<Scalars['String']['output']>;
  /** The permanent IATI identifier: the reporting organization's reference, a hyphen, its own activity code. */
  iatiIdentifier: Scalars['String']['output'];
  /** The activity's identifier here. */
  id: Scalars['ID']['output'];
  /** The Kazakh regions where the activity takes place. */
  locations: Array<Region>;
  /** The organizations taking part, with their roles. */
  participatingOrgs: Array<ParticipatingOrg>;
  /** Planned end date. */
  plannedEnd: Maybe<Scalars['Date']['output']>;
  /** Planned start date. */
  plannedStart: Maybe<Scalars['Date']['output']>;
  /** Where it came from: source, dataset or file URL, fetch time. */
  provenance: Provenance;
  /** Recipient countries, ISO 3166-1 alpha-2. */
  recipientCountries: Array<Scalars['String']['output']>;
  /** Recipient regions in the OECD DAC region vocabulary, e.g. 619 (Central Asia). */
  recipientRegions: Array<Scalars['String']['output']>;
  /** The organization that publishes the activity. */
  reportingOrg: Partner;
  /** The Sustainable Development Goals the activity is tagged with (IATI tag vocabulary 2). */
  sdgGoals: Array<SdgGoal>;
  /** SDG targets it is tagged with (IATI tag vocabulary 3), e.g. `5.2`. */
  sdgTargets: Array<Scalars['String']['output']>;
  /** Where the activity is in its life cycle (IATI ActivityStatus). */
  status: ActivityStatus;
  /** The activity's title. */
  title: Scalars['String']['output'];
  /** The sum of its budgets, one total per currency. */
  totalBudget: Array<Money>;
  /** The activity's transactions, by value date. */
  transactions: TransactionConnection;
};


/** An aid activity as published under the IATI Standard (2.03). */
export type ActivityTransactionsArgs = {
  after: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  types: InputMaybe<Array<TransactionType>>;
};

/** A page of activities. */
export type ActivityConnection = {
  __typename?: 'ActivityConnection';
  /** The activities on this page. */
  nodes: Array<Activity>;
  /** Where this page ends and whether more follow. */
  pageInfo: PageInfo;
  /** How many activities match, across every page. */
  totalCount: Scalars['Int']['output'];
};

/** Conditions on activities; every condition given must hold, and a list matches any of its values. */
export type ActivityFilter = {
  /** For any of these recipient regions (OECD DAC codes, e.g. 619). */
  recipientRegions?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Taking place in any of these Kazakh regions. */
  regionCodes?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Reporting organizations, by org-id.guide identifier. */
  reportingOrgRefs?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Tagged with any of these SDGs (1 to 17). */
  sdgGoals?: InputMaybe<Array<Scalars['Int']['input']>>;
  /** In any of these statuses. */
  statuses?: InputMaybe<Array<ActivityStatus>>;
};

/** A problem or remark about one activity of an imported file. */
export type ActivityIssue = {
  __typename?: 'ActivityIssue';
  /** Where in the activity, e.g. `transaction[3]/value/@currency`. */
  element: Scalars['String']['output'];
  /** The activity's IATI identifier, when it has one. */
  iatiIdentifier: Maybe<Scalars['String']['output']>;
  /** The line of the file where the activity starts. */
  line: Scalars['Int']['output'];
  /** What is wrong. */
  reason: Scalars['String']['output'];
};

/** Where an activity is in its life cycle (IATI ActivityStatus). */
export type ActivityStatus =
  /** 5: cancelled. */
  | 'CANCELLED'
  /** 4: finished and closed. */
  | 'CLOSED'
  /** 3: physically complete, finances being closed. */
  | 'FINALISATION'
  /** 2: being implemented. */
  | 'IMPLEMENTATION'
  /** 1: being scoped or planned. */
  | 'PIPELINE'
  /** 6: suspended. */
  | 'SUSPENDED';

/** What is known of a BIN in an imported file. The funding is kept in every case. */
export type BinStatus =
  /** Not a valid BIN (format or check digit): kept as published, not linked. */
  | 'INVALID'
  /** Its check digit is valid; the registry was not asked (the mutation cannot read the registry's database). */
  | 'NOT_CHECKED'
  /** The registry was asked and does not know it. */
  | 'NOT_REGISTERED'
  /** The registry knows it: the funding links to the NGO. */
  | 'REGISTERED';

/** A budget of an activity for one period. */
export type Budget = {
  __typename?: 'Budget';
  /** Last day of the period. */
  periodEnd: Scalars['Date']['output'];
  /** First day of the period. */
  periodStart: Scalars['Date']['output'];
  /** The budgeted amount. */
  value: Money;
  /** The date that fixes the exchange rate of the value. */
  valueDate: Scalars['Date']['output'];
};

/** An amount converted at official rates. */
export type Conversion = {
  __typename?: 'Conversion';
  /** The amount in the target currency, rounded to its smallest unit (half away from zero). */
  converted: Money;
  /** The amount as given. */
  original: Money;
  /** The publication day of the rate used: the value date, or the nearest earlier day with a rate. */
  rateDate: Scalars['Date']['output'];
  /** The official rates used (tenge needs none). */
  rates: Array<ExchangeRate>;
  /** The date whose rate was asked for. */
  valueDate: Scalars['Date']['output'];
};

/**
 * Totals converted to one currency. Transactions without an official rate near
 * their value date are not in `committed`/`disbursed`: they are listed in
 * `unconverted`, per original currency, so the converted part is never blanked.
 */
export type ConvertedFunding = {
  __typename?: 'ConvertedFunding';
  /** Commitments that could be converted. */
  committed: Money;
  /** Disbursements that could be converted. */
  disbursed: Money;
  /** What could not be converted, one entry per original currency; empty when everything was. */
  unconverted: Array<UnconvertedFunding>;
};

/** Funding provided by one donor. */
export type DonorFunding = {
  __typename?: 'DonorFunding';
  /** Commitments, one total per currency. */
  committed: Array<Money>;
  /** Both converted, when a currency was asked for. */
  converted: Maybe<ConvertedFunding>;
  /** Disbursements, one total per currency. */
  disbursed: Array<Money>;
  /** The donor, when known here. */
  donor: Maybe<Partner>;
  /** The donor's org-id.guide identifier. */
  donorOrgRef: Scalars['String']['output'];
  /** How many transactions count here. */
  transactionCount: Scalars['Int']['output'];
};

/** An official rate of the National Bank of Kazakhstan. */
export type ExchangeRate = {
  __typename?: 'ExchangeRate';
  /** The currency. */
  currency: Scalars['Currency']['output'];
  /** The day it was published for. */
  date: Scalars['Date']['output'];
  /** How many units the rate is for (1 for most currencies). */
  quantity: Scalars['Int']['output'];
  /** Tenge for `quantity` units of the currency. */
  rate: Scalars['Decimal']['output'];
};

/** The outcome of loading official exchange rates. */
export type ExchangeRatesImportResult = {
  __typename?: 'ExchangeRatesImportResult';
  /** Rates stored for the first time. */
  created: Scalars['Int']['output'];
  /** Publication days in the file. */
  days: Scalars['Int']['output'];
  /** Why not, when it was not. */
  error: Maybe<PartnersMutationError>;
  /** Whether the file was read. */
  ok: Scalars['Boolean']['output'];
  /** Rates already stored as they are. */
  unchanged: Scalars['Int']['output'];
  /** Rates corrected. */
  updated: Scalars['Int']['output'];
};

/** Which receivers a funding summary counts. */
export type FundingScope =
  /** Every receiver. */
  | 'ALL'
  /** Only Kazakh legal entities (receivers identified as `KZ-BIN-...`). */
  | 'KAZAKH_ORGANIZATIONS';

/** Which transactions funding statistics count; every condition given must hold. */
export type FundingStatsFilter = {
  /** Provided by any of these donors (org-id.guide identifiers). */
  donorOrgRefs?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Value date on or after this date. */
  from?: InputMaybe<Scalars['Date']['input']>;
  /** Reaching any of these regions. */
  regionCodes?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Value date on or before this date. */
  to?: InputMaybe<Scalars['Date']['input']>;
};

/** An IATI 2.03 activity file. */
export type IatiExport = {
  __typename?: 'IatiExport';
  /** How many activities this document holds. */
  activityCount: Scalars['Int']['output'];
  /** Where this document ends and whether more activities follow. */
  pageInfo: PageInfo;
  /** How many activities the whole selection holds, across every page. */
  totalCount: Scalars['Int']['output'];
  /** The XML document. */
  xml: Scalars['String']['output'];
};

/** What an IATI import did. */
export type IatiImportReport = {
  __typename?: 'IatiImportReport';
  /** Every BIN (`KZ-BIN-...`) the file names, with what is known of it (at most 1,000 listed). */
  bins: Array<ImportedBin>;
  /** Activities stored for the first time. */
  created: Scalars['Int']['output'];
  /** How many partners the import created. */
  newPartnerCount: Scalars['Int']['output'];
  /** The org-id.guide identifiers of partners the import created (at most 1,000 listed). */
  newPartners: Array<Scalars['String']['output']>;
  /** Activities older (by last-updated-datetime) than the version stored, left as they were. */
  older: Scalars['Int']['output'];
  /** What became of the file as a whole. */
  outcome: ImportOutcome;
  /** Activities read from the file. */
  read: Scalars['Int']['output'];
  /** Where registered BINs were looked up, or null when they were checked by their check digit only. */
  registry: Maybe<Scalars['String']['output']>;
  /** Activities rejected as invalid; nothing of them was stored. */
  rejected: Scalars['Int']['output'];
  /** Why each rejected activity was rejected, element by element (at most 1,000 listed). */
  rejections: Array<ActivityIssue>;
  /** The line where reading stopped, when the file broke off. */
  stoppedAtLine: Maybe<Scalars['Int']['output']>;
  /** Activities already stored with the same content. */
  unchanged: Scalars['Int']['output'];
  /** Activities replaced by a newer or changed version. */
  updated: Scalars['Int']['output'];
  /** The file's IATI version. */
  version: Maybe<Scalars['String']['output']>;
  /** How many warnings there were. */
  warningCount: Scalars['Int']['output'];
  /** What was stored but deserves a look, e.g. an organization without a reference (at most 1,000 listed). */
  warnings: Array<ActivityIssue>;
};

/** The outcome of an IATI import. */
export type IatiImportResult = {
  __typename?: 'IatiImportResult';
  /** Why the file could not be read (not IATI, too large, malformed), when it could not. */
  error: Maybe<PartnersMutationError>;
  /** Whether the whole file could be read; rejected activities do not make it false. */
  ok: Scalars['Boolean']['output'];
  /** What was imported, rejected and noticed, activity by activity. */
  report: IatiImportReport;
};

/**
 * What became of a whole file. A file that breaks off is not rolled back: the
 * activities read before the break are stored, each whole, and importing the
 * repaired file again finds them unchanged.
 */
export type ImportOutcome =
  /** The whole file was read; every valid activity is stored. */
  | 'IMPORTED'
  /** Nothing was stored. */
  | 'NOT_IMPORTED'
  /** Reading stopped early (see `stoppedAtLine`): the activities counted as created or updated were stored, nothing after the stop was. */
  | 'PARTLY_IMPORTED';

/** A BIN named by an imported file. */
export type ImportedBin = {
  __typename?: 'ImportedBin';
  /** The 12-digit BIN. */
  bin: Scalars['String']['output'];
  /** The first activity that names it. */
  iatiIdentifier: Scalars['String']['output'];
  /** The registry's NGO, for a BIN with a valid check digit; through the gateway its registry fields are null when the registry does not know it. */
  ngo: Maybe<Ngo>;
  /** What is known of it. */
  status: BinStatus;
};

/** An amount of money in one currency. */
export type Money = {
  __typename?: 'Money';
  /** The amount, an exact decimal string. */
  amount: Scalars['Decimal']['output'];
  /** Its ISO 4217 currency. */
  currency: Scalars['Currency']['output'];
};

/** Changes to partners' data: imports and recipients' reports. */
export type Mutation = {
  __typename?: 'Mutation';
  /** Loads the National Bank of Kazakhstan's official rates from its XML (the daily file or rates_all.xml), at most 1,000,000 bytes. Admin only. */
  importExchangeRates: ExchangeRatesImportResult;
  /**
   * Imports an IATI activity file (versions 2.01 to 2.03) given as XML text of at
   * most 1,000,000 bytes (larger files: `npm run import:iati -- <file>`). Each
   * activity is stored whole or not at all; invalid ones are reported and the
   * rest imported; importing the same file again changes nothing. Admin only.
   */
  importIatiActivities: IatiImportResult;
  /**
   * Recipients' reports from CSV text (at most 1,000,000 bytes and 1,000 lines) with the header
   * recipient_org_ref, activity_identifier, ref, type, transaction_date,
   * value_date, amount, currency, reported_on and optionally provider_org_ref,
   * disbursement_ref, description. Each row is stored on its own; the same file
   * again changes nothing.
   */
  importRecipientReportsCsv: RecipientReportsResult;
  /** A recipient's report of money received or spent under a donor's activity. For your own organization (role donor), or anyone's (admin). */
  submitRecipientReport: RecipientReportsResult;
};


/** Changes to partners' data: imports and recipients' reports. */
export type MutationImportExchangeRatesArgs = {
  xml: Scalars['String']['input'];
};


/** Changes to partners' data: imports and recipients' reports. */
export type MutationImportIatiActivitiesArgs = {
  xml: Scalars['String']['input'];
};


/** Changes to partners' data: imports and recipients' reports. */
export type MutationImportRecipientReportsCsvArgs = {
  csv: Scalars['String']['input'];
};


/** Changes to partners' data: imports and recipients' reports. */
export type MutationSubmitRecipientReportArgs = {
  input: RecipientReportInput;
};

/** An NGO of the registry (owned by the ngos subgraph); here it gains the funding it received, matched by BIN. */
export type Ngo = {
  __typename?: 'Ngo';
  /** Business identification number. */
  bin: Scalars['String']['output'];
  /** Funding the NGO received from partners, as donors published it. Null, with a SUBGRAPH_* error, when the partners service cannot answer. */
  funding: Maybe<NgoFunding>;
};

/** Funding received by one NGO, summed per currency (no conversion). */
export type NgoFunding = {
  __typename?: 'NgoFunding';
  /** Commitments made to it (IATI type 2). */
  committed: Array<Money>;
  /** The partners that committed or disbursed to it. */
  donors: Array<Partner>;
  /** Disbursements to it (IATI type 3). */
  received: Array<Money>;
  /** The transactions in which it is the receiver, by value date. */
  transactions: TransactionConnection;
};


/** Funding received by one NGO, summed per currency (no conversion). */
export type NgoFundingTransactionsArgs = {
  after: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** The role of an organization in an activity (IATI OrganisationRole). */
export type OrganisationRole =
  /** 2: accountable for the activity. */
  | 'ACCOUNTABLE'
  /** 3: manages the budget on behalf of the funder. */
  | 'EXTENDING'
  /** 1: provides the funds. */
  | 'FUNDING'
  /** 4: implements the activity. */
  | 'IMPLEMENTING';

/** Cursor pagination: pass `endCursor` as `after` to get the next page. */
export type PageInfo = {
  __typename?: 'PageInfo';
  /** The cursor of the last item on this page; null on an empty page. */
  endCursor: Maybe<Scalars['String']['output']>;
  /** Whether another page follows this one. */
  hasNextPage: Scalars['Boolean']['output'];
};

/** An organization taking part in an activity. */
export type ParticipatingOrg = {
  __typename?: 'ParticipatingOrg';
  /** The organization's name as published. */
  name: Scalars['String']['output'];
  /** The organization's org-id.guide identifier, when published. */
  orgRef: Maybe<Scalars['String']['output']>;
  /** The partner record, when the organization is known here. */
  partner: Maybe<Partner>;
  /** Its role in the activity. */
  role: OrganisationRole;
};

/**
 * An organization in donor data: a UN agency, the EU Delegation, another donor,
 * an implementing organization or a recipient NGO. Identified by its
 * org-id.guide reference.
 */
export type Partner = {
  __typename?: 'Partner';
  /** Its usual short name, e.g. UNDP. */
  acronym: Maybe<Scalars['String']['output']>;
  /** ISO 3166-1 alpha-2 country of the organization, when known. */
  country: Maybe<Scalars['String']['output']>;
  /** What this partner committed and disbursed as provider, per currency, and to how many organizations. */
  funding: PartnerFunding;
  /** IATI OrganisationType code, e.g. 40 Multilateral, 15 Other Public Sector, 22 National NGO. */
  iatiOrganisationType: Maybe<Scalars['String']['output']>;
  /** The partner's identifier here. */
  id: Scalars['ID']['output'];
  /** What kind of organization it is. */
  kind: PartnerKind;
  /** The organization's name. */
  name: Scalars['String']['output'];
  /** The registry's NGO, when the partner is a Kazakh NGO (`KZ-BIN-...`). */
  ngo: Maybe<Ngo>;
  /** The org-id.guide identifier, e.g. `XM-DAC-41114` (UNDP), `XI-IATI-EC_INTPA` (European Commission), `KZ-BIN-<BIN>`. */
  orgRef: Scalars['String']['output'];
  /** Activities this partner reports (as IATI reporting organization). */
  reportedActivities: ActivityConnection;
};


/**
 * An organization in donor data: a UN agency, the EU Delegation, another donor,
 * an implementing organization or a recipient NGO. Identified by its
 * org-id.guide reference.
 */
export type PartnerFundingArgs = {
  scope?: InputMaybe<FundingScope>;
};


/**
 * An organization in donor data: a UN agency, the EU Delegation, another donor,
 * an implementing organization or a recipient NGO. Identified by its
 * org-id.guide reference.
 */
export type PartnerReportedActivitiesArgs = {
  after: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** A page of partners. */
export type PartnerConnection = {
  __typename?: 'PartnerConnection';
  /** The partners on this page. */
  nodes: Array<Partner>;
  /** Where this page ends and whether more follow. */
  pageInfo: PageInfo;
  /** How many partners match, across every page. */
  totalCount: Scalars['Int']['output'];
};

/** Conditions on partners; every condition given must hold. */
export type PartnerFilter = {
  /** Kinds of organization. */
  kinds?: InputMaybe<Array<PartnerKind>>;
};

/** A provider's funding summed per currency (no conversion). */
export type PartnerFunding = {
  __typename?: 'PartnerFunding';
  /** Outgoing commitments (IATI type 2), one total per currency. */
  committed: Array<Money>;
  /** Disbursements (IATI type 3), one total per currency. */
  disbursed: Array<Money>;
  /** How many distinct organizations received a commitment or disbursement. */
  recipientCount: Scalars['Int']['output'];
  /** The organizations that received a commitment or disbursement, by name. */
  recipients: Array<Partner>;
};

/** The kind of an organization in donor data. */
export type PartnerKind =
  /** A bilateral donor agency of a government. */
  | 'BILATERAL_DONOR'
  /** The European Union (the Commission and its Delegation). */
  | 'EU'
  /** A private or public foundation. */
  | 'FOUNDATION'
  /** A government body. */
  | 'GOVERNMENT'
  /** An international non-governmental organization. */
  | 'INTERNATIONAL_NGO'
  /** Another multilateral organization. */
  | 'MULTILATERAL'
  /** A Kazakh non-governmental organization. */
  | 'NATIONAL_NGO'
  /** Any other organization. */
  | 'OTHER'
  /** A United Nations agency, fund or programme. */
  | 'UN_AGENCY';

/** Why a mutation could not do what was asked. */
export type PartnersMutationError = {
  __typename?: 'PartnersMutationError';
  /** A stable code, e.g. NOT_IATI, TOO_LARGE, INVALID_REPORT. */
  code: Scalars['String']['output'];
  /** The input field at fault, when one is. */
  field: Maybe<Scalars['String']['output']>;
  /** What is wrong and what to do. */
  message: Scalars['String']['output'];
};

/** Where a record came from, so that a dashboard can cite the source of a figure. */
export type Provenance = {
  __typename?: 'Provenance';
  /** SHA-256 of its content as fetched, when known. */
  contentHash: Maybe<Scalars['String']['output']>;
  /** When its current content was fetched (ISO 8601); null for local records. */
  fetchedAt: Maybe<Scalars['String']['output']>;
  /** When it disappeared from its source (ISO 8601); such records are kept and marked, never deleted. */
  removedFromSourceAt: Maybe<Scalars['String']['output']>;
  /** `local` (entered here, imported by hand, or demo data) or the connector that fetched it: `egov:<dataset>`, `iati-registry`, `nbk-rates`. */
  source: Scalars['String']['output'];
  /** Its key in the source: a BIN, a portal record id, an IATI identifier. */
  sourceRecordId: Maybe<Scalars['String']['output']>;
  /** The dataset or file it was read from; null for local records. */
  url: Maybe<Scalars['String']['output']>;
};

export type Query = {
  __typename?: 'Query';
  /** Aid activities (IATI) matching the filter, by IATI identifier, cursor-paginated. */
  activities: Maybe<ActivityConnection>;
  /** One activity by id or by its IATI identifier; give exactly one. */
  activity: Maybe<Activity>;
  /**
   * Converts an amount at the official rate of its value date, or of the nearest
   * earlier publication day (at most 10 days before), and names the rates used.
   */
  convert: Maybe<Conversion>;
  /** The National Bank of Kazakhstan's official rates of one currency published between two dates, oldest first. */
  exchangeRates: Maybe<Array<ExchangeRate>>;
  /** Commitments and disbursements by donor, for dashboards. */
  fundingByDonor: Maybe<Array<DonorFunding>>;
  /** Commitments and disbursements by SDG goal, with their targets, for dashboards; an activity tagged with several goals counts under each. */
  fundingBySdg: Maybe<Array<SdgFunding>>;
  /**
   * Activities as IATI 2.03 XML documents that validate against the IATI
   * activity schema: the ones matching the filter, or those named, by IATI
   * identifier. A selection of any size comes in pages of at most 500
   * activities, each page a complete document: pass `pageInfo.endCursor` as
   * `after` for the next one.
   */
  iatiExport: Maybe<IatiExport>;
  /** One partner by id or by its org-id.guide identifier (e.g. `XM-DAC-41114` for UNDP); give exactly one. */
  partner: Maybe<Partner>;
  /** The latest runs of `npm run sync` that wrote to donor data (IATI activities, official rates), newest first. Analysts and admins. */
  partnerSyncRuns: Maybe<Array<SyncRun>>;
  /** International partners and other organizations in donor data, by name, cursor-paginated. */
  partners: Maybe<PartnerConnection>;
  /**
   * Recipients' report lines (money received or spent under donors' activities),
   * by value date, cursor-paginated. Analysts and admins see every line; a donor
   * the lines its organization reported and those under activities it reports or funds.
   */
  recipientReports: Maybe<RecipientReportConnection>;
  /**
   * Reconciles what donors committed and disbursed with what recipients report
   * they received and spent, for a donor, an activity or a recipient (give
   * exactly one), over a period, in one currency. Analysts and admins see
   * everything; a donor sees only its own organization's grants.
   */
  reconciliation: Reconciliation;
  /** Transactions matching the filter, by value date then id, cursor-paginated. */
  transactions: Maybe<TransactionConnection>;
};


export type QueryActivitiesArgs = {
  after: InputMaybe<Scalars['String']['input']>;
  filter: InputMaybe<ActivityFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryActivityArgs = {
  iatiIdentifier: InputMaybe<Scalars['String']['input']>;
  id: InputMaybe<Scalars['ID']['input']>;
};


export type QueryConvertArgs = {
  amount: Scalars['Decimal']['input'];
  currency: Scalars['Currency']['input'];
  to: ReportingCurrency;
  valueDate: Scalars['Date']['input'];
};


export type QueryExchangeRatesArgs = {
  currency: Scalars['Currency']['input'];
  from: Scalars['Date']['input'];
  to: Scalars['Date']['input'];
};


export type QueryFundingByDonorArgs = {
  currency: InputMaybe<ReportingCurrency>;
  filter: InputMaybe<FundingStatsFilter>;
};


export type QueryFundingBySdgArgs = {
  currency: InputMaybe<ReportingCurrency>;
  filter: InputMaybe<FundingStatsFilter>;
};


export type QueryIatiExportArgs = {
  after: InputMaybe<Scalars['String']['input']>;
  filter: InputMaybe<ActivityFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  iatiIdentifiers: InputMaybe<Array<Scalars['String']['input']>>;
};


export type QueryPartnerArgs = {
  id: InputMaybe<Scalars['ID']['input']>;
  orgRef: InputMaybe<Scalars['String']['input']>;
};


export type QueryPartnerSyncRunsArgs = {
  last?: InputMaybe<Scalars['Int']['input']>;
  source: InputMaybe<Scalars['String']['input']>;
};


export type QueryPartnersArgs = {
  after: InputMaybe<Scalars['String']['input']>;
  filter: InputMaybe<PartnerFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryRecipientReportsArgs = {
  after: InputMaybe<Scalars['String']['input']>;
  filter: InputMaybe<RecipientReportFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryReconciliationArgs = {
  activityIdentifier: InputMaybe<Scalars['String']['input']>;
  currency: ReportingCurrency;
  donorOrgRef: InputMaybe<Scalars['String']['input']>;
  from: Scalars['Date']['input'];
  recipientOrgRef: InputMaybe<Scalars['String']['input']>;
  scope?: InputMaybe<FundingScope>;
  to: Scalars['Date']['input'];
  tolerance?: InputMaybe<Scalars['Decimal']['input']>;
};


export type QueryTransactionsArgs = {
  after: InputMaybe<Scalars['String']['input']>;
  filter: InputMaybe<TransactionFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/**
 * A line of a recipient's report of money received or spent. Analysts and
 * admins see every line; a donor sees its own organization's lines and those
 * of its own activities.
 */
export type RecipientReport = {
  __typename?: 'RecipientReport';
  /** The donor activity the money belongs to. */
  activityIdentifier: Scalars['String']['output'];
  /** The recipient's description. */
  description: Maybe<Scalars['String']['output']>;
  /** The donor's disbursement reference the receipt answers. */
  disbursementRef: Maybe<Scalars['String']['output']>;
  /** The line's identifier here. */
  id: Scalars['ID']['output'];
  /** The donor named by the recipient. */
  providerOrgRef: Maybe<Scalars['String']['output']>;
  /** The reporting organization's org-id.guide identifier. */
  recipientOrgRef: Scalars['String']['output'];
  /** The recipient's own reference. */
  ref: Scalars['String']['output'];
  /** The day the line was reported. */
  reportedOn: Scalars['Date']['output'];
  /** The date of the transaction. */
  transactionDate: Scalars['Date']['output'];
  /** Received or spent. */
  type: RecipientReportType;
  /** The amount in its currency, as reported. */
  value: Money;
  /** The date that fixes the exchange rate. */
  valueDate: Scalars['Date']['output'];
};

/** A page of recipient report lines. */
export type RecipientReportConnection = {
  __typename?: 'RecipientReportConnection';
  /** The lines on this page. */
  nodes: Array<RecipientReport>;
  /** Where this page ends and whether more follow. */
  pageInfo: PageInfo;
  /** How many lines match, across every page. */
  totalCount: Scalars['Int']['output'];
};

/** Which recipient report lines to list; every condition given must hold. */
export type RecipientReportFilter = {
  /** Under any of these donor activities (IATI identifiers). */
  activityIdentifiers?: InputMaybe<Array<Scalars['String']['input']>>;
  /** In any of these currencies. */
  currencies?: InputMaybe<Array<Scalars['Currency']['input']>>;
  /** Naming any of these donors. */
  providerOrgRefs?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Reported by any of these recipients (org-id.guide identifiers). */
  recipientOrgRefs?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Received, spent, or both. */
  types?: InputMaybe<Array<RecipientReportType>>;
  /** Value date on or after this date. */
  valueDateFrom?: InputMaybe<Scalars['Date']['input']>;
  /** Value date on or before this date. */
  valueDateTo?: InputMaybe<Scalars['Date']['input']>;
};

/** One line of a recipient's report. */
export type RecipientReportInput = {
  /** The donor activity the money belongs to (IATI identifier). */
  activityIdentifier: Scalars['String']['input'];
  /** The amount, negative for a refund. */
  amount: Scalars['Decimal']['input'];
  /** Its currency, as on your account. */
  currency: Scalars['Currency']['input'];
  /** A description. */
  description?: InputMaybe<Scalars['String']['input']>;
  /** The donor's reference of the disbursement this receipt answers, when known. */
  disbursementRef?: InputMaybe<Scalars['String']['input']>;
  /** The donor's org-id.guide identifier. */
  providerOrgRef?: InputMaybe<Scalars['String']['input']>;
  /** The reporting organization's org-id.guide identifier, e.g. KZ-BIN-950440001673. */
  recipientOrgRef: Scalars['String']['input'];
  /** Your own reference for this line (e.g. the bank statement entry); sending it again replaces the line. */
  ref: Scalars['String']['input'];
  /** The day of the report; today when omitted. */
  reportedOn?: InputMaybe<Scalars['Date']['input']>;
  /** The date of the transaction. */
  transactionDate: Scalars['Date']['input'];
  /** Money received or spent. */
  type: RecipientReportType;
  /** The date that fixes the exchange rate (the day the money arrived or left). */
  valueDate: Scalars['Date']['input'];
};

/** What a recipient reports. */
export type RecipientReportType =
  /** 4: money spent on the activity. */
  | 'EXPENDITURE'
  /** 1: money received from the donor. */
  | 'INCOMING_FUNDS';

/** The outcome of recipient reports. */
export type RecipientReportsResult = {
  __typename?: 'RecipientReportsResult';
  /** Lines stored for the first time. */
  created: Scalars['Int']['output'];
  /** The first problem, when a line was rejected. */
  error: Maybe<PartnersMutationError>;
  /** Whether every line was stored. */
  ok: Scalars['Boolean']['output'];
  /** How many problems were found in all (problems lists the first 100). */
  problemCount: Scalars['Int']['output'];
  /** The first 100 problems, each with its CSV line. */
  problems: Array<ReportProblem>;
  /** Lines rejected; nothing of them was stored. */
  rejected: Scalars['Int']['output'];
  /** The lines stored or confirmed. */
  reports: Array<RecipientReport>;
  /** Lines already stored as they are. */
  unchanged: Scalars['Int']['output'];
  /** Lines replaced by a corrected version. */
  updated: Scalars['Int']['output'];
};

/** A reconciliation of funding over a period, in one currency. */
export type Reconciliation = {
  __typename?: 'Reconciliation';
  /** The same report as CSV for auditors: one row per item, then a TOTAL row. */
  csv: Scalars['String']['output'];
  /** The currency of every amount. */
  currency: ReportingCurrency;
  /** First value date of the period. */
  from: Scalars['Date']['output'];
  /** One line per grant: a donor activity and a recipient. */
  lines: Array<ReconciliationLine>;
  /** How many lines and items have each status. */
  statusCounts: Array<ReconciliationStatusCount>;
  /** Last value date of the period. */
  to: Scalars['Date']['output'];
  /** The tolerance used. */
  tolerance: Scalars['Decimal']['output'];
  /** Sums of the lines. */
  totals: ReconciliationTotals;
};

/** A disbursement and the receipt paired with it (either may be missing). */
export type ReconciliationItem = {
  __typename?: 'ReconciliationItem';
  /** Received minus disbursed. */
  difference: Money;
  /** The disbursement converted at its value date's rate. */
  disbursed: Money;
  /** The donor's disbursement. */
  disbursement: Maybe<Transaction>;
  /** Why, in words; null when matched. */
  explanation: Maybe<Scalars['String']['output']>;
  /** The official rates used. */
  rates: Array<ExchangeRate>;
  /** The recipient's receipt. */
  receipt: Maybe<RecipientReport>;
  /** The receipt converted (at the disbursement's value date when both are in one currency). */
  received: Money;
  /** What the pair shows. */
  status: ReconciliationStatus;
};

/** One grant: what a donor's activity committed and disbursed to a recipient, and what the recipient reports. */
export type ReconciliationLine = {
  __typename?: 'ReconciliationLine';
  /** The activity, when known here. */
  activity: Maybe<Activity>;
  /** The donor activity's IATI identifier. */
  activityIdentifier: Scalars['String']['output'];
  /** Committed to the recipient up to the end of the period. */
  committed: Money;
  /** Received minus disbursed. */
  difference: Money;
  /** Disbursed to it in the period. */
  disbursed: Money;
  /** The donor's org-id.guide identifier. */
  donorOrgRef: Maybe<Scalars['String']['output']>;
  /** The recipient's expenditure lines in the period. */
  expenditures: Array<RecipientReport>;
  /** What explains the differences, item by item; null when everything matched. */
  explanation: Maybe<Scalars['String']['output']>;
  /** Each disbursement with the receipt paired with it. */
  items: Array<ReconciliationItem>;
  /** What it reports it received in the period. */
  received: Money;
  /** The recipient, when known here. */
  recipient: Maybe<Partner>;
  /** The recipient's org-id.guide identifier; null on the line of disbursements to a receiver the donor did not identify. */
  recipientOrgRef: Maybe<Scalars['String']['output']>;
  /** What it reports it spent in the period. */
  spent: Money;
  /** The most serious status of its items. */
  status: ReconciliationStatus;
};

/** What a reconciliation line or item shows. */
export type ReconciliationStatus =
  /** The donor published the same disbursement twice (same ref, amount, currency and value date). */
  | 'DUPLICATE_DISBURSEMENT'
  /** Received in another currency; the difference comes from exchange rates. */
  | 'EXCHANGE_RATE_DIFFERENCE'
  /** Agree, but the recipient reported the receipt more than 30 days after it. */
  | 'LATE_REPORT'
  /** Disbursed and received agree within the tolerance. */
  | 'MATCHED'
  /** Disbursed, but the recipient reported no receipt. */
  | 'NOT_REPORTED'
  /** The recipient reports more than was disbursed. */
  | 'OVER_RECEIVED'
  /** The recipient reports a receipt the donor published no disbursement for. */
  | 'RECEIVED_WITHOUT_DISBURSEMENT'
  /** Disbursed to a receiver the donor did not identify (no `receiver-org/@ref`): in the totals, but no report can be matched to it. */
  | 'UNATTRIBUTED_DISBURSEMENT'
  /** The recipient reports less than was disbursed. */
  | 'UNDER_RECEIVED';

/** How many lines and items have a status. */
export type ReconciliationStatusCount = {
  __typename?: 'ReconciliationStatusCount';
  /** Items with it. */
  items: Scalars['Int']['output'];
  /** Lines with it. */
  lines: Scalars['Int']['output'];
  /** The status. */
  status: ReconciliationStatus;
};

/** Totals of a reconciliation, each the exact sum of its lines. */
export type ReconciliationTotals = {
  __typename?: 'ReconciliationTotals';
  /** Outgoing commitments dated up to the end of the period. */
  committed: Money;
  /** Received minus disbursed. */
  difference: Money;
  /** Disbursements in the period. */
  disbursed: Money;
  /** What recipients report they received in the period. */
  received: Money;
  /** What recipients report they spent in the period. */
  spent: Money;
};

/** A region (owned by the ngos subgraph); here it gains the funding that reached it. */
export type Region = {
  __typename?: 'Region';
  /** ISO 3166-2:KZ code, e.g. `KZ-75`. */
  code: Scalars['ID']['output'];
  /** Funding that reached organizations in this region. Null, with a SUBGRAPH_* error, when the partners service cannot answer. */
  funding: Maybe<RegionFunding>;
};

/** Funding that reached a region, summed per currency (no conversion). */
export type RegionFunding = {
  __typename?: 'RegionFunding';
  /** The region's funding by donor. */
  byDonor: Array<DonorFunding>;
  /** The region's funding by SDG goal. */
  bySdg: Array<SdgFunding>;
  /** Commitments to organizations in the region (IATI type 2). */
  committed: Array<Money>;
  /** Disbursements to organizations in the region (IATI type 3). */
  disbursed: Array<Money>;
  /** Commitments and disbursements converted to one currency (batched for every region of a request). */
  inCurrency: ConvertedFunding;
  /** How many transactions reached the region. */
  transactionCount: Scalars['Int']['output'];
};


/** Funding that reached a region, summed per currency (no conversion). */
export type RegionFundingByDonorArgs = {
  currency: InputMaybe<ReportingCurrency>;
  from: InputMaybe<Scalars['Date']['input']>;
  to: InputMaybe<Scalars['Date']['input']>;
};


/** Funding that reached a region, summed per currency (no conversion). */
export type RegionFundingBySdgArgs = {
  currency: InputMaybe<ReportingCurrency>;
  from: InputMaybe<Scalars['Date']['input']>;
  to: InputMaybe<Scalars['Date']['input']>;
};


/** Funding that reached a region, summed per currency (no conversion). */
export type RegionFundingInCurrencyArgs = {
  currency: ReportingCurrency;
  from: InputMaybe<Scalars['Date']['input']>;
  to: InputMaybe<Scalars['Date']['input']>;
};

/** A problem with one line of a recipient's report. */
export type ReportProblem = {
  __typename?: 'ReportProblem';
  /** The field at fault. */
  field: Scalars['String']['output'];
  /** The CSV line (1 is the header); null for a single report. */
  line: Maybe<Scalars['Int']['output']>;
  /** What is wrong and what to do. */
  reason: Scalars['String']['output'];
  /** The line's ref, when given. */
  ref: Maybe<Scalars['String']['output']>;
};

/** The currencies amounts can be converted to. */
export type ReportingCurrency =
  /** Euro. */
  | 'EUR'
  /** Kazakhstani tenge. */
  | 'KZT'
  /** US dollar. */
  | 'USD';

/** Funding under one SDG goal. */
export type SdgFunding = {
  __typename?: 'SdgFunding';
  /** Commitments, one total per currency. */
  committed: Array<Money>;
  /** Both converted, when a currency was asked for. */
  converted: Maybe<ConvertedFunding>;
  /** Disbursements, one total per currency. */
  disbursed: Array<Money>;
  /** The goal. */
  goal: SdgGoal;
  /** The goal's targets (IATI tag vocabulary 3) with their funding. */
  targets: Array<SdgTargetFunding>;
  /** How many transactions count here. */
  transactionCount: Scalars['Int']['output'];
};

/** A Sustainable Development Goal. */
export type SdgGoal = {
  __typename?: 'SdgGoal';
  /** The goal's number, 1 to 17. */
  goal: Scalars['Int']['output'];
  /** The goal's title, e.g. Gender Equality. */
  title: Scalars['String']['output'];
};

/** Funding under one SDG target. */
export type SdgTargetFunding = {
  __typename?: 'SdgTargetFunding';
  /** Commitments, one total per currency. */
  committed: Array<Money>;
  /** Both converted, when a currency was asked for. */
  converted: Maybe<ConvertedFunding>;
  /** Disbursements, one total per currency. */
  disbursed: Array<Money>;
  /** The target, e.g. 5.2. */
  target: Scalars['String']['output'];
  /** How many transactions count here. */
  transactionCount: Scalars['Int']['output'];
};

/** A record a sync run could not store, and why. */
export type SyncRejection = {
  __typename?: 'SyncRejection';
  /** The dataset, file or day it came from. */
  dataset: Scalars['String']['output'];
  /** Its key in the source. */
  key: Scalars['String']['output'];
  /** What is wrong with it. */
  reason: Scalars['String']['output'];
};

/** One run of `npm run sync` against this part of the data. */
export type SyncRun = {
  __typename?: 'SyncRun';
  /** Records stored for the first time. */
  created: Scalars['Int']['output'];
  /** How long it took, in milliseconds. */
  durationMs: Scalars['Int']['output'];
  /** Why it stopped early; what it stored before stays. */
  error: Maybe<Scalars['String']['output']>;
  /** When it finished (ISO 8601). */
  finishedAt: Scalars['String']['output'];
  /** The run's identifier. */
  id: Scalars['ID']['output'];
  /** Whether it read its source to the end. */
  ok: Scalars['Boolean']['output'];
  /** Records refused (see rejections). */
  rejected: Scalars['Int']['output'];
  /** The first refused records (at most 100). */
  rejections: Array<SyncRejection>;
  /** Records that disappeared from the source and were marked. */
  removed: Scalars['Int']['output'];
  /** The source: `egov:<dataset>`, `iati-registry` or `nbk-rates`. */
  source: Scalars['String']['output'];
  /** When it started (ISO 8601). */
  startedAt: Scalars['String']['output'];
  /** Records already stored as they are. */
  unchanged: Scalars['Int']['output'];
  /** Records whose content changed. */
  updated: Scalars['Int']['output'];
};

/** A financial transaction of an activity, as published (IATI). */
export type Transaction = {
  __typename?: 'Transaction';
  /** The activity the transaction belongs to. */
  activity: Activity;
  /** The publisher's description. */
  description: Maybe<Scalars['String']['output']>;
  /** The transaction's identifier here. */
  id: Scalars['ID']['output'];
  /** Where it came from: source, dataset or file URL, fetch time. */
  provenance: Provenance;
  /** The organization the money came from. */
  provider: Maybe<TransactionOrg>;
  /** The organization the money went to. */
  receiver: Maybe<TransactionOrg>;
  /** The publisher's own reference for the transaction. */
  ref: Maybe<Scalars['String']['output']>;
  /** The Kazakh region the money reached, when known. */
  region: Maybe<Region>;
  /** The date of the transaction. */
  transactionDate: Scalars['Date']['output'];
  /** What kind of transaction it is. */
  type: TransactionType;
  /** The amount in its published currency; negative for reductions and refunds. */
  value: Money;
  /** The date that fixes the exchange rate of the value. */
  valueDate: Scalars['Date']['output'];
};

/** A page of transactions. */
export type TransactionConnection = {
  __typename?: 'TransactionConnection';
  /** The transactions on this page. */
  nodes: Array<Transaction>;
  /** Where this page ends and whether more follow. */
  pageInfo: PageInfo;
  /** How many transactions match, across every page. */
  totalCount: Scalars['Int']['output'];
};

/** Conditions on transactions; every condition given must hold. */
export type TransactionFilter = {
  /** In any of these currencies. */
  currencies?: InputMaybe<Array<Scalars['Currency']['input']>>;
  /** Provided by any of these organizations (org-id.guide identifiers). */
  providerOrgRefs?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Received by any of these organizations (org-id.guide identifiers). */
  receiverOrgRefs?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Reaching any of these Kazakh regions. */
  regionCodes?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Transaction types. */
  types?: InputMaybe<Array<TransactionType>>;
  /** Value date on or after this date. */
  valueDateFrom?: InputMaybe<Scalars['Date']['input']>;
  /** Value date on or before this date. */
  valueDateTo?: InputMaybe<Scalars['Date']['input']>;
};

/** An organization named on one side of a transaction. */
export type TransactionOrg = {
  __typename?: 'TransactionOrg';
  /** The IATI identifier of its own activity that the money comes from or goes to. */
  activityIdentifier: Maybe<Scalars['String']['output']>;
  /** Its name as published. */
  name: Maybe<Scalars['String']['output']>;
  /** The registry's NGO, when the organization is `KZ-BIN-...`. */
  ngo: Maybe<Ngo>;
  /** Its org-id.guide identifier, when published. */
  orgRef: Maybe<Scalars['String']['output']>;
  /** The partner record, when known here. */
  partner: Maybe<Partner>;
};

/** IATI TransactionType. */
export type TransactionType =
  /** 10: a credit guarantee. */
  | 'CREDIT_GUARANTEE'
  /** 3: funds put at the disposal of a recipient. */
  | 'DISBURSEMENT'
  /** 4: funds spent on goods and services. */
  | 'EXPENDITURE'
  /** 11: a commitment received from a funder. */
  | 'INCOMING_COMMITMENT'
  /** 1: funds received from an external source. */
  | 'INCOMING_FUNDS'
  /** 13: an incoming pledge. */
  | 'INCOMING_PLEDGE'
  /** 5: interest paid on a loan. */
  | 'INTEREST_PAYMENT'
  /** 6: repayment of loan principal. */
  | 'LOAN_REPAYMENT'
  /** 2: a firm written obligation to provide funds. */
  | 'OUTGOING_COMMITMENT'
  /** 12: an outgoing pledge. */
  | 'OUTGOING_PLEDGE'
  /** 8: purchase of equity. */
  | 'PURCHASE_OF_EQUITY'
  /** 7: reimbursement of costs. */
  | 'REIMBURSEMENT'
  /** 9: sale of equity. */
  | 'SALE_OF_EQUITY';

/** Transactions of one currency that could not be converted: no official rate within 10 days before their value date. */
export type UnconvertedFunding = {
  __typename?: 'UnconvertedFunding';
  /** Their commitments, in their currency. */
  committed: Money;
  /** Their currency. */
  currency: Scalars['Currency']['output'];
  /** Their disbursements, in their currency. */
  disbursed: Money;
  /** The earliest value date without a rate. */
  firstValueDate: Scalars['Date']['output'];
  /** The latest value date without a rate. */
  lastValueDate: Scalars['Date']['output'];
  /** How many transactions. */
  transactionCount: Scalars['Int']['output'];
};

export type WithIndex<TObject> = TObject & Record<string, any>;
export type ResolversObject<TObject> = WithIndex<TObject>;

export type ResolverTypeWrapper<T> = Promise<T> | T;

export type ReferenceResolver<TResult, TReference, TContext> = (
      reference: TReference,
      context: TContext,
      info: GraphQLResolveInfo
    ) => Promise<TResult> | TResult;

      type ScalarCheck<T, S> = S extends true ? T : NullableCheck<T, S>;
      type NullableCheck<T, S> = Maybe<T> extends T ? Maybe<ListCheck<NonNullable<T>, S>> : ListCheck<T, S>;
      type ListCheck<T, S> = T extends (infer U)[] ? NullableCheck<U, S>[] : GraphQLRecursivePick<T, S>;
      export type GraphQLRecursivePick<T, S> = { [K in keyof T & keyof S]: ScalarCheck<T[K], S[K]> };
    

export type ResolverWithResolve<TResult, TParent, TContext, TArgs> = {
  resolve: ResolverFn<TResult, TParent, TContext, TArgs>;
};
export type Resolver<TResult, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = ResolverFn<TResult, TParent, TContext, TArgs> | ResolverWithResolve<TResult, TParent, TContext, TArgs>;

export type ResolverFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => Promise<TResult> | TResult;

export type SubscriptionSubscribeFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => AsyncIterable<TResult> | Promise<AsyncIterable<TResult>>;

export type SubscriptionResolveFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;

export interface SubscriptionSubscriberObject<TResult, TKey extends string, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<{ [key in TKey]: TResult }, TParent, TContext, TArgs>;
  resolve?: SubscriptionResolveFn<TResult, { [key in TKey]: TResult }, TContext, TArgs>;
}

export interface SubscriptionResolverObject<TResult, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<any, TParent, TContext, TArgs>;
  resolve: SubscriptionResolveFn<TResult, any, TContext, TArgs>;
}

export type SubscriptionObject<TResult, TKey extends string, TParent, TContext, TArgs> =
  | SubscriptionSubscriberObject<TResult, TKey, TParent, TContext, TArgs>
  | SubscriptionResolverObject<TResult, TParent, TContext, TArgs>;

export type SubscriptionResolver<TResult, TKey extends string, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> =
  | ((...args: any[]) => SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>)
  | SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>;

export type TypeResolveFn<TTypes, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (
  parent: TParent,
  context: TContext,
  info: GraphQLResolveInfo
) => Maybe<TTypes> | Promise<Maybe<TTypes>>;

export type IsTypeOfResolverFn<T = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (obj: T, context: TContext, info: GraphQLResolveInfo) => boolean | Promise<boolean>;

export type NextResolverFn<T> = () => Promise<T>;

export type DirectiveResolverFn<TResult = Record<PropertyKey, never>, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = (
  next: NextResolverFn<TResult>,
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;

/** Mapping of federation types */
export type FederationTypes = ResolversObject<{
  Activity: Activity;
  Ngo: Ngo;
  Partner: Partner;
  RecipientReport: RecipientReport;
  Region: Region;
  Transaction: Transaction;
}>;

/** Mapping of federation reference types */
export type FederationReferenceTypes = ResolversObject<{
  Activity:
    ( { __typename: 'Activity' }
    & GraphQLRecursivePick<FederationTypes['Activity'], {"id":true}> );
  Ngo:
    ( { __typename: 'Ngo' }
    & GraphQLRecursivePick<FederationTypes['Ngo'], {"bin":true}> );
  Partner:
    ( { __typename: 'Partner' }
    & GraphQLRecursivePick<FederationTypes['Partner'], {"id":true}> );
  RecipientReport:
    ( { __typename: 'RecipientReport' }
    & GraphQLRecursivePick<FederationTypes['RecipientReport'], {"id":true}> );
  Region:
    ( { __typename: 'Region' }
    & GraphQLRecursivePick<FederationTypes['Region'], {"code":true}> );
  Transaction:
    ( { __typename: 'Transaction' }
    & GraphQLRecursivePick<FederationTypes['Transaction'], {"id":true}> );
}>;



/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = ResolversObject<{
  Activity: ResolverTypeWrapper<ActivityRow>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  ActivityConnection: ResolverTypeWrapper<Connection<ActivityRow>>;
  ActivityFilter: ActivityFilter;
  ActivityIssue: ResolverTypeWrapper<ActivityIssue>;
  ActivityStatus: ActivityStatus;
  BinStatus: BinStatus;
  Budget: ResolverTypeWrapper<BudgetRow>;
  Conversion: ResolverTypeWrapper<ConversionParent>;
  ConvertedFunding: ResolverTypeWrapper<Omit<ConvertedFunding, 'committed' | 'disbursed' | 'unconverted'> & { committed: ResolversTypes['Money'], disbursed: ResolversTypes['Money'], unconverted: Array<ResolversTypes['UnconvertedFunding']> }>;
  Currency: ResolverTypeWrapper<Scalars['Currency']['output']>;
  Date: ResolverTypeWrapper<Scalars['Date']['output']>;
  Decimal: ResolverTypeWrapper<Scalars['Decimal']['output']>;
  DonorFunding: ResolverTypeWrapper<GroupTotals>;
  ExchangeRate: ResolverTypeWrapper<OfficialRate>;
  ExchangeRatesImportResult: ResolverTypeWrapper<ExchangeRatesImportResult>;
  FundingScope: FundingScope;
  FundingStatsFilter: FundingStatsFilter;
  IatiExport: ResolverTypeWrapper<IatiExport>;
  IatiImportReport: ResolverTypeWrapper<Omit<IatiImportReport, 'bins'> & { bins: Array<ResolversTypes['ImportedBin']> }>;
  IatiImportResult: ResolverTypeWrapper<Omit<IatiImportResult, 'report'> & { report: ResolversTypes['IatiImportReport'] }>;
  ImportOutcome: ImportOutcome;
  ImportedBin: ResolverTypeWrapper<BinReport>;
  Money: ResolverTypeWrapper<MoneyValue>;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Ngo: ResolverTypeWrapper<NgoRef>;
  NgoFunding: ResolverTypeWrapper<NgoRef>;
  OrganisationRole: OrganisationRole;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  ParticipatingOrg: ResolverTypeWrapper<ParticipatingOrgRow>;
  Partner: ResolverTypeWrapper<PartnerRow>;
  PartnerConnection: ResolverTypeWrapper<Connection<PartnerRow>>;
  PartnerFilter: PartnerFilter;
  PartnerFunding: ResolverTypeWrapper<PartnerFundingParent>;
  PartnerKind: PartnerKind;
  PartnersMutationError: ResolverTypeWrapper<PartnersMutationError>;
  Provenance: ResolverTypeWrapper<Provenance>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  RecipientReport: ResolverTypeWrapper<RecipientReportRow>;
  RecipientReportConnection: ResolverTypeWrapper<Connection<RecipientReportRow>>;
  RecipientReportFilter: RecipientReportFilter;
  RecipientReportInput: RecipientReportInput;
  RecipientReportType: RecipientReportType;
  RecipientReportsResult: ResolverTypeWrapper<RecipientReportsParent>;
  Reconciliation: ResolverTypeWrapper<ReconciliationModel>;
  ReconciliationItem: ResolverTypeWrapper<ReconciliationItemModel>;
  ReconciliationLine: ResolverTypeWrapper<ReconciliationLineModel>;
  ReconciliationStatus: ReconciliationStatus;
  ReconciliationStatusCount: ResolverTypeWrapper<ReconciliationStatusCount>;
  ReconciliationTotals: ResolverTypeWrapper<Omit<ReconciliationTotals, 'committed' | 'difference' | 'disbursed' | 'received' | 'spent'> & { committed: ResolversTypes['Money'], difference: ResolversTypes['Money'], disbursed: ResolversTypes['Money'], received: ResolversTypes['Money'], spent: ResolversTypes['Money'] }>;
  Region: ResolverTypeWrapper<RegionRef>;
  RegionFunding: ResolverTypeWrapper<RegionRef>;
  ReportProblem: ResolverTypeWrapper<ReportProblem>;
  ReportingCurrency: ReportingCurrency;
  SdgFunding: ResolverTypeWrapper<SdgFundingParent>;
  SdgGoal: ResolverTypeWrapper<SdgGoal>;
  SdgTargetFunding: ResolverTypeWrapper<GroupTotals>;
  SyncRejection: ResolverTypeWrapper<SyncRejection>;
  SyncRun: ResolverTypeWrapper<SyncRun>;
  Transaction: ResolverTypeWrapper<TransactionRow>;
  TransactionConnection: ResolverTypeWrapper<Connection<TransactionRow>>;
  TransactionFilter: TransactionFilter;
  TransactionOrg: ResolverTypeWrapper<TransactionSide>;
  TransactionType: TransactionType;
  UnconvertedFunding: ResolverTypeWrapper<Omit<UnconvertedFunding, 'committed' | 'disbursed'> & { committed: ResolversTypes['Money'], disbursed: ResolversTypes['Money'] }>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
}>;

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = ResolversObject<{
  Activity: ActivityRow;
  ID: Scalars['ID']['output'];
  Int: Scalars['Int']['output'];
  ActivityConnection: Connection<ActivityRow>;
  ActivityFilter: ActivityFilter;
  ActivityIssue: ActivityIssue;
  Budget: BudgetRow;
  Conversion: ConversionParent;
  ConvertedFunding: Omit<ConvertedFunding, 'committed' | 'disbursed' | 'unconverted'> & { committed: ResolversParentTypes['Money'], disbursed: ResolversParentTypes['Money'], unconverted: Array<ResolversParentTypes['UnconvertedFunding']> };
  Currency: Scalars['Currency']['output'];
  Date: Scalars['Date']['output'];
  Decimal: Scalars['Decimal']['output'];
  DonorFunding: GroupTotals;
  ExchangeRate: OfficialRate;
  ExchangeRatesImportResult: ExchangeRatesImportResult;
  FundingStatsFilter: FundingStatsFilter;
  IatiExport: IatiExport;
  IatiImportReport: Omit<IatiImportReport, 'bins'> & { bins: Array<ResolversParentTypes['ImportedBin']> };
  IatiImportResult: Omit<IatiImportResult, 'report'> & { report: ResolversParentTypes['IatiImportReport'] };
  ImportedBin: BinReport;
  Money: MoneyValue;
  Mutation: Record<PropertyKey, never>;
  Ngo: NgoRef;
  NgoFunding: NgoRef;
  PageInfo: PageInfo;
  ParticipatingOrg: ParticipatingOrgRow;
  Partner: PartnerRow;
  PartnerConnection: Connection<PartnerRow>;
  PartnerFilter: PartnerFilter;
  PartnerFunding: PartnerFundingParent;
  PartnersMutationError: PartnersMutationError;
  Provenance: Provenance;
  Query: Record<PropertyKey, never>;
  RecipientReport: RecipientReportRow;
  RecipientReportConnection: Connection<RecipientReportRow>;
  RecipientReportFilter: RecipientReportFilter;
  RecipientReportInput: RecipientReportInput;
  RecipientReportsResult: RecipientReportsParent;
  Reconciliation: ReconciliationModel;
  ReconciliationItem: ReconciliationItemModel;
  ReconciliationLine: ReconciliationLineModel;
  ReconciliationStatusCount: ReconciliationStatusCount;
  ReconciliationTotals: Omit<ReconciliationTotals, 'committed' | 'difference' | 'disbursed' | 'received' | 'spent'> & { committed: ResolversParentTypes['Money'], difference: ResolversParentTypes['Money'], disbursed: ResolversParentTypes['Money'], received: ResolversParentTypes['Money'], spent: ResolversParentTypes['Money'] };
  Region: RegionRef;
  RegionFunding: RegionRef;
  ReportProblem: ReportProblem;
  SdgFunding: SdgFundingParent;
  SdgGoal: SdgGoal;
  SdgTargetFunding: GroupTotals;
  SyncRejection: SyncRejection;
  SyncRun: SyncRun;
  Transaction: TransactionRow;
  TransactionConnection: Connection<TransactionRow>;
  TransactionFilter: TransactionFilter;
  TransactionOrg: TransactionSide;
  UnconvertedFunding: Omit<UnconvertedFunding, 'committed' | 'disbursed'> & { committed: ResolversParentTypes['Money'], disbursed: ResolversParentTypes['Money'] };
  Boolean: Scalars['Boolean']['output'];
  String: Scalars['String']['output'];
}>;

export type AccessDirectiveArgs = {
  nullWhenDenied?: Maybe<Scalars['Boolean']['input']>;
  roles: Array<Scalars['String']['input']>;
};

export type AccessDirectiveResolver<Result, Parent, ContextType = Context, Args = AccessDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type ActivityResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Activity'] = ResolversParentTypes['Activity'], FederationReferenceType extends FederationReferenceTypes['Activity'] = FederationReferenceTypes['Activity']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Activity']> | FederationReferenceType, FederationReferenceType, ContextType>;
  actualEnd?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  actualStart?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  budgets?: Resolver<Array<ResolversTypes['Budget']>, ParentType, ContextType>;
  defaultCurrency?: Resolver<Maybe<ResolversTypes['Currency']>, ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  iatiIdentifier?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  locations?: Resolver<Array<ResolversTypes['Region']>, ParentType, ContextType>;
  participatingOrgs?: Resolver<Array<ResolversTypes['ParticipatingOrg']>, ParentType, ContextType>;
  plannedEnd?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  plannedStart?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  provenance?: Resolver<ResolversTypes['Provenance'], ParentType, ContextType>;
  recipientCountries?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  recipientRegions?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  reportingOrg?: Resolver<ResolversTypes['Partner'], ParentType, ContextType>;
  sdgGoals?: Resolver<Array<ResolversTypes['SdgGoal']>, ParentType, ContextType>;
  sdgTargets?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['ActivityStatus'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  totalBudget?: Resolver<Array<ResolversTypes['Money']>, ParentType, ContextType>;
  transactions?: Resolver<ResolversTypes['TransactionConnection'], ParentType, ContextType, RequireFields<ActivityTransactionsArgs, 'first'>>;
}>;

export type ActivityConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ActivityConnection'] = ResolversParentTypes['ActivityConnection']> = ResolversObject<{
  nodes?: Resolver<Array<ResolversTypes['Activity']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type ActivityIssueResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ActivityIssue'] = ResolversParentTypes['ActivityIssue']> = ResolversObject<{
  element?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  iatiIdentifier?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  line?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  reason?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type BudgetResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Budget'] = ResolversParentTypes['Budget']> = ResolversObject<{
  periodEnd?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  periodStart?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  value?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  valueDate?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
}>;

export type ConversionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Conversion'] = ResolversParentTypes['Conversion']> = ResolversObject<{
  converted?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  original?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  rateDate?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  rates?: Resolver<Array<ResolversTypes['ExchangeRate']>, ParentType, ContextType>;
  valueDate?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
}>;

export type ConvertedFundingResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ConvertedFunding'] = ResolversParentTypes['ConvertedFunding']> = ResolversObject<{
  committed?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  disbursed?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  unconverted?: Resolver<Array<ResolversTypes['UnconvertedFunding']>, ParentType, ContextType>;
}>;

export interface CurrencyScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['Currency'], any> {
  name: 'Currency';
}

export interface DateScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['Date'], any> {
  name: 'Date';
}

export interface DecimalScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['Decimal'], any> {
  name: 'Decimal';
}

export type DonorFundingResolvers<ContextType = Context, ParentType extends ResolversParentTypes['DonorFunding'] = ResolversParentTypes['DonorFunding']> = ResolversObject<{
  committed?: Resolver<Array<ResolversTypes['Money']>, ParentType, ContextType>;
  converted?: Resolver<Maybe<ResolversTypes['ConvertedFunding']>, ParentType, ContextType>;
  disbursed?: Resolver<Array<ResolversTypes['Money']>, ParentType, ContextType>;
  donor?: Resolver<Maybe<ResolversTypes['Partner']>, ParentType, ContextType>;
  donorOrgRef?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  transactionCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type ExchangeRateResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ExchangeRate'] = ResolversParentTypes['ExchangeRate']> = ResolversObject<{
  currency?: Resolver<ResolversTypes['Currency'], ParentType, ContextType>;
  date?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  quantity?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  rate?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
}>;

export type ExchangeRatesImportResultResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ExchangeRatesImportResult'] = ResolversParentTypes['ExchangeRatesImportResult']> = ResolversObject<{
  created?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  days?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  error?: Resolver<Maybe<ResolversTypes['PartnersMutationError']>, ParentType, ContextType>;
  ok?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  unchanged?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  updated?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type IatiExportResolvers<ContextType = Context, ParentType extends ResolversParentTypes['IatiExport'] = ResolversParentTypes['IatiExport']> = ResolversObject<{
  activityCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  xml?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type IatiImportReportResolvers<ContextType = Context, ParentType extends ResolversParentTypes['IatiImportReport'] = ResolversParentTypes['IatiImportReport']> = ResolversObject<{
  bins?: Resolver<Array<ResolversTypes['ImportedBin']>, ParentType, ContextType>;
  created?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  newPartnerCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  newPartners?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  older?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  outcome?: Resolver<ResolversTypes['ImportOutcome'], ParentType, ContextType>;
  read?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  registry?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  rejected?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  rejections?: Resolver<Array<ResolversTypes['ActivityIssue']>, ParentType, ContextType>;
  stoppedAtLine?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  unchanged?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  updated?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  version?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  warningCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  warnings?: Resolver<Array<ResolversTypes['ActivityIssue']>, ParentType, ContextType>;
}>;

export type IatiImportResultResolvers<ContextType = Context, ParentType extends ResolversParentTypes['IatiImportResult'] = ResolversParentTypes['IatiImportResult']> = ResolversObject<{
  error?: Resolver<Maybe<ResolversTypes['PartnersMutationError']>, ParentType, ContextType>;
  ok?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  report?: Resolver<ResolversTypes['IatiImportReport'], ParentType, ContextType>;
}>;

export type ImportedBinResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ImportedBin'] = ResolversParentTypes['ImportedBin']> = ResolversObject<{
  bin?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  iatiIdentifier?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  ngo?: Resolver<Maybe<ResolversTypes['Ngo']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['BinStatus'], ParentType, ContextType>;
}>;

export type MoneyResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Money'] = ResolversParentTypes['Money']> = ResolversObject<{
  amount?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  currency?: Resolver<ResolversTypes['Currency'], ParentType, ContextType>;
}>;

export type MutationResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = ResolversObject<{
  importExchangeRates?: Resolver<ResolversTypes['ExchangeRatesImportResult'], ParentType, ContextType, RequireFields<MutationImportExchangeRatesArgs, 'xml'>>;
  importIatiActivities?: Resolver<ResolversTypes['IatiImportResult'], ParentType, ContextType, RequireFields<MutationImportIatiActivitiesArgs, 'xml'>>;
  importRecipientReportsCsv?: Resolver<ResolversTypes['RecipientReportsResult'], ParentType, ContextType, RequireFields<MutationImportRecipientReportsCsvArgs, 'csv'>>;
  submitRecipientReport?: Resolver<ResolversTypes['RecipientReportsResult'], ParentType, ContextType, RequireFields<MutationSubmitRecipientReportArgs, 'input'>>;
}>;

export type NgoResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Ngo'] = ResolversParentTypes['Ngo'], FederationReferenceType extends FederationReferenceTypes['Ngo'] = FederationReferenceTypes['Ngo']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Ngo']> | FederationReferenceType, FederationReferenceType, ContextType>;
  bin?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  funding?: Resolver<Maybe<ResolversTypes['NgoFunding']>, ParentType, ContextType>;
}>;

export type NgoFundingResolvers<ContextType = Context, ParentType extends ResolversParentTypes['NgoFunding'] = ResolversParentTypes['NgoFunding']> = ResolversObject<{
  committed?: Resolver<Array<ResolversTypes['Money']>, ParentType, ContextType>;
  donors?: Resolver<Array<ResolversTypes['Partner']>, ParentType, ContextType>;
  received?: Resolver<Array<ResolversTypes['Money']>, ParentType, ContextType>;
  transactions?: Resolver<ResolversTypes['TransactionConnection'], ParentType, ContextType, RequireFields<NgoFundingTransactionsArgs, 'first'>>;
}>;

export type PageInfoResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = ResolversObject<{
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
}>;

export type ParticipatingOrgResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ParticipatingOrg'] = ResolversParentTypes['ParticipatingOrg']> = ResolversObject<{
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  orgRef?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  partner?: Resolver<Maybe<ResolversTypes['Partner']>, ParentType, ContextType>;
  role?: Resolver<ResolversTypes['OrganisationRole'], ParentType, ContextType>;
}>;

export type PartnerResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Partner'] = ResolversParentTypes['Partner'], FederationReferenceType extends FederationReferenceTypes['Partner'] = FederationReferenceTypes['Partner']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Partner']> | FederationReferenceType, FederationReferenceType, ContextType>;
  acronym?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  country?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  funding?: Resolver<ResolversTypes['PartnerFunding'], ParentType, ContextType, RequireFields<PartnerFundingArgs, 'scope'>>;
  iatiOrganisationType?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['PartnerKind'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  ngo?: Resolver<Maybe<ResolversTypes['Ngo']>, ParentType, ContextType>;
  orgRef?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  reportedActivities?: Resolver<ResolversTypes['ActivityConnection'], ParentType, ContextType, RequireFields<PartnerReportedActivitiesArgs, 'first'>>;
}>;

export type PartnerConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PartnerConnection'] = ResolversParentTypes['PartnerConnection']> = ResolversObject<{
  nodes?: Resolver<Array<ResolversTypes['Partner']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type PartnerFundingResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PartnerFunding'] = ResolversParentTypes['PartnerFunding']> = ResolversObject<{
  committed?: Resolver<Array<ResolversTypes['Money']>, ParentType, ContextType>;
  disbursed?: Resolver<Array<ResolversTypes['Money']>, ParentType, ContextType>;
  recipientCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  recipients?: Resolver<Array<ResolversTypes['Partner']>, ParentType, ContextType>;
}>;

export type PartnersMutationErrorResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PartnersMutationError'] = ResolversParentTypes['PartnersMutationError']> = ResolversObject<{
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  field?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type ProvenanceResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Provenance'] = ResolversParentTypes['Provenance']> = ResolversObject<{
  contentHash?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  fetchedAt?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  removedFromSourceAt?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  source?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  sourceRecordId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  url?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type QueryResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = ResolversObject<{
  activities?: Resolver<Maybe<ResolversTypes['ActivityConnection']>, ParentType, ContextType, RequireFields<QueryActivitiesArgs, 'first'>>;
  activity?: Resolver<Maybe<ResolversTypes['Activity']>, ParentType, ContextType, Partial<QueryActivityArgs>>;
  convert?: Resolver<Maybe<ResolversTypes['Conversion']>, ParentType, ContextType, RequireFields<QueryConvertArgs, 'amount' | 'currency' | 'to' | 'valueDate'>>;
  exchangeRates?: Resolver<Maybe<Array<ResolversTypes['ExchangeRate']>>, ParentType, ContextType, RequireFields<QueryExchangeRatesArgs, 'currency' | 'from' | 'to'>>;
  fundingByDonor?: Resolver<Maybe<Array<ResolversTypes['DonorFunding']>>, ParentType, ContextType, Partial<QueryFundingByDonorArgs>>;
  fundingBySdg?: Resolver<Maybe<Array<ResolversTypes['SdgFunding']>>, ParentType, ContextType, Partial<QueryFundingBySdgArgs>>;
  iatiExport?: Resolver<Maybe<ResolversTypes['IatiExport']>, ParentType, ContextType, RequireFields<QueryIatiExportArgs, 'first'>>;
  partner?: Resolver<Maybe<ResolversTypes['Partner']>, ParentType, ContextType, Partial<QueryPartnerArgs>>;
  partnerSyncRuns?: Resolver<Maybe<Array<ResolversTypes['SyncRun']>>, ParentType, ContextType, RequireFields<QueryPartnerSyncRunsArgs, 'last'>>;
  partners?: Resolver<Maybe<ResolversTypes['PartnerConnection']>, ParentType, ContextType, RequireFields<QueryPartnersArgs, 'first'>>;
  recipientReports?: Resolver<Maybe<ResolversTypes['RecipientReportConnection']>, ParentType, ContextType, RequireFields<QueryRecipientReportsArgs, 'first'>>;
  reconciliation?: Resolver<ResolversTypes['Reconciliation'], ParentType, ContextType, RequireFields<QueryReconciliationArgs, 'currency' | 'from' | 'scope' | 'to' | 'tolerance'>>;
  transactions?: Resolver<Maybe<ResolversTypes['TransactionConnection']>, ParentType, ContextType, RequireFields<QueryTransactionsArgs, 'first'>>;
}>;

export type RecipientReportResolvers<ContextType = Context, ParentType extends ResolversParentTypes['RecipientReport'] = ResolversParentTypes['RecipientReport'], FederationReferenceType extends FederationReferenceTypes['RecipientReport'] = FederationReferenceTypes['RecipientReport']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['RecipientReport']> | FederationReferenceType, FederationReferenceType, ContextType>;
  activityIdentifier?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  disbursementRef?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  providerOrgRef?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  recipientOrgRef?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  ref?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  reportedOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  transactionDate?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['RecipientReportType'], ParentType, ContextType>;
  value?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  valueDate?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
}>;

export type RecipientReportConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['RecipientReportConnection'] = ResolversParentTypes['RecipientReportConnection']> = ResolversObject<{
  nodes?: Resolver<Array<ResolversTypes['RecipientReport']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type RecipientReportsResultResolvers<ContextType = Context, ParentType extends ResolversParentTypes['RecipientReportsResult'] = ResolversParentTypes['RecipientReportsResult']> = ResolversObject<{
  created?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  error?: Resolver<Maybe<ResolversTypes['PartnersMutationError']>, ParentType, ContextType>;
  ok?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  problemCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  problems?: Resolver<Array<ResolversTypes['ReportProblem']>, ParentType, ContextType>;
  rejected?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  reports?: Resolver<Array<ResolversTypes['RecipientReport']>, ParentType, ContextType>;
  unchanged?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  updated?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type ReconciliationResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Reconciliation'] = ResolversParentTypes['Reconciliation']> = ResolversObject<{
  csv?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  currency?: Resolver<ResolversTypes['ReportingCurrency'], ParentType, ContextType>;
  from?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  lines?: Resolver<Array<ResolversTypes['ReconciliationLine']>, ParentType, ContextType>;
  statusCounts?: Resolver<Array<ResolversTypes['ReconciliationStatusCount']>, ParentType, ContextType>;
  to?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  tolerance?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  totals?: Resolver<ResolversTypes['ReconciliationTotals'], ParentType, ContextType>;
}>;

export type ReconciliationItemResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ReconciliationItem'] = ResolversParentTypes['ReconciliationItem']> = ResolversObject<{
  difference?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  disbursed?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  disbursement?: Resolver<Maybe<ResolversTypes['Transaction']>, ParentType, ContextType>;
  explanation?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  rates?: Resolver<Array<ResolversTypes['ExchangeRate']>, ParentType, ContextType>;
  receipt?: Resolver<Maybe<ResolversTypes['RecipientReport']>, ParentType, ContextType>;
  received?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['ReconciliationStatus'], ParentType, ContextType>;
}>;

export type ReconciliationLineResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ReconciliationLine'] = ResolversParentTypes['ReconciliationLine']> = ResolversObject<{
  activity?: Resolver<Maybe<ResolversTypes['Activity']>, ParentType, ContextType>;
  activityIdentifier?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  committed?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  difference?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  disbursed?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  donorOrgRef?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  expenditures?: Resolver<Array<ResolversTypes['RecipientReport']>, ParentType, ContextType>;
  explanation?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  items?: Resolver<Array<ResolversTypes['ReconciliationItem']>, ParentType, ContextType>;
  received?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  recipient?: Resolver<Maybe<ResolversTypes['Partner']>, ParentType, ContextType>;
  recipientOrgRef?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  spent?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['ReconciliationStatus'], ParentType, ContextType>;
}>;

export type ReconciliationStatusCountResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ReconciliationStatusCount'] = ResolversParentTypes['ReconciliationStatusCount']> = ResolversObject<{
  items?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  lines?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['ReconciliationStatus'], ParentType, ContextType>;
}>;

export type ReconciliationTotalsResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ReconciliationTotals'] = ResolversParentTypes['ReconciliationTotals']> = ResolversObject<{
  committed?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  difference?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  disbursed?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  received?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  spent?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
}>;

export type RegionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Region'] = ResolversParentTypes['Region'], FederationReferenceType extends FederationReferenceTypes['Region'] = FederationReferenceTypes['Region']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Region']> | FederationReferenceType, FederationReferenceType, ContextType>;
  code?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  funding?: Resolver<Maybe<ResolversTypes['RegionFunding']>, ParentType, ContextType>;
}>;

export type RegionFundingResolvers<ContextType = Context, ParentType extends ResolversParentTypes['RegionFunding'] = ResolversParentTypes['RegionFunding']> = ResolversObject<{
  byDonor?: Resolver<Array<ResolversTypes['DonorFunding']>, ParentType, ContextType, Partial<RegionFundingByDonorArgs>>;
  bySdg?: Resolver<Array<ResolversTypes['SdgFunding']>, ParentType, ContextType, Partial<RegionFundingBySdgArgs>>;
  committed?: Resolver<Array<ResolversTypes['Money']>, ParentType, ContextType>;
  disbursed?: Resolver<Array<ResolversTypes['Money']>, ParentType, ContextType>;
  inCurrency?: Resolver<ResolversTypes['ConvertedFunding'], ParentType, ContextType, RequireFields<RegionFundingInCurrencyArgs, 'currency'>>;
  transactionCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type ReportProblemResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ReportProblem'] = ResolversParentTypes['ReportProblem']> = ResolversObject<{
  field?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  line?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  reason?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  ref?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type SdgFundingResolvers<ContextType = Context, ParentType extends ResolversParentTypes['SdgFunding'] = ResolversParentTypes['SdgFunding']> = ResolversObject<{
  committed?: Resolver<Array<ResolversTypes['Money']>, ParentType, ContextType>;
  converted?: Resolver<Maybe<ResolversTypes['ConvertedFunding']>, ParentType, ContextType>;
  disbursed?: Resolver<Array<ResolversTypes['Money']>, ParentType, ContextType>;
  goal?: Resolver<ResolversTypes['SdgGoal'], ParentType, ContextType>;
  targets?: Resolver<Array<ResolversTypes['SdgTargetFunding']>, ParentType, ContextType>;
  transactionCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type SdgGoalResolvers<ContextType = Context, ParentType extends ResolversParentTypes['SdgGoal'] = ResolversParentTypes['SdgGoal']> = ResolversObject<{
  goal?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type SdgTargetFundingResolvers<ContextType = Context, ParentType extends ResolversParentTypes['SdgTargetFunding'] = ResolversParentTypes['SdgTargetFunding']> = ResolversObject<{
  committed?: Resolver<Array<ResolversTypes['Money']>, ParentType, ContextType>;
  converted?: Resolver<Maybe<ResolversTypes['ConvertedFunding']>, ParentType, ContextType>;
  disbursed?: Resolver<Array<ResolversTypes['Money']>, ParentType, ContextType>;
  target?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  transactionCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type SyncRejectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['SyncRejection'] = ResolversParentTypes['SyncRejection']> = ResolversObject<{
  dataset?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  key?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  reason?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type SyncRunResolvers<ContextType = Context, ParentType extends ResolversParentTypes['SyncRun'] = ResolversParentTypes['SyncRun']> = ResolversObject<{
  created?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  durationMs?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  error?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  finishedAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  ok?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  rejected?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  rejections?: Resolver<Array<ResolversTypes['SyncRejection']>, ParentType, ContextType>;
  removed?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  source?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  startedAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  unchanged?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  updated?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type TransactionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Transaction'] = ResolversParentTypes['Transaction'], FederationReferenceType extends FederationReferenceTypes['Transaction'] = FederationReferenceTypes['Transaction']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Transaction']> | FederationReferenceType, FederationReferenceType, ContextType>;
  activity?: Resolver<ResolversTypes['Activity'], ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  provenance?: Resolver<ResolversTypes['Provenance'], ParentType, ContextType>;
  provider?: Resolver<Maybe<ResolversTypes['TransactionOrg']>, ParentType, ContextType>;
  receiver?: Resolver<Maybe<ResolversTypes['TransactionOrg']>, ParentType, ContextType>;
  ref?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  region?: Resolver<Maybe<ResolversTypes['Region']>, ParentType, ContextType>;
  transactionDate?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['TransactionType'], ParentType, ContextType>;
  value?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  valueDate?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
}>;

export type TransactionConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['TransactionConnection'] = ResolversParentTypes['TransactionConnection']> = ResolversObject<{
  nodes?: Resolver<Array<ResolversTypes['Transaction']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type TransactionOrgResolvers<ContextType = Context, ParentType extends ResolversParentTypes['TransactionOrg'] = ResolversParentTypes['TransactionOrg']> = ResolversObject<{
  activityIdentifier?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  name?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  ngo?: Resolver<Maybe<ResolversTypes['Ngo']>, ParentType, ContextType>;
  orgRef?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  partner?: Resolver<Maybe<ResolversTypes['Partner']>, ParentType, ContextType>;
}>;

export type UnconvertedFundingResolvers<ContextType = Context, ParentType extends ResolversParentTypes['UnconvertedFunding'] = ResolversParentTypes['UnconvertedFunding']> = ResolversObject<{
  committed?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  currency?: Resolver<ResolversTypes['Currency'], ParentType, ContextType>;
  disbursed?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  firstValueDate?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  lastValueDate?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  transactionCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type Resolvers<ContextType = Context> = ResolversObject<{
  Activity?: ActivityResolvers<ContextType>;
  ActivityConnection?: ActivityConnectionResolvers<ContextType>;
  ActivityIssue?: ActivityIssueResolvers<ContextType>;
  Budget?: BudgetResolvers<ContextType>;
  Conversion?: ConversionResolvers<ContextType>;
  ConvertedFunding?: ConvertedFundingResolvers<ContextType>;
  Currency?: GraphQLScalarType;
  Date?: GraphQLScalarType;
  Decimal?: GraphQLScalarType;
  DonorFunding?: DonorFundingResolvers<ContextType>;
  ExchangeRate?: ExchangeRateResolvers<ContextType>;
  ExchangeRatesImportResult?: ExchangeRatesImportResultResolvers<ContextType>;
  IatiExport?: IatiExportResolvers<ContextType>;
  IatiImportReport?: IatiImportReportResolvers<ContextType>;
  IatiImportResult?: IatiImportResultResolvers<ContextType>;
  ImportedBin?: ImportedBinResolvers<ContextType>;
  Money?: MoneyResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  Ngo?: NgoResolvers<ContextType>;
  NgoFunding?: NgoFundingResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  ParticipatingOrg?: ParticipatingOrgResolvers<ContextType>;
  Partner?: PartnerResolvers<ContextType>;
  PartnerConnection?: PartnerConnectionResolvers<ContextType>;
  PartnerFunding?: PartnerFundingResolvers<ContextType>;
  PartnersMutationError?: PartnersMutationErrorResolvers<ContextType>;
  Provenance?: ProvenanceResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  RecipientReport?: RecipientReportResolvers<ContextType>;
  RecipientReportConnection?: RecipientReportConnectionResolvers<ContextType>;
  RecipientReportsResult?: RecipientReportsResultResolvers<ContextType>;
  Reconciliation?: ReconciliationResolvers<ContextType>;
  ReconciliationItem?: ReconciliationItemResolvers<ContextType>;
  ReconciliationLine?: ReconciliationLineResolvers<ContextType>;
  ReconciliationStatusCount?: ReconciliationStatusCountResolvers<ContextType>;
  ReconciliationTotals?: ReconciliationTotalsResolvers<ContextType>;
  Region?: RegionResolvers<ContextType>;
  RegionFunding?: RegionFundingResolvers<ContextType>;
  ReportProblem?: ReportProblemResolvers<ContextType>;
  SdgFunding?: SdgFundingResolvers<ContextType>;
  SdgGoal?: SdgGoalResolvers<ContextType>;
  SdgTargetFunding?: SdgTargetFundingResolvers<ContextType>;
  SyncRejection?: SyncRejectionResolvers<ContextType>;
  SyncRun?: SyncRunResolvers<ContextType>;
  Transaction?: TransactionResolvers<ContextType>;
  TransactionConnection?: TransactionConnectionResolvers<ContextType>;
  TransactionOrg?: TransactionOrgResolvers<ContextType>;
  UnconvertedFunding?: UnconvertedFundingResolvers<ContextType>;
}>;

export type DirectiveResolvers<ContextType = Context> = ResolversObject<{
  access?: AccessDirectiveResolver<any, any, ContextType>;
}>;
