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
