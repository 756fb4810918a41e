/**
 * Recipient countries and regions, locations and sectors written back as the
 * importer kept them (read-classifications.ts), in the 2.03 schema's order.
 * Rows stored before these were kept (or demo rows) have only the code lists:
 * then those are written, as before.
 */
import type { LocationRecord, RecipientRecord, SectorRecord } from './model.js';
import { attrs, escape, narrative } from './xml-text.js';

export interface Classifications {
  recipientCountries: string[];
  recipientRegions: string[];
  locationRegionCodes: string[];
  recipients: RecipientRecord[];
  locations: LocationRecord[];
  sectors: SectorRecord[];
}

const withNarrative = (name: string, attributes: string, text: string | null): string =>
  text === null ? `<${name}${attributes}/>` : `<${name}${attributes}>${narrative(text)}</${name}>`;

function recipient(r: RecipientRecord): string {
  return `   ${withNarrative(
    r.element,
    attrs({ code: r.code, vocabulary: r.vocabulary, 'vocabulary-uri': r.vocabularyUri, percentage: r.percentage }),
    r.narrative,
  )}`;
}

const coded = (name: string, code: string | null): string => (code === null ? '' : `<${name} code="${escape(code)}"/>`);
const text = (name: string, value: string | null): string =>
  value === null ? '' : `<${name}>${narrative(value)}</${name}>`;

function location(l: LocationRecord): string {
  return [
    `   <location${attrs({ ref: l.ref })}>`,
    coded('location-reach', l.reach),
    // Attributes named one by one: jsonb keeps object keys in an order of its own.
    ...l.ids.map((id) => `<location-id${attrs({ vocabulary: id.vocabulary, code: id.code })}/>`),
    text('name', l.name),
    text('description', l.description),
    text('activity-description', l.activityDescription),
    ...l.administratives.map(
      (a) => `<administrative${attrs({ vocabulary: a.vocabulary, level: a.level, code: a.code })}/>`,
    ),
    l.point ? `<point${attrs({ srsName: l.point.srsName })}><pos>${escape(l.point.pos)}</pos></point>` : '',
    coded('exactness', l.exactness),
    coded('location-class', l.locationClass),
    coded('feature-designation', l.featureDesignation),
    '</location>',
  ].join('');
}

function sector(s: SectorRecord): string {
  return `   ${withNarrative(
    'sector',
    attrs({ vocabulary: s.vocabulary, 'vocabulary-uri': s.vocabularyUri, code: s.code, percentage: s.percentage }),
    s.narrative,
  )}`;
}

/** recipient-country, recipient-region, location and sector lines. */
export function classificationLines(a: Classifications): string[] {
  const recipients = a.recipients.length
    ? a.recipients.map(recipient)
    : [
        ...a.recipientCountries.map((code) => `   <recipient-country code="${escape(code)}"/>`),
        ...a.recipientRegions.map((code) => `   <recipient-region code="${escape(code)}" vocabulary="1"/>`),
      ];
  const locations = a.locations.length
    ? a.locations.map(location)
    : a.locationRegionCodes.map((code) => `   <location ref="${escape(code)}"/>`);
  return [...recipients, ...locations, ...a.sectors.map(sector)];
}
