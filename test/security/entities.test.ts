/**
 * Every entity checked in its own subgraph. The gateway fetches entities
 * with `_entities`; a caller who reaches a subgraph with a gateway token of
 * any role must get exactly what the root fields would show that role. This
 * test is generated from each subgraph's SDL: every type with a @key is
 * fetched by every kind of caller, selecting every field it can, and the
 * answer compared with the table below. A new entity type missing from the
 * table fails the suite, so nobody adds one without deciding who may see it.
 */
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { buildSubgraphSchema } from '@apollo/subgraph';
import {
  getNamedType,
  isLeafType,
  isNonNullType,
  isObjectType,
  Kind,
  parse,
  type GraphQLObjectType,
  type ObjectTypeDefinitionNode,
} from 'graphql';
import pg from 'pg';
import { readAccessRules } from '../../lib/auth/access.js';
import type { Viewer } from '../../lib/auth/viewer.js';
import { SUBGRAPH_NAMES, type SubgraphName } from '../../lib/config.js';
import { readSubgraphSdl } from '../../lib/graphql/compose.js';
import { startFederation, type Federation } from '../support/federation.js';

const EU = 'XI-IATI-EC_INTPA';
/** A Kazakh NGO that reported money from the EU (demo data). */
const EU_RECIPIENT = 'KZ-BIN-161240478786';

/** Every kind of caller a subgraph can meet, as the gateway's token names them. */
const CALLERS = {
  public: { role: 'public', subject: null, organization: null },
  analyst: { role: 'analyst', subject: 'analyst', organization: null },
  registrar: { role: 'registrar', subject: 'registrar', organization: null },
  'donor (EU)': { role: 'donor', subject: 'eu', organization: EU },
  'donor (the EU grant’s recipient)': { role: 'donor', subject: 'ngo', organization: EU_RECIPIENT },
  'donor (UNDP)': { role: 'donor', subject: 'undp', organization: 'XM-DAC-41114' },
  admin: { role: 'admin', subject: 'admin', organization: null },
} satisfies Record<string, Viewer>;
type Caller = keyof typeof CALLERS;
const EVERYONE = Object.keys(CALLERS) as Caller[];

interface Expectation {
  /** SQL on the subgraph's database giving one row whose columns are the key fields of a representation. */
  sample: string;
  /** Who sees the entity; the others get no data for it (null, or FORBIDDEN). */
  seenBy: Caller[];
  /** Fields with a rule of their own, and who sees them. */
  fields?: Record<string, Caller[]>;
}

const EXPECTED: Record<string, Expectation> = {
  'ngos.Ngo': { sample: 'SELECT id::text AS id FROM ngos ORDER BY id LIMIT 1', seenBy: EVERYONE },
  'ngos.Region': { sample: `SELECT 'KZ-75' AS code`, seenBy: EVERYONE },
  'councils.PublicCouncil': {
    sample: 'SELECT id::text AS id FROM public_councils ORDER BY id LIMIT 1',
    seenBy: EVERYONE,
  },
  'councils.CouncilMember': {
    sample: 'SELECT id::text AS id FROM council_members ORDER BY id LIMIT 1',
    seenBy: EVERYONE,
    fields: { contact: ['analyst', 'admin'] },
  },
  'councils.CouncilProject': {
    sample: 'SELECT id::text AS id FROM council_projects ORDER BY id LIMIT 1',
    seenBy: EVERYONE,
  },
  'councils.Ngo': {
    sample: 'SELECT ngo_id::text AS id FROM council_members WHERE ngo_id IS NOT NULL ORDER BY id LIMIT 1',
    seenBy: EVERYONE,
  },
  'councils.Region': { sample: `SELECT 'KZ-75' AS code`, seenBy: EVERYONE },
  'partners.Partner': { sample: 'SELECT id::text AS id FROM partners ORDER BY id LIMIT 1', seenBy: EVERYONE },
  'partners.Activity': { sample: 'SELECT id::text AS id FROM activities ORDER BY id LIMIT 1', seenBy: EVERYONE },
  'partners.Transaction': { sample: 'SELECT id::text AS id FROM transactions ORDER BY id LIMIT 1', seenBy: EVERYONE },
  'partners.Ngo': {
    sample: 'SELECT receiver_bin AS bin FROM transactions WHERE receiver_bin IS NOT NULL ORDER BY id LIMIT 1',
    seenBy: EVERYONE,
  },
  'partners.Region': { sample: `SELECT 'KZ-75' AS code`, seenBy: EVERYONE },
  // Another donor's recipient report leaked here in the second security round.
  'partners.RecipientReport': {
    sample: `SELECT id::text AS id FROM recipient_reports WHERE recipient_org_ref = '${EU_RECIPIENT}' AND activity_identifier LIKE '${EU}-%' ORDER BY id LIMIT 1`,
    seenBy: ['analyst', 'donor (EU)', 'donor (the EU grant’s recipient)', 'admin'],
  },
};

