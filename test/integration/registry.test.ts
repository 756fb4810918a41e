/**
 * Registry changes in-process against the ngos subgraph (its schema, its
 * context built with an explicit viewer) on a copy of the demo data: what a
 * registrar may do, what is refused as data, what only analysts read, and
 * that a refused change stores nothing (every table's rows and checksum
 * compared before and after). Each test gets its own copy of the demo data
 * and sets up the registrations it needs, so any test runs alone or in any
 * order.
 */
import { afterEach, beforeEach, describe, expect, test } from '@jest/globals';
import { ApolloServer } from '@apollo/server';
import pg from 'pg';
import { subgraphSecurity } from '../../lib/auth/subgraph-auth.js';
import { PUBLIC_VIEWER, type Viewer } from '../../lib/auth/viewer.js';
import { binCheckDigit } from '../../lib/domain/bin.js';
import { createLogger } from '../../lib/logger.js';
import { createContext, type Context } from '../../subgraphs/ngos/src/context.js';
import { createDb, type Db } from '../../subgraphs/ngos/src/db.js';
import type { RegisterNgoInput } from '../../subgraphs/ngos/src/generated/graphql.js';
import { ngosService } from '../../subgraphs/ngos/src/server.js';
import { graphql } from '../generated/index.js';
import type { ChangeResultFragment as ChangeResult } from '../generated/graphql.js';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { registerNgo } from '../../subgraphs/ngos/src/services/registry.js';
import { demoDatabase, dropDatabase } from '../support/databases.js';
import { testEnv } from '../support/federation.js';
import { fingerprint } from '../support/fingerprint.js';

const REGISTRAR: Viewer = { role: 'registrar', subject: 'registrar-7', organization: null };
const ADMIN: Viewer = { role: 'admin', subject: 'admin-1', organization: null };
const ANALYST: Viewer = { role: 'analyst', subject: 'analyst-3', organization: null };

let url: string;
let db: Db;
let server: ApolloServer<Context>;
const logger = createLogger('test', 'silent');

beforeEach(async () => {
  url = await demoDatabase('ngos');
  db = createDb(url);
  // The subgraph's own schema, @access checks included; the context is built per request with an explicit viewer.
  const { schema } = ngosService(db, logger, subgraphSecurity(testEnv())).apollo;
  if (!schema) throw new Error('the ngos subgraph builds a schema');
  server = new ApolloServer<Context>({ schema });
  await server.start();
});

afterEach(async () => {
  await server?.stop();
  await db?.$disconnect();
  if (url) await dropDatabase(url);
});

interface Result<T> {
  data?: T | null;
  errors?: readonly { message: string; extensions?: Record<string, unknown> }[];
}

let requests = 0;

/**
 * Runs a document typed by codegen (client preset): the result has the
 * operation's generated type. Variables stay loosely typed on purpose: the
 * refusal cases send inputs the schema's types would not allow.
 */
async function run<T, V>(
  viewer: Viewer,
  query: TypedDocumentNode<T, V>,
  variables?: Record<string, unknown>,
): Promise<Result<T>> {
  requests += 1;
  const response = await server.executeOperation<T>(
    { query, variables },
    { contextValue: createContext(db, logger, `test-request-${requests}`, viewer) },
  );
  if (response.body.kind !== 'single') throw new Error('expected a single result');
  return response.body.singleResult;
}

/** A valid NGO BIN for a registration month: YYMM, 4 (resident legal entity), 0 (head office), a serial, the check digit. */
function binFor(registeredOn: string, serial: number, kind = '4'): string {
  for (let s = serial; ; s++) {
    const first11 = `${registeredOn.slice(2, 4)}${registeredOn.slice(5, 7)}${kind}0${String(s).padStart(5, '0')}`;
    const check = binCheckDigit(first11);
    if (check !== null) return `${first11}${check}`;
  }
}

/** The data of a result; a test that gets none fails here, naming the errors. */
function dataOf<T>(result: Result<T>): T {
  if (!result.data) throw new Error(`no data: ${JSON.stringify(result.errors)}`);
  return result.data;
}

