/**
 * The federation in-process on the demo data: cross-subgraph queries through
 * the gateway, `_entities` on each subgraph, and the cost of a page in SQL
 * statements and subgraph fetches.
 */
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import pg from 'pg';
import type { SubgraphName } from '../../lib/config.js';
import { graphql } from '../generated/index.js';
import { dataOf, present } from '../support/data-of.js';
import { startFederation, type Federation } from '../support/federation.js';

let federation: Federation;

beforeAll(async () => {
  federation = await startFederation();
});

afterAll(async () => {
  await federation?.stop();
});

/** Rows of a query on a subgraph's own database: what the gateway's answer is checked against. */
async function rows<T extends pg.QueryResultRow>(
  name: SubgraphName,
  sql: string,
  params: unknown[] = [],
): Promise<T[]> {
  const client = new pg.Client({ connectionString: federation.databaseUrls[name] });
  await client.connect();
  try {
    return (await client.query<T>(sql, params)).rows;
  } finally {
    await client.end();
  }
}

const NGO_PAGE = graphql(`
  query NgoPage($first: Int!, $filter: NgoFilter) {
    ngos(first: $first, filter: $filter) {
      totalCount
      nodes {
        id
        bin
        name
        region {
          code
          name(language: EN)
        }
        councilSeats {
          id
          council {
            id
            level
          }
        }
        funding {
          received {
            amount
            currency
          }
          donors {
            orgRef
          }
        }
      }
    }
  }
`);
const ONE_NGO = graphql(`
  query FederationOneNgo($bin: String!) {
    ngo(bin: $bin) {
      id
      bin
      status
      names {
        ru
      }
      region {
        code
        name(language: EN)
      }
      councilSeats {
        id
        council {
          id
          level
        }
      }
      funding {
        received {
          amount
          currency
        }
        donors {
          orgRef
        }
      }
    }
  }
`);
const REGIONS = graphql(`
  query FederationRegions {
    regions {
      code
      ngos(filter: { statuses: [ACTIVE] }) {
        totalCount
      }
      councils {
        totalCount
      }
      funding {
        transactionCount
      }
    }
  }
`);
const ACTIVE_NGOS = graphql(`
  query FederationActiveNgos {
    ngos(filter: { statuses: [ACTIVE] }) {
      totalCount
    }
  }
`);
const FIRST_FIVE = graphql(`
  query FederationFirstFive {
    ngos(first: 5) {
      nodes {
        id
      }
      pageInfo {
        endCursor
        hasNextPage
      }
    }
  }
`);
const NEXT_FIVE = graphql(`
  query FederationNextFive($after: String) {
    ngos(first: 5, after: $after) {
      nodes {
        id
      }
    }
  }
`);
const FIRST_TEN = graphql(`
  query FederationFirstTen {
    ngos(first: 10) {
      nodes {
        id
      }
    }
  }
`);
const TWO_NGOS = graphql(`
  query FederationTwoNgos {
    ngos(first: 2) {
      nodes {
        id
        bin
      }
    }
  }
`);
const MEMBER_OF_NGO = graphql(`
  query FederationMemberOfNgo {
    councilMembers(first: 1, filter: { representsNgo: true }) {
      nodes {
        id
        representing {
          id
        }
      }
    }
  }
`);
const DISBURSEMENTS = graphql(`
  query FederationDisbursements {
    transactions(first: 100, filter: { types: [DISBURSEMENT] }) {
      nodes {
        receiver {
          orgRef
        }
        region {
          code
        }
      }
    }
  }
`);

