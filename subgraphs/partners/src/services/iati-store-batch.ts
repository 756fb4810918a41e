/**
 * Writes a batch of IATI activities in ONE SQL statement, so one transaction:
 * the batch is stored whole or not at all. Measured with `npm run bench:iati`,
 * the import's time went to one statement (planned, run and committed) per
 * activity; a batch plans and commits once for up to a hundred.
 *
 * Same rules as storeActivity (iati-store.ts), which stays the path for one
 * activity at a time: the importer falls back to it when a batch fails, so
 * the one bad activity is rejected alone and the others are stored.
 *
 * Per-activity lists (countries, SDG goals, sectors...) travel as one JSON
 * document per activity: PostgreSQL arrays cannot be ragged.
 */
import { randomUUID } from 'node:crypto';
import type { Db } from '../db.js';
import { linkedBin } from '../iati/organisations.js';
import type { StoreInput, StoreOutcome } from './iati-store.js';

const json = (value: unknown): string => JSON.stringify(value);

function activityColumns(inputs: readonly StoreInput[]) {
  const records = inputs.map((i) => i.record);
  const reportingOrgIds = inputs.map(({ record, partnerIds }) => {
    const id = partnerIds.get(record.reportingOrg.ref);
    if (!id) throw new Error(`the reporting organization ${record.reportingOrg.ref} is not stored as a partner`);
    return id;
  });
  return {
    ids: records.map(() => randomUUID()),
    identifiers: records.map((r) => r.iatiIdentifier),
    reportingOrgIds,
    titles: records.map((r) => r.title),
    descriptions: records.map((r) => r.description),
    statuses: records.map((r) => r.status),
    currencies: records.map((r) => r.defaultCurrency),
    plannedStarts: records.map((r) => r.plannedStart),
    actualStarts: records.map((r) => r.actualStart),
    plannedEnds: records.map((r) => r.plannedEnd),
    actualEnds: records.map((r) => r.actualEnd),
    lists: records.map((r) =>
      json({
        countries: r.recipientCountries,
        regions: r.recipientRegions,
        locationRegions: r.locationRegionCodes,
        goals: r.sdgGoals,
        targets: r.sdgTargets,
      }),
    ),
    sectors: records.map((r) => json(r.sectors)),
    recipients: records.map((r) => json(r.recipients)),
    locations: records.map((r) => json(r.locations)),
    updated: records.map((r) => r.lastUpdatedAt),
    versions: inputs.map((i) => i.version),
    hashes: inputs.map((i) => i.hash),
    sources: inputs.map((i) => i.provenance.source),
    urls: inputs.map((i) => i.provenance.url),
    fetched: inputs.map((i) => i.provenance.fetchedAt),
  };
}

/** The child rows of every activity, each naming its activity by IATI identifier. */
function childColumns(inputs: readonly StoreInput[]) {
  const orgs = inputs.flatMap(({ record, partnerIds }) =>
    record.participatingOrgs.map((o) => ({
      of: record.iatiIdentifier,
      o,
      partnerId: o.ref ? partnerIds.get(o.ref) : null,
    })),
  );
  const budgets = inputs.flatMap(({ record }) => record.budgets.map((b) => ({ of: record.iatiIdentifier, b })));
  const ts = inputs.flatMap(({ record, partnerIds, regionOfBin }) => {
    // With one Kazakh location, the money reached that region even when the registry was not asked.
    const onlyRegion = record.locationRegionCodes.length === 1 ? record.locationRegionCodes[0]! : null;
    return record.transactions.map((t) => {
      const bin = linkedBin(t.receiver.ref);
      return {
        of: record.iatiIdentifier,
        t,
        bin,
        region: (bin ? regionOfBin(bin) : null) ?? onlyRegion,
        providerId: t.provider.ref ? (partnerIds.get(t.provider.ref) ?? null) : null,
        receiverId: t.receiver.ref ? (partnerIds.get(t.receiver.ref) ?? null) : null,
      };
    });
  });
  return { orgs, budgets, ts };
}

