import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { PublicCouncil as PublicCouncilRow, CouncilMember as CouncilMemberRow, CouncilMember as MemberContactRow, CouncilProject as CouncilProjectRow, CivilForum as CivilForumRow, DiscussionPlatform as DiscussionPlatformRow } from './prisma/client.js';
import type { Connection } from '../../../../lib/graphql/pagination.js';
import type { NullableLabels } from '../../../../lib/domain/labels.js';
import type { NgoRef, RegionRef } from '../entities.js';
import type { CouncilScope } from '../services/council-scope.js';
import type { ProjectScope } from '../services/project-scope.js';
import type { LevelCount } from '../services/council-statistics.js';
import type { CodeCount } from '../../../../lib/domain/counts.js';
import type { Term } from '../../../../lib/domain/terms.js';
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
  _FieldSet: { input: unknown; output: unknown; }
};

/** An edition of the Civil Forum of Kazakhstan, the national meeting of civil society, state bodies and partners. */
export type CivilForum = {
  __typename?: 'CivilForum';
  /** The city that hosted it. */
  city: Scalars['String']['output'];
  /** The edition's number, e.g. 12. */
  edition: Scalars['Int']['output'];
  /** The date it opened. */
  heldOn: Scalars['Date']['output'];
  /** How many discussion platforms it hosted. */
  platformCount: Scalars['Int']['output'];
  /** Its discussion platforms, in programme order. */
  platforms: Array<DiscussionPlatform>;
  /** The edition's title. */
  title: Scalars['String']['output'];
};

/** Conditions on public councils; every condition given must hold. */
export type CouncilFilter = {
  /** Council levels. */
  levels?: InputMaybe<Array<CouncilLevel>>;
  /** Region codes (ISO 3166-2:KZ); republican councils have none and never match. */
  regionCodes?: InputMaybe<Array<Scalars['ID']['input']>>;
};

/** The level a public council is formed at. */
export type CouncilLevel =
  /** At a local executive body: a region, a city or a district. */
  | 'LOCAL'
  /** At a ministry or other central state body. */
  | 'REPUBLICAN';

/** Councils and members at one level. */
export type CouncilLevelCount = {
  __typename?: 'CouncilLevelCount';
  /** How many councils. */
  councils: Scalars['Int']['output'];
  /** The level's label. */
  label: Scalars['String']['output'];
  /** The level. */
  level: CouncilLevel;
  /** How many members sit on them. */
  members: Scalars['Int']['output'];
};


/** Councils and members at one level. */
export type CouncilLevelCountLabelArgs = {
  language: InputMaybe<Language>;
};

/** A council level with its labels. */
export type CouncilLevelTerm = {
  __typename?: 'CouncilLevelTerm';
  /** The level. */
  code: CouncilLevel;
  /** Its label in the language wanted. */
  label: Scalars['String']['output'];
  /** Its label in each language. */
  labels: LocalizedNames;
};


/** A council level with its labels. */
export type CouncilLevelTermLabelArgs = {
  language: InputMaybe<Language>;
};

/** A person who sits on a public council. Contact details are personal data, readable by analysts and admins only. */
export type CouncilMember = {
  __typename?: 'CouncilMember';
  /** The date the member was appointed. */
  appointedOn: Scalars['Date']['output'];
  /** How to reach the member: personal data, for analysts and admins only. */
  contact: Maybe<MemberContact>;
  /** The council the member sits on. */
  council: PublicCouncil;
  /** The member's full name. */
  fullName: Scalars['String']['output'];
  /** The membership's identifier. */
  id: Scalars['ID']['output'];
  /** Where it came from: source, dataset or file URL, fetch time. */
  provenance: Provenance;
  /** The NGO the member represents, if any. */
  representing: Maybe<Ngo>;
  /** The member's role on the council. */
  role: MemberRole;
};

/** A page of council members. */
export type CouncilMemberConnection = {
  __typename?: 'CouncilMemberConnection';
  /** The members on this page. */
  nodes: Array<CouncilMember>;
  /** Where this page ends and whether more follow. */
  pageInfo: PageInfo;
  /** How many members match, across every page. */
  totalCount: Scalars['Int']['output'];
};

/** Conditions on council members; every condition given must hold. */
export type CouncilMemberFilter = {
  /** The councils the members sit on. */
  councilIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Only members of councils at these levels. */
  levels?: InputMaybe<Array<CouncilLevel>>;
  /** Only members of councils in these regions. */
  regionCodes?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** True: only members who represent an NGO; false: only those who do not. */
  representsNgo?: InputMaybe<Scalars['Boolean']['input']>;
};

/** A project (a draft act, programme, budget or initiative) a public council considered. */
export type CouncilProject = {
  __typename?: 'CouncilProject';
  /** The date the council considered it. */
  consideredOn: Scalars['Date']['output'];
  /** The council that considered it. */
  council: PublicCouncil;
  /** The policy field the project belongs to. */
  field: PolicyField;
  /** The project's identifier. */
  id: Scalars['ID']['output'];
  /** What the council decided. */
  outcome: ProjectOutcome;
  /** The project's title. */
  title: Scalars['String']['output'];
};

/** A page of council projects. */
export type CouncilProjectConnection = {
  __typename?: 'CouncilProjectConnection';
  /** The projects on this page. */
  nodes: Array<CouncilProject>;
  /** Where this page ends and whether more follow. */
  pageInfo: PageInfo;
  /** How many projects match, across every page. */
  totalCount: Scalars['Int']['output'];
};

