/**
 * One `<iati-activity>` element to the record this project keeps, or to the
 * list of what makes it invalid (element and reason). Versions 2.01 to 2.03
 * differ little for these fields; the differences handled here: SDGs come as
 * `<tag vocabulary="2|3">` (2.03) or as `<sector vocabulary="7|8">` (2.02,
 * 2.03), and recipient-region's vocabulary defaults to 1.
 */
import { binProblem, binFromOrgRef } from '../../../../lib/domain/bin.js';
import { cleanText, type TextLines } from '../../../../lib/domain/clean-text.js';
import { describeCurrencyProblem } from '../../../../lib/domain/money.js';
import { isRegionCode } from '../../../../lib/domain/regions.js';
import { isSdgTarget } from '../domain/sdg.js';
import {
  LAST_TRANSACTION_TYPE,
  type IatiVersion,
  type ActivityIssue,
  type ActivityRecord,
  type BudgetRecord,
  type OrgSide,
  type ParticipatingOrgRecord,
  type ReadActivity,
  type TransactionRecord,
} from './model.js';
import { parseCode, parseDateTime, parseIatiAmount, parseIsoDate, type Parsed } from './values.js';
import { attr, childrenNamed, firstNamed, narrative, type XmlNode } from './xml-node.js';

const ACTIVITY_DATE_FIELDS = { 1: 'plannedStart', 2: 'actualStart', 3: 'plannedEnd', 4: 'actualEnd' } as const;

class Reader {
  readonly problems: ActivityIssue[] = [];
  readonly warnings: ActivityIssue[] = [];
  identifier: string | null = null;

  constructor(
    readonly line: number,
    readonly version: IatiVersion,
  ) {}

  problem(element: string, reason: string): void {
    this.problems.push({ iatiIdentifier: this.identifier, element, reason, line: this.line });
  }

  warn(element: string, reason: string): void {
    this.warnings.push({ iatiIdentifier: this.identifier, element, reason, line: this.line });
  }

  /** The parsed value, or null after recording the problem. */
  take<T>(parsed: Parsed<T>, element: string): T | null {
    if (parsed.ok) return parsed.value;
    this.problem(element, parsed.reason);
    return null;
  }

  currency(valueNode: XmlNode, fallback: string | null, element: string): string | null {
    const currency = attr(valueNode, 'currency') ?? fallback;
    if (!currency) {
      this.problem(
        `${element}/@currency`,
        'no currency: the value names none and the activity has no @default-currency',
      );
      return null;
    }
    const problem = describeCurrencyProblem(currency);
    if (problem) this.problem(`${element}/@currency`, problem);
    return problem ? null : currency;
  }

  /** An element's narrative as it is stored (lib/domain/clean-text.ts); null, after a problem, when it cannot be. */
  narrative(node: XmlNode | undefined, element: string, lines: TextLines = 'one'): string | null {
    const cleaned = cleanText(narrative(node), lines);
    if (cleaned.ok) return cleaned.value;
    this.problem(`${element}/narrative`, cleaned.reason);
    return null;
  }

  /** A KZ-BIN reference whose BIN is malformed is kept as published but cannot link to the registry. */
  checkBin(ref: string | null, element: string): void {
    const bin = binFromOrgRef(ref);
    if (bin === null) return;
    const problem = binProblem(bin);
    if (problem) {
      this.warn(
        `${element}/@ref`,
        `${ref}: ${problem === 'format' ? 'a BIN is 12 digits' : 'the BIN check digit does not match'}; kept as published, not linked to the NGO registry`,
      );
    }
  }
}

function orgSide(reader: Reader, node: XmlNode | undefined, activityIdAttr: string, element: string): OrgSide {
  const ref = attr(node, 'ref');
  reader.checkBin(ref, element);
  return {
    ref,
    name: reader.narrative(node, element),
    activityId: attr(node, activityIdAttr),
    type: attr(node, 'type'),
  };
}

/** A `<value>`: amount, currency (or the activity's default) and value date, each checked. */
function readValue(
  reader: Reader,
  parent: XmlNode,
  element: string,
  defaultCurrency: string | null,
): { amount: string; currency: string; valueDate: string } | null {
  const value = firstNamed(parent, 'value');
  if (!value) {
    reader.problem(`${element}/value`, `missing: a ${parent.name} needs a value`);
    return null;
  }
  const amount = reader.take(parseIatiAmount(value.text), `${element}/value`);
  const currency = reader.currency(value, defaultCurrency, `${element}/value`);
  const valueDate = reader.take(parseIsoDate(attr(value, 'value-date')), `${element}/value/@value-date`);
  return amount && currency && valueDate ? { amount, currency, valueDate } : null;
}

/** A code that may be absent: null then, a problem when present but outside 1..max. */
function optionalCode(reader: Reader, text: string | null, max: number, list: string, element: string): number | null {
  return text === null ? null : reader.take(parseCode(text, 1, max, list), element);
}

