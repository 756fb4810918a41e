/**
 * Writes IATI activities. Each activity is ONE SQL statement (data-modifying
 * common table expressions), so each is its own transaction and atomic: the
 * activity row is inserted or replaced in place (its id stays), and its
 * participating organizations, budgets and transactions are replaced whole,
 * or nothing changes at all. A stored version with the same content, or a
 * newer last-updated-datetime, wins: then the statement writes nothing.
 *
 * The organizations an activity names become partners beforehand, a batch of
 * activities at a time (new ones created, known ones left as they are): a
 * partner is a row of its own, valid without any activity.
 */
import { randomUUID } from 'node:crypto';
import type { Db } from '../db.js';
import type { ActivityRecord } from '../iati/model.js';
import { linkedBin, newPartner, type NewPartner } from '../iati/organisations.js';

export type StoreOutcome = 'created' | 'updated' | 'unchanged' | 'older';

/** Where the file came from; "local" for a file imported by hand. */
export interface ActivityProvenance {
  source: string;
  url: string | null;
  fetchedAt: Date | null;
}

export const LOCAL_FILE: ActivityProvenance = { source: 'local', url: null, fetchedAt: null };

export interface StoreInput {
  record: ActivityRecord;
  provenance: ActivityProvenance;
  version: string;
  hash: string;
  /** Partner ids by org-id.guide reference, for every organization the activity names. */
  partnerIds: ReadonlyMap<string, string>;
  /** Region of each registered BIN, when the registry was asked; the money's region follows the NGO's. */
  regionOfBin: (bin: string) => string | null;
}

/** Every organization the activities name by reference, the first name and type seen winning, in a fixed order. */
export function organisationsOf(records: readonly ActivityRecord[]): NewPartner[] {
  const found = new Map<string, NewPartner>();
  const add = (ref: string | null, name: string | null, type: string | null) => {
    if (ref && !found.has(ref)) found.set(ref, newPartner(ref, name, type));
  };
  for (const record of records) {
    add(record.reportingOrg.ref, record.reportingOrg.name, record.reportingOrg.type);
    for (const org of record.participatingOrgs) add(org.ref, org.name, org.type);
    for (const t of record.transactions) {
      add(t.provider.ref, t.provider.name, null);
      add(t.receiver.ref, t.receiver.name, null);
    }
  }
  // Sorted, so two imports running at once lock partner rows in the same order.
  return [...found.values()].sort((a, b) => a.orgRef.localeCompare(b.orgRef));
}

/** Creates the partners not yet known; returns every partner's id by reference, and the references created. */
export async function ensurePartners(
  db: Db,
  orgs: readonly NewPartner[],
): Promise<{ ids: Map<string, string>; created: string[] }> {
  if (!orgs.length) return { ids: new Map(), created: [] };
  const refs = orgs.map((o) => o.orgRef);
  const created = await db.$queryRaw<{ org_ref: string }[]>`
    INSERT INTO partners (id, org_ref, name, kind, iati_type, country, ngo_bin)
    SELECT u.id, u.org_ref, u.name, u.kind::"PartnerKind", u.iati_type, u.country, u.ngo_bin
    FROM unnest(${orgs.map(() => randomUUID())}::uuid[], ${refs}::text[], ${orgs.map((o) => o.name)}::text[],
      ${orgs.map((o) => o.kind)}::text[], ${orgs.map((o) => o.iatiType)}::text[], ${orgs.map((o) => o.country)}::text[],
      ${orgs.map((o) => o.ngoBin)}::text[]) AS u(id, org_ref, name, kind, iati_type, country, ngo_bin)
    ON CONFLICT (org_ref) DO NOTHING
    RETURNING org_ref`;
  // A statement of its own, so it sees rows another import committed meanwhile.
  const rows = await db.$queryRaw<
    { id: string; org_ref: string }[]
  >`SELECT id::text, org_ref FROM partners WHERE org_ref = ANY(${refs}::text[])`;
  return { ids: new Map(rows.map((r) => [r.org_ref, r.id])), created: created.map((r) => r.org_ref) };
}

