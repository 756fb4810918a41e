import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { Partner as PartnerRow, Activity as ActivityRow, ParticipatingOrg as ParticipatingOrgRow, Budget as BudgetRow, Transaction as TransactionRow } from './prisma/client.js';
import type { Connection } from '../../../../lib/graphql/pagination.js';
import type { MoneyValue } from '../../../../lib/domain/money.js';
import type { TransactionSide, PartnerFundingParent, NgoRef, RegionRef } from '../entities.js';
import type { Context } from '../context.js';
export type Maybe<T> = T | null;
export type InputMaybe<T> = T | null | undefined;
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

/** Which receivers a funding summary counts. */
export type FundingScope =
  /** Every receiver. */
  | 'ALL'
  /** Only Kazakh legal entities (receivers identified as `KZ-BIN-...`). */
  | 'KAZAKH_ORGANIZATIONS';

/** An amount of money in one currency. */
export type Money = {
  __typename?: 'Money';
  /** The amount, an exact decimal string. */
  amount: Scalars['Decimal']['output'];
  /** Its ISO 4217 currency. */
  currency: Scalars['Currency']['output'];
};

/** An NGO of the registry (owned by the ngos subgraph); here it gains the funding it received, matched by BIN. */
export type Ngo = {
  __typename?: 'Ngo';
  /** Business identification number. */
  bin: Scalars['String']['output'];
  /** Funding the NGO received from partners, as donors published it. */
  funding: NgoFunding;
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

export type Query = {
  __typename?: 'Query';
  /** Aid activities (IATI) matching the filter, by IATI identifier, cursor-paginated. */
  activities: ActivityConnection;
  /** One activity by id or by its IATI identifier; give exactly one. */
  activity: Maybe<Activity>;
  /** One partner by id or by its org-id.guide identifier (e.g. `XM-DAC-41114` for UNDP); give exactly one. */
  partner: Maybe<Partner>;
  /** International partners and other organizations in donor data, by name, cursor-paginated. */
  partners: PartnerConnection;
  /** Transactions matching the filter, by value date then id, cursor-paginated. */
  transactions: TransactionConnection;
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


export type QueryPartnerArgs = {
  id: InputMaybe<Scalars['ID']['input']>;
  orgRef: InputMaybe<Scalars['String']['input']>;
};


export type QueryPartnersArgs = {
  after: InputMaybe<Scalars['String']['input']>;
  filter: InputMaybe<PartnerFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryTransactionsArgs = {
  after: InputMaybe<Scalars['String']['input']>;
  filter: InputMaybe<TransactionFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** A region (owned by the ngos subgraph); here it gains the funding that reached it. */
export type Region = {
  __typename?: 'Region';
  /** ISO 3166-2:KZ code, e.g. `KZ-75`. */
  code: Scalars['ID']['output'];
  /** Funding that reached organizations in this region. */
  funding: RegionFunding;
};

/** Funding that reached a region, summed per currency (no conversion). */
export type RegionFunding = {
  __typename?: 'RegionFunding';
  /** Commitments to organizations in the region (IATI type 2). */
  committed: Array<Money>;
  /** Disbursements to organizations in the region (IATI type 3). */
  disbursed: Array<Money>;
  /** How many transactions reached the region. */
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

/** A financial transaction of an activity, as published (IATI). */
export type Transaction = {
  __typename?: 'Transaction';
  /** The activity the transaction belongs to. */
  activity: Activity;
  /** The publisher's description. */
  description: Maybe<Scalars['String']['output']>;
  /** The transaction's identifier here. */
  id: Scalars['ID']['output'];
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
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  ActivityConnection: ResolverTypeWrapper<Connection<ActivityRow>>;
  ActivityFilter: ActivityFilter;
  ActivityStatus: ActivityStatus;
  Budget: ResolverTypeWrapper<BudgetRow>;
  Currency: ResolverTypeWrapper<Scalars['Currency']['output']>;
  Date: ResolverTypeWrapper<Scalars['Date']['output']>;
  Decimal: ResolverTypeWrapper<Scalars['Decimal']['output']>;
  FundingScope: FundingScope;
  Money: ResolverTypeWrapper<MoneyValue>;
  Ngo: ResolverTypeWrapper<NgoRef>;
  NgoFunding: ResolverTypeWrapper<NgoRef>;
  OrganisationRole: OrganisationRole;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  ParticipatingOrg: ResolverTypeWrapper<ParticipatingOrgRow>;
  Partner: ResolverTypeWrapper<PartnerRow>;
  PartnerConnection: ResolverTypeWrapper<Connection<PartnerRow>>;
  PartnerFilter: PartnerFilter;
  PartnerFunding: ResolverTypeWrapper<PartnerFundingParent>;
  PartnerKind: PartnerKind;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Region: ResolverTypeWrapper<RegionRef>;
  RegionFunding: ResolverTypeWrapper<RegionRef>;
  SdgGoal: ResolverTypeWrapper<SdgGoal>;
  Transaction: ResolverTypeWrapper<TransactionRow>;
  TransactionConnection: ResolverTypeWrapper<Connection<TransactionRow>>;
  TransactionFilter: TransactionFilter;
  TransactionOrg: ResolverTypeWrapper<TransactionSide>;
  TransactionType: TransactionType;
}>;

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = ResolversObject<{
  Activity: ActivityRow;
  String: Scalars['String']['output'];
  ID: Scalars['ID']['output'];
  Int: Scalars['Int']['output'];
  ActivityConnection: Connection<ActivityRow>;
  ActivityFilter: ActivityFilter;
  Budget: BudgetRow;
  Currency: Scalars['Currency']['output'];
  Date: Scalars['Date']['output'];
  Decimal: Scalars['Decimal']['output'];
  Money: MoneyValue;
  Ngo: NgoRef;
  NgoFunding: NgoRef;
  PageInfo: PageInfo;
  Boolean: Scalars['Boolean']['output'];
  ParticipatingOrg: ParticipatingOrgRow;
  Partner: PartnerRow;
  PartnerConnection: Connection<PartnerRow>;
  PartnerFilter: PartnerFilter;
  PartnerFunding: PartnerFundingParent;
  Query: Record<PropertyKey, never>;
  Region: RegionRef;
  RegionFunding: RegionRef;
  SdgGoal: SdgGoal;
  Transaction: TransactionRow;
  TransactionConnection: Connection<TransactionRow>;
  TransactionFilter: TransactionFilter;
  TransactionOrg: TransactionSide;
}>;

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

export type BudgetResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Budget'] = ResolversParentTypes['Budget']> = ResolversObject<{
  periodEnd?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  periodStart?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  value?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  valueDate?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
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

export type MoneyResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Money'] = ResolversParentTypes['Money']> = ResolversObject<{
  amount?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  currency?: Resolver<ResolversTypes['Currency'], ParentType, ContextType>;
}>;

export type NgoResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Ngo'] = ResolversParentTypes['Ngo'], FederationReferenceType extends FederationReferenceTypes['Ngo'] = FederationReferenceTypes['Ngo']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Ngo']> | FederationReferenceType, FederationReferenceType, ContextType>;
  bin?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  funding?: Resolver<ResolversTypes['NgoFunding'], ParentType, ContextType>;
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

export type QueryResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = ResolversObject<{
  activities?: Resolver<ResolversTypes['ActivityConnection'], ParentType, ContextType, RequireFields<QueryActivitiesArgs, 'first'>>;
  activity?: Resolver<Maybe<ResolversTypes['Activity']>, ParentType, ContextType, Partial<QueryActivityArgs>>;
  partner?: Resolver<Maybe<ResolversTypes['Partner']>, ParentType, ContextType, Partial<QueryPartnerArgs>>;
  partners?: Resolver<ResolversTypes['PartnerConnection'], ParentType, ContextType, RequireFields<QueryPartnersArgs, 'first'>>;
  transactions?: Resolver<ResolversTypes['TransactionConnection'], ParentType, ContextType, RequireFields<QueryTransactionsArgs, 'first'>>;
}>;

export type RegionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Region'] = ResolversParentTypes['Region'], FederationReferenceType extends FederationReferenceTypes['Region'] = FederationReferenceTypes['Region']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Region']> | FederationReferenceType, FederationReferenceType, ContextType>;
  code?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  funding?: Resolver<ResolversTypes['RegionFunding'], ParentType, ContextType>;
}>;

export type RegionFundingResolvers<ContextType = Context, ParentType extends ResolversParentTypes['RegionFunding'] = ResolversParentTypes['RegionFunding']> = ResolversObject<{
  committed?: Resolver<Array<ResolversTypes['Money']>, ParentType, ContextType>;
  disbursed?: Resolver<Array<ResolversTypes['Money']>, ParentType, ContextType>;
  transactionCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type SdgGoalResolvers<ContextType = Context, ParentType extends ResolversParentTypes['SdgGoal'] = ResolversParentTypes['SdgGoal']> = ResolversObject<{
  goal?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type TransactionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Transaction'] = ResolversParentTypes['Transaction'], FederationReferenceType extends FederationReferenceTypes['Transaction'] = FederationReferenceTypes['Transaction']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Transaction']> | FederationReferenceType, FederationReferenceType, ContextType>;
  activity?: Resolver<ResolversTypes['Activity'], ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
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

export type Resolvers<ContextType = Context> = ResolversObject<{
  Activity?: ActivityResolvers<ContextType>;
  ActivityConnection?: ActivityConnectionResolvers<ContextType>;
  Budget?: BudgetResolvers<ContextType>;
  Currency?: GraphQLScalarType;
  Date?: GraphQLScalarType;
  Decimal?: GraphQLScalarType;
  Money?: MoneyResolvers<ContextType>;
  Ngo?: NgoResolvers<ContextType>;
  NgoFunding?: NgoFundingResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  ParticipatingOrg?: ParticipatingOrgResolvers<ContextType>;
  Partner?: PartnerResolvers<ContextType>;
  PartnerConnection?: PartnerConnectionResolvers<ContextType>;
  PartnerFunding?: PartnerFundingResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  Region?: RegionResolvers<ContextType>;
  RegionFunding?: RegionFundingResolvers<ContextType>;
  SdgGoal?: SdgGoalResolvers<ContextType>;
  Transaction?: TransactionResolvers<ContextType>;
  TransactionConnection?: TransactionConnectionResolvers<ContextType>;
  TransactionOrg?: TransactionOrgResolvers<ContextType>;
}>;

