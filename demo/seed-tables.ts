/**
 * Which rows of the demo data go to which table and column, per subgraph,
 * in foreign-key order. Column names and types follow the SQL migrations in
 * subgraphs/<name>/prisma/migrations.
 */
import type pg from 'pg';
import { bulkInsert, type Table } from './bulk-insert.js';
import type {
  ActivityRow,
  BudgetRow,
  CivilForumRow,
  CouncilMemberRow,
  CouncilProjectRow,
  DemoData,
  DiscussionPlatformRow,
  ExchangeRateRow,
  NgoRow,
  ParticipatingOrgRow,
  PartnerRow,
  PublicCouncilRow,
  RecipientReportRow,
  TransactionRow,
} from './types.js';

export type SubgraphName = keyof DemoData;

const NGOS: Table<NgoRow> = {
  name: 'ngos',
  columns: [
    ['id', 'id', 'uuid'],
    ['bin', 'bin', 'text'],
    ['name_kk', 'nameKk', 'text'],
    ['name_ru', 'nameRu', 'text'],
    ['name_en', 'nameEn', 'text'],
    ['legal_form', 'legalForm', '"LegalForm"'],
    ['registered_on', 'registeredOn', 'date'],
    ['status', 'status', '"NgoStatus"'],
    ['region_code', 'regionCode', 'text'],
    ['sectors', 'sectors', 'text[]'],
    ['email', 'email', 'text'],
    ['phone', 'phone', 'text'],
    ['website', 'website', 'text'],
    ['address', 'address', 'text'],
    ['created_at', 'createdAt', 'timestamptz'],
    ['updated_at', 'updatedAt', 'timestamptz'],
  ],
};

const PUBLIC_COUNCILS: Table<PublicCouncilRow> = {
  name: 'public_councils',
  columns: [
    ['id', 'id', 'uuid'],
    ['name_ru', 'nameRu', 'text'],
    ['name_kk', 'nameKk', 'text'],
    ['name_en', 'nameEn', 'text'],
    ['level', 'level', '"CouncilLevel"'],
    ['territory', 'territory', '"LocalTerritory"'],
    ['formed_by', 'formedBy', 'text'],
    ['region_code', 'regionCode', 'text'],
    ['formed_on', 'formedOn', 'date'],
  ],
};

const COUNCIL_MEMBERS: Table<CouncilMemberRow> = {
  name: 'council_members',
  columns: [
    ['id', 'id', 'uuid'],
    ['council_id', 'councilId', 'uuid'],
    ['full_name', 'fullName', 'text'],
    ['role', 'role', '"MemberRole"'],
    ['ngo_id', 'ngoId', 'uuid'],
    ['email', 'email', 'text'],
    ['phone', 'phone', 'text'],
    ['appointed_on', 'appointedOn', 'date'],
  ],
};

const COUNCIL_PROJECTS: Table<CouncilProjectRow> = {
  name: 'council_projects',
  columns: [
    ['id', 'id', 'uuid'],
    ['council_id', 'councilId', 'uuid'],
    ['title', 'title', 'text'],
    ['field', 'field', 'text'],
    ['considered_on', 'consideredOn', 'date'],
    ['outcome', 'outcome', '"ProjectOutcome"'],
  ],
};

const CIVIL_FORUMS: Table<CivilForumRow> = {
  name: 'civil_forums',
  columns: [
    ['id', 'id', 'uuid'],
    ['edition', 'edition', 'int4'],
    ['title', 'title', 'text'],
    ['city', 'city', 'text'],
    ['held_on', 'heldOn', 'date'],
  ],
};

const DISCUSSION_PLATFORMS: Table<DiscussionPlatformRow> = {
  name: 'discussion_platforms',
  columns: [
    ['id', 'id', 'uuid'],
    ['forum_id', 'forumId', 'uuid'],
    ['position', 'position', 'int4'],
    ['title', 'title', 'text'],
    ['topic', 'topic', 'text'],
  ],
};

const PARTNERS: Table<PartnerRow> = {
  name: 'partners',
  columns: [
    ['id', 'id', 'uuid'],
    ['org_ref', 'orgRef', 'text'],
    ['name', 'name', 'text'],
    ['acronym', 'acronym', 'text'],
    ['kind', 'kind', '"PartnerKind"'],
    ['iati_type', 'iatiType', 'text'],
    ['country', 'country', 'text'],
    ['ngo_bin', 'ngoBin', 'text'],
  ],
};

const ACTIVITIES: Table<ActivityRow> = {
  name: 'activities',
  columns: [
    ['id', 'id', 'uuid'],
    ['iati_identifier', 'iatiIdentifier', 'text'],
    ['reporting_org_id', 'reportingOrgId', 'uuid'],
    ['title', 'title', 'text'],
    ['description', 'description', 'text'],
    ['status', 'status', 'int2'],
    ['default_currency', 'defaultCurrency', 'text'],
    ['planned_start', 'plannedStart', 'date'],
    ['actual_start', 'actualStart', 'date'],
    ['planned_end', 'plannedEnd', 'date'],
    ['actual_end', 'actualEnd', 'date'],
    ['recipient_countries', 'recipientCountries', 'text[]'],
    ['recipient_regions', 'recipientRegions', 'text[]'],
    ['location_region_codes', 'locationRegionCodes', 'text[]'],
    ['sdg_goals', 'sdgGoals', 'int4[]'],
    ['sdg_targets', 'sdgTargets', 'text[]'],
    ['last_updated_at', 'lastUpdatedAt', 'timestamptz'],
  ],
};

