import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { Ngo as NgoRow, Ngo as NgoContactsRow } from './prisma/client.js';
import type { RegionInfo } from '../../../../lib/domain/regions.js';
import type { Connection } from '../../../../lib/graphql/pagination.js';
import type { NullableLabels } from '../../../../lib/domain/labels.js';
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
  /** A calendar date in ISO 8601 form, `YYYY-MM-DD`. */
  Date: { input: Date; output: Date; }
  _FieldSet: { input: unknown; output: unknown; }
};

/** The language of a label: Kazakh, Russian or English. */
export type Language =
  /** English. */
  | 'EN'
  /** Kazakh (қазақ тілі). */
  | 'KK'
  /** Russian (русский язык). */
  | 'RU';

/** The legal form of a non-commercial organization under Kazakh law. */
export type LegalForm =
  /** Association of legal entities (объединение юридических лиц в форме ассоциации). */
  | 'ASSOCIATION_OF_LEGAL_ENTITIES'
  /** Consumer cooperative. */
  | 'CONSUMER_COOPERATIVE'
  /** Private institution (частное учреждение). */
  | 'PRIVATE_INSTITUTION'
  /** Public association (общественное объединение). */
  | 'PUBLIC_ASSOCIATION'
  /** Public foundation (общественный фонд). */
  | 'PUBLIC_FOUNDATION'
  /** Religious association. */
  | 'RELIGIOUS_ASSOCIATION';

/** A name in Kazakh, Russian and English; a language the source does not give is null. */
export type LocalizedNames = {
  __typename?: 'LocalizedNames';
  /** The name in English. */
  en: Maybe<Scalars['String']['output']>;
  /** The name in Kazakh. */
  kk: Maybe<Scalars['String']['output']>;
  /** The name in Russian. */
  ru: Maybe<Scalars['String']['output']>;
};

/**
 * A non-governmental organization in the national NGO registry. Other subgraphs
 * refer to it by `id` (public councils) or by `bin` (donor data, where it
 * appears as `KZ-BIN-<bin>`).
 */
export type Ngo = {
  __typename?: 'Ngo';
  /** Business identification number: 12 digits, the last a check digit. */
  bin: Scalars['String']['output'];
  /** The organization's public contacts, as it published them. */
  contacts: NgoContacts;
  /** The registry's identifier of the NGO. */
  id: Scalars['ID']['output'];
  /** The NGO's legal form. */
  legalForm: LegalForm;
  /** The NGO's name in the requested language, falling back to Russian when that language has none. */
  name: Scalars['String']['output'];
  /** The NGO's name in each language it is registered in. */
  names: LocalizedNames;
  /** The region of the NGO's registered address. */
  region: Region;
  /** The date of state registration. */
  registeredOn: Scalars['Date']['output'];
  /** The sectors the NGO works in. */
  sectors: Array<Sector>;
  /** Whether the NGO is active, suspended or liquidated. */
  status: NgoStatus;
};


/**
 * A non-governmental organization in the national NGO registry. Other subgraphs
 * refer to it by `id` (public councils) or by `bin` (donor data, where it
 * appears as `KZ-BIN-<bin>`).
 */
export type NgoNameArgs = {
  language?: InputMaybe<Language>;
};

/** A page of NGOs. */
export type NgoConnection = {
  __typename?: 'NgoConnection';
  /** The NGOs on this page. */
  nodes: Array<Ngo>;
  /** Where this page ends and whether more follow. */
  pageInfo: PageInfo;
  /** How many NGOs match the filter in all, across every page. */
  totalCount: Scalars['Int']['output'];
};

/** An organization's public contacts. */
export type NgoContacts = {
  __typename?: 'NgoContacts';
  /** Registered postal address. */
  address: Maybe<Scalars['String']['output']>;
  /** Public e-mail address. */
  email: Maybe<Scalars['String']['output']>;
  /** Public telephone number, in international form. */
  phone: Maybe<Scalars['String']['output']>;
  /** Web site address. */
  website: Maybe<Scalars['String']['output']>;
};

/** Conditions on NGOs; every condition given must hold, and a list matches any of its values. */
export type NgoFilter = {
  /** Legal forms. */
  legalForms?: InputMaybe<Array<LegalForm>>;
  /** Region codes (ISO 3166-2:KZ, e.g. KZ-75). */
  regionCodes?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Registered on or after this date. */
  registeredFrom?: InputMaybe<Scalars['Date']['input']>;
  /** Registered on or before this date. */
  registeredTo?: InputMaybe<Scalars['Date']['input']>;
  /** Sectors; an NGO matches when it works in any of them. */
  sectors?: InputMaybe<Array<Sector>>;
  /** Registration statuses. */
  statuses?: InputMaybe<Array<NgoStatus>>;
};