/** The one change a mutation made (its only root field). */
function changeOf(result: Result<Record<string, ChangeResult>>): ChangeResult {
  const [change] = Object.values(dataOf(result));
  if (!change) throw new Error('the mutation returned no field');
  return change;
}

graphql(`
  fragment ChangeResult on NgoChangeResult {
    ok
    ngo {
      id
      bin
      status
      region {
        code
      }
      sectors
      names {
        ru
        kk
      }
    }
    error {
      code
      message
      field
      existingNgoId
    }
  }
`);
const REGISTER = graphql(`
  mutation Register($input: RegisterNgoInput!) {
    registerNgo(input: $input) {
      ...ChangeResult
    }
  }
`);
const UPDATE = graphql(`
  mutation Update($id: ID!, $input: UpdateNgoInput!) {
    updateNgo(id: $id, input: $input) {
      ...ChangeResult
    }
  }
`);
const CHANGE_STATUS = graphql(`
  mutation ChangeStatus($id: ID!, $status: NgoStatus!, $reason: String!) {
    changeNgoStatus(id: $id, status: $status, reason: $reason) {
      ...ChangeResult
    }
  }
`);
const AUDIT = graphql(`
  query Audit($filter: NgoAuditFilter, $first: Int, $after: String) {
    auditLog(filter: $filter, first: $first, after: $after) {
      totalCount
      nodes {
        action
        actor {
          subject
          role
        }
        at
        reason
        changedFields
        before
        after
        requestId
        ngo {
          id
          bin
        }
      }
      pageInfo {
        endCursor
        hasNextPage
      }
    }
  }
`);
const REGION_TOTAL = graphql(`
  query RegionTotal($code: ID!) {
    region(code: $code) {
      ngoStatistics {
        total
      }
    }
  }
`);
const NGO_BY_ID = graphql(`
  query NgoById($id: ID!) {
    ngo(id: $id) {
      status
      bin
    }
  }
`);
const NGO_BY_BIN = graphql(`
  query NgoByBin($bin: String!) {
    ngo(bin: $bin) {
      id
    }
  }
`);

const NEW_NGO = {
  bin: binFor('2024-03-15', 77_001),
  names: { ru: 'Общественный фонд «Тестовая инициатива»', kk: '«Тестілік бастама» қоғамдық қоры', en: null },
  legalForm: 'PUBLIC_FOUNDATION',
  registeredOn: '2024-03-15',
  regionCode: 'KZ-43',
  sectors: ['EDUCATION', 'YOUTH', 'EDUCATION'],
  contacts: { email: 'info@test-initiative.kz', phone: '+7 701 555 12 34', website: 'https://test-initiative.kz' },
};

/** The count tables the database keeps, compared with counts of the rows themselves. */
async function countTablesAgreeWithRows(): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const differences = await client.query(`
      WITH truth AS (SELECT region_code, status, legal_form, extract(year FROM registered_on)::smallint AS y, count(*)::int AS n FROM ngos GROUP BY 1, 2, 3, 4),
           kept AS (SELECT region_code, status, legal_form, registered_year AS y, ngos AS n FROM ngo_counts WHERE ngos <> 0),
           sector_truth AS (SELECT s, region_code, status, legal_form, count(*)::int AS n FROM ngos, LATERAL (SELECT DISTINCT unnest(sectors)) u(s) GROUP BY 1, 2, 3, 4),
           sector_kept AS (SELECT sector, region_code, status, legal_form, ngos AS n FROM ngo_sector_counts WHERE ngos <> 0)
      (SELECT * FROM truth EXCEPT SELECT * FROM kept) UNION ALL (SELECT * FROM kept EXCEPT SELECT * FROM truth)
      UNION ALL SELECT NULL, NULL, NULL, NULL, count(*)::int FROM (
        (SELECT * FROM sector_truth EXCEPT SELECT * FROM sector_kept) UNION ALL (SELECT * FROM sector_kept EXCEPT SELECT * FROM sector_truth)) d
      HAVING count(*) > 0`);
    expect(differences.rows).toEqual([]);
  } finally {
    await client.end();
  }
}

