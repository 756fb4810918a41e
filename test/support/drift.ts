/**
 * Schema drift: the differences between a subgraph's `schema.prisma` and a
 * PostgreSQL database that has had its migrations applied.
 *
 * Prisma's own check (`prisma migrate diff`) needs the native schema engine,
 * which this network cannot download, and the migrations are hand-written SQL,
 * so nothing else would notice a migration that says something the schema does
 * not. This module does the comparison itself: the expected database comes from
 * the schema's DMMF (`getDMMF`, which runs offline as WebAssembly), the actual
 * one from pg_catalog. Both are reduced to the same shape (tables, columns,
 * enums, indexes, foreign keys) and compared entry by entry.
 *
 * What is compared is what Prisma Migrate would create for PostgreSQL: column
 * types as `format_type` prints them, NOT NULL, database-level defaults, enum
 * values in order, primary keys, unique and normal indexes with Prisma's default
 * names (or their `map:`), and foreign keys with their referential actions.
 * Non-default operator classes (`ops:` on an index field, e.g. pg_trgm's
 * `gin_trgm_ops`) are part of an index's columns, so an index that silently
 * fell back to the default class is reported.
 * Anything in the database the schema lacks is a difference too. Not compared,
 * because the DMMF does not describe them: foreign-key constraint names (`map:`
 * on a relation), CHECK constraints and views; a partial index in the database
 * is always reported, as the DMMF has no WHERE to compare it with. Schema
 * features the checker cannot follow (implicit many-to-many join tables,
 * `Unsupported(...)` columns) are reported rather than silently skipped.
 */
import fs from 'node:fs';
import internals from '@prisma/internals';
import pg from 'pg';

type Datamodel = Awaited<ReturnType<typeof internals.getDMMF>>['datamodel'];
type Model = Datamodel['models'][number];
type Field = Model['fields'][number];
type DmmfIndex = Datamodel['indexes'][number];

/** A column default as the schema asks for it, and how to recognise it in pg_attrdef. */
interface ExpectedDefault {
  describe: string;
  matches(expression: string | null): boolean;
}

interface ExpectedColumn {
  type: string;
  notNull: boolean;
  default: ExpectedDefault;
}

interface ActualColumn {
  type: string;
  notNull: boolean;
  /** pg_get_expr of the default, e.g. `'ACTIVE'::"NgoStatus"`, or null for none. */
  default: string | null;
}

interface IndexShape {
  table: string;
  kind: 'primary key' | 'unique index' | 'index';
  /** Column names, with a non-default operator class and ` DESC` appended where they apply. */
  columns: string[];
  /** The access method: btree, gin, gist, hash, ... */
  method: string;
  /** The WHERE of a partial index; the DMMF never has one. */
  predicate: string | null;
}

interface ForeignKeyShape {
  onDelete: string;
  onUpdate: string;
}

/** A database as both sides describe it. Tables map table name → column name → column. */
interface Shape<C> {
  enums: Map<string, string[]>;
  tables: Map<string, Map<string, C>>;
  /** By index name (a primary key's index has the constraint's name). */
  indexes: Map<string, IndexShape>;
  /** By `"table"(columns) → "referenced"(columns)`. */
  foreignKeys: Map<string, ForeignKeyShape>;
}

export async function schemaDrift(schemaPath: string, databaseUrl: string): Promise<string[]> {
  const dmmf = await internals.getDMMF({ datamodel: fs.readFileSync(schemaPath, 'utf8') });
  const expected = expectedShape(dmmf.datamodel);
  const actual = await actualShape(databaseUrl);
  return [...unsupportedFeatures(dmmf.datamodel), ...compareShapes(expected, actual)];
}

// ---------------------------------------------------------------------------
// Names

const POSTGRES_MAX_IDENTIFIER_BYTES = 63;

function tableName(model: Model): string {
  return model.dbName ?? model.name;
}

function columnName(field: Field): string {
  return field.dbName ?? field.name;
}