/** The registration status of an NGO. */
export type NgoStatus =
  /** Registered and operating. */
  | 'ACTIVE'
  /** Liquidated; the record is kept for history. */
  | 'LIQUIDATED'
  /** Activity suspended by a court or the registering body. */
  | 'SUSPENDED';

/** Cursor pagination: pass `endCursor` as `after` to get the next page. */
export type PageInfo = {
  __typename?: 'PageInfo';
  /** The cursor of the last item on this page; null on an empty page. */
  endCursor: Maybe<Scalars['String']['output']>;
  /** Whether another page follows this one. */
  hasNextPage: Scalars['Boolean']['output'];
};

export type Query = {
  __typename?: 'Query';
  /**
   * One NGO, by its registry id or by its BIN. Give exactly one of the two; an
   * invalid BIN is refused with BAD_USER_INPUT. Null when no NGO matches.
   */
  ngo: Maybe<Ngo>;
  /**
   * NGOs matching the filter, newest registration first (ties broken by id),
   * cursor-paginated. `totalCount` counts every match, not only this page.
   */
  ngos: NgoConnection;
  /** One region by its ISO 3166-2:KZ code, e.g. `KZ-75` (Almaty). Null for an unknown code. */
  region: Maybe<Region>;
  /** Kazakhstan's 20 top-level regions (17 oblasts and 3 cities of republican significance), in ISO code order. */
  regions: Array<Region>;
};


export type QueryNgoArgs = {
  bin: InputMaybe<Scalars['String']['input']>;
  id: InputMaybe<Scalars['ID']['input']>;
};


