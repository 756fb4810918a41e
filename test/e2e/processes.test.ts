/**
 * End to end with real processes: the three subgraphs and the gateway started
 * as separate Node processes on free ports, exactly as `npm start` starts
 * them, each waited for by its health check, then queried through the gateway.
 */
import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import pg from 'pg';
import { PROJECT_ROOT } from '../../lib/config.js';
import { spawnService, type ServiceProcess } from '../../lib/processes.js';
import { graphql } from '../generated/index.js';
import { dataOf, present } from '../support/data-of.js';
import { postGraphQL } from '../support/federation.js';
import { expectEvery } from '../support/expect-every.js';
import { startProcessFederation, type ProcessFederation } from '../support/process-federation.js';

const execFileAsync = promisify(execFile);
let federation: ProcessFederation;

async function rowsOf<T extends pg.QueryResultRow>(databaseUrl: string, sql: string, params: unknown[] = []) {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    return (await client.query<T>(sql, params)).rows;
  } finally {
    await client.end();
  }
}

const count = async (databaseUrl: string, sql: string, params: unknown[]): Promise<number> =>
  (await rowsOf<{ n: number }>(databaseUrl, sql, params))[0]!.n;

const healthUrl = (service: ServiceProcess): string => federation.address(service.name).healthUrl;

beforeAll(async () => {
  // NODE_ENV=test: subgraphs demand the gateway's token, as in production.
  federation = await startProcessFederation({ ...process.env, LOG_LEVEL: 'warn', DEMO_DATA: 'off', NODE_ENV: 'test' });
}, 180_000);

afterAll(async () => {
  await federation?.stop();
});

const SPANNING = graphql(`
  query ProcessesSpanning {
    ngos(first: 50, filter: { statuses: [ACTIVE] }) {
      nodes {
        id
        bin
        region {
          name(language: KK)
        }
        councilSeats {
          council {
            level
          }
        }
        funding {
          received {
            amount
            currency
          }
        }
      }
    }
    partner(orgRef: "XI-IATI-EC_INTPA") {
      funding(scope: KAZAKH_ORGANIZATIONS) {
        recipientCount
      }
    }
  }
`);
const NGO_SEATS_FUNDING = graphql(`
  query ProcessesNgo($bin: String!) {
    ngo(bin: $bin) {
      councilSeats {
        council {
          level
        }
      }
      funding {
        received {
          amount
          currency
        }
      }
    }
  }
`);
const TWO_MEMBERS = graphql(`
  query ProcessesTwoMembers {
    councilMembers(first: 2) {
      nodes {
        fullName
        contact {
          email
        }
      }
    }
  }
`);

