/**
 * Sectors, recipient countries and regions, and locations of one activity,
 * kept as published so the export writes them back: vocabularies (with IATI's
 * defaults filled in), percentages as decimal strings, the first narrative of
 * each text. A percentage that is not a decimal from 0 to 100 makes the
 * activity invalid (the schema types it xsd:decimal); shares of one
 * vocabulary that do not add up to 100 are a warning, as in IATI's own rules.
 */
import { Decimal } from '../../../../lib/domain/money.js';
import type { LocationRecord, RecipientRecord, SectorRecord } from './model.js';
import { attr, childrenNamed, firstNamed, narrative, type XmlNode } from './xml-node.js';

/** The two callbacks of the activity's reader this module needs. */
export interface IssueSink {
  problem(element: string, reason: string): void;
  warn(element: string, reason: string): void;
}

/** The only spatial reference system IATI allows for `<point>`. */
export const WGS84 = 'http://www.opengis.net/def/crs/EPSG/0/4326';

const DECIMAL = /^[+]?(\d+(\.\d*)?|\.\d+)$/;

function percentage(sink: IssueSink, node: XmlNode, element: string): string | null {
  const text = attr(node, 'percentage');
  if (text === null) return null;
  if (!DECIMAL.test(text) || new Decimal(text).gt(100)) {
    sink.problem(`${element}/@percentage`, `"${text}" is not a percentage: write a decimal from 0 to 100, e.g. 62.5`);
    return null;
  }
  return new Decimal(text).toFixed();
}

/** Warns when the shares given for one vocabulary do not add up to 100. */
function checkShares(
  sink: IssueSink,
  element: string,
  shares: { vocabulary: string | null; percentage: string | null }[],
) {
  const byVocabulary = new Map<string, Decimal>();
  for (const share of shares) {
    if (share.percentage === null) continue;
    const key = share.vocabulary ?? '';
    byVocabulary.set(key, (byVocabulary.get(key) ?? new Decimal(0)).plus(share.percentage));
  }
  for (const [vocabulary, total] of byVocabulary)
    if (!total.eq(100))
      sink.warn(
        element,
        `the percentages${vocabulary ? ` of vocabulary ${vocabulary}` : ''} add up to ${total.toString()}, not 100; kept as published`,
      );
}

export function readSectors(sink: IssueSink, activity: XmlNode): SectorRecord[] {
  const sectors = childrenNamed(activity, 'sector').flatMap((node, i): SectorRecord[] => {
    const element = `sector[${i + 1}]`;
    const code = attr(node, 'code');
    const share = percentage(sink, node, element);
    if (!code) {
      sink.warn(`${element}/@code`, 'no code: the sector is left out');
      return [];
    }
    const vocabulary = attr(node, 'vocabulary') ?? '1';
    const vocabularyUri = attr(node, 'vocabulary-uri');
    return [{ code, vocabulary, vocabularyUri, percentage: share, narrative: narrative(node) }];
  });
  checkShares(sink, 'sector/@percentage', sectors);
  return sectors;
}

export function readRecipients(sink: IssueSink, activity: XmlNode): RecipientRecord[] {
  const read = (name: RecipientRecord['element']) =>
    childrenNamed(activity, name).flatMap((node, i): RecipientRecord[] => {
      const share = percentage(sink, node, `${name}[${i + 1}]`);
      const code = attr(node, 'code');
      if (!code) return [];
      const vocabulary = name === 'recipient-region' ? (attr(node, 'vocabulary') ?? '1') : null;
      const vocabularyUri = attr(node, 'vocabulary-uri');
      return [{ element: name, code, vocabulary, vocabularyUri, percentage: share, narrative: narrative(node) }];
    });
  const recipients = [...read('recipient-country'), ...read('recipient-region')];
  // IATI: the country and region shares of an activity together make 100.
  checkShares(
    sink,
    'recipient-country|recipient-region/@percentage',
    recipients.map((r) => ({ vocabulary: null, percentage: r.percentage })),
  );
  return recipients;
}

const codeOf = (node: XmlNode | undefined): string | null => attr(node, 'code');

function readLocation(sink: IssueSink, node: XmlNode, element: string): LocationRecord {
  const pairs = <T>(name: string, make: (vocabulary: string, code: string, part: XmlNode) => T): T[] =>
    childrenNamed(node, name).flatMap((part, i) => {
      const vocabulary = attr(part, 'vocabulary');
      const code = attr(part, 'code');
      if (vocabulary && code) return [make(vocabulary, code, part)];
      sink.warn(`${element}/${name}[${i + 1}]`, 'needs both @vocabulary and @code: left out');
      return [];
    });
  const pointNode = firstNamed(node, 'point');
  const pos = firstNamed(pointNode ?? { name: '', attrs: {}, text: '', children: [] }, 'pos')?.text.trim();
  if (pointNode && !pos)
    sink.warn(`${element}/point/pos`, 'no coordinates ("latitude longitude"): the point is left out');
  return {
    ref: attr(node, 'ref'),
    reach: codeOf(firstNamed(node, 'location-reach')),
    ids: pairs('location-id', (vocabulary, code) => ({ vocabulary, code })),
    name: narrative(firstNamed(node, 'name')),
    description: narrative(firstNamed(node, 'description')),
    activityDescription: narrative(firstNamed(node, 'activity-description')),
    administratives: pairs('administrative', (vocabulary, code, part) => ({
      vocabulary,
      level: attr(part, 'level'),
      code,
    })),
    // A point without srsName can only mean WGS84, the one system IATI allows.
    point: pointNode && pos ? { srsName: attr(pointNode, 'srsName') ?? WGS84, pos: pos.replace(/\s+/g, ' ') } : null,
    exactness: codeOf(firstNamed(node, 'exactness')),
    locationClass: codeOf(firstNamed(node, 'location-class')),
    featureDesignation: codeOf(firstNamed(node, 'feature-designation')),
  };
}

export function readLocationElements(sink: IssueSink, activity: XmlNode): LocationRecord[] {
  return childrenNamed(activity, 'location').map((node, i) => readLocation(sink, node, `location[${i + 1}]`));
}