export type QueryNgosArgs = {
  after: InputMaybe<Scalars['String']['input']>;
  filter: InputMaybe<NgoFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryRegionArgs = {
  code: Scalars['ID']['input'];
};

/**
 * One of Kazakhstan's 20 top-level administrative units since 8 June 2022. Other
 * subgraphs add what they know about a region (councils, funding).
 */
export type Region = {
  __typename?: 'Region';
  /** ISO 3166-2:KZ code, e.g. `KZ-75`. */
  code: Scalars['ID']['output'];
  /** The unit's 9-digit KATO code (its ISO digits followed by zeros). */
  kato: Scalars['String']['output'];
  /** Oblast or city of republican significance. */
  kind: RegionKind;
  /** The region's name in the requested language. */
  name: Scalars['String']['output'];
  /** The region's name in Kazakh, Russian and English. */
  names: LocalizedNames;
  /** NGOs registered in this region, filtered and paginated like `Query.ngos`. */
  ngos: NgoConnection;
};


/**
 * One of Kazakhstan's 20 top-level administrative units since 8 June 2022. Other
 * subgraphs add what they know about a region (councils, funding).
 */
export type RegionNameArgs = {
  language?: InputMaybe<Language>;
};


/**
 * One of Kazakhstan's 20 top-level administrative units since 8 June 2022. Other
 * subgraphs add what they know about a region (councils, funding).
 */
export type RegionNgosArgs = {
  after: InputMaybe<Scalars['String']['input']>;
  filter: InputMaybe<NgoFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** Whether a region is an oblast or a city of republican significance. */
export type RegionKind =
  /** A city of republican significance (Astana, Almaty, Shymkent). */
  | 'CITY'
  /** An oblast (region). */
  | 'OBLAST';

/** A sector an NGO works in. */
export type Sector =
  /** Animal welfare. */
  | 'ANIMAL_WELFARE'
  /** Children. */
  | 'CHILDREN'
  /** Culture and arts. */
  | 'CULTURE'
  /** Digitalization. */
  | 'DIGITALIZATION'
  /** Persons with disabilities. */
  | 'DISABILITY'
  /** Education. */
  | 'EDUCATION'
  /** Elderly people and veterans. */
  | 'ELDERLY_AND_VETERANS'
  /** Environment. */
  | 'ENVIRONMENT'
  /** Gender equality and family. */
  | 'GENDER_EQUALITY'
  /** Health. */
  | 'HEALTH'
  /** Human rights. */
  | 'HUMAN_RIGHTS'
  /** Interethnic harmony. */
  | 'INTERETHNIC_HARMONY'
  /** Legal education and aid. */
  | 'LEGAL_EDUCATION'
  /** Media and information. */
  | 'MEDIA'
  /** Rural development. */
  | 'RURAL_DEVELOPMENT'
  /** Science and innovation. */
  | 'SCIENCE'
  /** Social protection. */
  | 'SOCIAL_PROTECTION'
  /** Sport. */
  | 'SPORT'
  /** Volunteering and charity. */
  | 'VOLUNTEERING'
  /** Youth. */
  | 'YOUTH';

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
  Ngo: Ngo;
  Region: Region;
}>;

/** Mapping of federation reference types */
export type FederationReferenceTypes = ResolversObject<{
  Ngo:
    ( { __typename: 'Ngo' }
    & ( GraphQLRecursivePick<FederationTypes['Ngo'], {"id":true}>
        | GraphQLRecursivePick<FederationTypes['Ngo'], {"bin":true}> ) );
  Region:
    ( { __typename: 'Region' }
    & GraphQLRecursivePick<FederationTypes['Region'], {"code":true}> );
}>;



/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = ResolversObject<{
  Date: ResolverTypeWrapper<Scalars['Date']['output']>;
  Language: Language;
  LegalForm: LegalForm;
  LocalizedNames: ResolverTypeWrapper<NullableLabels>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  Ngo: ResolverTypeWrapper<NgoRow>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  NgoConnection: ResolverTypeWrapper<Connection<NgoRow>>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  NgoContacts: ResolverTypeWrapper<NgoContactsRow>;
  NgoFilter: NgoFilter;
  NgoStatus: NgoStatus;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Region: ResolverTypeWrapper<RegionInfo>;
  RegionKind: RegionKind;
  Sector: Sector;
}>;

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = ResolversObject<{
  Date: Scalars['Date']['output'];
  LocalizedNames: NullableLabels;
  String: Scalars['String']['output'];
  Ngo: NgoRow;
  ID: Scalars['ID']['output'];
  NgoConnection: Connection<NgoRow>;
  Int: Scalars['Int']['output'];
  NgoContacts: NgoContactsRow;
  NgoFilter: NgoFilter;
  PageInfo: PageInfo;
  Boolean: Scalars['Boolean']['output'];
  Query: Record<PropertyKey, never>;
  Region: RegionInfo;
}>;

export interface DateScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['Date'], any> {
  name: 'Date';
}

export type LocalizedNamesResolvers<ContextType = Context, ParentType extends ResolversParentTypes['LocalizedNames'] = ResolversParentTypes['LocalizedNames']> = ResolversObject<{
  en?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  kk?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  ru?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type NgoResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Ngo'] = ResolversParentTypes['Ngo'], FederationReferenceType extends FederationReferenceTypes['Ngo'] = FederationReferenceTypes['Ngo']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Ngo']> | FederationReferenceType, FederationReferenceType, ContextType>;
  bin?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  contacts?: Resolver<ResolversTypes['NgoContacts'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  legalForm?: Resolver<ResolversTypes['LegalForm'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType, RequireFields<NgoNameArgs, 'language'>>;
  names?: Resolver<ResolversTypes['LocalizedNames'], ParentType, ContextType>;
  region?: Resolver<ResolversTypes['Region'], ParentType, ContextType>;
  registeredOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  sectors?: Resolver<Array<ResolversTypes['Sector']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['NgoStatus'], ParentType, ContextType>;
}>;

export type NgoConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['NgoConnection'] = ResolversParentTypes['NgoConnection']> = ResolversObject<{
  nodes?: Resolver<Array<ResolversTypes['Ngo']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type NgoContactsResolvers<ContextType = Context, ParentType extends ResolversParentTypes['NgoContacts'] = ResolversParentTypes['NgoContacts']> = ResolversObject<{
  address?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  email?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  phone?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  website?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type PageInfoResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = ResolversObject<{
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
}>;

export type QueryResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = ResolversObject<{
  ngo?: Resolver<Maybe<ResolversTypes['Ngo']>, ParentType, ContextType, Partial<QueryNgoArgs>>;
  ngos?: Resolver<ResolversTypes['NgoConnection'], ParentType, ContextType, RequireFields<QueryNgosArgs, 'first'>>;
  region?: Resolver<Maybe<ResolversTypes['Region']>, ParentType, ContextType, RequireFields<QueryRegionArgs, 'code'>>;
  regions?: Resolver<Array<ResolversTypes['Region']>, ParentType, ContextType>;
}>;

export type RegionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Region'] = ResolversParentTypes['Region'], FederationReferenceType extends FederationReferenceTypes['Region'] = FederationReferenceTypes['Region']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Region']> | FederationReferenceType, FederationReferenceType, ContextType>;
  code?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kato?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['RegionKind'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType, RequireFields<RegionNameArgs, 'language'>>;
  names?: Resolver<ResolversTypes['LocalizedNames'], ParentType, ContextType>;
  ngos?: Resolver<ResolversTypes['NgoConnection'], ParentType, ContextType, RequireFields<RegionNgosArgs, 'first'>>;
}>;

export type Resolvers<ContextType = Context> = ResolversObject<{
  Date?: GraphQLScalarType;
  LocalizedNames?: LocalizedNamesResolvers<ContextType>;
  Ngo?: NgoResolvers<ContextType>;
  NgoConnection?: NgoConnectionResolvers<ContextType>;
  NgoContacts?: NgoContactsResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  Region?: RegionResolvers<ContextType>;
}>;