/** Quotes an identifier the way format_type does (`"NgoStatus"`, but `status`). */
function quoteIdent(name: string): string {
  return /^[a-z_][a-z0-9_]*$/.test(name) ? name : `"${name.replaceAll('"', '""')}"`;
}

function describeColumns(table: string, columns: readonly string[]): string {
  return `${quoteIdent(table)}(${columns.map(quoteIdent).join(', ')})`;
}

function truncateBytes(text: string, maxBytes: number): string {
  let out = text;
  while (Buffer.byteLength(out, 'utf8') > maxBytes) out = out.slice(0, -1);
  return out;
}

/**
 * Prisma's default index and constraint names (psl ConstraintNames):
 * `<table>_pkey`, `<table>_<columns>_key`, `<table>_<columns>_idx`, the part
 * before the suffix cut so that the whole fits PostgreSQL's 63 bytes.
 */
function defaultIndexName(table: string, columns: readonly string[], suffix: '_pkey' | '_key' | '_idx'): string {
  const base = suffix === '_pkey' ? table : [table, ...columns].join('_');
  return truncateBytes(base, POSTGRES_MAX_IDENTIFIER_BYTES - suffix.length) + suffix;
}

// ---------------------------------------------------------------------------
// The expected database, from the DMMF

/** PostgreSQL types of Prisma's scalar types without @db.*, as Prisma Migrate creates them. */
const SCALAR_TYPES: Record<string, string> = {
  String: 'text',
  Boolean: 'boolean',
  Int: 'integer',
  BigInt: 'bigint',
  Float: 'double precision',
  Decimal: 'numeric(65,30)',
  DateTime: 'timestamp(3) without time zone',
  Json: 'jsonb',
  Bytes: 'bytea',
};

const withLength =
  (name: string, fallback = '') =>
  (args: readonly string[]) =>
    args[0] === undefined ? `${name}${fallback}` : `${name}(${args[0]})`;

/** `@db.X(args)` → the type as format_type prints it. */
const NATIVE_TYPES: Record<string, (args: readonly string[]) => string> = {
  Text: () => 'text',
  // CHAR without a length is CHAR(1) in PostgreSQL.
  Char: withLength('character', '(1)'),
  VarChar: withLength('character varying'),
  Bit: withLength('bit', '(1)'),
  VarBit: withLength('bit varying'),
  Uuid: () => 'uuid',
  Xml: () => 'xml',
  Inet: () => 'inet',
  Citext: () => 'citext',
  Boolean: () => 'boolean',
  Integer: () => 'integer',
  SmallInt: () => 'smallint',
  BigInt: () => 'bigint',
  Oid: () => 'oid',
  DoublePrecision: () => 'double precision',
  Real: () => 'real',
  Decimal: ([precision, scale]) => (precision === undefined ? 'numeric' : `numeric(${precision},${scale ?? 0})`),
  Money: () => 'money',
  Date: () => 'date',
  Timestamp: (args) => `${withLength('timestamp')(args)} without time zone`,
  Timestamptz: (args) => `${withLength('timestamp')(args)} with time zone`,
  Time: (args) => `${withLength('time')(args)} without time zone`,
  Timetz: (args) => `${withLength('time')(args)} with time zone`,
  Json: () => 'json',
  JsonB: () => 'jsonb',
  ByteA: () => 'bytea',
};

/** Prisma enum name → the enum's database name and its values' database names (@@map, @map). */
type EnumMappings = Map<string, { dbName: string; values: Map<string, string> }>;

function enumMappings(datamodel: Datamodel): EnumMappings {
  return new Map(
    datamodel.enums.map((e) => [
      e.name,
      {
        dbName: e.dbName ?? e.name,
        values: new Map(e.values.map((value) => [value.name, value.dbName ?? value.name])),
      },
    ]),
  );
}

function expectedType(model: Model, field: Field, enums: EnumMappings): string {
  const base =
    field.kind === 'enum' ? quoteIdent(enums.get(field.type)?.dbName ?? field.type) : scalarType(model, field);
  return field.isList ? `${base}[]` : base;
}

