/**
 * Each subgraph's schema.prisma and its hand-written migration SQL describe
 * the same database. Prisma's own drift check (`prisma migrate diff`) needs
 * the native schema engine, which this network cannot download, so
 * test/support/drift.ts compares the schema's DMMF with a freshly migrated
 * database instead. The second half proves that comparison can fail: edited
 * copies of the schemas, and a database changed behind the schema's back.
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import pg from 'pg';
import { PROJECT_ROOT, SUBGRAPH_NAMES, type SubgraphName } from '../../lib/config.js';
import { schemaDrift } from '../support/drift.js';
import { migrationsDir } from '../../lib/database/prepare.js';
import { dropDatabase, emptyDatabase } from '../support/databases.js';

const databases = new Map<SubgraphName, string>();
let scratch: string;

beforeAll(async () => {
  scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'civic-graph-drift-'));
  await Promise.all(SUBGRAPH_NAMES.map(async (name) => databases.set(name, await emptyDatabase(name))));
});

afterAll(async () => {
  await Promise.all([...databases.values()].map(dropDatabase));
  if (scratch) fs.rmSync(scratch, { recursive: true, force: true });
});

function schemaPath(name: SubgraphName): string {
  return path.join(PROJECT_ROOT, 'subgraphs', name, 'prisma', 'schema.prisma');
}

function databaseOf(name: SubgraphName): string {
  const url = databases.get(name);
  if (!url) throw new Error(`no database for ${name}`);
  return url;
}

async function query<T extends pg.QueryResultRow>(url: string, sql: string): Promise<T[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<T>(sql)).rows;
  } finally {
    await client.end();
  }
}

describe.each(SUBGRAPH_NAMES)('the %s subgraph', (name) => {
  test('schema.prisma and the migration SQL agree', async () => {
    expect(await schemaDrift(schemaPath(name), databaseOf(name))).toEqual([]);
  });

  test('_prisma_migrations has one finished row per migration folder, with the SHA-256 of its file', async () => {
    const dir = migrationsDir(name);
    const folders = fs
      .readdirSync(dir, { withFileTypes: true })
      .filter((entry) => entry.isDirectory())
      .map((entry) => entry.name)
      .sort();
    expect(folders.length).toBeGreaterThan(0);
    const expected = folders.map((folder) => ({
      migration_name: folder,
      checksum: createHash('sha256')
        .update(fs.readFileSync(path.join(dir, folder, 'migration.sql')))
        .digest('hex'),
      finished: true,
      rolled_back: false,
    }));
    const rows = await query(
      databaseOf(name),
      `SELECT migration_name, checksum, finished_at IS NOT NULL AS finished, rolled_back_at IS NOT NULL AS rolled_back
       FROM "_prisma_migrations" ORDER BY migration_name`,
    );
    expect(rows).toEqual(expected);
  });
});

/** The drift between the migrated database and a copy of the schema with one edit. */
async function driftAfterEdit(name: SubgraphName, from: string, to: string): Promise<string[]> {
  const original = fs.readFileSync(schemaPath(name), 'utf8');
  // Fails here, rather than passing vacuously, if the schema no longer has the text to edit.
  expect(original).toContain(from);
  const copy = path.join(scratch, `${name}-${Math.random().toString(36).slice(2)}.prisma`);
  fs.writeFileSync(copy, original.replace(from, to));
  return schemaDrift(copy, databaseOf(name));
}