describe('through the gateway', () => {
  test('one query returns an NGO with its region, council seats and the funding it received (all three subgraphs)', async () => {
    // An NGO that both sits on a council and received funding, found straight in the three databases.
    const seats = await rows<{ ngo_id: string; seats: number }>(
      'councils',
      `SELECT ngo_id::text, count(*)::int AS seats FROM council_members WHERE ngo_id IS NOT NULL GROUP BY 1`,
    );
    const seatsById = new Map(seats.map((r) => [r.ngo_id, r.seats]));
    const ngoRows = await rows<{ id: string; bin: string; region_code: string }>(
      'ngos',
      `SELECT id::text, bin, region_code FROM ngos WHERE id = ANY($1::uuid[]) ORDER BY bin`,
      [[...seatsById.keys()]],
    );
    const received = await rows<{ bin: string; currencies: string[]; donors: string[] }>(
      'partners',
      // Received: disbursements (type 3) by currency; donors: whoever committed (2) or disbursed (3).
      `SELECT t.receiver_bin AS bin,
              array_agg(DISTINCT t.currency ORDER BY t.currency) FILTER (WHERE t.type = 3) AS currencies,
              array_remove(array_agg(DISTINCT p.org_ref ORDER BY p.org_ref), NULL) AS donors
       FROM transactions t LEFT JOIN partners p ON p.id = t.provider_partner_id
       WHERE t.type IN (2, 3) AND t.receiver_bin = ANY($1::text[])
       GROUP BY 1 HAVING count(*) FILTER (WHERE t.type = 3) > 0`,
      [ngoRows.map((r) => r.bin)],
    );
    expect(received.length).toBeGreaterThan(0);
    const funded = new Map(received.map((r) => [r.bin, r]));
    const chosen = ngoRows.find((r) => funded.has(r.bin))!;
    const bin = chosen.bin;

    const result = await federation.query(ONE_NGO, { bin });
    expect(result.errors).toBeUndefined();
    const ngo = present(dataOf(result).ngo, `the NGO with BIN ${bin}`);
    expect(ngo.bin).toBe(bin);
    expect(ngo.region.code).toBe(chosen.region_code);
    expect(ngo.councilSeats).toHaveLength(seatsById.get(chosen.id)!);
    expect(ngo.councilSeats[0]!.council.level).toMatch(/^[A-Z]+$/);
    expect(ngo.funding.received.map((m) => m.currency).sort()).toEqual(funded.get(bin)!.currencies);
    expect(ngo.funding.received[0]!.amount).toMatch(/^-?\d+\.\d\d$/);
    expect(ngo.funding.donors.map((d) => d.orgRef).sort()).toEqual(funded.get(bin)!.donors);
  });

  test('a page of 100 NGOs with seats and funding costs a handful of SQL statements per subgraph', async () => {
    federation.resetCounts();
    const result = await federation.query(NGO_PAGE, { first: 100 });
    expect(result.errors).toBeUndefined();
    expect(dataOf(result).ngos.nodes).toHaveLength(100);
    const seats = dataOf(result).ngos.nodes.flatMap((n) => n.councilSeats);
    // The statements counted are the page's; a loop per NGO would cost over 100 in each subgraph.
    const { ngos, councils, partners } = federation.statements;
    process.stdout.write(
      `page of 100 NGOs: SQL statements ngos=${ngos.length} councils=${councils.length} partners=${partners.length}\n`,
    );
    expect(ngos.length).toBeLessThanOrEqual(3);
    expect(councils.length).toBeLessThanOrEqual(seats.length ? 3 : 2);
    expect(partners.length).toBeLessThanOrEqual(4);
    // And the gateway fetched each subgraph once for the whole page.
    expect(federation.fetches).toEqual({ ngos: 1, councils: 1, partners: 1 });
  });

  test('all 20 regions with their councils and funding take one fetch per subgraph', async () => {
    federation.resetCounts();
    const result = await federation.query(REGIONS);
    expect(result.errors).toBeUndefined();
    expect(dataOf(result).regions).toHaveLength(20);
    expect(federation.fetches).toEqual({ ngos: 1, councils: 1, partners: 1 });
    const active = dataOf(result).regions.reduce((sum, r) => sum + r.ngos.totalCount, 0);
    const all = await federation.query(ACTIVE_NGOS);
    expect(active).toBe(dataOf(all).ngos.totalCount);
    for (const region of dataOf(result).regions) expect(region.ngos.totalCount).toBeGreaterThan(0);
  });

  test('pages continue from their cursor without overlap, and a forged cursor is refused', async () => {
    const first = await federation.query(FIRST_FIVE);
    const { endCursor, hasNextPage } = dataOf(first).ngos.pageInfo;
    expect(hasNextPage).toBe(true);
    const second = await federation.query(NEXT_FIVE, {
      after: endCursor,
    });
    const both = await federation.query(FIRST_TEN);
    expect([...dataOf(first).ngos.nodes, ...dataOf(second).ngos.nodes].map((n) => n.id)).toEqual(
      dataOf(both).ngos.nodes.map((n) => n.id),
    );

    const forged = await federation.query(`{ ngos(first: 5, after: "not-a-cursor") { nodes { id } } }`);
    expect(forged.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(forged.errors?.[0]?.message).toMatch(/endCursor/);
  });

  test('bad arguments get BAD_USER_INPUT naming the argument', async () => {
    const cases: [string, RegExp][] = [
      [`{ ngo(bin: "950440001674") { id } }`, /check digit/],
      [`{ ngo(bin: "12") { id } }`, /12 digits/],
      [`{ ngo { id } }`, /exactly one of id, bin/],
      [`{ ngos(first: 1000) { totalCount } }`, /first must be between 1 and 100/],
      [`{ ngos(filter: { regionCodes: ["KZ-99"] }) { totalCount } }`, /not a region code/],
      [`{ ngos(filter: { registeredFrom: "2025-01-01", registeredTo: "2024-01-01" }) { totalCount } }`, /is after/],
      [
        `{ councilProjects(filter: { consideredFrom: "2025-01-01", consideredTo: "2020-01-01" }) { totalCount } }`,
        /is after/,
      ],
      [`{ activities(filter: { sdgGoals: [18] }) { totalCount } }`, /numbered 1 to 17/],
      [`{ transactions(filter: { currencies: ["EURO"] }) { totalCount } }`, /ISO 4217/],
      [`{ ngos(filter: { registeredFrom: "2025-13-45" }) { totalCount } }`, /Date/],
      [`{ transactions(filter: { valueDateFrom: "yesterday" }) { totalCount } }`, /Date/],
    ];
    for (const [query, message] of cases) {
      const result = await federation.query(query);
      expect({ query, code: result.errors?.[0]?.extensions?.code }).toEqual({
        query,
        code: expect.stringMatching(/BAD_USER_INPUT|GRAPHQL_VALIDATION_FAILED/),
      });
      expect(result.errors?.[0]?.message).toMatch(message);
    }
  });
});

describe('_entities on each subgraph', () => {
  test('ngos resolves NGOs by id and by BIN, and regions by code; unknown keys resolve to null', async () => {
    const page = await federation.query(TWO_NGOS);
    const [a, b] = dataOf(page).ngos.nodes;
    // _entities is a subgraph's field, not the supergraph's: its shape is written here.
    const result = await federation.query<{
      _entities: ({ id: string; bin: string } | { code: string; kato: string } | null)[];
    }>(
      `query($reps: [_Any!]!) { _entities(representations: $reps) { ... on Ngo { id bin } ... on Region { code kato } } }`,
      {
        reps: [
          { __typename: 'Ngo', id: a!.id },
          { __typename: 'Ngo', bin: b!.bin },
          { __typename: 'Region', code: 'KZ-75' },
          { __typename: 'Ngo', id: '00000000-0000-0000-0000-000000000000' },
          { __typename: 'Ngo', id: 'not-a-uuid' },
        ],
      },
      { url: federation.subgraphUrls.ngos },
    );
    expect(result.errors).toBeUndefined();
    expect(dataOf(result)._entities).toEqual([
      { id: a!.id, bin: a!.bin },
      { id: b!.id, bin: b!.bin },
      { code: 'KZ-75', kato: '750000000' },
      null,
      null,
    ]);
  });

  test('councils adds seats to NGOs and councils to regions', async () => {
    const members = await federation.query(MEMBER_OF_NGO, undefined, { url: federation.subgraphUrls.councils });
    const member = present(dataOf(members).councilMembers.nodes[0], 'a council member representing an NGO');
    const representing = present(member.representing, 'the NGO the member represents');
    const result = await federation.query<{
      _entities: [{ id: string; councilSeats: { id: string }[] }, { code: string; councils: { totalCount: number } }];
    }>(
      `query($reps: [_Any!]!) { _entities(representations: $reps) {
        ... on Ngo { id councilSeats { id } }
        ... on Region { code councils { totalCount } } } }`,
      {
        reps: [
          { __typename: 'Ngo', id: representing.id },
          { __typename: 'Region', code: 'KZ-35' },
        ],
      },
      { url: federation.subgraphUrls.councils },
    );
    expect(result.errors).toBeUndefined();
    expect(dataOf(result)._entities[0].councilSeats.map((s) => s.id)).toContain(member.id);
    expect(dataOf(result)._entities[1].councils.totalCount).toBeGreaterThan(0);
  });

  test('partners adds funding to NGOs by BIN and to regions by code', async () => {
    const withBin = await federation.query(DISBURSEMENTS, undefined, { url: federation.subgraphUrls.partners });
    const first = present(
      dataOf(withBin).transactions.nodes.find((n) => n.receiver?.orgRef?.startsWith('KZ-BIN-') && n.region),
      'a disbursement to a Kazakh NGO with a region',
    );
    const bin = present(first.receiver?.orgRef, 'the receiver').slice('KZ-BIN-'.length);
    const result = await federation.query<{
      _entities: [
        { bin: string; funding: { received: { amount: string }[] } },
        { code: string; funding: { transactionCount: number } },
        { bin: string; funding: { received: unknown[] } },
      ];
    }>(
      `query($reps: [_Any!]!) { _entities(representations: $reps) {
        ... on Ngo { bin funding { received { amount currency } } }
        ... on Region { code funding { transactionCount } } } }`,
      {
        reps: [
          { __typename: 'Ngo', bin },
          { __typename: 'Region', code: present(first.region, 'the region').code },
          { __typename: 'Ngo', bin: '950440001673' },
        ],
      },
      { url: federation.subgraphUrls.partners },
    );
    expect(result.errors).toBeUndefined();
    expect(dataOf(result)._entities[0].funding.received.length).toBeGreaterThan(0);
    expect(dataOf(result)._entities[1].funding.transactionCount).toBeGreaterThan(0);
    expect(dataOf(result)._entities[2].bin).toBe('950440001673');
  });
});