function scalarType(model: Model, field: Field): string {
  const where = `${model.name}.${field.name}`;
  if (field.nativeType) {
    const [name, args] = field.nativeType;
    const render = NATIVE_TYPES[name];
    if (!render)
      throw new Error(`schemaDrift: no PostgreSQL type known for @db.${name} (${where}); add it to NATIVE_TYPES`);
    return render(args);
  }
  const type = SCALAR_TYPES[field.type];
  if (!type)
    throw new Error(`schemaDrift: no PostgreSQL type known for ${field.type} (${where}); add it to SCALAR_TYPES`);
  return type;
}

const NO_DEFAULT: ExpectedDefault = { describe: 'none', matches: (expression) => expression === null };

// Defaults Prisma Client computes itself: the column gets no database default.
const CLIENT_SIDE_FUNCTIONS = new Set(['uuid', 'cuid', 'nanoid', 'ulid']);

function expectedDefault(field: Field, enums: EnumMappings): ExpectedDefault {
  const value = field.default;
  if (value === undefined || field.isUpdatedAt) return NO_DEFAULT;
  if (typeof value === 'string' && field.kind === 'enum') {
    // The DMMF names the enum value as in the schema; the database has its @map.
    return literalDefault(field, enums.get(field.type)?.values.get(value) ?? value);
  }
  if (typeof value !== 'object') return literalDefault(field, value);
  if (!('name' in value)) return anyDefault(`[${value.join(', ')}]`); // a list's default
  const call = `${value.name}(${value.args.map((arg) => JSON.stringify(arg)).join(', ')})`;
  if (CLIENT_SIDE_FUNCTIONS.has(value.name)) return NO_DEFAULT;
  if (value.name === 'now') return { describe: call, matches: (e) => e === 'CURRENT_TIMESTAMP' || e === 'now()' };
  if (value.name === 'autoincrement') return { describe: call, matches: (e) => e?.startsWith('nextval(') ?? false };
  // dbgenerated(...) and anything newer: PostgreSQL rewrites expressions, so only presence is comparable.
  return anyDefault(call);
}

function anyDefault(describe: string): ExpectedDefault {
  return { describe, matches: (expression) => expression !== null };
}

/** A literal default (`'ACTIVE'`, `3`, `false`), compared by value where the type allows. */
function literalDefault(field: Field, value: string | number | boolean): ExpectedDefault {
  const describe = typeof value === 'string' ? `'${value.replaceAll("'", "''")}'` : String(value);
  const numeric = ['Int', 'BigInt', 'Float', 'Decimal'].includes(field.type);
  const textual = field.kind === 'enum' || field.type === 'String' || field.type === 'Boolean' || numeric;
  if (!textual) return anyDefault(describe);
  return {
    describe,
    matches: (expression) => {
      if (expression === null) return false;
      const literal = literalOf(expression);
      return numeric ? Number(literal) === Number(value) : literal === String(value);
    },
  };
}