/** Conditions on council projects; every condition given must hold. */
export type CouncilProjectFilter = {
  /** Considered on or after this date. */
  consideredFrom?: InputMaybe<Scalars['Date']['input']>;
  /** Considered on or before this date. */
  consideredTo?: InputMaybe<Scalars['Date']['input']>;
  /** The councils that considered them. */
  councilIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Policy fields. */
  fields?: InputMaybe<Array<PolicyField>>;
  /** Only projects of councils at these levels. */
  levels?: InputMaybe<Array<CouncilLevel>>;
  /** Outcomes. */
  outcomes?: InputMaybe<Array<ProjectOutcome>>;
  /** Only projects of councils in these regions. */
  regionCodes?: InputMaybe<Array<Scalars['ID']['input']>>;
};

/** Counts of the projects matching a filter. Every list covers its whole vocabulary, zeros included, largest first. */
export type CouncilProjectStatistics = {
  __typename?: 'CouncilProjectStatistics';
  /** Projects per policy field. */
  byField: Array<PolicyFieldCount>;
  /** Projects per council level. */
  byLevel: Array<ProjectLevelCount>;
  /** Projects per outcome. */
  byOutcome: Array<ProjectOutcomeCount>;
  /** Projects per region of the council: all 20 regions. Projects of republican councils, which serve no region, are not in this list (see `byLevel`). */
  byRegion: Array<ProjectRegionCount>;
  /** Projects per year considered, oldest first, from the first year with a project to the last; years between without one are included with 0. */
  byYear: Array<ProjectYearCount>;
  /** How many projects match. */
  total: Scalars['Int']['output'];
};

/** Councils and members in one region. */
export type CouncilRegionCount = {
  __typename?: 'CouncilRegionCount';
  /** How many councils. */
  councils: Scalars['Int']['output'];
  /** How many members sit on them. */
  members: Scalars['Int']['output'];
  /** The region. */
  region: Region;
};

/** Counts of the public councils matching a filter and of their members. */
export type CouncilStatistics = {
  __typename?: 'CouncilStatistics';
  /** Councils and members per level: both levels, zeros included. */
  byLevel: Array<CouncilLevelCount>;
  /** Councils and members per region: all 20 regions, zeros included, most councils first. Republican councils serve no region and are not in this list. */
  byRegion: Array<CouncilRegionCount>;
  /** How many councils match. */
  councils: Scalars['Int']['output'];
  /** How many members sit on them. */
  members: Scalars['Int']['output'];
  /** How many of those members represent an NGO. */
  membersRepresentingNgos: Scalars['Int']['output'];
};

