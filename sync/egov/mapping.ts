/**
 * The declarative mapping from the open-data portal's datasets to this
 * project's records, read from a YAML file (sync/egov-datasets.yaml): for
 * each dataset its name and version on the portal, the target (NGO registry,
 * public councils, council members), the field that keys a record, and per
 * target field where its value comes from, with an optional dictionary
 * (`map`), date format (`date`), list separator (`split`) or default.
 * Adding a dataset or renaming a portal field is an edit of that file, not
 * of code.
 */
import fs from 'node:fs';
import { parse } from 'yaml';
import { z } from 'zod';
import { cleanText } from '../../lib/domain/clean-text.js';

const fieldRule = z.union([
  z.string().min(1),
  z
    .object({
      from: z.string().min(1).optional(),
      map: z.record(z.string(), z.string()).optional(),
      date: z.enum(['YYYY-MM-DD', 'DD.MM.YYYY']).optional(),
      split: z.string().min(1).optional(),
      default: z.string().optional(),
    })
    .strict(),
]);
export type FieldRule = z.infer<typeof fieldRule>;

const TARGETS = ['ngos', 'councils', 'council_members'] as const;
export type Target = (typeof TARGETS)[number];

const datasetSchema = z
  .object({
    name: z.string().regex(/^[a-z0-9_]+$/, 'a portal dataset name: lower-case letters, digits and _'),
    version: z.string().regex(/^v\d+$/, 'a portal version: v1, v2, ...'),
    target: z.enum(TARGETS),
    key: z.string().min(1),
    pageSize: z.number().int().min(1).max(10_000).default(500),
    fields: z.record(z.string(), fieldRule),
  })
  .strict();
export type DatasetMapping = z.infer<typeof datasetSchema>;

const fileSchema = z.object({ datasets: z.array(datasetSchema).min(1) }).strict();

/** The fields each target needs from the mapping. */
const REQUIRED: Record<Target, string[]> = {
  ngos: ['bin', 'names.ru', 'legalForm', 'registeredOn', 'regionCode'],
  councils: ['nameRu', 'level', 'formedBy', 'formedOn'],
  council_members: ['council', 'fullName', 'appointedOn'],
};

export function readMappings(file: string): DatasetMapping[] {
  let raw: unknown;
  try {
    raw = parse(fs.readFileSync(file, 'utf8'));
  } catch (error) {
    throw new Error(`${file}: cannot be read as YAML (${(error as Error).message})`);
  }
  const parsed = fileSchema.safeParse(raw);
  if (!parsed.success) {
    const issues = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`).join('\n');
    throw new Error(`${file} is not a dataset mapping:\n${issues}`);
  }
  for (const dataset of parsed.data.datasets) {
    const missing = REQUIRED[dataset.target].filter((field) => !(field in dataset.fields));
    if (missing.length)
      throw new Error(`${file}: dataset ${dataset.name} (${dataset.target}) maps no ${missing.join(', ')}`);
  }
  return parsed.data.datasets;
}

export type PortalRecord = Record<string, unknown>;

export class MappingProblem extends Error {}

/** A field's value as clean text (lib/domain/clean-text.ts), or null when the record has none. */
function text(record: PortalRecord, field: string): string | null {
  const value = record[field];
  if (value === null || value === undefined) return null;
  const cleaned = cleanText(
    typeof value === 'string' ? value : typeof value === 'number' ? String(value) : JSON.stringify(value),
  );
  if (!cleaned.ok) throw new MappingProblem(`${field}: ${cleaned.reason}`);
  return cleaned.value;
}

function convertDate(value: string, format: 'YYYY-MM-DD' | 'DD.MM.YYYY', field: string): string {
  const match =
    format === 'DD.MM.YYYY' ? /^(\d{2})\.(\d{2})\.(\d{4})$/.exec(value) : /^(\d{4})-(\d{2})-(\d{2})/.exec(value);
  if (!match) throw new MappingProblem(`${field}: "${value}" is not a date in ${format}`);
  return format === 'DD.MM.YYYY' ? `${match[3]}-${match[2]}-${match[1]}` : `${match[1]}-${match[2]}-${match[3]}`;
}

function lookup(value: string, map: Record<string, string> | undefined, field: string): string {
  if (!map) return value;
  const found = map[value];
  if (found === undefined)
    throw new MappingProblem(`${field}: "${value}" is not one of the mapped values (${Object.keys(map).join(', ')})`);
  return found;
}

/** One value of the target record: a string, a list (split) or null. */
function mapField(record: PortalRecord, target: string, rule: FieldRule): string | string[] | null {
  const spec = typeof rule === 'string' ? { from: rule } : rule;
  const raw = spec.from ? text(record, spec.from) : null;
  const value = raw ?? spec.default ?? null;
  if (value === null) return null;
  const where = spec.from ?? target;
  if (spec.split)
    return value
      .split(spec.split)
      .map((part) => part.trim())
      .filter(Boolean)
      .map((part) => lookup(part, spec.map, where));
  const mapped = lookup(value, spec.map, where);
  return spec.date ? convertDate(mapped, spec.date, where) : mapped;
}

/** The record in the target's shape (flat keys like `names.ru`), and its key in the portal. */
export function mapRecord(
  record: PortalRecord,
  dataset: DatasetMapping,
): { key: string; values: Record<string, string | string[] | null> } {
  const key = text(record, dataset.key);
  if (!key) throw new MappingProblem(`${dataset.key}: the record has no key`);
  const values: Record<string, string | string[] | null> = {};
  for (const [target, rule] of Object.entries(dataset.fields)) values[target] = mapField(record, target, rule);
  return { key, values };
}