/** `'x''y'::text` → `x'y`; `'-3'::integer` → `-3`; `1.5` → `1.5`. */
function literalOf(expression: string): string {
  const withoutCasts = expression.replace(/(::[\w" .[\]()]+)+$/, '');
  const quoted = /^'(.*)'$/s.exec(withoutCasts);
  return quoted?.[1] !== undefined ? quoted[1].replaceAll("''", "'") : withoutCasts;
}

function expectedColumns(model: Model, enums: EnumMappings): Map<string, ExpectedColumn> {
  const columns = new Map<string, ExpectedColumn>();
  for (const field of model.fields) {
    if (field.kind === 'object') continue;
    columns.set(columnName(field), {
      type: expectedType(model, field, enums),
      // Prisma Migrate creates scalar list columns nullable even when the field is required.
      notNull: field.isRequired && !field.isList,
      default: expectedDefault(field, enums),
    });
  }
  return columns;
}

function expectedIndex(index: DmmfIndex, model: Model): [string, IndexShape] {
  const table = tableName(model);
  const fieldsByName = new Map(model.fields.map((field) => [field.name, field]));
  const names = index.fields.map((indexField) => {
    const field = fieldsByName.get(indexField.name);
    return field ? columnName(field) : indexField.name;
  });
  const columns = names.map((column, i) => {
    const field = index.fields[i];
    const opclass = field?.operatorClass ? ` ${operatorClassName(field.operatorClass)}` : '';
    return `${column}${opclass}${field?.sortOrder === 'desc' ? ' DESC' : ''}`;
  });
  const kind = index.type === 'id' ? 'primary key' : index.type === 'unique' ? 'unique index' : 'index';
  const suffix = index.type === 'id' ? '_pkey' : index.type === 'unique' ? '_key' : '_idx';
  const name = index.dbName ?? defaultIndexName(table, names, suffix);
  return [name, { table, kind, columns, method: (index.algorithm ?? 'BTree').toLowerCase(), predicate: null }];
}

/**
 * The DMMF gives `ops: raw("gin_trgm_ops")` as written and Prisma's named
 * classes in PascalCase (`JsonbPathOps`); PostgreSQL names both in snake_case.
 */
function operatorClassName(operatorClass: string): string {
  return /^[A-Z]/.test(operatorClass) ? operatorClass.replace(/(?<!^)([A-Z])/g, '_$1').toLowerCase() : operatorClass;
}

/** Prisma's defaults: a required relation restricts deletes, an optional one nulls the reference. */
function expectedForeignKey(
  model: Model,
  field: Field,
  models: Map<string, Model>,
): [string, ForeignKeyShape] | undefined {
  const from = field.relationFromFields ?? [];
  const target = models.get(field.type);
  if (from.length === 0 || !target) return undefined;
  const ownFields = new Map(model.fields.map((f) => [f.name, f]));
  const targetFields = new Map(target.fields.map((f) => [f.name, f]));
  const fromFields = from.map((name) => ownFields.get(name));
  const columns = from.map((name, i) => {
    const f = fromFields[i];
    return f ? columnName(f) : name;
  });
  const refColumns = (field.relationToFields ?? []).map((name) => {
    const f = targetFields.get(name);
    return f ? columnName(f) : name;
  });
  const required = fromFields.every((f) => f?.isRequired === true);
  const key = `${describeColumns(tableName(model), columns)} → ${describeColumns(tableName(target), refColumns)}`;
  return [
    key,
    {
      onDelete: referentialAction(field.relationOnDelete ?? (required ? 'Restrict' : 'SetNull')),
      onUpdate: referentialAction(field.relationOnUpdate ?? 'Cascade'),
    },
  ];
}

/** Prisma's `SetNull` → `SET NULL`, as in the SQL. */
function referentialAction(prismaAction: string): string {
  return prismaAction.replace(/([a-z])([A-Z])/g, '$1 $2').toUpperCase();
}

function expectedShape(datamodel: Datamodel): Shape<ExpectedColumn> {
  const enums = enumMappings(datamodel);
  const models = new Map(datamodel.models.map((model) => [model.name, model]));
  const shape: Shape<ExpectedColumn> = {
    enums: new Map(),
    tables: new Map(),
    indexes: new Map(),
    foreignKeys: new Map(),
  };
  for (const { dbName, values } of enums.values()) shape.enums.set(dbName, [...values.values()]);
  for (const model of datamodel.models) {
    shape.tables.set(tableName(model), expectedColumns(model, enums));
    for (const field of model.fields) {
      const foreignKey = field.kind === 'object' ? expectedForeignKey(model, field, models) : undefined;
      if (foreignKey) shape.foreignKeys.set(...foreignKey);
    }
  }
  for (const index of datamodel.indexes) {
    const model = models.get(index.model);
    if (model && index.type !== 'fulltext') shape.indexes.set(...expectedIndex(index, model));
  }
  return shape;
}

/** Schema features this checker would get wrong, reported instead of ignored. */
function unsupportedFeatures(datamodel: Datamodel): string[] {
  const problems: string[] = [];
  for (const index of datamodel.indexes) {
    if (index.type === 'fulltext')
      problems.push(`model ${index.model}: @@fulltext indexes are not checked (MySQL/MongoDB only)`);
  }
  for (const model of datamodel.models) {
    for (const field of model.fields) {
      if (field.kind === 'unsupported')
        problems.push(`field ${model.name}.${field.name}: Unsupported(...) types are not checked`);
      if (isImplicitManyToMany(field, datamodel)) {
        problems.push(
          `relation ${field.relationName ?? field.name}: implicit many-to-many join tables are not checked`,
        );
      }
    }
  }
  return problems;
}

function isImplicitManyToMany(field: Field, datamodel: Datamodel): boolean {
  if (field.kind !== 'object' || !field.isList) return false;
  const other = datamodel.models.find((model) => model.name === field.type);
  const back = other?.fields.find((f) => f.relationName === field.relationName && f !== field);
  return back?.isList === true && (back.relationFromFields ?? []).length === 0;
}

// ---------------------------------------------------------------------------
// The actual database, from pg_catalog

const TABLES = `
  SELECT c.relname AS table
  FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
  WHERE n.nspname = $1 AND c.relkind IN ('r', 'p') AND c.relname <> '_prisma_migrations'
  ORDER BY c.relname`;

const COLUMNS = `
  SELECT c.relname AS table, a.attname AS column, format_type(a.atttypid, a.atttypmod) AS type,
         a.attnotnull AS not_null,
         CASE WHEN a.attidentity <> '' THEN 'GENERATED AS IDENTITY' ELSE pg_get_expr(d.adbin, d.adrelid) END AS default
  FROM pg_attribute a
  JOIN pg_class c ON c.oid = a.attrelid
  JOIN pg_namespace n ON n.oid = c.relnamespace
  LEFT JOIN pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum
  WHERE n.nspname = $1 AND c.relkind IN ('r', 'p') AND c.relname <> '_prisma_migrations'
    AND a.attnum > 0 AND NOT a.attisdropped
  ORDER BY c.relname, a.attnum`;

const ENUMS = `
  SELECT t.typname AS name, array_agg(e.enumlabel::text ORDER BY e.enumsortorder) AS values
  FROM pg_type t
  JOIN pg_enum e ON e.enumtypid = t.oid
  JOIN pg_namespace n ON n.oid = t.typnamespace
  WHERE n.nspname = $1
  GROUP BY t.typname
  ORDER BY t.typname`;

// Key columns only (not INCLUDE ones), in order; an expression shows as its text,
// a non-default operator class follows its column's name, and a descending
// column (indoption & 1) gets ` DESC` like the expected side.
const INDEXES = `
  SELECT t.relname AS table, i.relname AS name, x.indisprimary AS primary, x.indisunique AS unique,
         am.amname AS method, pg_get_expr(x.indpred, x.indrelid) AS predicate,
         array(
           SELECT coalesce(a.attname::text, pg_get_indexdef(x.indexrelid, k.ord::int, true))
                  || CASE WHEN opc.opcdefault IS NOT FALSE THEN '' ELSE ' ' || opc.opcname END
                  || CASE WHEN (x.indoption[k.ord - 1] & 1) = 1 THEN ' DESC' ELSE '' END
           FROM unnest(x.indkey::int2[]) WITH ORDINALITY AS k(attnum, ord)
           LEFT JOIN pg_attribute a ON a.attrelid = x.indrelid AND a.attnum = k.attnum AND k.attnum > 0
           LEFT JOIN pg_opclass opc ON opc.oid = x.indclass[k.ord - 1]
           WHERE k.ord <= x.indnkeyatts
           ORDER BY k.ord
         ) AS columns
  FROM pg_index x
  JOIN pg_class i ON i.oid = x.indexrelid
  JOIN pg_class t ON t.oid = x.indrelid
  JOIN pg_namespace n ON n.oid = t.relnamespace
  JOIN pg_am am ON am.oid = i.relam
  WHERE n.nspname = $1 AND t.relkind IN ('r', 'p') AND t.relname <> '_prisma_migrations'
  ORDER BY t.relname, i.relname`;

const FOREIGN_KEYS = `
  SELECT t.relname AS table, r.relname AS ref_table, con.confdeltype AS on_delete, con.confupdtype AS on_update,
         array(SELECT a.attname::text FROM unnest(con.conkey) WITH ORDINALITY AS k(attnum, ord)
               JOIN pg_attribute a ON a.attrelid = con.conrelid AND a.attnum = k.attnum ORDER BY k.ord) AS columns,
         array(SELECT a.attname::text FROM unnest(con.confkey) WITH ORDINALITY AS k(attnum, ord)
               JOIN pg_attribute a ON a.attrelid = con.confrelid AND a.attnum = k.attnum ORDER BY k.ord) AS ref_columns
  FROM pg_constraint con
  JOIN pg_class t ON t.oid = con.conrelid
  JOIN pg_namespace n ON n.oid = t.relnamespace
  JOIN pg_class r ON r.oid = con.confrelid
  WHERE con.contype = 'f' AND n.nspname = $1
  ORDER BY t.relname, con.conname`;

/** pg_constraint.confdeltype / confupdtype codes. */
const ACTION_CODES: Record<string, string> = {
  a: 'NO ACTION',
  r: 'RESTRICT',
  c: 'CASCADE',
  n: 'SET NULL',
  d: 'SET DEFAULT',
};

interface ColumnRow {
  table: string;
  column: string;
  type: string;
  not_null: boolean;
  default: string | null;
}

interface IndexRow {
  table: string;
  name: string;
  primary: boolean;
  unique: boolean;
  method: string;
  predicate: string | null;
  columns: string[];
}

interface ForeignKeyRow {
  table: string;
  ref_table: string;
  on_delete: string;
  on_update: string;
  columns: string[];
  ref_columns: string[];
}

/** Prisma's `?schema=` URL parameter, as Prisma reads it; `public` otherwise. */
function schemaOf(databaseUrl: string): string {
  return new URL(databaseUrl).searchParams.get('schema') ?? 'public';
}

async function actualShape(databaseUrl: string): Promise<Shape<ActualColumn>> {
  const schema = schemaOf(databaseUrl);
  const url = new URL(databaseUrl);
  url.searchParams.delete('schema');
  const client = new pg.Client({ connectionString: url.toString() });
  await client.connect();
  try {
    // One client runs one query at a time.
    const tables = await client.query<{ table: string }>(TABLES, [schema]);
    const columns = await client.query<ColumnRow>(COLUMNS, [schema]);
    const enums = await client.query<{ name: string; values: string[] }>(ENUMS, [schema]);
    const indexes = await client.query<IndexRow>(INDEXES, [schema]);
    const foreignKeys = await client.query<ForeignKeyRow>(FOREIGN_KEYS, [schema]);
    const shape: Shape<ActualColumn> = {
      enums: new Map(),
      tables: new Map(),
      indexes: new Map(),
      foreignKeys: new Map(),
    };
    for (const row of tables.rows) shape.tables.set(row.table, new Map());
    for (const row of columns.rows) {
      shape.tables.get(row.table)?.set(row.column, { type: row.type, notNull: row.not_null, default: row.default });
    }
    for (const row of enums.rows) shape.enums.set(row.name, row.values);
    for (const row of indexes.rows) shape.indexes.set(row.name, actualIndex(row));
    for (const row of foreignKeys.rows) {
      const key = `${describeColumns(row.table, row.columns)} → ${describeColumns(row.ref_table, row.ref_columns)}`;
      shape.foreignKeys.set(key, {
        onDelete: ACTION_CODES[row.on_delete] ?? row.on_delete,
        onUpdate: ACTION_CODES[row.on_update] ?? row.on_update,
      });
    }
    return shape;
  } finally {
    await client.end();
  }
}

function actualIndex(row: IndexRow): IndexShape {
  const kind = row.primary ? 'primary key' : row.unique ? 'unique index' : 'index';
  return { table: row.table, kind, columns: row.columns, method: row.method, predicate: row.predicate };
}

// ---------------------------------------------------------------------------
// Comparison

/**
 * Entries only on one side become "missing"/"extra" lines; entries on both
 * sides are handed to `compare` for their own differences.
 */
function compareMaps<E, A>(
  label: (key: string) => string,
  expected: Map<string, E>,
  actual: Map<string, A>,
  compare: (key: string, expected: E, actual: A) => string[],
): string[] {
  const differences: string[] = [];
  for (const [key, e] of expected) {
    const a = actual.get(key);
    if (a === undefined) differences.push(`${label(key)}: in the schema but missing from the database`);
    else differences.push(...compare(key, e, a));
  }
  for (const key of actual.keys()) {
    if (!expected.has(key)) differences.push(`${label(key)}: in the database but not in the schema`);
  }
  return differences;
}

/** One line per attribute that differs: `<what>: <attribute> <x> in the schema, <y> in the database`. */
function differ(what: string, attribute: string, inSchema: string, inDatabase: string): string[] {
  return inSchema === inDatabase
    ? []
    : [`${what}: ${attribute} ${inSchema} in the schema, ${inDatabase} in the database`];
}

function compareColumn(what: string, expected: ExpectedColumn, actual: ActualColumn): string[] {
  const nullability = (notNull: boolean) => (notNull ? 'NOT NULL' : 'nullable');
  return [
    ...differ(what, 'type', expected.type, actual.type),
    ...differ(what, 'is', nullability(expected.notNull), nullability(actual.notNull)),
    ...(expected.default.matches(actual.default)
      ? []
      : [`${what}: default ${expected.default.describe} in the schema, ${actual.default ?? 'none'} in the database`]),
  ];
}

function compareTable(
  table: string,
  expected: Map<string, ExpectedColumn>,
  actual: Map<string, ActualColumn>,
): string[] {
  const label = (column: string) => `column ${quoteIdent(table)}.${quoteIdent(column)}`;
  return compareMaps(label, expected, actual, (column, e, a) => compareColumn(label(column), e, a));
}

function compareIndex(what: string, expected: IndexShape, actual: IndexShape): string[] {
  return [
    ...differ(what, 'table', expected.table, actual.table),
    ...differ(what, 'kind', expected.kind, actual.kind),
    ...differ(what, 'columns', `(${expected.columns.join(', ')})`, `(${actual.columns.join(', ')})`),
    ...differ(what, 'method', expected.method, actual.method),
    ...differ(what, 'predicate', expected.predicate ?? 'none', actual.predicate ?? 'none'),
  ];
}

function compareShapes(expected: Shape<ExpectedColumn>, actual: Shape<ActualColumn>): string[] {
  const enumLabel = (name: string) => `enum ${quoteIdent(name)}`;
  const tableLabel = (name: string) => `table ${quoteIdent(name)}`;
  const indexLabel = (name: string) => {
    const index = expected.indexes.get(name) ?? actual.indexes.get(name);
    return `${index?.kind ?? 'index'} ${quoteIdent(name)} on ${quoteIdent(index?.table ?? '?')}`;
  };
  const foreignKeyLabel = (key: string) => `foreign key ${key}`;
  return [
    ...compareMaps(enumLabel, expected.enums, actual.enums, (name, e, a) =>
      differ(enumLabel(name), 'values', `(${e.join(', ')})`, `(${a.join(', ')})`),
    ),
    ...compareMaps(tableLabel, expected.tables, actual.tables, compareTable),
    ...compareMaps(indexLabel, expected.indexes, actual.indexes, (name, e, a) => compareIndex(indexLabel(name), e, a)),
    ...compareMaps(foreignKeyLabel, expected.foreignKeys, actual.foreignKeys, (key, e, a) => [
      ...differ(foreignKeyLabel(key), 'ON DELETE', e.onDelete, a.onDelete),
      ...differ(foreignKeyLabel(key), 'ON UPDATE', e.onUpdate, a.onUpdate),
    ]),
  ];
}
