/**
 * The partners subgraph reads every entity through its per-request loader:
 * activities asked by IATI identifier are batched into one statement, like
 * those asked by id, and both lookups agree; an activity found by one key is
 * not read again by the other in the same request.
 */
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { graphql } from '../generated/index.js';
import { startFederation, type Federation } from '../support/federation.js';
import { expectEvery } from '../support/expect-every.js';

let federation: Federation;

beforeAll(async () => {
  federation = await startFederation();
});

afterAll(async () => {
  await federation?.stop();
});

const FIRST_ACTIVITIES = graphql(`
  query FirstActivities($first: Int!) {
    activities(first: $first) {
      nodes {
        id
        iatiIdentifier
        title
      }
    }
  }
`);
const ACTIVITIES_BY_KEY = graphql(`
  query ActivitiesByKey($a: String!, $b: String!, $id: ID!) {
    a: activity(iatiIdentifier: $a) {
      id
      iatiIdentifier
      title
    }
    b: activity(iatiIdentifier: $b) {
      id
      iatiIdentifier
      title
    }
    byId: activity(id: $id) {
      id
      iatiIdentifier
      title
    }
    missing: activity(iatiIdentifier: "XM-NO-SUCH-ACTIVITY") {
      id
    }
  }
`);
const ACTIVITY_TRANSACTIONS = graphql(`
  query ActivityTransactions($identifier: String!) {
    activity(iatiIdentifier: $identifier) {
      id
      transactions(first: 3) {
        nodes {
          activity {
            id
          }
        }
      }
    }
  }
`);

const activitiesTouched = () => federation.statements.partners.filter((sql) => /FROM "public"\."activities"/.test(sql));

describe('Query.activity', () => {
  test('by IATI identifier and by id: the same activity, batched by the loaders; an unknown identifier is null', async () => {
    const page = await federation.query(FIRST_ACTIVITIES, { first: 3 });
    const [a, b, c] = page.data?.activities?.nodes ?? [];
    if (!a || !b || !c) throw new Error(`expected three demo activities, got ${JSON.stringify(page)}`);

    federation.resetCounts();
    const result = await federation.query(ACTIVITIES_BY_KEY, { a: a.iatiIdentifier, b: b.iatiIdentifier, id: c.id });
    expect(result.errors).toBeUndefined();
    expect(result.data).toEqual({ a, b, byId: c, missing: null });
    // One statement for the three identifiers, one for the id.
    expect(activitiesTouched()).toHaveLength(2);
  });

  test('an activity found by identifier is not read again when its transactions refer to it by id', async () => {
    const page = await federation.query(FIRST_ACTIVITIES, { first: 1 });
    const activity = page.data?.activities?.nodes[0];
    if (!activity) throw new Error(`expected a demo activity, got ${JSON.stringify(page)}`);

    federation.resetCounts();
    const result = await federation.query(ACTIVITY_TRANSACTIONS, { identifier: activity.iatiIdentifier });
    expect(result.errors).toBeUndefined();
    const nodes = result.data?.activity?.transactions.nodes ?? [];
    expect(nodes.length).toBeGreaterThan(0);
    expectEvery(nodes, (node) => node.activity.id === activity.id);
    expect(activitiesTouched()).toHaveLength(1);
  });
});
