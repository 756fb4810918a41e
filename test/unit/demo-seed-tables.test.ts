/**
 * The seeder's column lists against the SQL migrations and the row shapes:
 * a column added to a migration (NOT NULL, no default) or a field added to a
 * row type fails here before it fails a seed.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from '@jest/globals';
import { columnArrays, insertStatement, type Table } from '../../demo/bulk-insert.js';
import { generateDemoData } from '../../demo/generate.js';
import { subgraphLoads, TABLES_NOT_SEEDED } from '../../demo/seed-tables.js';

const ROOT = path.resolve(import.meta.dirname, '../..');

interface SqlColumn {
  name: string;
  required: boolean;
}

/** Columns per table from CREATE TABLE and ALTER TABLE ... ADD COLUMN, in migration order. */
function migratedColumns(subgraph: string): Map<string, SqlColumn[]> {
  const dir = path.join(ROOT, 'subgraphs', subgraph, 'prisma', 'migrations');
  const tables = new Map<string, SqlColumn[]>();
  const column = (definition: string): SqlColumn | null => {
    const match = /^\s*"([^"]+)"\s+(.*?),?\s*$/.exec(definition);
    if (!match) return null;
    const rest = match[2]!;
    return { name: match[1]!, required: /NOT NULL/.test(rest) && !/DEFAULT/.test(rest) };
  };
  for (const migration of fs
    .readdirSync(dir)
    .filter((d) => fs.statSync(path.join(dir, d)).isDirectory())
    .sort()) {
    const sql = fs.readFileSync(path.join(dir, migration, 'migration.sql'), 'utf8');
    for (const [, table, body] of sql.matchAll(/CREATE TABLE "([^"]+)" \(([\s\S]*?)\n\);/g)) {
      tables.set(
        table!,
        body!
          .split('\n')
          .map(column)
          .filter((c): c is SqlColumn => c !== null),
      );
    }
    for (const [, table, definition] of sql.matchAll(/ALTER TABLE "([^"]+)" ADD COLUMN ("[^;]+);/g)) {
      const added = column(definition!);
      if (added) tables.get(table!)?.push(added);
    }
  }
  return tables;
}

const data = generateDemoData({ scale: 0.05 });

describe.each(['ngos', 'councils', 'partners'] as const)('seeding the %s database', (subgraph) => {
  const loads = subgraphLoads(subgraph, data);
  const sql = migratedColumns(subgraph);

  test('covers every table of its migrations', () => {
    expect([...loads.map((l) => l.table), ...TABLES_NOT_SEEDED[subgraph]].sort()).toEqual([...sql.keys()].sort());
  });

  test.each(loads.map((l) => [l.table, l] as const))(
    '%s: columns exist, required ones are filled, every row field is written',
    (table, load) => {
      const columns = sql.get(table) ?? [];
      const names = load.columns.map((c) => c.name);
      expect(names.filter((n) => !columns.some((c) => c.name === n))).toEqual([]);
      expect(columns.filter((c) => c.required && !names.includes(c.name)).map((c) => c.name)).toEqual([]);
      const slice = Object.values(data[subgraph]).find(
        (rows: readonly object[]) => rows.length === load.rows && rows.length > 0,
      ) as readonly object[] | undefined;
      expect(slice).toBeDefined();
      expect(load.columns.map((c) => c.field).sort()).toEqual(Object.keys(slice![0]!).sort());
    },
  );
});

describe('bulk insert statements', () => {
  interface Row {
    id: string;
    tags: (string | null)[];
    note: string | null;
  }
  const table: Table<Row> = {
    name: 'things',
    columns: [
      ['id', 'id', 'uuid'],
      ['tags', 'tags', 'text[]'],
      ['note', 'note', 'text'],
    ],
  };

  test('unnest one array per column; array columns travel as literals and are cast back', () => {
    expect(insertStatement(table)).toBe(
      'INSERT INTO "things" ("id", "tags", "note") SELECT u."id", u."tags"::text[], u."note" FROM unnest($1::uuid[], $2::text[], $3::text[]) AS u("id", "tags", "note")',
    );
  });

  test('array literals quote and escape every element', () => {
    const rows: Row[] = [
      { id: 'a', tags: ['x', 'say "hi"', 'back\\slash', null], note: null },
      { id: 'b', tags: [], note: 'n' },
    ];
    expect(columnArrays(table, rows)).toEqual([
      ['a', 'b'],
      ['{"x","say \\"hi\\"","back\\\\slash",NULL}', '{}'],
      [null, 'n'],
    ]);
  });
});