/** The councils' vocabularies with their labels. */
export type CouncilVocabulary = {
  __typename?: 'CouncilVocabulary';
  /** The levels councils are formed at. */
  levels: Array<CouncilLevelTerm>;
  /** What councils decide on projects. */
  outcomes: Array<ProjectOutcomeTerm>;
  /** The policy fields of projects. */
  policyFields: Array<PolicyFieldTerm>;
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

/** A discussion platform (panel, round table) of a Civil Forum. */
export type DiscussionPlatform = {
  __typename?: 'DiscussionPlatform';
  /** Its place in the forum's programme, from 1. */
  position: Scalars['Int']['output'];
  /** The platform's title. */
  title: Scalars['String']['output'];
  /** A short code of its subject, e.g. INTERNATIONAL_PARTNERSHIP. */
  topic: Scalars['String']['output'];
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

/** The territory a local public council serves. */
export type LocalTerritory =
  /** A city of regional significance. */
  | 'CITY'
  /** A district. */
  | 'DISTRICT'
  /** A region (oblast) or city of republican significance. */
  | 'REGION';

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

/** A council member's contact details (personal data). */
export type MemberContact = {
  __typename?: 'MemberContact';
  /** E-mail address. */
  email: Maybe<Scalars['String']['output']>;
  /** Telephone number. */
  phone: Maybe<Scalars['String']['output']>;
};

/** A member's role on a council. */
export type MemberRole =
  /** Chair of the council. */
  | 'CHAIR'
  /** Deputy chair. */
  | 'DEPUTY_CHAIR'
  /** Member. */
  | 'MEMBER'
  /** Secretary. */
  | 'SECRETARY';

/** An NGO of the registry (owned by the ngos subgraph); here it gains the council seats its representatives hold. */
export type Ngo = {
  __typename?: 'Ngo';
  /** Seats on public councils held by people who represent this NGO. Null, with a SUBGRAPH_* error, when the councils service cannot answer. */
  councilSeats: Maybe<Array<CouncilMember>>;
  /** The registry's identifier of the NGO. */
  id: Scalars['ID']['output'];
};

/** Cursor pagination: pass `endCursor` as `after` to get the next page. */
export type PageInfo = {
  __typename?: 'PageInfo';
  /** The cursor of the last item on this page; null on an empty page. */
  endCursor: Maybe<Scalars['String']['output']>;
  /** Whether another page follows this one. */
  hasNextPage: Scalars['Boolean']['output'];
};

/** The policy field of a council project; the first four are those the 12th Civil Forum named. */
export type PolicyField =
  /** Agriculture. */
  | 'AGRICULTURE'
  /** Anti-corruption. */
  | 'ANTI_CORRUPTION'
  /** Culture. */
  | 'CULTURE'
  /** Digitalization. */
  | 'DIGITALIZATION'
  /** Economy and entrepreneurship. */
  | 'ECONOMY'
  /** Education. */
  | 'EDUCATION'
  /** Environment. */
  | 'ENVIRONMENT'
  /** Health. */
  | 'HEALTH'
  /** Housing and utilities. */
  | 'HOUSING_AND_UTILITIES'
  /** Legal education. */
  | 'LEGAL_EDUCATION'
  /** Budget and public finance. */
  | 'PUBLIC_FINANCE'
  /** Public safety. */
  | 'PUBLIC_SAFETY'
  /** Social protection. */
  | 'SOCIAL_PROTECTION'
  /** Transport and roads. */
  | 'TRANSPORT'
  /** Youth policy. */
  | 'YOUTH_POLICY';

/** How many projects of a statistic are in one policy field. */
export type PolicyFieldCount = {
  __typename?: 'PolicyFieldCount';
  /** How many projects. */
  count: Scalars['Int']['output'];
  /** The field. */
  field: PolicyField;
  /** The field's label. */
  label: Scalars['String']['output'];
};


/** How many projects of a statistic are in one policy field. */
export type PolicyFieldCountLabelArgs = {
  language: InputMaybe<Language>;
};

/** A policy field with its labels. */
export type PolicyFieldTerm = {
  __typename?: 'PolicyFieldTerm';
  /** The field. */
  code: PolicyField;
  /** Its label in the language wanted. */
  label: Scalars['String']['output'];
  /** Its label in each language. */
  labels: LocalizedNames;
};


/** A policy field with its labels. */
export type PolicyFieldTermLabelArgs = {
  language: InputMaybe<Language>;
};

/** How many projects of a statistic councils of one level considered. */
export type ProjectLevelCount = {
  __typename?: 'ProjectLevelCount';
  /** How many projects. */
  count: Scalars['Int']['output'];
  /** The level's label. */
  label: Scalars['String']['output'];
  /** The level. */
  level: CouncilLevel;
};


/** How many projects of a statistic councils of one level considered. */
export type ProjectLevelCountLabelArgs = {
  language: InputMaybe<Language>;
};

/** What a council decided on a project. */
export type ProjectOutcome =
  /** Not supported. */
  | 'REJECTED'
  /** Returned to the state body for revision. */
  | 'RETURNED_FOR_REVISION'
  /** Supported as proposed. */
  | 'SUPPORTED'
  /** Supported with remarks for the state body. */
  | 'SUPPORTED_WITH_REMARKS';

/** How many projects of a statistic had one outcome. */
export type ProjectOutcomeCount = {
  __typename?: 'ProjectOutcomeCount';
  /** How many projects. */
  count: Scalars['Int']['output'];
  /** The outcome's label. */
  label: Scalars['String']['output'];
  /** The outcome. */
  outcome: ProjectOutcome;
};


/** How many projects of a statistic had one outcome. */
export type ProjectOutcomeCountLabelArgs = {
  language: InputMaybe<Language>;
};

/** A project outcome with its labels. */
export type ProjectOutcomeTerm = {
  __typename?: 'ProjectOutcomeTerm';
  /** The outcome. */
  code: ProjectOutcome;
  /** Its label in the language wanted. */
  label: Scalars['String']['output'];
  /** Its label in each language. */
  labels: LocalizedNames;
};


/** A project outcome with its labels. */
export type ProjectOutcomeTermLabelArgs = {
  language: InputMaybe<Language>;
};

/** How many projects of a statistic councils of one region considered. */
export type ProjectRegionCount = {
  __typename?: 'ProjectRegionCount';
  /** How many projects. */
  count: Scalars['Int']['output'];
  /** The region. */
  region: Region;
};

/** How many projects of a statistic were considered in one year. */
export type ProjectYearCount = {
  __typename?: 'ProjectYearCount';
  /** How many projects. */
  count: Scalars['Int']['output'];
  /** The calendar year. */
  year: Scalars['Int']['output'];
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

/**
 * A public council (Law No. 383-V of 2 November 2015 "On public councils"):
 * a consultative body of citizens formed at a ministry or other central body
 * (republican level) or at a local executive body (local level).
 */
export type PublicCouncil = {
  __typename?: 'PublicCouncil';
  /** The state body that formed the council (a ministry, an akimat). */
  formedBy: Scalars['String']['output'];
  /** The date the council was formed. */
  formedOn: Scalars['Date']['output'];
  /** The council's identifier. */
  id: Scalars['ID']['output'];
  /** Republican or local. */
  level: CouncilLevel;
  /** How many members the council has. */
  memberCount: Scalars['Int']['output'];
  /** The council's members, chair first. */
  members: CouncilMemberConnection;
  /** The council's name in the requested language, falling back to Russian. */
  name: Scalars['String']['output'];
  /** The council's name in Kazakh, Russian and English. */
  names: LocalizedNames;
  /** Projects this council considered, most recent first. */
  projects: CouncilProjectConnection;
  /** Where it came from: source, dataset or file URL, fetch time. */
  provenance: Provenance;
  /** The region the council works in; null for republican councils. */
  region: Maybe<Region>;
  /** For a local council, the territory it serves: a region, a city or a district; null for republican councils. */
  territory: Maybe<LocalTerritory>;
};


/**
 * A public council (Law No. 383-V of 2 November 2015 "On public councils"):
 * a consultative body of citizens formed at a ministry or other central body
 * (republican level) or at a local executive body (local level).
 */
export type PublicCouncilMembersArgs = {
  after: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/**
 * A public council (Law No. 383-V of 2 November 2015 "On public councils"):
 * a consultative body of citizens formed at a ministry or other central body
 * (republican level) or at a local executive body (local level).
 */
export type PublicCouncilNameArgs = {
  language: InputMaybe<Language>;
};


/**
 * A public council (Law No. 383-V of 2 November 2015 "On public councils"):
 * a consultative body of citizens formed at a ministry or other central body
 * (republican level) or at a local executive body (local level).
 */
export type PublicCouncilProjectsArgs = {
  after: InputMaybe<Scalars['String']['input']>;
  filter: InputMaybe<CouncilProjectFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** A page of public councils. */
export type PublicCouncilConnection = {
  __typename?: 'PublicCouncilConnection';
  /** The councils on this page. */
  nodes: Array<PublicCouncil>;
  /** Where this page ends and whether more follow. */
  pageInfo: PageInfo;
  /** How many councils match, across every page. */
  totalCount: Scalars['Int']['output'];
};

export type Query = {
  __typename?: 'Query';
  /** One edition of the Civil Forum by its number (e.g. 12); null when unknown. */
  civilForum: Maybe<CivilForum>;
  /** Editions of the Civil Forum of Kazakhstan, newest first. */
  civilForums: Maybe<Array<CivilForum>>;
  /** One public council by id; null when none has it. */
  council: Maybe<PublicCouncil>;
  /** Council members matching the filter, cursor-paginated. */
  councilMembers: Maybe<CouncilMemberConnection>;
  /**
   * How many projects the councils considered, by field, outcome, year,
   * region and level. Counted by the database, exact at the moment of the
   * request; ask only for the breakdowns you show.
   */
  councilProjectStatistics: Maybe<CouncilProjectStatistics>;
  /**
   * Projects considered over time: one point per month, quarter or year from
   * `from` to `to` (both included; at most 240 points), periods without any
   * project included with 0. The first and last points cover only the days of
   * their period inside the range.
   */
  councilProjectTrend: Maybe<CountTrend>;
  /** Projects considered by public councils, most recent first, cursor-paginated. */
  councilProjects: Maybe<CouncilProjectConnection>;
  /**
   * How many public councils match the filter and how many members sit on
   * them, by level and by region. Counted by the database.
   */
  councilStatistics: Maybe<CouncilStatistics>;
  /** The latest runs of `npm run sync` that wrote to public councils and their members, newest first. Analysts and admins. */
  councilSyncRuns: Maybe<Array<SyncRun>>;
  /** The councils' vocabularies (policy fields, outcomes, levels) with their labels, for legends and filter menus. */
  councilVocabulary: Maybe<CouncilVocabulary>;
  /** Public councils matching the filter, ordered by level, region and name, cursor-paginated. */
  councils: Maybe<PublicCouncilConnection>;
};


export type QueryCivilForumArgs = {
  edition: Scalars['Int']['input'];
};


export type QueryCouncilArgs = {
  id: Scalars['ID']['input'];
};


export type QueryCouncilMembersArgs = {
  after: InputMaybe<Scalars['String']['input']>;
  filter: InputMaybe<CouncilMemberFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryCouncilProjectStatisticsArgs = {
  filter: InputMaybe<CouncilProjectFilter>;
};


export type QueryCouncilProjectTrendArgs = {
  filter: InputMaybe<CouncilProjectFilter>;
  from: Scalars['Date']['input'];
  interval: TrendInterval;
  to: Scalars['Date']['input'];
};


export type QueryCouncilProjectsArgs = {
  after: InputMaybe<Scalars['String']['input']>;
  filter: InputMaybe<CouncilProjectFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryCouncilStatisticsArgs = {
  filter: InputMaybe<CouncilFilter>;
};


export type QueryCouncilSyncRunsArgs = {
  last?: InputMaybe<Scalars['Int']['input']>;
  source: InputMaybe<Scalars['String']['input']>;
};


export type QueryCouncilsArgs = {
  after: InputMaybe<Scalars['String']['input']>;
  filter: InputMaybe<CouncilFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** A region (owned by the ngos subgraph); here it gains its public councils. */
export type Region = {
  __typename?: 'Region';
  /** ISO 3166-2:KZ code, e.g. `KZ-75`. */
  code: Scalars['ID']['output'];
  /** Projects this region's local councils considered, counted like `Query.councilProjectStatistics`; a `regionCodes` condition is ignored. Null, with a SUBGRAPH_* error, when the councils service cannot answer. */
  councilProjectStatistics: Maybe<CouncilProjectStatistics>;
  /** This region's local councils and their members, counted like `Query.councilStatistics`; a `regionCodes` condition is ignored. Null, with a SUBGRAPH_* error, when the councils service cannot answer. */
  councilStatistics: Maybe<CouncilStatistics>;
  /** Local public councils in this region, paginated like `Query.councils`. Null, with a SUBGRAPH_* error, when the councils service cannot answer. */
  councils: Maybe<PublicCouncilConnection>;
};


/** A region (owned by the ngos subgraph); here it gains its public councils. */
export type RegionCouncilProjectStatisticsArgs = {
  filter: InputMaybe<CouncilProjectFilter>;
};


/** A region (owned by the ngos subgraph); here it gains its public councils. */
export type RegionCouncilStatisticsArgs = {
  filter: InputMaybe<CouncilFilter>;
};


/** A region (owned by the ngos subgraph); here it gains its public councils. */
export type RegionCouncilsArgs = {
  after: InputMaybe<Scalars['String']['input']>;
  filter: InputMaybe<CouncilFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
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
  CouncilMember: CouncilMember;
  CouncilProject: CouncilProject;
  Ngo: Ngo;
  PublicCouncil: PublicCouncil;
  Region: Region;
}>;

/** Mapping of federation reference types */
export type FederationReferenceTypes = ResolversObject<{
  CouncilMember:
    ( { __typename: 'CouncilMember' }
    & GraphQLRecursivePick<FederationTypes['CouncilMember'], {"id":true}> );
  CouncilProject:
    ( { __typename: 'CouncilProject' }
    & GraphQLRecursivePick<FederationTypes['CouncilProject'], {"id":true}> );
  Ngo:
    ( { __typename: 'Ngo' }
    & GraphQLRecursivePick<FederationTypes['Ngo'], {"id":true}> );
  PublicCouncil:
    ( { __typename: 'PublicCouncil' }
    & GraphQLRecursivePick<FederationTypes['PublicCouncil'], {"id":true}> );
  Region:
    ( { __typename: 'Region' }
    & GraphQLRecursivePick<FederationTypes['Region'], {"code":true}> );
}>;



/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = ResolversObject<{
  CivilForum: ResolverTypeWrapper<CivilForumRow>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  CouncilFilter: CouncilFilter;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  CouncilLevel: CouncilLevel;
  CouncilLevelCount: ResolverTypeWrapper<LevelCount<CouncilLevel>>;
  CouncilLevelTerm: ResolverTypeWrapper<Term<CouncilLevel>>;
  CouncilMember: ResolverTypeWrapper<CouncilMemberRow>;
  CouncilMemberConnection: ResolverTypeWrapper<Connection<CouncilMemberRow>>;
  CouncilMemberFilter: CouncilMemberFilter;
  CouncilProject: ResolverTypeWrapper<CouncilProjectRow>;
  CouncilProjectConnection: ResolverTypeWrapper<Connection<CouncilProjectRow>>;
  CouncilProjectFilter: CouncilProjectFilter;
  CouncilProjectStatistics: ResolverTypeWrapper<ProjectScope>;
  CouncilRegionCount: ResolverTypeWrapper<Omit<CouncilRegionCount, 'region'> & { region: ResolversTypes['Region'] }>;
  CouncilStatistics: ResolverTypeWrapper<CouncilScope>;
  CouncilVocabulary: ResolverTypeWrapper<Omit<CouncilVocabulary, 'levels' | 'outcomes' | 'policyFields'> & { levels: Array<ResolversTypes['CouncilLevelTerm']>, outcomes: Array<ResolversTypes['ProjectOutcomeTerm']>, policyFields: Array<ResolversTypes['PolicyFieldTerm']> }>;
  CountTrend: ResolverTypeWrapper<CountTrend>;
  CountTrendPoint: ResolverTypeWrapper<CountTrendPoint>;
  Date: ResolverTypeWrapper<Scalars['Date']['output']>;
  DiscussionPlatform: ResolverTypeWrapper<DiscussionPlatformRow>;
  Language: Language;
  LocalTerritory: LocalTerritory;
  LocalizedNames: ResolverTypeWrapper<NullableLabels>;
  MemberContact: ResolverTypeWrapper<MemberContactRow>;
  MemberRole: MemberRole;
  Ngo: ResolverTypeWrapper<NgoRef>;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  PolicyField: PolicyField;
  PolicyFieldCount: ResolverTypeWrapper<CodeCount<PolicyField>>;
  PolicyFieldTerm: ResolverTypeWrapper<Term<PolicyField>>;
  ProjectLevelCount: ResolverTypeWrapper<CodeCount<CouncilLevel>>;
  ProjectOutcome: ProjectOutcome;
  ProjectOutcomeCount: ResolverTypeWrapper<CodeCount<ProjectOutcome>>;
  ProjectOutcomeTerm: ResolverTypeWrapper<Term<ProjectOutcome>>;
  ProjectRegionCount: ResolverTypeWrapper<Omit<ProjectRegionCount, 'region'> & { region: ResolversTypes['Region'] }>;
  ProjectYearCount: ResolverTypeWrapper<ProjectYearCount>;
  Provenance: ResolverTypeWrapper<Provenance>;
  PublicCouncil: ResolverTypeWrapper<PublicCouncilRow>;
  PublicCouncilConnection: ResolverTypeWrapper<Connection<PublicCouncilRow>>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Region: ResolverTypeWrapper<RegionRef>;
  SyncRejection: ResolverTypeWrapper<SyncRejection>;
  SyncRun: ResolverTypeWrapper<SyncRun>;
  TrendInterval: TrendInterval;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
}>;

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = ResolversObject<{
  CivilForum: CivilForumRow;
  Int: Scalars['Int']['output'];
  CouncilFilter: CouncilFilter;
  ID: Scalars['ID']['output'];
  CouncilLevelCount: LevelCount<CouncilLevel>;
  CouncilLevelTerm: Term<CouncilLevel>;
  CouncilMember: CouncilMemberRow;
  CouncilMemberConnection: Connection<CouncilMemberRow>;
  CouncilMemberFilter: CouncilMemberFilter;
  CouncilProject: CouncilProjectRow;
  CouncilProjectConnection: Connection<CouncilProjectRow>;
  CouncilProjectFilter: CouncilProjectFilter;
  CouncilProjectStatistics: ProjectScope;
  CouncilRegionCount: Omit<CouncilRegionCount, 'region'> & { region: ResolversParentTypes['Region'] };
  CouncilStatistics: CouncilScope;
  CouncilVocabulary: Omit<CouncilVocabulary, 'levels' | 'outcomes' | 'policyFields'> & { levels: Array<ResolversParentTypes['CouncilLevelTerm']>, outcomes: Array<ResolversParentTypes['ProjectOutcomeTerm']>, policyFields: Array<ResolversParentTypes['PolicyFieldTerm']> };
  CountTrend: CountTrend;
  CountTrendPoint: CountTrendPoint;
  Date: Scalars['Date']['output'];
  DiscussionPlatform: DiscussionPlatformRow;
  LocalizedNames: NullableLabels;
  MemberContact: MemberContactRow;
  Ngo: NgoRef;
  PageInfo: PageInfo;
  PolicyFieldCount: CodeCount<PolicyField>;
  PolicyFieldTerm: Term<PolicyField>;
  ProjectLevelCount: CodeCount<CouncilLevel>;
  ProjectOutcomeCount: CodeCount<ProjectOutcome>;
  ProjectOutcomeTerm: Term<ProjectOutcome>;
  ProjectRegionCount: Omit<ProjectRegionCount, 'region'> & { region: ResolversParentTypes['Region'] };
  ProjectYearCount: ProjectYearCount;
  Provenance: Provenance;
  PublicCouncil: PublicCouncilRow;
  PublicCouncilConnection: Connection<PublicCouncilRow>;
  Query: Record<PropertyKey, never>;
  Region: RegionRef;
  SyncRejection: SyncRejection;
  SyncRun: SyncRun;
  Boolean: Scalars['Boolean']['output'];
  String: Scalars['String']['output'];
}>;

export type AccessDirectiveArgs = {
  nullWhenDenied?: Maybe<Scalars['Boolean']['input']>;
  roles: Array<Scalars['String']['input']>;
};

export type AccessDirectiveResolver<Result, Parent, ContextType = Context, Args = AccessDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type CivilForumResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CivilForum'] = ResolversParentTypes['CivilForum']> = ResolversObject<{
  city?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  edition?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  heldOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  platformCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  platforms?: Resolver<Array<ResolversTypes['DiscussionPlatform']>, ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type CouncilLevelCountResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CouncilLevelCount'] = ResolversParentTypes['CouncilLevelCount']> = ResolversObject<{
  councils?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  label?: Resolver<ResolversTypes['String'], ParentType, ContextType, Partial<CouncilLevelCountLabelArgs>>;
  level?: Resolver<ResolversTypes['CouncilLevel'], ParentType, ContextType>;
  members?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type CouncilLevelTermResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CouncilLevelTerm'] = ResolversParentTypes['CouncilLevelTerm']> = ResolversObject<{
  code?: Resolver<ResolversTypes['CouncilLevel'], ParentType, ContextType>;
  label?: Resolver<ResolversTypes['String'], ParentType, ContextType, Partial<CouncilLevelTermLabelArgs>>;
  labels?: Resolver<ResolversTypes['LocalizedNames'], ParentType, ContextType>;
}>;

export type CouncilMemberResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CouncilMember'] = ResolversParentTypes['CouncilMember'], FederationReferenceType extends FederationReferenceTypes['CouncilMember'] = FederationReferenceTypes['CouncilMember']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['CouncilMember']> | FederationReferenceType, FederationReferenceType, ContextType>;
  appointedOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  contact?: Resolver<Maybe<ResolversTypes['MemberContact']>, ParentType, ContextType>;
  council?: Resolver<ResolversTypes['PublicCouncil'], ParentType, ContextType>;
  fullName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  provenance?: Resolver<ResolversTypes['Provenance'], ParentType, ContextType>;
  representing?: Resolver<Maybe<ResolversTypes['Ngo']>, ParentType, ContextType>;
  role?: Resolver<ResolversTypes['MemberRole'], ParentType, ContextType>;
}>;

export type CouncilMemberConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CouncilMemberConnection'] = ResolversParentTypes['CouncilMemberConnection']> = ResolversObject<{
  nodes?: Resolver<Array<ResolversTypes['CouncilMember']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type CouncilProjectResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CouncilProject'] = ResolversParentTypes['CouncilProject'], FederationReferenceType extends FederationReferenceTypes['CouncilProject'] = FederationReferenceTypes['CouncilProject']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['CouncilProject']> | FederationReferenceType, FederationReferenceType, ContextType>;
  consideredOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  council?: Resolver<ResolversTypes['PublicCouncil'], ParentType, ContextType>;
  field?: Resolver<ResolversTypes['PolicyField'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  outcome?: Resolver<ResolversTypes['ProjectOutcome'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type CouncilProjectConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CouncilProjectConnection'] = ResolversParentTypes['CouncilProjectConnection']> = ResolversObject<{
  nodes?: Resolver<Array<ResolversTypes['CouncilProject']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type CouncilProjectStatisticsResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CouncilProjectStatistics'] = ResolversParentTypes['CouncilProjectStatistics']> = ResolversObject<{
  byField?: Resolver<Array<ResolversTypes['PolicyFieldCount']>, ParentType, ContextType>;
  byLevel?: Resolver<Array<ResolversTypes['ProjectLevelCount']>, ParentType, ContextType>;
  byOutcome?: Resolver<Array<ResolversTypes['ProjectOutcomeCount']>, ParentType, ContextType>;
  byRegion?: Resolver<Array<ResolversTypes['ProjectRegionCount']>, ParentType, ContextType>;
  byYear?: Resolver<Array<ResolversTypes['ProjectYearCount']>, ParentType, ContextType>;
  total?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type CouncilRegionCountResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CouncilRegionCount'] = ResolversParentTypes['CouncilRegionCount']> = ResolversObject<{
  councils?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  members?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  region?: Resolver<ResolversTypes['Region'], ParentType, ContextType>;
}>;

export type CouncilStatisticsResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CouncilStatistics'] = ResolversParentTypes['CouncilStatistics']> = ResolversObject<{
  byLevel?: Resolver<Array<ResolversTypes['CouncilLevelCount']>, ParentType, ContextType>;
  byRegion?: Resolver<Array<ResolversTypes['CouncilRegionCount']>, ParentType, ContextType>;
  councils?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  members?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  membersRepresentingNgos?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type CouncilVocabularyResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CouncilVocabulary'] = ResolversParentTypes['CouncilVocabulary']> = ResolversObject<{
  levels?: Resolver<Array<ResolversTypes['CouncilLevelTerm']>, ParentType, ContextType>;
  outcomes?: Resolver<Array<ResolversTypes['ProjectOutcomeTerm']>, ParentType, ContextType>;
  policyFields?: Resolver<Array<ResolversTypes['PolicyFieldTerm']>, ParentType, ContextType>;
}>;

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

export type DiscussionPlatformResolvers<ContextType = Context, ParentType extends ResolversParentTypes['DiscussionPlatform'] = ResolversParentTypes['DiscussionPlatform']> = ResolversObject<{
  position?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  topic?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type LocalizedNamesResolvers<ContextType = Context, ParentType extends ResolversParentTypes['LocalizedNames'] = ResolversParentTypes['LocalizedNames']> = ResolversObject<{
  en?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  kk?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  ru?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type MemberContactResolvers<ContextType = Context, ParentType extends ResolversParentTypes['MemberContact'] = ResolversParentTypes['MemberContact']> = ResolversObject<{
  email?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  phone?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type NgoResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Ngo'] = ResolversParentTypes['Ngo'], FederationReferenceType extends FederationReferenceTypes['Ngo'] = FederationReferenceTypes['Ngo']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Ngo']> | FederationReferenceType, FederationReferenceType, ContextType>;
  councilSeats?: Resolver<Maybe<Array<ResolversTypes['CouncilMember']>>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
}>;

export type PageInfoResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = ResolversObject<{
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
}>;

export type PolicyFieldCountResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PolicyFieldCount'] = ResolversParentTypes['PolicyFieldCount']> = ResolversObject<{
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  field?: Resolver<ResolversTypes['PolicyField'], ParentType, ContextType>;
  label?: Resolver<ResolversTypes['String'], ParentType, ContextType, Partial<PolicyFieldCountLabelArgs>>;
}>;

export type PolicyFieldTermResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PolicyFieldTerm'] = ResolversParentTypes['PolicyFieldTerm']> = ResolversObject<{
  code?: Resolver<ResolversTypes['PolicyField'], ParentType, ContextType>;
  label?: Resolver<ResolversTypes['String'], ParentType, ContextType, Partial<PolicyFieldTermLabelArgs>>;
  labels?: Resolver<ResolversTypes['LocalizedNames'], ParentType, ContextType>;
}>;

export type ProjectLevelCountResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ProjectLevelCount'] = ResolversParentTypes['ProjectLevelCount']> = ResolversObject<{
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  label?: Resolver<ResolversTypes['String'], ParentType, ContextType, Partial<ProjectLevelCountLabelArgs>>;
  level?: Resolver<ResolversTypes['CouncilLevel'], ParentType, ContextType>;
}>;

export type ProjectOutcomeCountResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ProjectOutcomeCount'] = ResolversParentTypes['ProjectOutcomeCount']> = ResolversObject<{
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  label?: Resolver<ResolversTypes['String'], ParentType, ContextType, Partial<ProjectOutcomeCountLabelArgs>>;
  outcome?: Resolver<ResolversTypes['ProjectOutcome'], ParentType, ContextType>;
}>;

export type ProjectOutcomeTermResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ProjectOutcomeTerm'] = ResolversParentTypes['ProjectOutcomeTerm']> = ResolversObject<{
  code?: Resolver<ResolversTypes['ProjectOutcome'], ParentType, ContextType>;
  label?: Resolver<ResolversTypes['String'], ParentType, ContextType, Partial<ProjectOutcomeTermLabelArgs>>;
  labels?: Resolver<ResolversTypes['LocalizedNames'], ParentType, ContextType>;
}>;

export type ProjectRegionCountResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ProjectRegionCount'] = ResolversParentTypes['ProjectRegionCount']> = ResolversObject<{
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  region?: Resolver<ResolversTypes['Region'], ParentType, ContextType>;
}>;

export type ProjectYearCountResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ProjectYearCount'] = ResolversParentTypes['ProjectYearCount']> = ResolversObject<{
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  year?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type ProvenanceResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Provenance'] = ResolversParentTypes['Provenance']> = ResolversObject<{
  contentHash?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  fetchedAt?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  removedFromSourceAt?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  source?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  sourceRecordId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  url?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type PublicCouncilResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PublicCouncil'] = ResolversParentTypes['PublicCouncil'], FederationReferenceType extends FederationReferenceTypes['PublicCouncil'] = FederationReferenceTypes['PublicCouncil']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['PublicCouncil']> | FederationReferenceType, FederationReferenceType, ContextType>;
  formedBy?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  formedOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  level?: Resolver<ResolversTypes['CouncilLevel'], ParentType, ContextType>;
  memberCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  members?: Resolver<ResolversTypes['CouncilMemberConnection'], ParentType, ContextType, RequireFields<PublicCouncilMembersArgs, 'first'>>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType, Partial<PublicCouncilNameArgs>>;
  names?: Resolver<ResolversTypes['LocalizedNames'], ParentType, ContextType>;
  projects?: Resolver<ResolversTypes['CouncilProjectConnection'], ParentType, ContextType, RequireFields<PublicCouncilProjectsArgs, 'first'>>;
  provenance?: Resolver<ResolversTypes['Provenance'], ParentType, ContextType>;
  region?: Resolver<Maybe<ResolversTypes['Region']>, ParentType, ContextType>;
  territory?: Resolver<Maybe<ResolversTypes['LocalTerritory']>, ParentType, ContextType>;
}>;