async function regionTotal(code: string): Promise<number> {
  const result = await run(PUBLIC_VIEWER, REGION_TOTAL, { code });
  const region = dataOf(result).region;
  if (!region) throw new Error(`no region ${code}`);
  return region.ngoStatistics.total;
}

/** Setup: registers NEW_NGO (or another input) as the registrar; fails the test if that is refused. */
async function registerNew(input: Record<string, unknown> = NEW_NGO): Promise<string> {
  const result = await run(REGISTRAR, REGISTER, { input });
  const id = result.data?.registerNgo.ngo?.id;
  if (!result.data?.registerNgo.ok || !id) throw new Error(`setup: registration refused: ${JSON.stringify(result)}`);
  return id;
}

const CORRECTION = { regionCode: 'KZ-75', sectors: ['HEALTH'], contacts: { phone: null } };

/** A registry mutation: one root field with a ChangeResult (variables vary, so `never` accepts them all). */
type ChangeMutation = TypedDocumentNode<Record<string, ChangeResult>, never>;

/** Setup: a change that must succeed. */
async function changed(viewer: Viewer, mutation: ChangeMutation, variables: Record<string, unknown>): Promise<void> {
  const result = await run(viewer, mutation, variables);
  const outcome = result.data ? Object.values(result.data)[0] : undefined;
  if (!outcome?.ok) throw new Error(`setup: change refused: ${JSON.stringify(result)}`);
}

/** Setup: an NGO registered, corrected, suspended and liquidated, as the first describe block does it. */
async function lifecycle(): Promise<string> {
  const id = await registerNew();
  await changed(REGISTRAR, UPDATE, { id, input: CORRECTION });
  await changed(REGISTRAR, CHANGE_STATUS, { id, status: 'SUSPENDED', reason: 'Court order 12/2025' });
  await changed(ADMIN, CHANGE_STATUS, { id, status: 'LIQUIDATED', reason: 'Founders’ decision' });
  // Refused: a liquidated record is closed.
  await run(REGISTRAR, CHANGE_STATUS, { id, status: 'ACTIVE', reason: 'A mistake' });
  await run(REGISTRAR, UPDATE, { id, input: { legalForm: 'PUBLIC_ASSOCIATION' } });
  return id;
}

/** The concurrent registration of one BIN three times; one is made. */
const CONCURRENT_INPUT = { ...NEW_NGO, bin: binFor('2024-03-15', 66_001) };
const registerConcurrently = () =>
  Promise.all([1, 2, 3].map(() => run(REGISTRAR, REGISTER, { input: CONCURRENT_INPUT })));