describe('the drift check reports a schema that no longer matches the SQL', () => {
  test.each<{ change: string; name: SubgraphName; from: string; to: string; expected: string[] }>([
    {
      change: 'an added field',
      name: 'ngos',
      from: '  address      String?\n',
      to: '  address      String?\n  fax          String?\n',
      expected: ['column ngos.fax: in the schema but missing from the database'],
    },
    {
      change: 'a changed type',
      name: 'partners',
      from: 'status              Int                    @db.SmallInt',
      to: 'status              Int',
      expected: ['column activities.status: type integer in the schema, smallint in the database'],
    },
    {
      change: 'a changed native type',
      name: 'ngos',
      from: '@unique @db.Char(12)',
      to: '@unique @db.VarChar(12)',
      expected: ['column ngos.bin: type character varying(12) in the schema, character(12) in the database'],
    },
    {
      change: 'a removed @@index',
      name: 'ngos',
      from: '  @@index([registeredOn])\n',
      to: '',
      expected: ['index ngos_registered_on_idx on ngos: in the database but not in the schema'],
    },
    {
      change: 'reordered index columns',
      name: 'councils',
      from: '@@index([regionCode, level])',
      to: '@@index([level, regionCode])',
      expected: [
        'index public_councils_level_region_code_idx on public_councils: in the schema but missing from the database',
        'index public_councils_region_code_level_idx on public_councils: in the database but not in the schema',
      ],
    },
    {
      change: 'a GIN index turned B-tree',
      name: 'partners',
      from: '@@index([sdgGoals], type: Gin)',
      to: '@@index([sdgGoals])',
      expected: ['index activities_sdg_goals_idx on activities: method btree in the schema, gin in the database'],
    },
    {
      change: 'a trigram index with another operator class',
      name: 'ngos',
      from: '@@index([nameRu(ops: raw("gin_trgm_ops"))]',
      to: '@@index([nameRu(ops: raw("gist_trgm_ops"))]',
      expected: [
        'index ngo_search_name_ru_trgm_idx on ngo_search: columns (name_ru gist_trgm_ops) in the schema, (name_ru gin_trgm_ops) in the database',
      ],
    },
    {
      change: 'a changed enum value',
      name: 'councils',
      from: '  SECRETARY\n',
      to: '  CLERK\n',
      expected: [
        'enum "MemberRole": values (CHAIR, DEPUTY_CHAIR, CLERK, MEMBER) in the schema, (CHAIR, DEPUTY_CHAIR, SECRETARY, MEMBER) in the database',
      ],
    },
    {
      change: 'an optional field made required',
      name: 'councils',
      from: 'territory  LocalTerritory?',
      to: 'territory  LocalTerritory ',
      expected: ['column public_councils.territory: is NOT NULL in the schema, nullable in the database'],
    },
    {
      change: 'a changed default',
      name: 'ngos',
      from: '@default(ACTIVE)',
      to: '@default(SUSPENDED)',
      expected: [`column ngos.status: default 'SUSPENDED' in the schema, 'ACTIVE'::"NgoStatus" in the database`],
    },
    {
      change: 'a unique constraint made a plain index',
      name: 'councils',
      from: '@@unique([forumId, position])',
      to: '@@index([forumId, position])',
      expected: [
        'index discussion_platforms_forum_id_position_idx on discussion_platforms: in the schema but missing from the database',
        'unique index discussion_platforms_forum_id_position_key on discussion_platforms: in the database but not in the schema',
      ],
    },
  ])('$change', async ({ name, from, to, expected }) => {
    expect(await driftAfterEdit(name, from, to)).toEqual(expected);
  });

  test('a relation without its onDelete: Cascade falls back to Prisma’s RESTRICT', async () => {
    const drift = await driftAfterEdit(
      'councils',
      'council     PublicCouncil @relation(fields: [councilId], references: [id], onDelete: Cascade)\n  fullName',
      'council     PublicCouncil @relation(fields: [councilId], references: [id])\n  fullName',
    );
    expect(drift).toEqual([
      'foreign key council_members(council_id) → public_councils(id): ON DELETE RESTRICT in the schema, CASCADE in the database',
    ]);
  });
});

describe('the drift check reports a database changed behind the schema’s back', () => {
  let url: string | undefined;

  afterAll(async () => {
    if (url) await dropDatabase(url);
  });

  test('extra tables, columns, indexes and enums', async () => {
    url = await emptyDatabase('ngos');
    await query(
      url,
      `CREATE TYPE "Mood" AS ENUM ('CALM');
       CREATE TABLE notes (id integer PRIMARY KEY);
       ALTER TABLE ngos ADD COLUMN fax text;
       CREATE INDEX ngos_email_idx ON ngos (email);
       ALTER TABLE ngos ALTER COLUMN sectors SET NOT NULL`,
    );
    expect(await schemaDrift(schemaPath('ngos'), url)).toEqual([
      'enum "Mood": in the database but not in the schema',
      'column ngos.sectors: is nullable in the schema, NOT NULL in the database',
      'column ngos.fax: in the database but not in the schema',
      'table notes: in the database but not in the schema',
      'index ngos_email_idx on ngos: in the database but not in the schema',
      'primary key notes_pkey on notes: in the database but not in the schema',
    ]);
  });
});
