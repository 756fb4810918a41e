import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { Ngo as NgoRow, Ngo as NgoContactsRow, NgoAuditEntry as NgoAuditEntryRow } from './prisma/client.js';
import type { RegionInfo } from '../../../../lib/domain/regions.js';
import type { Connection } from '../../../../lib/graphql/pagination.js';
import type { NullableLabels } from '../../../../lib/domain/labels.js';
import type { NgoScope } from '../services/ngo-scope.js';
import type { CodeCount } from '../../../../lib/domain/counts.js';
import type { Term } from '../../../../lib/domain/terms.js';
import type { SearchConnection } from '../services/search.js';
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
  /** A calendar date in ISO 8601 form, `YYYY-MM-DD`. */
  Date: { input: Date; output: Date; }
  /** An instant in ISO 8601 form with its offset, e.g. `2025-11-20T09:30:00.000Z`. */
  DateTime: { input: Date; output: Date; }
  /** A JSON object. */
  JSONObject: { input: Record<string, unknown>; output: Record<string, unknown>; }
  _FieldSet: { input: unknown; output: unknown; }
};

/** A count over time: one point per period of the requested range. */
export type CountTrend = {
  __typename?: 'CountTrend';
  /** The first day of the range. */
  from: Scalars['Date']['output'];
  /** The length of each period. */
  interval: TrendInterval;
  /** One point per period, oldest first, empty periods included. */
  points: Array<CountTrendPoint>;
  /** The last day of the range. */
  to: Scalars['Date']['output'];
  /** The sum of every point: the count over the whole range. */
  total: Scalars['Int']['output'];
};

/** One period of a time series. */
export type CountTrendPoint = {
  __typename?: 'CountTrendPoint';
  /** How many in the period. */
  count: Scalars['Int']['output'];
  /** The last day counted: the period's last day, or the range's for a partial last period. */
  end: Scalars['Date']['output'];
  /** The period's name: 2024, 2024-Q3 or 2024-07. */
  label: Scalars['String']['output'];
  /** The first day counted: the period's first day, or the range's for a partial first period. */
  start: Scalars['Date']['output'];
};

/**
 * The language of a label: Kazakh, Russian or English. A field's `language`
 * argument wins; without one, the request's `Accept-Language` header chooses
 * (kk, ru or en, by weight); without either, Russian. A label missing in the
 * language chosen falls back to Russian, then to any language it has.
 */
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

/** A legal form with its labels. */
export type LegalFormTerm = {
  __typename?: 'LegalFormTerm';
  /** The legal form. */
  code: LegalForm;
  /** Its label in the language wanted. */
  label: Scalars['String']['output'];
  /** Its label in each language. */
  labels: LocalizedNames;
};


/** A legal form with its labels. */
export type LegalFormTermLabelArgs = {
  language: InputMaybe<Language>;
};

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
 * Changes to the registry. Each takes effect together with its audit-log
 * entry, in one transaction. Only registrars and admins may make them.
 * Expected failures (invalid input, a duplicate BIN, an unknown id) come back
 * as `ok: false` with an `error`, and change nothing.
 */
export type Mutation = {
  __typename?: 'Mutation';
  /**
   * Changes an NGO's status: ACTIVE and SUSPENDED into each other, either into
   * LIQUIDATED. Liquidation is final and keeps the record and its history.
   */
  changeNgoStatus: NgoChangeResult;
  /** Registers a new NGO with status ACTIVE. */
  registerNgo: NgoChangeResult;
  /** Corrects an NGO's record; only the fields given change. A liquidated NGO's record is closed. */
  updateNgo: NgoChangeResult;
};


/**
 * Changes to the registry. Each takes effect together with its audit-log
 * entry, in one transaction. Only registrars and admins may make them.
 * Expected failures (invalid input, a duplicate BIN, an unknown id) come back
 * as `ok: false` with an `error`, and change nothing.
 */
export type MutationChangeNgoStatusArgs = {
  id: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
  status: NgoStatus;
};


/**
 * Changes to the registry. Each takes effect together with its audit-log
 * entry, in one transaction. Only registrars and admins may make them.
 * Expected failures (invalid input, a duplicate BIN, an unknown id) come back
 * as `ok: false` with an `error`, and change nothing.
 */
export type MutationRegisterNgoArgs = {
  input: RegisterNgoInput;
};


/**
 * Changes to the registry. Each takes effect together with its audit-log
 * entry, in one transaction. Only registrars and admins may make them.
 * Expected failures (invalid input, a duplicate BIN, an unknown id) come back
 * as `ok: false` with an `error`, and change nothing.
 */
export type MutationUpdateNgoArgs = {
  id: Scalars['ID']['input'];
  input: UpdateNgoInput;
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
  /** Where it came from: source, dataset or file URL, fetch time. */
  provenance: Provenance;
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
  language: InputMaybe<Language>;
};

/** What a registry change did. */
export type NgoAuditAction =
  /** A new NGO was registered. */
  | 'REGISTERED'
  /** An NGO's status changed. */
  | 'STATUS_CHANGED'
  /** An NGO's record was corrected. */
  | 'UPDATED';

/** Who made a registry change. */
export type NgoAuditActor = {
  __typename?: 'NgoAuditActor';
  /** The role they acted in: registrar or admin. */
  role: Scalars['String']['output'];
  /** The user's id (the token's subject). */
  subject: Scalars['String']['output'];
};