/** Stores the activities (distinct identifiers); returns what became of each, by IATI identifier. */
// eslint-disable-next-line max-lines-per-function -- one SQL statement (a CTE) writes the batch and its children together; split into fragments it would no longer read as one statement
export async function storeActivities(db: Db, inputs: readonly StoreInput[]): Promise<Map<string, StoreOutcome>> {
  if (!inputs.length) return new Map();
  const a = activityColumns(inputs);
  const { orgs, budgets, ts } = childColumns(inputs);
  const rows = await db.$queryRaw<{ iati_identifier: string; inserted: boolean }[]>`
    WITH input AS (
      SELECT * FROM unnest(${a.ids}::uuid[], ${a.identifiers}::text[], ${a.reportingOrgIds}::uuid[], ${a.titles}::text[],
        ${a.descriptions}::text[], ${a.statuses}::int2[], ${a.currencies}::text[], ${a.plannedStarts}::date[],
        ${a.actualStarts}::date[], ${a.plannedEnds}::date[], ${a.actualEnds}::date[], ${a.lists}::jsonb[],
        ${a.sectors}::jsonb[], ${a.recipients}::jsonb[], ${a.locations}::jsonb[], ${a.updated}::timestamptz[],
        ${a.versions}::text[], ${a.hashes}::text[], ${a.sources}::text[], ${a.urls}::text[], ${a.fetched}::timestamptz[])
        AS u(id, iati_identifier, reporting_org_id, title, description, status, default_currency, planned_start,
          actual_start, planned_end, actual_end, lists, sectors, recipients, locations, last_updated_at, iati_version,
          content_hash, source, source_url, fetched_at)
    ),
    activity AS (
      INSERT INTO activities (id, iati_identifier, reporting_org_id, title, description, status, default_currency,
        planned_start, actual_start, planned_end, actual_end, recipient_countries, recipient_regions, location_region_codes,
        sdg_goals, sdg_targets, sectors, recipients, locations, last_updated_at, iati_version, content_hash, source, source_url, fetched_at)
      SELECT id, iati_identifier, reporting_org_id, title, description, status, default_currency,
        planned_start, actual_start, planned_end, actual_end,
        ARRAY(SELECT jsonb_array_elements_text(lists->'countries')), ARRAY(SELECT jsonb_array_elements_text(lists->'regions')),
        ARRAY(SELECT jsonb_array_elements_text(lists->'locationRegions')),
        ARRAY(SELECT jsonb_array_elements_text(lists->'goals')::int4), ARRAY(SELECT jsonb_array_elements_text(lists->'targets')),
        sectors, recipients, locations, last_updated_at, iati_version, content_hash, source, source_url, fetched_at
      FROM input
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
      RETURNING id, iati_identifier, (xmax = 0) AS inserted
    ),
    old_orgs AS (DELETE FROM participating_orgs WHERE activity_id IN (SELECT id FROM activity WHERE NOT inserted)),
    old_budgets AS (DELETE FROM budgets WHERE activity_id IN (SELECT id FROM activity WHERE NOT inserted)),
    old_transactions AS (DELETE FROM transactions WHERE activity_id IN (SELECT id FROM activity WHERE NOT inserted)),
    new_orgs AS (
      INSERT INTO participating_orgs (id, activity_id, partner_id, org_ref, name, role, org_type)
      SELECT u.id, activity.id, u.partner_id, u.org_ref, u.name, u.role, u.org_type
      FROM unnest(${orgs.map(() => randomUUID())}::uuid[], ${orgs.map((r) => r.of)}::text[], ${orgs.map((r) => r.partnerId ?? null)}::uuid[],
        ${orgs.map((r) => r.o.ref)}::text[], ${orgs.map((r) => r.o.name ?? r.o.ref ?? '')}::text[], ${orgs.map((r) => r.o.role)}::int2[],
        ${orgs.map((r) => r.o.type)}::text[])
        AS u(id, of, partner_id, org_ref, name, role, org_type)
      JOIN activity ON activity.iati_identifier = u.of
    ),
    new_budgets AS (
      INSERT INTO budgets (id, activity_id, period_start, period_end, amount, currency, value_date, type, status)
      SELECT u.id, activity.id, u.period_start, u.period_end, u.amount, u.currency, u.value_date, u.type, u.status
      FROM unnest(${budgets.map(() => randomUUID())}::uuid[], ${budgets.map((r) => r.of)}::text[], ${budgets.map((r) => r.b.periodStart)}::date[],
        ${budgets.map((r) => r.b.periodEnd)}::date[], ${budgets.map((r) => r.b.amount)}::numeric[], ${budgets.map((r) => r.b.currency)}::text[],
        ${budgets.map((r) => r.b.valueDate)}::date[], ${budgets.map((r) => r.b.type)}::int2[], ${budgets.map((r) => r.b.status)}::int2[])
        AS u(id, of, period_start, period_end, amount, currency, value_date, type, status)
      JOIN activity ON activity.iati_identifier = u.of
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
      FROM unnest(${ts.map(() => randomUUID())}::uuid[], ${ts.map((r) => r.of)}::text[], ${ts.map((r) => r.t.ref)}::text[], ${ts.map((r) => r.t.type)}::int2[],
        ${ts.map((r) => r.t.transactionDate)}::date[], ${ts.map((r) => r.t.valueDate)}::date[], ${ts.map((r) => r.t.amount)}::numeric[],
        ${ts.map((r) => r.t.currency)}::text[], ${ts.map((r) => r.t.description)}::text[],
        ${ts.map((r) => r.t.provider.ref)}::text[], ${ts.map((r) => r.t.provider.name)}::text[], ${ts.map((r) => r.providerId)}::uuid[],
        ${ts.map((r) => r.t.provider.activityId)}::text[],
        ${ts.map((r) => r.t.receiver.ref)}::text[], ${ts.map((r) => r.t.receiver.name)}::text[], ${ts.map((r) => r.receiverId)}::uuid[],
        ${ts.map((r) => r.t.receiver.activityId)}::text[], ${ts.map((r) => r.bin)}::text[], ${ts.map((r) => r.region)}::text[],
        ${ts.map((r) => r.t.provider.type)}::text[], ${ts.map((r) => r.t.receiver.type)}::text[], ${ts.map((r) => r.t.disbursementChannel)}::int2[])
        AS u(id, of, ref, type, transaction_date, value_date, amount, currency, description,
          provider_org_ref, provider_name, provider_partner_id, provider_activity_id,
          receiver_org_ref, receiver_name, receiver_partner_id, receiver_activity_id, receiver_bin, region_code,
          provider_org_type, receiver_org_type, disbursement_channel)
      JOIN activity ON activity.iati_identifier = u.of
    )
    SELECT iati_identifier, inserted FROM activity`;
  const outcomes = new Map<string, StoreOutcome>(
    rows.map((row) => [row.iati_identifier, row.inserted ? 'created' : 'updated']),
  );
  const notWritten = inputs.filter((i) => !outcomes.has(i.record.iatiIdentifier));
  if (notWritten.length) await classifyNotWritten(db, notWritten, outcomes);
  return outcomes;
}

/** An activity the statement did not write is stored already: unchanged, or newer there (another import won). */
async function classifyNotWritten(db: Db, inputs: readonly StoreInput[], outcomes: Map<string, StoreOutcome>) {
  const stored = await db.$queryRaw<
    { iati_identifier: string; content_hash: string | null; source: string; source_url: string | null }[]
  >`SELECT iati_identifier, content_hash, source, source_url FROM activities
    WHERE iati_identifier = ANY(${inputs.map((i) => i.record.iatiIdentifier)}::text[])`;
  const byIdentifier = new Map(stored.map((row) => [row.iati_identifier, row]));
  for (const input of inputs) {
    const row = byIdentifier.get(input.record.iatiIdentifier);
    const same =
      row?.content_hash === input.hash &&
      row.source === input.provenance.source &&
      row.source_url === input.provenance.url;
    outcomes.set(input.record.iatiIdentifier, same ? 'unchanged' : 'older');
  }
}