export type PublicCouncilConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PublicCouncilConnection'] = ResolversParentTypes['PublicCouncilConnection']> = ResolversObject<{
  nodes?: Resolver<Array<ResolversTypes['PublicCouncil']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type QueryResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = ResolversObject<{
  civilForum?: Resolver<Maybe<ResolversTypes['CivilForum']>, ParentType, ContextType, RequireFields<QueryCivilForumArgs, 'edition'>>;
  civilForums?: Resolver<Maybe<Array<ResolversTypes['CivilForum']>>, ParentType, ContextType>;
  council?: Resolver<Maybe<ResolversTypes['PublicCouncil']>, ParentType, ContextType, RequireFields<QueryCouncilArgs, 'id'>>;
  councilMembers?: Resolver<Maybe<ResolversTypes['CouncilMemberConnection']>, ParentType, ContextType, RequireFields<QueryCouncilMembersArgs, 'first'>>;
  councilProjectStatistics?: Resolver<Maybe<ResolversTypes['CouncilProjectStatistics']>, ParentType, ContextType, Partial<QueryCouncilProjectStatisticsArgs>>;
  councilProjectTrend?: Resolver<Maybe<ResolversTypes['CountTrend']>, ParentType, ContextType, RequireFields<QueryCouncilProjectTrendArgs, 'from' | 'interval' | 'to'>>;
  councilProjects?: Resolver<Maybe<ResolversTypes['CouncilProjectConnection']>, ParentType, ContextType, RequireFields<QueryCouncilProjectsArgs, 'first'>>;
  councilStatistics?: Resolver<Maybe<ResolversTypes['CouncilStatistics']>, ParentType, ContextType, Partial<QueryCouncilStatisticsArgs>>;
  councilSyncRuns?: Resolver<Maybe<Array<ResolversTypes['SyncRun']>>, ParentType, ContextType, RequireFields<QueryCouncilSyncRunsArgs, 'last'>>;
  councilVocabulary?: Resolver<Maybe<ResolversTypes['CouncilVocabulary']>, ParentType, ContextType>;
  councils?: Resolver<Maybe<ResolversTypes['PublicCouncilConnection']>, ParentType, ContextType, RequireFields<QueryCouncilsArgs, 'first'>>;
}>;