interface EntityType {
  subgraph: SubgraphName;
  type: GraphQLObjectType;
  /** The selection: every leaf field without required arguments, and every restricted field. */
  selection: string;
  restricted: string[];
}

/** The entity types of every subgraph, read from its SDL. */
function entityTypes(): EntityType[] {
  return SUBGRAPH_NAMES.flatMap((subgraph) => {
    const document = parse(readSubgraphSdl(subgraph));
    const schema = buildSubgraphSchema({ typeDefs: document });
    const rules = readAccessRules(document);
    const keyed = document.definitions.filter(
      (d): d is ObjectTypeDefinitionNode =>
        d.kind === Kind.OBJECT_TYPE_DEFINITION && (d.directives ?? []).some((x) => x.name.value === 'key'),
    );
    return keyed.map((definition) => {
      const type = schema.getType(definition.name.value);
      if (!isObjectType(type)) throw new Error(`${definition.name.value} is not an object type`);
      const fields = Object.values(type.getFields()).filter((f) => !f.args.some((a) => isNonNullType(a.type)));
      const restricted = fields.filter((f) => rules.fields.has(`${type.name}.${f.name}`)).map((f) => f.name);
      const parts = fields.flatMap((f) => {
        if (isLeafType(getNamedType(f.type))) return [f.name];
        return restricted.includes(f.name) ? [`${f.name} { __typename }`] : [];
      });
      return { subgraph, type, selection: parts.join(' '), restricted };
    });
  });
}

const ENTITIES = entityTypes();
let federation: Federation;
const samples = new Map<string, Record<string, unknown>>();

beforeAll(async () => {
  federation = await startFederation();
  for (const { subgraph, type } of ENTITIES) {
    const expectation = EXPECTED[`${subgraph}.${type.name}`];
    if (!expectation) continue;
    const client = new pg.Client({ connectionString: federation.databaseUrls[subgraph] });
    await client.connect();
    try {
      const { rows } = await client.query<Record<string, unknown>>(expectation.sample);
      if (!rows[0]) throw new Error(`no sample row for ${subgraph}.${type.name}`);
      samples.set(`${subgraph}.${type.name}`, rows[0]);
    } finally {
      await client.end();
    }
  }
});

afterAll(async () => {
  await federation?.stop();
});

test('every entity type of every subgraph is in the table, and the table names no other', () => {
  const found = ENTITIES.map(({ subgraph, type }) => `${subgraph}.${type.name}`).sort();
  expect(found).toEqual(Object.keys(EXPECTED).sort());
});

/**
 * `_entities` exists only on the subgraphs, not in the composed schema codegen types the tests' documents
 * against, and each document is built at run time from the type's fields: its shape is written here.
 */
interface EntitiesData {
  _entities?: (Record<string, unknown> | null)[];
}

describe.each(ENTITIES.map((entity) => [`${entity.subgraph}.${entity.type.name}`, entity] as const))(
  '%s through _entities',
  (coordinate, entity) => {
    test.each(EVERYONE)('as %s', async (caller) => {
      const expectation = EXPECTED[coordinate];
      if (!expectation) throw new Error(`${coordinate} has no row in EXPECTED: decide who may see it`);
      const representation = { __typename: entity.type.name, ...samples.get(coordinate) };
      const answer = await federation.query<EntitiesData>(
        `query($r: [_Any!]!) { _entities(representations: $r) { ... on ${entity.type.name} { ${entity.selection} } } }`,
        { r: [representation] },
        { url: federation.subgraphUrls[entity.subgraph], as: CALLERS[caller] },
      );
      const found = answer.data?._entities?.[0] ?? null;
      const codes = (answer.errors ?? []).map((e) => e.extensions?.code);
      if (!expectation.seenBy.includes(caller)) {
        // Not a field of it: the entity is absent, and any error says why (FORBIDDEN), never an internal one.
        expect(found).toBeNull();
        for (const code of codes) expect(code).toBe('FORBIDDEN');
        return;
      }
      expect(found).not.toBeNull();
      for (const [key, value] of Object.entries(samples.get(coordinate) ?? {})) expect(found?.[key]).toEqual(value);
      for (const field of entity.restricted) {
        const allowed = expectation.fields?.[field];
        if (!allowed) throw new Error(`${coordinate}.${field} has a rule of its own: list who sees it in EXPECTED`);
        if (allowed.includes(caller)) expect(found?.[field]).not.toBeNull();
        else expect(found?.[field] ?? null).toBeNull();
      }
      const allowedErrors = entity.restricted.filter((f) => !expectation.fields?.[f]?.includes(caller)).length;
      expect(codes.filter((c) => c !== 'FORBIDDEN')).toEqual([]);
      expect(codes.length).toBeLessThanOrEqual(allowedErrors);
    });
  },
);