const PARTICIPATING_ORGS: Table<ParticipatingOrgRow> = {
  name: 'participating_orgs',
  columns: [
    ['id', 'id', 'uuid'],
    ['activity_id', 'activityId', 'uuid'],
    ['partner_id', 'partnerId', 'uuid'],
    ['org_ref', 'orgRef', 'text'],
    ['name', 'name', 'text'],
    ['role', 'role', 'int2'],
  ],
};

const BUDGETS: Table<BudgetRow> = {
  name: 'budgets',
  columns: [
    ['id', 'id', 'uuid'],
    ['activity_id', 'activityId', 'uuid'],
    ['period_start', 'periodStart', 'date'],
    ['period_end', 'periodEnd', 'date'],
    ['amount', 'amount', 'numeric'],
    ['currency', 'currency', 'text'],
    ['value_date', 'valueDate', 'date'],
  ],
};

const TRANSACTIONS: Table<TransactionRow> = {
  name: 'transactions',
  columns: [
    ['id', 'id', 'uuid'],
    ['activity_id', 'activityId', 'uuid'],
    ['ref', 'ref', 'text'],
    ['type', 'type', 'int2'],
    ['transaction_date', 'transactionDate', 'date'],
    ['value_date', 'valueDate', 'date'],
    ['amount', 'amount', 'numeric'],
    ['currency', 'currency', 'text'],
    ['description', 'description', 'text'],
    ['provider_org_ref', 'providerOrgRef', 'text'],
    ['provider_name', 'providerName', 'text'],
    ['provider_partner_id', 'providerPartnerId', 'uuid'],
    ['provider_activity_id', 'providerActivityId', 'text'],
    ['receiver_org_ref', 'receiverOrgRef', 'text'],
    ['receiver_name', 'receiverName', 'text'],
    ['receiver_partner_id', 'receiverPartnerId', 'uuid'],
    ['receiver_activity_id', 'receiverActivityId', 'text'],
    ['receiver_bin', 'receiverBin', 'text'],
    ['region_code', 'regionCode', 'text'],
  ],
};

const EXCHANGE_RATES: Table<ExchangeRateRow> = {
  name: 'exchange_rates',
  columns: [
    ['currency', 'currency', 'text'],
    ['rate_date', 'rateDate', 'date'],
    ['rate', 'rate', 'numeric'],
    ['quantity', 'quantity', 'int4'],
  ],
};

const RECIPIENT_REPORTS: Table<RecipientReportRow> = {
  name: 'recipient_reports',
  columns: [
    ['id', 'id', 'uuid'],
    ['recipient_org_ref', 'recipientOrgRef', 'text'],
    ['recipient_bin', 'recipientBin', 'text'],
    ['activity_identifier', 'activityIdentifier', 'text'],
    ['ref', 'ref', 'text'],
    ['type', 'type', 'int2'],
    ['transaction_date', 'transactionDate', 'date'],
    ['value_date', 'valueDate', 'date'],
    ['amount', 'amount', 'numeric'],
    ['currency', 'currency', 'text'],
    ['provider_org_ref', 'providerOrgRef', 'text'],
    ['disbursement_ref', 'disbursementRef', 'text'],
    ['description', 'description', 'text'],
    ['reported_on', 'reportedOn', 'date'],
  ],
};

/**
 * Tables the demo data leaves alone: the database fills the count tables
 * and ngo_search itself (triggers, as rows arrive), and only registry
 * changes write the audit log.
 */
export const TABLES_NOT_SEEDED: Readonly<Record<SubgraphName, readonly string[]>> = {
  // sync_runs and iati_source_files are written by `npm run sync` only; idempotency_keys by keyed mutations.
  ngos: [
    'idempotency_keys',
    'ngo_audit_entries',
    'ngo_counts',
    'ngo_month_counts',
    'ngo_search',
    'ngo_search_counts',
    'ngo_sector_counts',
    'sync_runs',
  ],
  councils: ['council_project_counts', 'idempotency_keys', 'sync_runs'],
  partners: ['iati_source_files', 'idempotency_keys', 'sync_runs'],
};

/** A table and its rows, with the row type hidden so one subgraph's tables fit in one list. */
export interface TableLoad {
  table: string;
  /** Column names and the row fields they come from. */
  columns: readonly { name: string; field: string }[];
  rows: number;
  insert(client: pg.ClientBase): Promise<number>;
}

function load<R>(table: Table<R>, rows: readonly R[]): TableLoad {
  return {
    table: table.name,
    columns: table.columns.map(([name, field]) => ({ name, field })),
    rows: rows.length,
    insert: (client) => bulkInsert(client, table, rows),
  };
}

/** A subgraph's tables in foreign-key order. */
export function subgraphLoads(name: SubgraphName, data: DemoData): TableLoad[] {
  switch (name) {
    case 'ngos':
      return [load(NGOS, data.ngos.ngos)];
    case 'councils': {
      const c = data.councils;
      return [
        load(PUBLIC_COUNCILS, c.publicCouncils),
        load(COUNCIL_MEMBERS, c.councilMembers),
        load(COUNCIL_PROJECTS, c.councilProjects),
        load(CIVIL_FORUMS, c.civilForums),
        load(DISCUSSION_PLATFORMS, c.discussionPlatforms),
      ];
    }
    case 'partners': {
      const p = data.partners;
      return [
        load(PARTNERS, p.partners),
        load(ACTIVITIES, p.activities),
        load(PARTICIPATING_ORGS, p.participatingOrgs),
        load(BUDGETS, p.budgets),
        load(TRANSACTIONS, p.transactions),
        load(EXCHANGE_RATES, p.exchangeRates),
        load(RECIPIENT_REPORTS, p.recipientReports),
      ];
    }
  }
}