export type RegionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Region'] = ResolversParentTypes['Region'], FederationReferenceType extends FederationReferenceTypes['Region'] = FederationReferenceTypes['Region']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Region']> | FederationReferenceType, FederationReferenceType, ContextType>;
  code?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  councilProjectStatistics?: Resolver<Maybe<ResolversTypes['CouncilProjectStatistics']>, ParentType, ContextType, Partial<RegionCouncilProjectStatisticsArgs>>;
  councilStatistics?: Resolver<Maybe<ResolversTypes['CouncilStatistics']>, ParentType, ContextType, Partial<RegionCouncilStatisticsArgs>>;
  councils?: Resolver<Maybe<ResolversTypes['PublicCouncilConnection']>, ParentType, ContextType, RequireFields<RegionCouncilsArgs, 'first'>>;
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
  CivilForum?: CivilForumResolvers<ContextType>;
  CouncilLevelCount?: CouncilLevelCountResolvers<ContextType>;
  CouncilLevelTerm?: CouncilLevelTermResolvers<ContextType>;
  CouncilMember?: CouncilMemberResolvers<ContextType>;
  CouncilMemberConnection?: CouncilMemberConnectionResolvers<ContextType>;
  CouncilProject?: CouncilProjectResolvers<ContextType>;
  CouncilProjectConnection?: CouncilProjectConnectionResolvers<ContextType>;
  CouncilProjectStatistics?: CouncilProjectStatisticsResolvers<ContextType>;
  CouncilRegionCount?: CouncilRegionCountResolvers<ContextType>;
  CouncilStatistics?: CouncilStatisticsResolvers<ContextType>;
  CouncilVocabulary?: CouncilVocabularyResolvers<ContextType>;
  CountTrend?: CountTrendResolvers<ContextType>;
  CountTrendPoint?: CountTrendPointResolvers<ContextType>;
  Date?: GraphQLScalarType;
  DiscussionPlatform?: DiscussionPlatformResolvers<ContextType>;
  LocalizedNames?: LocalizedNamesResolvers<ContextType>;
  MemberContact?: MemberContactResolvers<ContextType>;
  Ngo?: NgoResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  PolicyFieldCount?: PolicyFieldCountResolvers<ContextType>;
  PolicyFieldTerm?: PolicyFieldTermResolvers<ContextType>;
  ProjectLevelCount?: ProjectLevelCountResolvers<ContextType>;
  ProjectOutcomeCount?: ProjectOutcomeCountResolvers<ContextType>;
  ProjectOutcomeTerm?: ProjectOutcomeTermResolvers<ContextType>;
  ProjectRegionCount?: ProjectRegionCountResolvers<ContextType>;
  ProjectYearCount?: ProjectYearCountResolvers<ContextType>;
  Provenance?: ProvenanceResolvers<ContextType>;
  PublicCouncil?: PublicCouncilResolvers<ContextType>;
  PublicCouncilConnection?: PublicCouncilConnectionResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  Region?: RegionResolvers<ContextType>;
  SyncRejection?: SyncRejectionResolvers<ContextType>;
  SyncRun?: SyncRunResolvers<ContextType>;
}>;

export type DirectiveResolvers<ContextType = Context> = ResolversObject<{
  access?: AccessDirectiveResolver<any, any, ContextType>;
}>;