describe('the federation as separate processes', () => {
  test('every service answers its health check', async () => {
    for (const service of federation.services) {
      const response = await fetch(healthUrl(service));
      expect(response.status).toBe(200);
      expect(await response.json()).toMatchObject({ status: 'ok', service: service.name });
    }
  });

  test('one gateway query spans all three subgraphs', async () => {
    const result = await postGraphQL(federation.gatewayUrl, SPANNING);
    expect(result.errors).toBeUndefined();
    expect(dataOf(result).ngos.nodes).toHaveLength(50);
    const nodes = dataOf(result).ngos.nodes;
    expectEvery(nodes, (n) => n.region.name.length > 0);
    expect(dataOf(result).partner?.funding.recipientCount).toBe(13);
    // The page's seats and funding, counted straight in the councils and partners databases.
    const [seats, funded] = await Promise.all([
      count(
        federation.databases.councils,
        `SELECT count(*)::int AS n FROM council_members WHERE ngo_id = ANY($1::uuid[])`,
        [nodes.map((n) => n.id)],
      ),
      count(
        federation.databases.partners,
        `SELECT count(DISTINCT receiver_bin)::int AS n FROM transactions WHERE type = 3 AND receiver_bin = ANY($1::text[])`,
        [nodes.map((n) => n.bin)],
      ),
    ]);
    expect(nodes.flatMap((n) => n.councilSeats)).toHaveLength(seats);
    expect(nodes.filter((n) => present(n.funding, 'funding').received.length > 0)).toHaveLength(funded);
  });

  test('one NGO with council seats and funding gets both, from the other two subgraphs', async () => {
    // An NGO that both sits on a council and received funding (EU grantees do), found in the databases.
    const funded = await rowsOf<{ bin: string; n: number }>(
      federation.databases.partners,
      `SELECT receiver_bin AS bin, count(DISTINCT currency)::int AS n FROM transactions
       WHERE type = 3 AND receiver_bin IS NOT NULL GROUP BY 1`,
    );
    const ngos = await rowsOf<{ id: string; bin: string }>(
      federation.databases.ngos,
      `SELECT id::text, bin FROM ngos WHERE bin = ANY($1::text[]) ORDER BY bin`,
      [funded.map((f) => f.bin)],
    );
    const seats = await rowsOf<{ id: string; n: number }>(
      federation.databases.councils,
      `SELECT ngo_id::text AS id, count(*)::int AS n FROM council_members WHERE ngo_id = ANY($1::uuid[]) GROUP BY 1`,
      [ngos.map((n) => n.id)],
    );
    expect(seats.length).toBeGreaterThan(0);
    const chosen = ngos.find((n) => n.id === seats[0]!.id)!;
    const result = await postGraphQL(federation.gatewayUrl, NGO_SEATS_FUNDING, { bin: chosen.bin });
    expect(result.errors).toBeUndefined();
    const ngo = present(dataOf(result).ngo, `the NGO with BIN ${chosen.bin}`);
    expect(ngo.councilSeats).toHaveLength(seats[0]!.n);
    expect(ngo.funding?.received).toHaveLength(funded.find((f) => f.bin === chosen.bin)!.n);
  });

  test('the gateway carries a request id through and returns it', async () => {
    const response = await fetch(federation.gatewayUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-request-id': 'e2e-trace-1' },
      body: JSON.stringify({ query: '{ regions { code } }' }),
    });
    expect(response.headers.get('x-request-id')).toBe('e2e-trace-1');
  });

  test('a token from `npm run token` gets an analyst the contact details a public caller does not see', async () => {
    // Asynchronously: a synchronous spawn blocks this process for seconds, during which the gateway closes
    // the idle keep-alive socket unseen, and the next fetch reuses it and fails ("other side closed").
    const made = await execFileAsync(
      process.execPath,
      ['--import', 'tsx', path.join(PROJECT_ROOT, 'scripts', 'token.ts'), '--role', 'analyst'],
      { cwd: PROJECT_ROOT, env: federation.env, encoding: 'utf8' },
    );
    const token = made.stdout.trim();
    expect(token).toMatch(/^eyJ[\w-]+\.eyJ[\w-]+\.[\w-]+$/);
    const query = TWO_MEMBERS;
    const analyst = await postGraphQL(federation.gatewayUrl, query, undefined, { authorization: `Bearer ${token}` });
    expect(analyst.errors).toBeUndefined();
    expectEvery(dataOf(analyst).councilMembers.nodes, (m) => m.contact?.email?.includes('@'), { length: 2 });
    const anonymous = await postGraphQL(federation.gatewayUrl, query);
    expectEvery(dataOf(anonymous).councilMembers.nodes, (m) => m.contact === null, { length: 2 });
    expect(anonymous.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  test('a subgraph called directly, without the gateway, answers 401', async () => {
    const response = await fetch(federation.address('ngos').url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-user-role': 'admin' },
      body: JSON.stringify({ query: '{ ngos { totalCount } }' }),
    });
    expect(response.status).toBe(401);
  });

  test('SIGTERM stops a service cleanly', async () => {
    const partners = federation.service('partners');
    const exit = new Promise<number | null>((resolve) => partners.child.once('exit', (code) => resolve(code)));
    partners.child.kill('SIGTERM');
    expect(await exit).toBe(0);
    // The gateway stays up and reports the missing subgraph as an error, not a crash.
    const result = await postGraphQL(federation.gatewayUrl, `{ partner(orgRef: "XM-DAC-41114") { name } }`);
    expect(result.errors?.length).toBeGreaterThan(0);
    const health = await fetch(federation.address('gateway').healthUrl);
    expect(health.status).toBe(200);
  });
});

describe('configuration errors stop a process with a message naming the variable', () => {
  test('a bad port', async () => {
    const service = spawnService('ngos', {
      env: { ...process.env, NGOS_PORT: 'eighty', NGOS_DATABASE_URL: federation.databases.ngos },
    });
    const code = await new Promise<number | null>((resolve) => service.child.once('exit', resolve));
    expect(code).toBe(2);
    expect(service.output()).toMatch(/NGOS_PORT="eighty": must be a port number/);
  });

  test('a missing database URL', async () => {
    const env = { ...process.env };
    delete env.COUNCILS_DATABASE_URL;
    delete env.DATABASE_URL;
    const service = spawnService('councils', { env });
    const code = await new Promise<number | null>((resolve) => service.child.once('exit', resolve));
    expect(code).toBe(2);
    expect(service.output()).toMatch(/COUNCILS_DATABASE_URL \(or DATABASE_URL\) is not set/);
  });

  test('a supergraph path that does not exist', async () => {
    const service = spawnService('gateway', {
      env: { ...process.env, SUPERGRAPH_PATH: '/nonexistent/supergraph.graphql' },
    });
    const code = await new Promise<number | null>((resolve) => service.child.once('exit', resolve));
    expect(code).toBe(2);
    expect(service.output()).toMatch(/SUPERGRAPH_PATH=.*npm run compose/);
  });
});