/** One change to the registry. */
export type NgoAuditEntry = {
  __typename?: 'NgoAuditEntry';
  /** What was done. */
  action: NgoAuditAction;
  /** Who did it. */
  actor: NgoAuditActor;
  /** The record after the change. */
  after: Scalars['JSONObject']['output'];
  /** When, to the millisecond. */
  at: Scalars['DateTime']['output'];
  /** The record before the change; null for a registration. */
  before: Maybe<Scalars['JSONObject']['output']>;
  /** The record's fields that changed. */
  changedFields: Array<Scalars['String']['output']>;
  /** The entry's identifier. */
  id: Scalars['ID']['output'];
  /** The NGO changed. */
  ngo: Ngo;
  /** The reason given (status changes). */
  reason: Maybe<Scalars['String']['output']>;
  /** The id of the request that made the change, as in the services' logs. */
  requestId: Maybe<Scalars['String']['output']>;
};

/** A page of audit-log entries. */
export type NgoAuditEntryConnection = {
  __typename?: 'NgoAuditEntryConnection';
  /** The entries on this page. */
  nodes: Array<NgoAuditEntry>;
  /** Where this page ends and whether more follow. */
  pageInfo: PageInfo;
  /** How many entries match, across every page. */
  totalCount: Scalars['Int']['output'];
};

/** Conditions on audit-log entries; every condition given must hold. */
export type NgoAuditFilter = {
  /** Entries of these kinds. */
  actions?: InputMaybe<Array<NgoAuditAction>>;
  /** Entries made by these users (token subjects). */
  actorSubjects?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Made on or after this day (UTC). */
  from?: InputMaybe<Scalars['Date']['input']>;
  /** Entries about these NGOs (registry ids). */
  ngoIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Made on or before this day (UTC). */
  to?: InputMaybe<Scalars['Date']['input']>;
};

/** Why a registry change was refused. Nothing was stored. */
export type NgoChangeError = {
  __typename?: 'NgoChangeError';
  /** What kind of problem. */
  code: NgoChangeErrorCode;
  /** For DUPLICATE_BIN: the id of the NGO already registered with that BIN. */
  existingNgoId: Maybe<Scalars['ID']['output']>;
  /** The input field at fault, e.g. `input.bin`; null when no single field is. */
  field: Maybe<Scalars['String']['output']>;
  /** What is wrong and how to fix it. */
  message: Scalars['String']['output'];
};

/** Kinds of refused registry changes. */
export type NgoChangeErrorCode =
  /** An NGO with that BIN is registered already; `existingNgoId` is its id. */
  | 'DUPLICATE_BIN'
  /** A value is malformed or out of range; `field` names it. */
  | 'INVALID_INPUT'
  /** The change is not allowed from the NGO's current status (a liquidated record is closed; a status cannot change to itself). */
  | 'INVALID_STATUS_CHANGE'
  /** No NGO has that id. */
  | 'NOT_FOUND';