function readBudget(reader: Reader, node: XmlNode, index: number, defaultCurrency: string | null): BudgetRecord | null {
  const element = `budget[${index}]`;
  const periodStart = reader.take(
    parseIsoDate(attr(firstNamed(node, 'period-start'), 'iso-date')),
    `${element}/period-start`,
  );
  const periodEnd = reader.take(
    parseIsoDate(attr(firstNamed(node, 'period-end'), 'iso-date')),
    `${element}/period-end`,
  );
  if (periodStart && periodEnd && periodEnd < periodStart)
    reader.problem(`${element}/period-end`, `${periodEnd} is before period-start ${periodStart}`);
  const value = readValue(reader, node, element, defaultCurrency);
  const type = optionalCode(reader, attr(node, 'type'), 2, 'BudgetType', `${element}/@type`);
  const status = optionalCode(reader, attr(node, 'status'), 2, 'BudgetStatus', `${element}/@status`);
  if (!periodStart || !periodEnd || !value) return null;
  return { periodStart, periodEnd, ...value, type, status };
}

function readTransaction(
  reader: Reader,
  node: XmlNode,
  index: number,
  defaultCurrency: string | null,
): TransactionRecord | null {
  const element = `transaction[${index}]`;
  const type = reader.take(
    parseCode(
      attr(firstNamed(node, 'transaction-type'), 'code'),
      1,
      LAST_TRANSACTION_TYPE[reader.version],
      `${reader.version} TransactionType`,
    ),
    `${element}/transaction-type`,
  );
  const transactionDate = reader.take(
    parseIsoDate(attr(firstNamed(node, 'transaction-date'), 'iso-date')),
    `${element}/transaction-date`,
  );
  const value = readValue(reader, node, element, defaultCurrency);
  const provider = orgSide(reader, firstNamed(node, 'provider-org'), 'provider-activity-id', `${element}/provider-org`);
  const receiver = orgSide(reader, firstNamed(node, 'receiver-org'), 'receiver-activity-id', `${element}/receiver-org`);
  // A disbursement or commitment to nobody counts in a donor's totals but cannot be reconciled with any recipient.
  if ((type === 2 || type === 3) && !receiver.ref)
    reader.warn(
      `${element}/receiver-org/@ref`,
      `${receiver.name ? `"${receiver.name}"` : 'the receiver'} has no @ref: the ${type === 3 ? 'disbursement' : 'commitment'} is kept and reconciled as unattributed`,
    );
  if (type === null || !transactionDate || !value) return null;
  return {
    ref: attr(node, 'ref'),
    type,
    transactionDate,
    ...value,
    description: reader.narrative(firstNamed(node, 'description'), `${element}/description`, 'many'),
    provider,
    receiver,
    disbursementChannel: optionalCode(
      reader,
      attr(firstNamed(node, 'disbursement-channel'), 'code'),
      4,
      'DisbursementChannel',
      `${element}/disbursement-channel`,
    ),
  };
}

function readParticipatingOrg(reader: Reader, node: XmlNode, index: number): ParticipatingOrgRecord | null {
  const element = `participating-org[${index}]`;
  const role = reader.take(parseCode(attr(node, 'role'), 1, 4, 'OrganisationRole'), `${element}/@role`);
  const ref = attr(node, 'ref');
  const name = reader.narrative(node, element);
  if (!ref && !name)
    reader.problem(element, 'neither @ref nor a narrative name: the organization cannot be identified');
  else if (!ref) reader.warn(`${element}/@ref`, `"${name}" has no @ref: kept by name, not linked to a partner`);
  reader.checkBin(ref, element);
  if (role === null || (!ref && !name)) return null;
  // Kept (and exported) under its reference when it has no name, so a re-import reads the same record.
  return { ref, name: name ?? ref, role, type: attr(node, 'type') };
}

function readSdgs(reader: Reader, activity: XmlNode): { goals: number[]; targets: string[] } {
  const goals = new Set<number>();
  const targets = new Set<string>();
  const read = (nodes: XmlNode[], element: string, goalVocabulary: string, targetVocabulary: string) =>
    nodes.forEach((node, i) => {
      const vocabulary = attr(node, 'vocabulary');
      const code = attr(node, 'code') ?? '';
      if (vocabulary === goalVocabulary) {
        const goal = reader.take(parseCode(code, 1, 17, 'SDG goal'), `${element}[${i + 1}]/@code`);
        if (goal !== null) goals.add(goal);
      } else if (vocabulary === targetVocabulary) {
        if (isSdgTarget(code)) targets.add(code);
        else
          reader.problem(
            `${element}[${i + 1}]/@code`,
            `"${code}" is not an SDG target: write goal.target, e.g. 8.8 or 16.a`,
          );
      }
    });
  read(childrenNamed(activity, 'tag'), 'tag', '2', '3');
  read(childrenNamed(activity, 'sector'), 'sector', '7', '8');
  return { goals: [...goals].sort((a, b) => a - b), targets: [...targets].sort() };
}

function readLocations(activity: XmlNode): string[] {
  const codes = new Set<string>();
  for (const location of childrenNamed(activity, 'location')) {
    const candidates = [
      attr(location, 'ref'),
      ...childrenNamed(location, 'administrative').map((a) => attr(a, 'code')),
    ];
    for (const code of candidates) if (code && isRegionCode(code)) codes.add(code);
  }
  return [...codes].sort();
}