describe('registering, correcting and changing the status of an NGO', () => {
  test('a registrar registers an NGO; the audit log and the statistics have it at once', async () => {
    const before = await regionTotal('KZ-43');
    const result = await run(REGISTRAR, REGISTER, { input: NEW_NGO });
    expect(result.errors).toBeUndefined();
    const change = dataOf(result).registerNgo;
    expect(change.error).toBeNull();
    expect(change.ok).toBe(true);
    expect(change.ngo).toMatchObject({
      bin: NEW_NGO.bin,
      status: 'ACTIVE',
      region: { code: 'KZ-43' },
      sectors: ['EDUCATION', 'YOUTH'],
    });
    const registered = change.ngo!.id;
    expect(await regionTotal('KZ-43')).toBe(before + 1);

    const audit = await run(ANALYST, AUDIT, { filter: { ngoIds: [registered] } });
    expect(audit.errors).toBeUndefined();
    expect(dataOf(audit).auditLog.totalCount).toBe(1);
    const entry = dataOf(audit).auditLog.nodes[0]!;
    expect(entry).toMatchObject({
      action: 'REGISTERED',
      actor: { subject: 'registrar-7', role: 'registrar' },
      before: null,
    });
    expect(entry.after.bin).toBe(NEW_NGO.bin);
    expect(entry.changedFields).toEqual(expect.arrayContaining(['bin', 'nameRu', 'regionCode', 'sectors']));
    expect(entry.requestId).toMatch(/^test-request-\d+$/);
  });

  test('a correction changes only the fields given and records them before and after', async () => {
    const registered = await registerNew();
    const result = await run(REGISTRAR, UPDATE, {
      id: registered,
      input: CORRECTION,
    });
    expect(dataOf(result).updateNgo).toMatchObject({
      ok: true,
      error: null,
      ngo: { region: { code: 'KZ-75' }, sectors: ['HEALTH'], names: { kk: NEW_NGO.names.kk } },
    });
    const audit = await run(ADMIN, AUDIT, { filter: { ngoIds: [registered], actions: ['UPDATED'] } });
    const entry = dataOf(audit).auditLog.nodes[0]!;
    expect(entry.changedFields.sort()).toEqual(['phone', 'regionCode', 'sectors']);
    expect(entry.before).toMatchObject({
      regionCode: 'KZ-43',
      sectors: ['EDUCATION', 'YOUTH'],
      phone: '+7 701 555 12 34',
    });
    expect(entry.after).toMatchObject({ regionCode: 'KZ-75', sectors: ['HEALTH'], phone: null });
  });

  test('liquidation keeps the record and its history; a liquidated record is closed', async () => {
    const registered = await registerNew();
    await changed(REGISTRAR, UPDATE, { id: registered, input: CORRECTION });
    const suspend = await run(REGISTRAR, CHANGE_STATUS, {
      id: registered,
      status: 'SUSPENDED',
      reason: 'Court order 12/2025',
    });
    expect(dataOf(suspend).changeNgoStatus).toMatchObject({ ok: true, ngo: { status: 'SUSPENDED' } });
    const liquidate = await run(ADMIN, CHANGE_STATUS, {
      id: registered,
      status: 'LIQUIDATED',
      reason: 'Founders’ decision',
    });
    expect(dataOf(liquidate).changeNgoStatus).toMatchObject({ ok: true, ngo: { status: 'LIQUIDATED' } });

    const reopen = await run(REGISTRAR, CHANGE_STATUS, {
      id: registered,
      status: 'ACTIVE',
      reason: 'A mistake',
    });
    expect(dataOf(reopen).changeNgoStatus).toMatchObject({
      ok: false,
      ngo: { status: 'LIQUIDATED' },
      error: { code: 'INVALID_STATUS_CHANGE', field: 'status' },
    });
    const correct = await run(REGISTRAR, UPDATE, {
      id: registered,
      input: { legalForm: 'PUBLIC_ASSOCIATION' },
    });
    expect(dataOf(correct).updateNgo).toMatchObject({ ok: false, error: { code: 'INVALID_STATUS_CHANGE' } });

    const record = await run(PUBLIC_VIEWER, NGO_BY_ID, { id: registered });
    expect(dataOf(record).ngo).toEqual({ status: 'LIQUIDATED', bin: NEW_NGO.bin });
    const history = await run(ANALYST, AUDIT, {
      filter: { ngoIds: [registered] },
    });
    expect(dataOf(history).auditLog.nodes.map((e) => [e.action, e.reason, e.actor.role])).toEqual([
      ['STATUS_CHANGED', 'Founders’ decision', 'admin'],
      ['STATUS_CHANGED', 'Court order 12/2025', 'registrar'],
      ['UPDATED', null, 'registrar'],
      ['REGISTERED', null, 'registrar'],
    ]);
  });

  test('the count tables still agree with the rows after every change', async () => {
    await lifecycle();
    await registerConcurrently();
    await countTablesAgreeWithRows();
  });
});

describe('two registrations of one BIN at the same moment', () => {
  test('one is made, the other refused as a duplicate naming it', async () => {
    const results = await registerConcurrently();
    const changes = results.map((r) => dataOf(r).registerNgo);
    const made = changes.filter((c) => c.ok);
    expect(made).toHaveLength(1);
    for (const refused of changes.filter((c) => !c.ok)) {
      expect(refused.error).toMatchObject({
        code: 'DUPLICATE_BIN',
        field: 'input.bin',
        existingNgoId: made[0]!.ngo!.id,
      });
    }
  });
});

