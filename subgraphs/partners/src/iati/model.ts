/**
 * An IATI activity as this project keeps it: the fields import reads, the
 * database stores and export writes back. Anything else in a file is read
 * past and not kept (see README: "IATI import and export").
 */

/** The IATI versions whose activity files are read. */
export const SUPPORTED_VERSIONS = ['2.01', '2.02', '2.03'] as const;
export type IatiVersion = (typeof SUPPORTED_VERSIONS)[number];

/**
 * The highest TransactionType code of each version's code list: 2.02 added
 * 11 Incoming Commitment, 2.03 added 12 Outgoing Pledge and 13 Incoming Pledge.
 * A code a file's own version does not define is refused, not guessed at.
 */
export const LAST_TRANSACTION_TYPE: Record<IatiVersion, number> = { '2.01': 10, '2.02': 11, '2.03': 13 };

export interface OrgSide {
  ref: string | null;
  name: string | null;
  /** provider-activity-id / receiver-activity-id */
  activityId: string | null;
  /** IATI OrganisationType, e.g. 22 */
  type: string | null;
}

export interface ParticipatingOrgRecord {
  ref: string | null;
  name: string | null;
  /** IATI OrganisationRole 1..4 */
  role: number;
  /** IATI OrganisationType, e.g. 22 */
  type: string | null;
}

export interface BudgetRecord {
  periodStart: string;
  periodEnd: string;
  /** Decimal string as published, normalised (no '+', no trailing zeros beyond cents). */
  amount: string;
  currency: string;
  valueDate: string;
  /** BudgetType 1 Original, 2 Revised */
  type: number | null;
  /** BudgetStatus 1 Indicative, 2 Committed */
  status: number | null;
}

export interface TransactionRecord {
  ref: string | null;
  /** IATI TransactionType 1..13 */
  type: number;
  transactionDate: string;
  amount: string;
  /** As published, or the activity's default-currency when the value names none. */
  currency: string;
  valueDate: string;
  description: string | null;
  provider: OrgSide;
  receiver: OrgSide;
  /** DisbursementChannel 1..4 */
  disbursementChannel: number | null;
}

/** A `<sector>` as published: DAC 5-digit (vocabulary 1), DAC 3-digit (2), SDGs (7, 8) or another vocabulary. */
export interface SectorRecord {
  code: string;
  /** SectorVocabulary; IATI's default is 1 (OECD DAC CRS 5-digit). */
  vocabulary: string;
  vocabularyUri: string | null;
  /** Decimal string 0..100 as published, or null. */
  percentage: string | null;
  narrative: string | null;
}

/** A `<recipient-country>` or `<recipient-region>` with its share of the activity. */
export interface RecipientRecord {
  element: 'recipient-country' | 'recipient-region';
  code: string;
  /** RegionVocabulary for a region (default 1, OECD DAC); null for a country. */
  vocabulary: string | null;
  vocabularyUri: string | null;
  percentage: string | null;
  narrative: string | null;
}

/** A `<location>` element, every part of it the 2.03 schema defines (first narrative of each text). */
export interface LocationRecord {
  ref: string | null;
  /** GeographicLocationReach 1 Activity, 2 Intended beneficiaries. */
  reach: string | null;
  ids: { vocabulary: string; code: string }[];
  name: string | null;
  description: string | null;
  activityDescription: string | null;
  administratives: { vocabulary: string; level: string | null; code: string }[];
  /** `<point srsName><pos>lat long</pos></point>`. */
  point: { srsName: string; pos: string } | null;
  exactness: string | null;
  locationClass: string | null;
  featureDesignation: string | null;
}

export interface ActivityRecord {
  iatiIdentifier: string;
  /** ISO 8601 instant, or null when the publisher gave none. */
  lastUpdatedAt: string | null;
  defaultCurrency: string | null;
  reportingOrg: { ref: string; type: string | null; name: string | null };
  title: string;
  description: string | null;
  /** IATI ActivityStatus 1..6 */
  status: number;
  plannedStart: string | null;
  actualStart: string | null;
  plannedEnd: string | null;
  actualEnd: string | null;
  participatingOrgs: ParticipatingOrgRecord[];
  recipientCountries: string[];
  /** Region vocabulary 1 (OECD DAC) codes. */
  recipientRegions: string[];
  /** Kazakh regions (ISO 3166-2:KZ) named by `location/@ref` or `location/administrative/@code`. */
  locationRegionCodes: string[];
  sdgGoals: number[];
  sdgTargets: string[];
  /** Every `<sector>`, in document order (SDG vocabularies 7 and 8 too: they also feed sdgGoals/sdgTargets). */
  sectors: SectorRecord[];
  /** Every recipient-country and recipient-region with vocabulary and percentage, in document order. */
  recipients: RecipientRecord[];
  locations: LocationRecord[];
  budgets: BudgetRecord[];
  transactions: TransactionRecord[];
}

/** Something wrong or noteworthy in one activity, named by the element where it is. */
export interface ActivityIssue {
  iatiIdentifier: string | null;
  /** Path of the element inside the activity, e.g. `transaction[3]/value`. */
  element: string;
  reason: string;
  /** Line of the file where the activity starts. */
  line: number;
}

/** One activity read from the file: kept when valid, rejected with its problems otherwise. */
export type ReadActivity =
  | { kind: 'valid'; record: ActivityRecord; line: number; warnings: ActivityIssue[] }
  | { kind: 'invalid'; iatiIdentifier: string | null; line: number; problems: ActivityIssue[] };

/** Why a whole file is refused. */
export type FileErrorCode = 'NOT_XML' | 'NOT_IATI' | 'UNSUPPORTED_VERSION' | 'MALFORMED_XML' | 'TOO_LARGE';

export class IatiFileError extends Error {
  override name = 'IatiFileError';
  constructor(
    readonly code: FileErrorCode,
    message: string,
    /** The line where reading stopped, for a file that breaks off. */
    readonly line: number | null = null,
  ) {
    super(message);
  }
}