function readDescription(reader: Reader, activity: XmlNode): string | null {
  const descriptions = childrenNamed(activity, 'description');
  const general = descriptions.find((d) => (attr(d, 'type') ?? '1') === '1') ?? descriptions[0];
  return reader.narrative(general, 'description', 'many');
}

// eslint-disable-next-line max-lines-per-function -- reads the IATI activity element by element in the standard's order, each step one line against one Reader
export function readActivity(node: XmlNode, line: number, version: IatiVersion): ReadActivity {
  const reader = new Reader(line, version);
  reader.identifier = firstNamed(node, 'iati-identifier')?.text.trim() || null;
  if (!reader.identifier)
    reader.problem('iati-identifier', 'missing or empty: every activity needs its permanent IATI identifier');

  const updatedText = attr(node, 'last-updated-datetime');
  const lastUpdatedAt = updatedText ? reader.take(parseDateTime(updatedText), '@last-updated-datetime') : null;
  const defaultCurrency = attr(node, 'default-currency');
  const currencyProblem = defaultCurrency ? describeCurrencyProblem(defaultCurrency) : null;
  if (currencyProblem) reader.problem('@default-currency', currencyProblem);
  const fallback = currencyProblem ? null : defaultCurrency;

  const reportingNode = firstNamed(node, 'reporting-org');
  const reportingRef = attr(reportingNode, 'ref');
  if (!reportingNode) reader.problem('reporting-org', 'missing: every activity names its publisher');
  else if (!reportingRef)
    reader.problem('reporting-org/@ref', 'missing: the publisher needs an org-id.guide identifier');

  const reportingName = reader.narrative(reportingNode, 'reporting-org');
  const titleNode = firstNamed(node, 'title');
  const title = reader.narrative(titleNode, 'title');
  if (!title && cleanText(narrative(titleNode)).ok) reader.problem('title', 'missing or without a narrative');
  const status = reader.take(
    parseCode(attr(firstNamed(node, 'activity-status'), 'code'), 1, 6, 'ActivityStatus'),
    'activity-status',
  );

  const dates: Record<(typeof ACTIVITY_DATE_FIELDS)[keyof typeof ACTIVITY_DATE_FIELDS], string | null> = {
    plannedStart: null,
    actualStart: null,
    plannedEnd: null,
    actualEnd: null,
  };
  for (const dateNode of childrenNamed(node, 'activity-date')) {
    const type = reader.take(parseCode(attr(dateNode, 'type'), 1, 4, 'ActivityDateType'), 'activity-date/@type');
    if (type === null) continue;
    const field = ACTIVITY_DATE_FIELDS[type as keyof typeof ACTIVITY_DATE_FIELDS];
    dates[field] = reader.take(parseIsoDate(attr(dateNode, 'iso-date')), `activity-date[@type=${type}]/@iso-date`);
  }

  const participatingOrgs = childrenNamed(node, 'participating-org').flatMap(
    (org, i) => readParticipatingOrg(reader, org, i + 1) ?? [],
  );
  const recipientCountries = childrenNamed(node, 'recipient-country').flatMap((country, i) => {
    const code = attr(country, 'code') ?? '';
    if (/^[A-Z]{2}$/.test(code)) return [code];
    reader.problem(`recipient-country[${i + 1}]/@code`, `"${code}" is not an ISO 3166-1 alpha-2 country code`);
    return [];
  });
  const recipientRegions = childrenNamed(node, 'recipient-region').flatMap((region) =>
    (attr(region, 'vocabulary') ?? '1') === '1' && attr(region, 'code') ? [attr(region, 'code')!] : [],
  );
  const sdgs = readSdgs(reader, node);
  const budgets = childrenNamed(node, 'budget').flatMap(
    (budget, i) => readBudget(reader, budget, i + 1, fallback) ?? [],
  );
  const transactions = childrenNamed(node, 'transaction').flatMap(
    (t, i) => readTransaction(reader, t, i + 1, fallback) ?? [],
  );
  reader.checkBin(reportingRef, 'reporting-org');
  const description = readDescription(reader, node);

  if (reader.problems.length || !reader.identifier || !reportingRef || !title || status === null) {
    return { kind: 'invalid', iatiIdentifier: reader.identifier, line, problems: reader.problems };
  }
  const record: ActivityRecord = {
    iatiIdentifier: reader.identifier,
    lastUpdatedAt,
    defaultCurrency,
    reportingOrg: { ref: reportingRef, type: attr(reportingNode, 'type'), name: reportingName },
    title,
    description,
    status,
    ...dates,
    participatingOrgs,
    recipientCountries: [...new Set(recipientCountries)],
    recipientRegions: [...new Set(recipientRegions)],
    locationRegionCodes: readLocations(node),
    sdgGoals: sdgs.goals,
    sdgTargets: sdgs.targets,
    budgets,
    transactions,
  };
  return { kind: 'valid', record, line, warnings: reader.warnings };
}