// eslint-disable-next-line max-lines-per-function -- one SQL statement (a CTE) writes the activity and its children together; split into fragments it would no longer read as one statement
export async function storeActivity(db: Db, input: StoreInput): Promise<StoreOutcome> {
  const r = input.record;
  const partnerId = (ref: string | null) => (ref ? (input.partnerIds.get(ref) ?? null) : null);
  const reportingOrgId = partnerId(r.reportingOrg.ref);
  if (!reportingOrgId) throw new Error(`the reporting organization ${r.reportingOrg.ref} is not stored as a partner`);
  const orgs = r.participatingOrgs;
  const budgets = r.budgets;
  const ts = r.transactions;
  // With one Kazakh location, the money reached that region even when the registry was not asked.
  const onlyRegion = r.locationRegionCodes.length === 1 ? r.locationRegionCodes[0]! : null;
  const bins = ts.map((t) => linkedBin(t.receiver.ref));
  const rows = await db.$queryRaw<{ inserted: boolean }[]>`
    WITH activity AS (
      INSERT INTO activities (id, iati_identifier, reporting_org_id, title, description, status, default_currency,
        planned_start, actual_start, planned_end, actual_end, recipient_countries, recipient_regions, location_region_codes,
        sdg_goals, sdg_targets, sectors, recipients, locations, last_updated_at, iati_version, content_hash, source, source_url, fetched_at)
      VALUES (${randomUUID()}::uuid, ${r.iatiIdentifier}, ${reportingOrgId}::uuid, ${r.title}, ${r.description}, ${r.status}::smallint,
        ${r.defaultCurrency}, ${r.plannedStart}::date, ${r.actualStart}::date, ${r.plannedEnd}::date, ${r.actualEnd}::date,
        ${r.recipientCountries}::text[], ${r.recipientRegions}::text[], ${r.locationRegionCodes}::text[], ${r.sdgGoals}::int4[],
        ${r.sdgTargets}::text[], ${JSON.stringify(r.sectors)}::jsonb, ${JSON.stringify(r.recipients)}::jsonb,
        ${JSON.stringify(r.locations)}::jsonb, ${r.lastUpdatedAt}::timestamptz, ${input.version}, ${input.hash},
        ${input.provenance.source}, ${input.provenance.url}, ${input.provenance.fetchedAt}::timestamptz)
      ON CONFLICT (iati_identifier) DO UPDATE SET
        reporting_org_id = EXCLUDED.reporting_org_id, title = EXCLUDED.title, description = EXCLUDED.description,
        status = EXCLUDED.status, default_currency = EXCLUDED.default_currency, planned_start = EXCLUDED.planned_start,
        actual_start = EXCLUDED.actual_start, planned_end = EXCLUDED.planned_end, actual_end = EXCLUDED.actual_end,
        recipient_countries = EXCLUDED.recipient_countries, recipient_regions = EXCLUDED.recipient_regions,
        location_region_codes = EXCLUDED.location_region_codes, sdg_goals = EXCLUDED.sdg_goals, sdg_targets = EXCLUDED.sdg_targets,
        sectors = EXCLUDED.sectors, recipients = EXCLUDED.recipients, locations = EXCLUDED.locations,
        last_updated_at = EXCLUDED.last_updated_at, iati_version = EXCLUDED.iati_version, content_hash = EXCLUDED.content_hash,
        source = EXCLUDED.source, source_url = EXCLUDED.source_url, fetched_at = EXCLUDED.fetched_at
      WHERE (activities.content_hash, activities.source, activities.source_url)
          IS DISTINCT FROM (EXCLUDED.content_hash, EXCLUDED.source, EXCLUDED.source_url)
        AND (activities.last_updated_at IS NULL OR EXCLUDED.last_updated_at IS NULL OR EXCLUDED.last_updated_at >= activities.last_updated_at)
      RETURNING id, (xmax = 0) AS inserted
    ),
    old_orgs AS (DELETE FROM participating_orgs WHERE activity_id IN (SELECT id FROM activity WHERE NOT inserted)),
    old_budgets AS (DELETE FROM budgets WHERE activity_id IN (SELECT id FROM activity WHERE NOT inserted)),
    old_transactions AS (DELETE FROM transactions WHERE activity_id IN (SELECT id FROM activity WHERE NOT inserted)),
    new_orgs AS (
      INSERT INTO participating_orgs (id, activity_id, partner_id, org_ref, name, role, org_type)
      SELECT u.id, activity.id, u.partner_id, u.org_ref, u.name, u.role, u.org_type
      FROM activity, unnest(${orgs.map(() => randomUUID())}::uuid[], ${orgs.map((o) => partnerId(o.ref))}::uuid[], ${orgs.map((o) => o.ref)}::text[],
        ${orgs.map((o) => o.name ?? o.ref ?? '')}::text[], ${orgs.map((o) => o.role)}::int2[], ${orgs.map((o) => o.type)}::text[])
        AS u(id, partner_id, org_ref, name, role, org_type)
    ),
    new_budgets AS (
      INSERT INTO budgets (id, activity_id, period_start, period_end, amount, currency, value_date, type, status)
      SELECT u.id, activity.id, u.period_start, u.period_end, u.amount, u.currency, u.value_date, u.type, u.status
      FROM activity, unnest(${budgets.map(() => randomUUID())}::uuid[], ${budgets.map((b) => b.periodStart)}::date[], ${budgets.map((b) => b.periodEnd)}::date[],
        ${budgets.map((b) => b.amount)}::numeric[], ${budgets.map((b) => b.currency)}::text[], ${budgets.map((b) => b.valueDate)}::date[],
        ${budgets.map((b) => b.type)}::int2[], ${budgets.map((b) => b.status)}::int2[])
        AS u(id, period_start, period_end, amount, currency, value_date, type, status)
    ),
    new_transactions AS (
      INSERT INTO transactions (id, activity_id, ref, type, transaction_date, value_date, amount, currency, description,
        provider_org_ref, provider_name, provider_partner_id, provider_activity_id,
        receiver_org_ref, receiver_name, receiver_partner_id, receiver_activity_id, receiver_bin, region_code,
        provider_org_type, receiver_org_type, disbursement_channel)
      SELECT u.id, activity.id, u.ref, u.type, u.transaction_date, u.value_date, u.amount, u.currency, u.description,
        u.provider_org_ref, u.provider_name, u.provider_partner_id, u.provider_activity_id,
        u.receiver_org_ref, u.receiver_name, u.receiver_partner_id, u.receiver_activity_id, u.receiver_bin, u.region_code,
        u.provider_org_type, u.receiver_org_type, u.disbursement_channel
      FROM activity, unnest(${ts.map(() => randomUUID())}::uuid[], ${ts.map((t) => t.ref)}::text[], ${ts.map((t) => t.type)}::int2[],
        ${ts.map((t) => t.transactionDate)}::date[], ${ts.map((t) => t.valueDate)}::date[], ${ts.map((t) => t.amount)}::numeric[],
        ${ts.map((t) => t.currency)}::text[], ${ts.map((t) => t.description)}::text[],
        ${ts.map((t) => t.provider.ref)}::text[], ${ts.map((t) => t.provider.name)}::text[], ${ts.map((t) => partnerId(t.provider.ref))}::uuid[],
        ${ts.map((t) => t.provider.activityId)}::text[],
        ${ts.map((t) => t.receiver.ref)}::text[], ${ts.map((t) => t.receiver.name)}::text[], ${ts.map((t) => partnerId(t.receiver.ref))}::uuid[],
        ${ts.map((t) => t.receiver.activityId)}::text[], ${bins}::text[],
        ${bins.map((bin) => (bin ? input.regionOfBin(bin) : null) ?? onlyRegion)}::text[],
        ${ts.map((t) => t.provider.type)}::text[], ${ts.map((t) => t.receiver.type)}::text[], ${ts.map((t) => t.disbursementChannel)}::int2[])
        AS u(id, ref, type, transaction_date, value_date, amount, currency, description,
          provider_org_ref, provider_name, provider_partner_id, provider_activity_id,
          receiver_org_ref, receiver_name, receiver_partner_id, receiver_activity_id, receiver_bin, region_code,
          provider_org_type, receiver_org_type, disbursement_channel)
    )
    SELECT inserted FROM activity`;
  const written = rows[0];
  if (written) return written.inserted ? 'created' : 'updated';
  const [stored] = await db.$queryRaw<
    { content_hash: string | null; source: string; source_url: string | null }[]
  >`SELECT content_hash, source, source_url FROM activities WHERE iati_identifier = ${r.iatiIdentifier}`;
  return stored?.content_hash === input.hash &&
    stored.source === input.provenance.source &&
    stored.source_url === input.provenance.url
    ? 'unchanged'
    : 'older';
}