/** What a registry change did. */
export type NgoChangeResult = {
  __typename?: 'NgoChangeResult';
  /** Why the change was refused; null when it was made. */
  error: Maybe<NgoChangeError>;
  /** The NGO as it is now (after the change; as it was when the change was refused and it exists). */
  ngo: Maybe<Ngo>;
  /** Whether the change was made. */
  ok: Scalars['Boolean']['output'];
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

/** An NGO's public contacts; a field given as null clears it. */
export type NgoContactsInput = {
  /** Registered postal address. */
  address?: InputMaybe<Scalars['String']['input']>;
  /** E-mail address, e.g. info@example.kz. */
  email?: InputMaybe<Scalars['String']['input']>;
  /** Telephone number in international form, e.g. +7 701 123 45 67. */
  phone?: InputMaybe<Scalars['String']['input']>;
  /** Web site address starting with http:// or https://. */
  website?: InputMaybe<Scalars['String']['input']>;
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

/** How many NGOs of a statistic have one legal form. */
export type NgoLegalFormCount = {
  __typename?: 'NgoLegalFormCount';
  /** How many NGOs. */
  count: Scalars['Int']['output'];
  /** The legal form's label. */
  label: Scalars['String']['output'];
  /** The legal form. */
  legalForm: LegalForm;
};


/** How many NGOs of a statistic have one legal form. */
export type NgoLegalFormCountLabelArgs = {
  language: InputMaybe<Language>;
};

/** An NGO's names; Russian is required, as the registry keeps every record in it. */
export type NgoNamesInput = {
  /** The name in English. */
  en?: InputMaybe<Scalars['String']['input']>;
  /** The name in Kazakh. */
  kk?: InputMaybe<Scalars['String']['input']>;
  /** The name in Russian. */
  ru: Scalars['String']['input'];
};

/** How many NGOs of a statistic are in one region. */
export type NgoRegionCount = {
  __typename?: 'NgoRegionCount';
  /** How many NGOs. */
  count: Scalars['Int']['output'];
  /** The region. */
  region: Region;
};

/** A page of search results. */
export type NgoSearchConnection = {
  __typename?: 'NgoSearchConnection';
  /** The results on this page. */
  nodes: Array<NgoSearchHit>;
  /** Where this page ends and whether more follow. */
  pageInfo: PageInfo;
  /** How many NGOs match in all, across every page. */
  totalCount: Scalars['Int']['output'];
};

/** One NGO found by a search. */
export type NgoSearchHit = {
  __typename?: 'NgoSearchHit';
  /** Why it was found. */
  matchedBy: NgoSearchMatch;
  /** The NGO. */
  ngo: Ngo;
  /** How well it matches, from 0 to 1: 1 for a BIN match; for NAME, how much of the NGO's shortest name the text makes up; for SIMILAR_NAME, the best trigram word similarity of its names. */
  score: Scalars['Float']['output'];
};

/** Why an NGO was found. */
export type NgoSearchMatch =
  /** Its BIN is the text. */
  | 'BIN'
  /** Its BIN starts with the text. */
  | 'BIN_PREFIX'
  /** One of its names contains the text (any case). */
  | 'NAME'
  /** None of the NGOs' names contains the text, and one of its names resembles it (a typo, another spelling). */
  | 'SIMILAR_NAME';

/** The orders search results can come in. */
export type NgoSearchOrder =
  /** By name in the language chosen, A to Z. */
  | 'NAME'
  /** Most recently registered first. */
  | 'NEWEST'
  /** Earliest registered first. */
  | 'OLDEST'
  /** Best match first: an exact BIN, then BINs starting with the text, then names by score. */
  | 'RELEVANCE';

/** How many NGOs of a statistic work in one sector. */
export type NgoSectorCount = {
  __typename?: 'NgoSectorCount';
  /** How many NGOs. */
  count: Scalars['Int']['output'];
  /** The sector's label. */
  label: Scalars['String']['output'];
  /** The sector. */
  sector: Sector;
};


/** How many NGOs of a statistic work in one sector. */
export type NgoSectorCountLabelArgs = {
  language: InputMaybe<Language>;
};

/** Counts of the NGOs matching a filter. Each breakdown is one SQL aggregation; every list covers its whole vocabulary, zeros included, largest first. */
export type NgoStatistics = {
  __typename?: 'NgoStatistics';
  /** NGOs per legal form. */
  byLegalForm: Array<NgoLegalFormCount>;
  /** NGOs per region: all 20 regions. */
  byRegion: Array<NgoRegionCount>;
  /** NGOs per sector: every sector. An NGO that works in several sectors counts once in each, so the counts may add up to more than `total`. */
  bySector: Array<NgoSectorCount>;
  /** NGOs per registration status. */
  byStatus: Array<NgoStatusCount>;
  /** NGOs per year of registration, oldest first, from the first year with a registration to the last; years between without one are included with 0. */
  byYear: Array<NgoYearCount>;
  /** How many NGOs match. */
  total: Scalars['Int']['output'];
};

/** The registration status of an NGO. */
export type NgoStatus =
  /** Registered and operating. */
  | 'ACTIVE'
  /** Liquidated; the record is kept for history. */
  | 'LIQUIDATED'
  /** Activity suspended by a court or the registering body. */
  | 'SUSPENDED';

/** How many NGOs of a statistic have one status. */
export type NgoStatusCount = {
  __typename?: 'NgoStatusCount';
  /** How many NGOs. */
  count: Scalars['Int']['output'];
  /** The status's label. */
  label: Scalars['String']['output'];
  /** The status. */
  status: NgoStatus;
};


/** How many NGOs of a statistic have one status. */
export type NgoStatusCountLabelArgs = {
  language: InputMaybe<Language>;
};

/** A registration status with its labels. */
export type NgoStatusTerm = {
  __typename?: 'NgoStatusTerm';
  /** The status. */
  code: NgoStatus;
  /** Its label in the language wanted. */
  label: Scalars['String']['output'];
  /** Its label in each language. */
  labels: LocalizedNames;
};


/** A registration status with its labels. */
export type NgoStatusTermLabelArgs = {
  language: InputMaybe<Language>;
};

/** The registry's vocabularies with their labels. */
export type NgoVocabulary = {
  __typename?: 'NgoVocabulary';
  /** The legal forms. */
  legalForms: Array<LegalFormTerm>;
  /** The sectors NGOs work in. */
  sectors: Array<SectorTerm>;
  /** The registration statuses. */
  statuses: Array<NgoStatusTerm>;
};

/** How many NGOs of a statistic were registered in one year. */
export type NgoYearCount = {
  __typename?: 'NgoYearCount';
  /** How many NGOs. */
  count: Scalars['Int']['output'];
  /** The calendar year. */
  year: Scalars['Int']['output'];
};

/** Cursor pagination: pass `endCursor` as `after` to get the next page. */
export type PageInfo = {
  __typename?: 'PageInfo';
  /** The cursor of the last item on this page; null on an empty page. */
  endCursor: Maybe<Scalars['String']['output']>;
  /** Whether another page follows this one. */
  hasNextPage: Scalars['Boolean']['output'];
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
  /**
   * Changes made to the NGO registry, newest first, cursor-paginated: who changed
   * what and when, with the record before and after. For analysts and admins.
   */
  auditLog: NgoAuditEntryConnection;
  /**
   * One NGO, by its registry id or by its BIN. Give exactly one of the two; an
   * invalid BIN is refused with BAD_USER_INPUT. Null when no NGO matches.
   */
  ngo: Maybe<Ngo>;
  /**
   * NGO registrations over time: one point per month, quarter or year from
   * `from` to `to` (both included; at most 240 points), periods without any
   * registration included with 0. The first and last points cover only the
   * days of their period inside the range.
   */
  ngoRegistrationTrend: Maybe<CountTrend>;
  /**
   * How many NGOs match the filter, and how they divide by region, sector,
   * status, legal form and year of registration. Counted by the database,
   * exact at the moment of the request; ask only for the breakdowns you show.
   */
  ngoStatistics: Maybe<NgoStatistics>;
  /** The registry's vocabularies (sectors, statuses, legal forms) with their labels, for legends and filter menus. */
  ngoVocabulary: Maybe<NgoVocabulary>;
  /**
   * NGOs matching the filter, newest registration first (ties broken by id),
   * cursor-paginated. `totalCount` counts every match, not only this page.
   */
  ngos: Maybe<NgoConnection>;
  /** One region by its ISO 3166-2:KZ code, e.g. `KZ-75` (Almaty). Anything else is a BAD_USER_INPUT error naming the code meant (a name such as Almaty, or a former code such as KZ-ALA). */
  region: Maybe<Region>;
  /** Kazakhstan's 20 top-level regions (17 oblasts and 3 cities of republican significance), in ISO code order. */
  regions: Maybe<Array<Region>>;
  /** The latest runs of `npm run sync` that wrote to the NGO registry, newest first. Analysts and admins. */
  registrySyncRuns: Maybe<Array<SyncRun>>;
  /**
   * NGOs whose name in Kazakh, Russian or English contains the text (any
   * case), or whose BIN starts with it; an exact BIN match ranks first. When
   * no name contains the text, names that resemble it match instead (trigram
   * word similarity), so a small typo still finds the NGO. Cursor-paginated;
   * `totalCount` counts every match.
   */
  searchNgos: Maybe<NgoSearchConnection>;
};


export type QueryAuditLogArgs = {
  after: InputMaybe<Scalars['String']['input']>;
  filter: InputMaybe<NgoAuditFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryNgoArgs = {
  bin: InputMaybe<Scalars['String']['input']>;
  id: InputMaybe<Scalars['ID']['input']>;
};


export type QueryNgoRegistrationTrendArgs = {
  filter: InputMaybe<NgoFilter>;
  from: Scalars['Date']['input'];
  interval: TrendInterval;
  to: Scalars['Date']['input'];
};


export type QueryNgoStatisticsArgs = {
  filter: InputMaybe<NgoFilter>;
};


export type QueryNgosArgs = {
  after: InputMaybe<Scalars['String']['input']>;
  filter: InputMaybe<NgoFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryRegionArgs = {
  code: Scalars['ID']['input'];
};


export type QueryRegistrySyncRunsArgs = {
  last?: InputMaybe<Scalars['Int']['input']>;
  source: InputMaybe<Scalars['String']['input']>;
};


export type QuerySearchNgosArgs = {
  after: InputMaybe<Scalars['String']['input']>;
  filter: InputMaybe<NgoFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  language: InputMaybe<Language>;
  orderBy?: InputMaybe<NgoSearchOrder>;
  text: Scalars['String']['input'];
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
  /** This region's NGOs counted like `Query.ngoStatistics`; a `regionCodes` condition in the filter is ignored. */
  ngoStatistics: NgoStatistics;
  /** NGOs registered in this region, filtered and paginated like `Query.ngos`. */
  ngos: NgoConnection;
};


/**
 * One of Kazakhstan's 20 top-level administrative units since 8 June 2022. Other
 * subgraphs add what they know about a region (councils, funding).
 */
export type RegionNameArgs = {
  language: InputMaybe<Language>;
};


/**
 * One of Kazakhstan's 20 top-level administrative units since 8 June 2022. Other
 * subgraphs add what they know about a region (councils, funding).
 */
export type RegionNgoStatisticsArgs = {
  filter: InputMaybe<NgoFilter>;
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

/** A new NGO. */
export type RegisterNgoInput = {
  /** The 12-digit BIN; its first four digits are the year and month of registration, its fifth 4 or 5 (a legal entity). */
  bin: Scalars['String']['input'];
  /** Public contacts. */
  contacts?: InputMaybe<NgoContactsInput>;
  /** The legal form. */
  legalForm: LegalForm;
  /** The NGO's names. */
  names: NgoNamesInput;
  /** The region of the registered address (ISO 3166-2:KZ, e.g. KZ-75). */
  regionCode: Scalars['ID']['input'];
  /** The date of state registration; in the month the BIN names, not in the future. */
  registeredOn: Scalars['Date']['input'];
  /** The sectors it works in: 1 to 5. */
  sectors: Array<Sector>;
};

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

/** A sector with its labels. */
export type SectorTerm = {
  __typename?: 'SectorTerm';
  /** The sector. */
  code: Sector;
  /** Its label in the language wanted. */
  label: Scalars['String']['output'];
  /** Its label in each language. */
  labels: LocalizedNames;
};


/** A sector with its labels. */
export type SectorTermLabelArgs = {
  language: InputMaybe<Language>;
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

/** The length of the periods of a time series. */
export type TrendInterval =
  /** Calendar months. */
  | 'MONTH'
  /** Calendar quarters (January to March, ...). */
  | 'QUARTER'
  /** Calendar years. */
  | 'YEAR';

/** Corrections to an NGO's record; omitted fields stay as they are. The BIN and registration date identify the NGO and do not change. */
export type UpdateNgoInput = {
  /** Public contacts; only the contact fields given change. */
  contacts?: InputMaybe<NgoContactsInput>;
  /** The legal form. */
  legalForm?: InputMaybe<LegalForm>;
  /** The NGO's names (all three: a language left out is cleared). */
  names?: InputMaybe<NgoNamesInput>;
  /** The region of the registered address. */
  regionCode?: InputMaybe<Scalars['ID']['input']>;
  /** The sectors it works in: 1 to 5. */
  sectors?: InputMaybe<Array<Sector>>;
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
  CountTrend: ResolverTypeWrapper<CountTrend>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  CountTrendPoint: ResolverTypeWrapper<CountTrendPoint>;
  Date: ResolverTypeWrapper<Scalars['Date']['output']>;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  JSONObject: ResolverTypeWrapper<Scalars['JSONObject']['output']>;
  Language: Language;
  LegalForm: LegalForm;
  LegalFormTerm: ResolverTypeWrapper<Term<LegalForm>>;
  LocalizedNames: ResolverTypeWrapper<NullableLabels>;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  Ngo: ResolverTypeWrapper<NgoRow>;
  NgoAuditAction: NgoAuditAction;
  NgoAuditActor: ResolverTypeWrapper<NgoAuditActor>;
  NgoAuditEntry: ResolverTypeWrapper<NgoAuditEntryRow>;
  NgoAuditEntryConnection: ResolverTypeWrapper<Connection<NgoAuditEntryRow>>;
  NgoAuditFilter: NgoAuditFilter;
  NgoChangeError: ResolverTypeWrapper<NgoChangeError>;
  NgoChangeErrorCode: NgoChangeErrorCode;
  NgoChangeResult: ResolverTypeWrapper<Omit<NgoChangeResult, 'ngo'> & { ngo?: Maybe<ResolversTypes['Ngo']> }>;
  NgoConnection: ResolverTypeWrapper<Connection<NgoRow>>;
  NgoContacts: ResolverTypeWrapper<NgoContactsRow>;
  NgoContactsInput: NgoContactsInput;
  NgoFilter: NgoFilter;
  NgoLegalFormCount: ResolverTypeWrapper<CodeCount<LegalForm>>;
  NgoNamesInput: NgoNamesInput;
  NgoRegionCount: ResolverTypeWrapper<Omit<NgoRegionCount, 'region'> & { region: ResolversTypes['Region'] }>;
  NgoSearchConnection: ResolverTypeWrapper<SearchConnection>;
  NgoSearchHit: ResolverTypeWrapper<Omit<NgoSearchHit, 'ngo'> & { ngo: ResolversTypes['Ngo'] }>;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  NgoSearchMatch: NgoSearchMatch;
  NgoSearchOrder: NgoSearchOrder;
  NgoSectorCount: ResolverTypeWrapper<CodeCount<Sector>>;
  NgoStatistics: ResolverTypeWrapper<NgoScope>;
  NgoStatus: NgoStatus;
  NgoStatusCount: ResolverTypeWrapper<CodeCount<NgoStatus>>;
  NgoStatusTerm: ResolverTypeWrapper<Term<NgoStatus>>;
  NgoVocabulary: ResolverTypeWrapper<Omit<NgoVocabulary, 'legalForms' | 'sectors' | 'statuses'> & { legalForms: Array<ResolversTypes['LegalFormTerm']>, sectors: Array<ResolversTypes['SectorTerm']>, statuses: Array<ResolversTypes['NgoStatusTerm']> }>;
  NgoYearCount: ResolverTypeWrapper<NgoYearCount>;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  Provenance: ResolverTypeWrapper<Provenance>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Region: ResolverTypeWrapper<RegionInfo>;
  RegionKind: RegionKind;
  RegisterNgoInput: RegisterNgoInput;
  Sector: Sector;
  SectorTerm: ResolverTypeWrapper<Term<Sector>>;
  SyncRejection: ResolverTypeWrapper<SyncRejection>;
  SyncRun: ResolverTypeWrapper<SyncRun>;
  TrendInterval: TrendInterval;
  UpdateNgoInput: UpdateNgoInput;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
}>;

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = ResolversObject<{
  CountTrend: CountTrend;
  Int: Scalars['Int']['output'];
  CountTrendPoint: CountTrendPoint;
  Date: Scalars['Date']['output'];
  DateTime: Scalars['DateTime']['output'];
  JSONObject: Scalars['JSONObject']['output'];
  LegalFormTerm: Term<LegalForm>;
  LocalizedNames: NullableLabels;
  Mutation: Record<PropertyKey, never>;
  ID: Scalars['ID']['output'];
  Ngo: NgoRow;
  NgoAuditActor: NgoAuditActor;
  NgoAuditEntry: NgoAuditEntryRow;
  NgoAuditEntryConnection: Connection<NgoAuditEntryRow>;
  NgoAuditFilter: NgoAuditFilter;
  NgoChangeError: NgoChangeError;
  NgoChangeResult: Omit<NgoChangeResult, 'ngo'> & { ngo?: Maybe<ResolversParentTypes['Ngo']> };
  NgoConnection: Connection<NgoRow>;
  NgoContacts: NgoContactsRow;
  NgoContactsInput: NgoContactsInput;
  NgoFilter: NgoFilter;
  NgoLegalFormCount: CodeCount<LegalForm>;
  NgoNamesInput: NgoNamesInput;
  NgoRegionCount: Omit<NgoRegionCount, 'region'> & { region: ResolversParentTypes['Region'] };
  NgoSearchConnection: SearchConnection;
  NgoSearchHit: Omit<NgoSearchHit, 'ngo'> & { ngo: ResolversParentTypes['Ngo'] };
  Float: Scalars['Float']['output'];
  NgoSectorCount: CodeCount<Sector>;
  NgoStatistics: NgoScope;
  NgoStatusCount: CodeCount<NgoStatus>;
  NgoStatusTerm: Term<NgoStatus>;
  NgoVocabulary: Omit<NgoVocabulary, 'legalForms' | 'sectors' | 'statuses'> & { legalForms: Array<ResolversParentTypes['LegalFormTerm']>, sectors: Array<ResolversParentTypes['SectorTerm']>, statuses: Array<ResolversParentTypes['NgoStatusTerm']> };
  NgoYearCount: NgoYearCount;
  PageInfo: PageInfo;
  Provenance: Provenance;
  Query: Record<PropertyKey, never>;
  Region: RegionInfo;
  RegisterNgoInput: RegisterNgoInput;
  SectorTerm: Term<Sector>;
  SyncRejection: SyncRejection;
  SyncRun: SyncRun;
  UpdateNgoInput: UpdateNgoInput;
  Boolean: Scalars['Boolean']['output'];
  String: Scalars['String']['output'];
}>;

export type AccessDirectiveArgs = {
  nullWhenDenied?: Maybe<Scalars['Boolean']['input']>;
  roles: Array<Scalars['String']['input']>;
};

export type AccessDirectiveResolver<Result, Parent, ContextType = Context, Args = AccessDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type CountTrendResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CountTrend'] = ResolversParentTypes['CountTrend']> = ResolversObject<{
  from?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  interval?: Resolver<ResolversTypes['TrendInterval'], ParentType, ContextType>;
  points?: Resolver<Array<ResolversTypes['CountTrendPoint']>, ParentType, ContextType>;
  to?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  total?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type CountTrendPointResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CountTrendPoint'] = ResolversParentTypes['CountTrendPoint']> = ResolversObject<{
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  end?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  label?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  start?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
}>;

export interface DateScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['Date'], any> {
  name: 'Date';
}

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export interface JsonObjectScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['JSONObject'], any> {
  name: 'JSONObject';
}

export type LegalFormTermResolvers<ContextType = Context, ParentType extends ResolversParentTypes['LegalFormTerm'] = ResolversParentTypes['LegalFormTerm']> = ResolversObject<{
  code?: Resolver<ResolversTypes['LegalForm'], ParentType, ContextType>;
  label?: Resolver<ResolversTypes['String'], ParentType, ContextType, Partial<LegalFormTermLabelArgs>>;
  labels?: Resolver<ResolversTypes['LocalizedNames'], ParentType, ContextType>;
}>;

export type LocalizedNamesResolvers<ContextType = Context, ParentType extends ResolversParentTypes['LocalizedNames'] = ResolversParentTypes['LocalizedNames']> = ResolversObject<{
  en?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  kk?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  ru?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type MutationResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = ResolversObject<{
  changeNgoStatus?: Resolver<ResolversTypes['NgoChangeResult'], ParentType, ContextType, RequireFields<MutationChangeNgoStatusArgs, 'id' | 'reason' | 'status'>>;
  registerNgo?: Resolver<ResolversTypes['NgoChangeResult'], ParentType, ContextType, RequireFields<MutationRegisterNgoArgs, 'input'>>;
  updateNgo?: Resolver<ResolversTypes['NgoChangeResult'], ParentType, ContextType, RequireFields<MutationUpdateNgoArgs, 'id' | 'input'>>;
}>;

export type NgoResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Ngo'] = ResolversParentTypes['Ngo'], FederationReferenceType extends FederationReferenceTypes['Ngo'] = FederationReferenceTypes['Ngo']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Ngo']> | FederationReferenceType, FederationReferenceType, ContextType>;
  bin?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  contacts?: Resolver<ResolversTypes['NgoContacts'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  legalForm?: Resolver<ResolversTypes['LegalForm'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType, Partial<NgoNameArgs>>;
  names?: Resolver<ResolversTypes['LocalizedNames'], ParentType, ContextType>;
  provenance?: Resolver<ResolversTypes['Provenance'], ParentType, ContextType>;
  region?: Resolver<ResolversTypes['Region'], ParentType, ContextType>;
  registeredOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  sectors?: Resolver<Array<ResolversTypes['Sector']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['NgoStatus'], ParentType, ContextType>;
}>;

export type NgoAuditActorResolvers<ContextType = Context, ParentType extends ResolversParentTypes['NgoAuditActor'] = ResolversParentTypes['NgoAuditActor']> = ResolversObject<{
  role?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  subject?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type NgoAuditEntryResolvers<ContextType = Context, ParentType extends ResolversParentTypes['NgoAuditEntry'] = ResolversParentTypes['NgoAuditEntry']> = ResolversObject<{
  action?: Resolver<ResolversTypes['NgoAuditAction'], ParentType, ContextType>;
  actor?: Resolver<ResolversTypes['NgoAuditActor'], ParentType, ContextType>;
  after?: Resolver<ResolversTypes['JSONObject'], ParentType, ContextType>;
  at?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  before?: Resolver<Maybe<ResolversTypes['JSONObject']>, ParentType, ContextType>;
  changedFields?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  ngo?: Resolver<ResolversTypes['Ngo'], ParentType, ContextType>;
  reason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  requestId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type NgoAuditEntryConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['NgoAuditEntryConnection'] = ResolversParentTypes['NgoAuditEntryConnection']> = ResolversObject<{
  nodes?: Resolver<Array<ResolversTypes['NgoAuditEntry']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type NgoChangeErrorResolvers<ContextType = Context, ParentType extends ResolversParentTypes['NgoChangeError'] = ResolversParentTypes['NgoChangeError']> = ResolversObject<{
  code?: Resolver<ResolversTypes['NgoChangeErrorCode'], ParentType, ContextType>;
  existingNgoId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  field?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type NgoChangeResultResolvers<ContextType = Context, ParentType extends ResolversParentTypes['NgoChangeResult'] = ResolversParentTypes['NgoChangeResult']> = ResolversObject<{
  error?: Resolver<Maybe<ResolversTypes['NgoChangeError']>, ParentType, ContextType>;
  ngo?: Resolver<Maybe<ResolversTypes['Ngo']>, ParentType, ContextType>;
  ok?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
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

export type NgoLegalFormCountResolvers<ContextType = Context, ParentType extends ResolversParentTypes['NgoLegalFormCount'] = ResolversParentTypes['NgoLegalFormCount']> = ResolversObject<{
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  label?: Resolver<ResolversTypes['String'], ParentType, ContextType, Partial<NgoLegalFormCountLabelArgs>>;
  legalForm?: Resolver<ResolversTypes['LegalForm'], ParentType, ContextType>;
}>;

export type NgoRegionCountResolvers<ContextType = Context, ParentType extends ResolversParentTypes['NgoRegionCount'] = ResolversParentTypes['NgoRegionCount']> = ResolversObject<{
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  region?: Resolver<ResolversTypes['Region'], ParentType, ContextType>;
}>;

export type NgoSearchConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['NgoSearchConnection'] = ResolversParentTypes['NgoSearchConnection']> = ResolversObject<{
  nodes?: Resolver<Array<ResolversTypes['NgoSearchHit']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type NgoSearchHitResolvers<ContextType = Context, ParentType extends ResolversParentTypes['NgoSearchHit'] = ResolversParentTypes['NgoSearchHit']> = ResolversObject<{
  matchedBy?: Resolver<ResolversTypes['NgoSearchMatch'], ParentType, ContextType>;
  ngo?: Resolver<ResolversTypes['Ngo'], ParentType, ContextType>;
  score?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
}>;

export type NgoSectorCountResolvers<ContextType = Context, ParentType extends ResolversParentTypes['NgoSectorCount'] = ResolversParentTypes['NgoSectorCount']> = ResolversObject<{
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  label?: Resolver<ResolversTypes['String'], ParentType, ContextType, Partial<NgoSectorCountLabelArgs>>;
  sector?: Resolver<ResolversTypes['Sector'], ParentType, ContextType>;
}>;

export type NgoStatisticsResolvers<ContextType = Context, ParentType extends ResolversParentTypes['NgoStatistics'] = ResolversParentTypes['NgoStatistics']> = ResolversObject<{
  byLegalForm?: Resolver<Array<ResolversTypes['NgoLegalFormCount']>, ParentType, ContextType>;
  byRegion?: Resolver<Array<ResolversTypes['NgoRegionCount']>, ParentType, ContextType>;
  bySector?: Resolver<Array<ResolversTypes['NgoSectorCount']>, ParentType, ContextType>;
  byStatus?: Resolver<Array<ResolversTypes['NgoStatusCount']>, ParentType, ContextType>;
  byYear?: Resolver<Array<ResolversTypes['NgoYearCount']>, ParentType, ContextType>;
  total?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type NgoStatusCountResolvers<ContextType = Context, ParentType extends ResolversParentTypes['NgoStatusCount'] = ResolversParentTypes['NgoStatusCount']> = ResolversObject<{
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  label?: Resolver<ResolversTypes['String'], ParentType, ContextType, Partial<NgoStatusCountLabelArgs>>;
  status?: Resolver<ResolversTypes['NgoStatus'], ParentType, ContextType>;
}>;

export type NgoStatusTermResolvers<ContextType = Context, ParentType extends ResolversParentTypes['NgoStatusTerm'] = ResolversParentTypes['NgoStatusTerm']> = ResolversObject<{
  code?: Resolver<ResolversTypes['NgoStatus'], ParentType, ContextType>;
  label?: Resolver<ResolversTypes['String'], ParentType, ContextType, Partial<NgoStatusTermLabelArgs>>;
  labels?: Resolver<ResolversTypes['LocalizedNames'], ParentType, ContextType>;
}>;

export type NgoVocabularyResolvers<ContextType = Context, ParentType extends ResolversParentTypes['NgoVocabulary'] = ResolversParentTypes['NgoVocabulary']> = ResolversObject<{
  legalForms?: Resolver<Array<ResolversTypes['LegalFormTerm']>, ParentType, ContextType>;
  sectors?: Resolver<Array<ResolversTypes['SectorTerm']>, ParentType, ContextType>;
  statuses?: Resolver<Array<ResolversTypes['NgoStatusTerm']>, ParentType, ContextType>;
}>;

export type NgoYearCountResolvers<ContextType = Context, ParentType extends ResolversParentTypes['NgoYearCount'] = ResolversParentTypes['NgoYearCount']> = ResolversObject<{
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  year?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type PageInfoResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = ResolversObject<{
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
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
  auditLog?: Resolver<ResolversTypes['NgoAuditEntryConnection'], ParentType, ContextType, RequireFields<QueryAuditLogArgs, 'first'>>;
  ngo?: Resolver<Maybe<ResolversTypes['Ngo']>, ParentType, ContextType, Partial<QueryNgoArgs>>;
  ngoRegistrationTrend?: Resolver<Maybe<ResolversTypes['CountTrend']>, ParentType, ContextType, RequireFields<QueryNgoRegistrationTrendArgs, 'from' | 'interval' | 'to'>>;
  ngoStatistics?: Resolver<Maybe<ResolversTypes['NgoStatistics']>, ParentType, ContextType, Partial<QueryNgoStatisticsArgs>>;
  ngoVocabulary?: Resolver<Maybe<ResolversTypes['NgoVocabulary']>, ParentType, ContextType>;
  ngos?: Resolver<Maybe<ResolversTypes['NgoConnection']>, ParentType, ContextType, RequireFields<QueryNgosArgs, 'first'>>;
  region?: Resolver<Maybe<ResolversTypes['Region']>, ParentType, ContextType, RequireFields<QueryRegionArgs, 'code'>>;
  regions?: Resolver<Maybe<Array<ResolversTypes['Region']>>, ParentType, ContextType>;
  registrySyncRuns?: Resolver<Maybe<Array<ResolversTypes['SyncRun']>>, ParentType, ContextType, RequireFields<QueryRegistrySyncRunsArgs, 'last'>>;
  searchNgos?: Resolver<Maybe<ResolversTypes['NgoSearchConnection']>, ParentType, ContextType, RequireFields<QuerySearchNgosArgs, 'first' | 'orderBy' | 'text'>>;
}>;

export type RegionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Region'] = ResolversParentTypes['Region'], FederationReferenceType extends FederationReferenceTypes['Region'] = FederationReferenceTypes['Region']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Region']> | FederationReferenceType, FederationReferenceType, ContextType>;
  code?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kato?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['RegionKind'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType, Partial<RegionNameArgs>>;
  names?: Resolver<ResolversTypes['LocalizedNames'], ParentType, ContextType>;
  ngoStatistics?: Resolver<ResolversTypes['NgoStatistics'], ParentType, ContextType, Partial<RegionNgoStatisticsArgs>>;
  ngos?: Resolver<ResolversTypes['NgoConnection'], ParentType, ContextType, RequireFields<RegionNgosArgs, 'first'>>;
}>;

export type SectorTermResolvers<ContextType = Context, ParentType extends ResolversParentTypes['SectorTerm'] = ResolversParentTypes['SectorTerm']> = ResolversObject<{
  code?: Resolver<ResolversTypes['Sector'], ParentType, ContextType>;
  label?: Resolver<ResolversTypes['String'], ParentType, ContextType, Partial<SectorTermLabelArgs>>;
  labels?: Resolver<ResolversTypes['LocalizedNames'], ParentType, ContextType>;
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

export type Resolvers<ContextType = Context> = ResolversObject<{
  CountTrend?: CountTrendResolvers<ContextType>;
  CountTrendPoint?: CountTrendPointResolvers<ContextType>;
  Date?: GraphQLScalarType;
  DateTime?: GraphQLScalarType;
  JSONObject?: GraphQLScalarType;
  LegalFormTerm?: LegalFormTermResolvers<ContextType>;
  LocalizedNames?: LocalizedNamesResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  Ngo?: NgoResolvers<ContextType>;
  NgoAuditActor?: NgoAuditActorResolvers<ContextType>;
  NgoAuditEntry?: NgoAuditEntryResolvers<ContextType>;
  NgoAuditEntryConnection?: NgoAuditEntryConnectionResolvers<ContextType>;
  NgoChangeError?: NgoChangeErrorResolvers<ContextType>;
  NgoChangeResult?: NgoChangeResultResolvers<ContextType>;
  NgoConnection?: NgoConnectionResolvers<ContextType>;
  NgoContacts?: NgoContactsResolvers<ContextType>;
  NgoLegalFormCount?: NgoLegalFormCountResolvers<ContextType>;
  NgoRegionCount?: NgoRegionCountResolvers<ContextType>;
  NgoSearchConnection?: NgoSearchConnectionResolvers<ContextType>;
  NgoSearchHit?: NgoSearchHitResolvers<ContextType>;
  NgoSectorCount?: NgoSectorCountResolvers<ContextType>;
  NgoStatistics?: NgoStatisticsResolvers<ContextType>;
  NgoStatusCount?: NgoStatusCountResolvers<ContextType>;
  NgoStatusTerm?: NgoStatusTermResolvers<ContextType>;
  NgoVocabulary?: NgoVocabularyResolvers<ContextType>;
  NgoYearCount?: NgoYearCountResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  Provenance?: ProvenanceResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  Region?: RegionResolvers<ContextType>;
  SectorTerm?: SectorTermResolvers<ContextType>;
  SyncRejection?: SyncRejectionResolvers<ContextType>;
  SyncRun?: SyncRunResolvers<ContextType>;
}>;

export type DirectiveResolvers<ContextType = Context> = ResolversObject<{
  access?: AccessDirectiveResolver<any, any, ContextType>;
}>;