describe('refused changes come back as data and store nothing', () => {
  const existing = { bin: '950440001673' };
  const cases: [string, ChangeMutation, Record<string, unknown>, string, string | null, RegExp][] = [
    [
      'a BIN with a wrong check digit',
      REGISTER,
      { input: { ...NEW_NGO, bin: '950440001674' } },
      'INVALID_INPUT',
      'input.bin',
      /check digit/,
    ],
    [
      'a BIN of 11 digits',
      REGISTER,
      { input: { ...NEW_NGO, bin: '95044000167' } },
      'INVALID_INPUT',
      'input.bin',
      /12 digits/,
    ],
    [
      'an individual entrepreneur’s BIN',
      REGISTER,
      { input: { ...NEW_NGO, bin: binFor('2024-03-15', 1, '6') } },
      'INVALID_INPUT',
      'input.bin',
      /fifth digit/,
    ],
    [
      'a BIN of another month',
      REGISTER,
      { input: { ...NEW_NGO, registeredOn: '2024-05-02' } },
      'INVALID_INPUT',
      'input.registeredOn',
      /year and month/,
    ],
    [
      'a registration in the future',
      REGISTER,
      { input: { ...NEW_NGO, bin: binFor('2099-03-01', 1), registeredOn: '2099-03-01' } },
      'INVALID_INPUT',
      'input.registeredOn',
      /future/,
    ],
    [
      'an unknown region',
      REGISTER,
      { input: { ...NEW_NGO, bin: binFor('2024-03-15', 88_001), regionCode: 'KZ-99' } },
      'INVALID_INPUT',
      'input.regionCode',
      /not a region code/,
    ],
    [
      'no sector',
      REGISTER,
      { input: { ...NEW_NGO, bin: binFor('2024-03-15', 88_001), sectors: [] } },
      'INVALID_INPUT',
      'input.sectors',
      /1 to 5/,
    ],
    [
      'a blank Russian name',
      REGISTER,
      { input: { ...NEW_NGO, bin: binFor('2024-03-15', 88_001), names: { ru: '   ' } } },
      'INVALID_INPUT',
      'input.names.ru',
      /required/,
    ],
    [
      'a bad e-mail',
      REGISTER,
      { input: { ...NEW_NGO, bin: binFor('2024-03-15', 88_001), contacts: { email: 'info-at-example' } } },
      'INVALID_INPUT',
      'input.contacts.email',
      /e-mail/,
    ],
    [
      'a duplicate BIN',
      REGISTER,
      { input: { ...NEW_NGO, bin: existing.bin, registeredOn: '1995-04-14' } },
      'DUPLICATE_BIN',
      'input.bin',
      /registered already/,
    ],
    [
      'an unknown NGO',
      UPDATE,
      { id: '00000000-0000-4000-8000-000000000000', input: { legalForm: 'PUBLIC_ASSOCIATION' } },
      'NOT_FOUND',
      'id',
      /no NGO/,
    ],
    [
      'an id that is not one',
      UPDATE,
      { id: 'ngo-1', input: { legalForm: 'PUBLIC_ASSOCIATION' } },
      'INVALID_INPUT',
      'id',
      /UUID/,
    ],
    [
      'a website without a scheme',
      UPDATE,
      { id: 'PLACEHOLDER', input: { contacts: { website: 'example.kz' } } },
      'INVALID_INPUT',
      'input.contacts.website',
      /http/,
    ],
    [
      'a status to itself',
      CHANGE_STATUS,
      { id: 'PLACEHOLDER', status: 'ACTIVE', reason: 'Nothing' },
      'INVALID_STATUS_CHANGE',
      'status',
      /can become/,
    ],
    [
      'a missing reason',
      CHANGE_STATUS,
      { id: 'PLACEHOLDER', status: 'SUSPENDED', reason: ' ' },
      'INVALID_INPUT',
      'reason',
      /3 to 500/,
    ],
  ];

  test('each with its code, the field at fault and a message; and every table is as it was', async () => {
    const someNgo = await run(PUBLIC_VIEWER, NGO_BY_BIN, { bin: '990940003030' });
    const active = dataOf(someNgo).ngo?.id;
    const existingId = dataOf(await run(PUBLIC_VIEWER, NGO_BY_BIN, { bin: existing.bin })).ngo?.id;
    if (!active || !existingId) throw new Error('the demo data has both NGOs');
    const before = await fingerprint(url);
    for (const [name, mutation, variables, code, field, message] of cases) {
      const filled = variables.id === 'PLACEHOLDER' ? { ...variables, id: active } : variables;
      const result = await run(REGISTRAR, mutation, filled);
      expect({ name, errors: result.errors }).toEqual({ name, errors: undefined });
      const change = changeOf(result);
      expect({ name, ok: change.ok, code: change.error?.code, field: change.error?.field }).toEqual({
        name,
        ok: false,
        code,
        field,
      });
      expect(change.error!.message).toMatch(message);
      if (code === 'DUPLICATE_BIN') expect(change.error!.existingNgoId).toBe(existingId);
    }
    expect(await fingerprint(url)).toEqual(before);
  });
});

