/**
 * Writes activities as IATI 2.03 XML, child elements in the order the schema
 * fixes. Only the fields this project keeps are written, each with an
 * explicit currency, so reading the file back gives the same records.
 */
import type { Activity, Budget, ParticipatingOrg, Partner, Transaction } from '../generated/prisma/client.js';
import { classificationLines } from './export-classifications.js';
import type { LocationRecord, RecipientRecord, SectorRecord } from './model.js';
import { attrs, escape, narrative } from './xml-text.js';

export interface ExportableActivity {
  activity: Activity;
  reportingOrg: Partner;
  participatingOrgs: (ParticipatingOrg & { partnerType: string | null })[];
  budgets: Budget[];
  transactions: Transaction[];
}

const day = (date: Date): string => date.toISOString().slice(0, 10);

function side(
  element: 'provider-org' | 'receiver-org',
  ref: string | null,
  name: string | null,
  activityId: string | null,
  type: string | null,
): string {
  if (!ref && !name && !activityId && !type) return '';
  const idAttr = element === 'provider-org' ? 'provider-activity-id' : 'receiver-activity-id';
  return `<${element}${attrs({ ref, [idAttr]: activityId, type })}>${name ? narrative(name) : ''}</${element}>`;
}

function transaction(t: Transaction): string {
  return [
    `   <transaction${attrs({ ref: t.ref })}>`,
    `<transaction-type code="${t.type}"/>`,
    `<transaction-date iso-date="${day(t.transactionDate)}"/>`,
    `<value currency="${t.currency}" value-date="${day(t.valueDate)}">${t.amount.toFixed(2)}</value>`,
    t.description !== null ? `<description>${narrative(t.description)}</description>` : '',
    side('provider-org', t.providerOrgRef, t.providerName, t.providerActivityId, t.providerOrgType),
    side('receiver-org', t.receiverOrgRef, t.receiverName, t.receiverActivityId, t.receiverOrgType),
    t.disbursementChannel !== null ? `<disbursement-channel code="${t.disbursementChannel}"/>` : '',
    '</transaction>\n',
  ].join('');
}

/**
 * The 2.03 schema requires at least one participating-org. An activity
 * published without any (2.01 files often were) names its publisher as the
 * Accountable organization (role 2): the one party the file itself vouches
 * for. Imported back, that is what the copy keeps; exported again, the same.
 */
export const FALLBACK_PARTICIPANT_ROLE = 2;

function participatingOrgLines(item: ExportableActivity): string[] {
  const orgs = item.participatingOrgs.length
    ? item.participatingOrgs.map((o) => ({
        ref: o.orgRef,
        type: o.orgType ?? o.partnerType,
        role: o.role,
        name: o.name,
      }))
    : [
        {
          ref: item.reportingOrg.orgRef,
          type: item.reportingOrg.iatiType,
          role: FALLBACK_PARTICIPANT_ROLE,
          name: item.reportingOrg.name,
        },
      ];
  return orgs.map(
    (o) =>
      `   <participating-org${attrs({ ref: o.ref, type: o.type, role: String(o.role) })}>${narrative(o.name)}</participating-org>`,
  );
}

export function renderActivity(item: ExportableActivity): string {
  const a = item.activity;
  const dates: [number, Date | null][] = [
    [1, a.plannedStart],
    [2, a.actualStart],
    [3, a.plannedEnd],
    [4, a.actualEnd],
  ];
  const sectors = a.sectors as unknown as SectorRecord[];
  const sdgSectors = new Set(sectors.map((s) => `${s.vocabulary}:${s.code}`));
  const lines = [
    `  <iati-activity${attrs({ 'last-updated-datetime': a.lastUpdatedAt?.toISOString(), 'default-currency': a.defaultCurrency })}>`,
    `   <iati-identifier>${escape(a.iatiIdentifier)}</iati-identifier>`,
    `   <reporting-org${attrs({ ref: item.reportingOrg.orgRef, type: item.reportingOrg.iatiType ?? '' })}>${narrative(item.reportingOrg.name)}</reporting-org>`,
    `   <title>${narrative(a.title)}</title>`,
    // The schema requires a description; an empty narrative reads back as none.
    `   <description type="1">${narrative(a.description)}</description>`,
    ...participatingOrgLines(item),
    `   <activity-status code="${a.status}"/>`,
    ...dates.flatMap(([type, date]) => (date ? [`   <activity-date type="${type}" iso-date="${day(date)}"/>`] : [])),
    ...classificationLines({
      ...a,
      // Written only by the importer, from these types (iati-store.ts).
      recipients: a.recipients as unknown as RecipientRecord[],
      locations: a.locations as unknown as LocationRecord[],
      sectors,
    }),
    // SDGs published as sectors (vocabularies 7 and 8) are written back as those sectors, not again as tags.
    ...a.sdgGoals
      .filter((goal) => !sdgSectors.has(`7:${goal}`))
      .map((goal) => `   <tag vocabulary="2" code="${goal}"/>`),
    ...a.sdgTargets
      .filter((target) => !sdgSectors.has(`8:${target}`))
      .map((target) => `   <tag vocabulary="3" code="${escape(target)}"/>`),
    ...item.budgets.map(
      (b) =>
        `   <budget${attrs({ type: b.type?.toString(), status: b.status?.toString() })}><period-start iso-date="${day(b.periodStart)}"/><period-end iso-date="${day(b.periodEnd)}"/>` +
        `<value currency="${b.currency}" value-date="${day(b.valueDate)}">${b.amount.toFixed(2)}</value></budget>`,
    ),
  ];
  return `${lines.join('\n')}\n${item.transactions.map(transaction).join('')}  </iati-activity>\n`;
}

export function documentStart(generatedAt: Date): string {
  return `<?xml version="1.0" encoding="UTF-8"?>\n<iati-activities version="2.03" generated-datetime="${generatedAt.toISOString()}">\n`;
}

export const DOCUMENT_END = '</iati-activities>\n';