describe('who may do what', () => {
  test('only registrars and admins change the registry; anonymous callers and analysts are refused and nothing is stored', async () => {
    const before = await fingerprint(url);
    const input = { ...NEW_NGO, bin: binFor('2024-03-15', 99_001) };
    for (const viewer of [
      PUBLIC_VIEWER,
      ANALYST,
      { role: 'donor', subject: 'eu', organization: 'XI-IATI-EC_INTPA' } as Viewer,
    ]) {
      const result = await run(viewer, REGISTER, { input });
      expect(result.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
      expect(result.data?.registerNgo ?? null).toBeNull();
    }
    // The services check too, whoever calls them.
    const parsed: RegisterNgoInput = {
      ...input,
      legalForm: 'PUBLIC_FOUNDATION',
      sectors: ['EDUCATION'],
      registeredOn: new Date('2024-03-15T00:00:00Z'),
    };
    await expect(registerNgo(db, PUBLIC_VIEWER, 'direct', parsed)).rejects.toMatchObject({
      extensions: { code: 'UNAUTHENTICATED' },
    });
    await expect(registerNgo(db, ANALYST, 'direct', parsed)).rejects.toMatchObject({
      extensions: { code: 'FORBIDDEN' },
    });
    expect(await fingerprint(url)).toEqual(before);
  });

  test('analysts and admins read the audit log; registrars and anonymous callers do not', async () => {
    expect((await run(ANALYST, AUDIT)).errors).toBeUndefined();
    expect((await run(ADMIN, AUDIT)).errors).toBeUndefined();
    for (const viewer of [REGISTRAR, PUBLIC_VIEWER]) {
      expect((await run(viewer, AUDIT)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    }
  });
});

describe('the audit log', () => {
  test('filters by action, author and day, and pages newest first', async () => {
    await lifecycle();
    await registerConcurrently();
    const today = new Date().toISOString().slice(0, 10);
    const all = await run(ANALYST, AUDIT, {
      first: 100,
    });
    // Four changes to the registered NGO and one registration of the concurrent pair.
    expect(dataOf(all).auditLog.totalCount).toBe(5);
    // In process the DateTime is still a Date; through HTTP it would be its ISO string.
    const times = dataOf(all).auditLog.nodes.map((n) => new Date(n.at).toISOString());
    expect(times).toEqual([...times].sort().reverse());
    const byAdmin = await run(ANALYST, AUDIT, {
      filter: { actorSubjects: ['admin-1'] },
    });
    expect(dataOf(byAdmin).auditLog.totalCount).toBe(1);
    const todays = await run(ANALYST, AUDIT, {
      filter: { from: today, to: today, actions: ['STATUS_CHANGED'] },
    });
    expect(dataOf(todays).auditLog.totalCount).toBe(2);
    const first = await run(ANALYST, AUDIT, { first: 3 });
    const rest = await run(ANALYST, AUDIT, {
      first: 3,
      after: dataOf(first).auditLog.pageInfo.endCursor,
    });
    expect(dataOf(rest).auditLog.nodes).toHaveLength(2);
    expect(dataOf(rest).auditLog.pageInfo.hasNextPage).toBe(false);
    const bad = await run(ANALYST, AUDIT, { filter: { ngoIds: ['x'] } });
    expect(bad.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argumentName: 'filter.ngoIds' });
  });
});
