/**
 * Through the gateway, the demo data reproduces the figures published at the
 * 12th Civil Forum (../shared/DOMAIN.md). The published figures are the
 * expectations; every count and sum here comes from the database.
 */
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { Decimal } from '../../lib/domain/money.js';
import { FORUM_FIELDS, POLICY_FIELDS } from '../../subgraphs/councils/src/domain/policy-fields.js';
import { SECTORS } from '../../subgraphs/ngos/src/domain/sectors.js';
import { PROJECT_WINDOW } from '../../demo/anchor.js';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { graphql } from '../generated/index.js';
import { dataOf, present, type Roots } from '../support/data-of.js';
import { startFederation, type Federation } from '../support/federation.js';
import { expectEvery } from '../support/expect-every.js';

let federation: Federation;

beforeAll(async () => {
  federation = await startFederation();
});

afterAll(async () => {
  await federation?.stop();
});

// Dashboards are used by signed-in ministry analysts; some of these queries are over the public cost budget.
async function data<T extends object, V>(query: TypedDocumentNode<T, V>): Promise<Roots<T>> {
  const result = await federation.query(query, undefined, { as: 'analyst' });
  expect(result.errors).toBeUndefined();
  return dataOf(result);
}

/** A document built at run time (an alias per sector or field) cannot be typed by codegen: its shape is written where it is used. */
async function dynamicData<T>(query: string): Promise<T> {
  const result = await federation.query<T>(query, undefined, { as: 'analyst' });
  expect(result.errors).toBeUndefined();
  return present(result.data, 'data');
}

const COUNCILS = graphql(`
  query FiguresCouncils {
    all: councils {
      totalCount
    }
    republican: councils(filter: { levels: [REPUBLICAN] }) {
      totalCount
    }
    local: councils(filter: { levels: [LOCAL] }) {
      totalCount
    }
    localMembers: councilMembers(filter: { levels: [LOCAL] }) {
      totalCount
    }
  }
`);

const FORUM = graphql(`
  query FiguresForum {
    civilForum(edition: 12) {
      city
      platformCount
      platforms {
        topic
      }
    }
  }
`);

const UN_AGENCIES = graphql(`
  query FiguresUnAgencies {
    partners(filter: { kinds: [UN_AGENCY] }, first: 20) {
      nodes {
        acronym
        reportedActivities(first: 100) {
          totalCount
          nodes {
            sdgGoals {
              goal
            }
            participatingOrgs {
              partner {
                kind
              }
            }
          }
        }
      }
    }
  }
`);

const EU_FUNDING = graphql(`
  query FiguresEuFunding {
    partner(orgRef: "XI-IATI-EC_INTPA") {
      kind
      funding(scope: KAZAKH_ORGANIZATIONS) {
        recipientCount
        recipients {
          orgRef
        }
        committed {
          amount
          currency
        }
      }
    }
  }
`);

const REGIONAL_PROJECT = graphql(`
  query FiguresRegionalProject {
    activities(filter: { reportingOrgRefs: ["XI-IATI-EC_INTPA"], recipientRegions: ["619"] }) {
      nodes {
        title
        recipientCountries
        totalBudget {
          amount
          currency
        }
      }
    }
  }
`);

function sumOf(money: { amount: string; currency: string }[], currency: string): Decimal {
  return money.filter((m) => m.currency === currency).reduce((sum, m) => sum.plus(m.amount), new Decimal(0));
}

describe('the published figures, through the gateway', () => {
  test('about 18,000 NGOs, active, in all 20 regions and every sector', async () => {
    const sectorCounts = SECTORS.map(
      (s) => `${s.code}: ngos(filter: { statuses: [ACTIVE], sectors: [${s.code}] }) { totalCount }`,
    ).join('\n');
    const result = await dynamicData<
      Record<string, { totalCount: number }> & { regions: { code: string; ngos: { totalCount: number } }[] }
    >(
      `{ active: ngos(filter: { statuses: [ACTIVE] }) { totalCount }
         regions { code ngos(filter: { statuses: [ACTIVE] }) { totalCount } }
         ${sectorCounts} }`,
    );
    expect(result.active!.totalCount).toBe(18_000);
    expect(result.regions).toHaveLength(20);
    for (const region of result.regions)
      expect({ region: region.code, some: region.ngos.totalCount > 0 }).toEqual({ region: region.code, some: true });
    for (const sector of SECTORS)
      expect({ sector: sector.code, some: result[sector.code]!.totalCount > 0 }).toEqual({
        sector: sector.code,
        some: true,
      });
  });

  test('over 260 public councils at both levels, with more than 4,000 local members', async () => {
    const result = await data(COUNCILS);
    expect(result.all.totalCount).toBeGreaterThan(260);
    expect(result.republican.totalCount).toBeGreaterThan(0);
    expect(result.local.totalCount).toBeGreaterThan(0);
    expect(result.republican.totalCount + result.local.totalCount).toBe(result.all.totalCount);
    expect(result.localMembers.totalCount).toBeGreaterThan(4_000);
  });

  test('about 9,000 projects in the three years before the forum, in the fields it named and others', async () => {
    const window = `consideredFrom: "${PROJECT_WINDOW.from}", consideredTo: "${PROJECT_WINDOW.to}"`;
    const byField = POLICY_FIELDS.map(
      (f) => `${f.code}: councilProjects(filter: { ${window}, fields: [${f.code}] }) { totalCount }`,
    ).join('\n');
    const result = await dynamicData<Record<string, { totalCount: number }>>(
      `{ inWindow: councilProjects(filter: { ${window} }) { totalCount } all: councilProjects { totalCount } ${byField} }`,
    );
    const inWindow = result.inWindow!.totalCount;
    expect(inWindow).toBeGreaterThanOrEqual(8_800);
    expect(inWindow).toBeLessThanOrEqual(9_200);
    expect(result.all!.totalCount).toBeGreaterThan(inWindow);
    expect(POLICY_FIELDS.reduce((sum, f) => sum + result[f.code]!.totalCount, 0)).toBe(inWindow);
    for (const field of FORUM_FIELDS) expect(result[field]!.totalCount).toBeGreaterThan(0);
    expect(
      POLICY_FIELDS.filter((f) => !(FORUM_FIELDS as readonly string[]).includes(f.code)).some(
        (f) => result[f.code]!.totalCount > 0,
      ),
    ).toBe(true);
  });

  test('the 12th Civil Forum hosted more than 20 discussion platforms, one on international partnership', async () => {
    const result = await data(FORUM);
    expect(result.civilForum.platformCount).toBeGreaterThan(20);
    expect(result.civilForum.platforms).toHaveLength(result.civilForum.platformCount);
    expect(result.civilForum.platforms.map((p) => p.topic)).toContain('INTERNATIONAL_PARTNERSHIP');
  });

  test('UN agencies publish SDG-tagged activities that involve Kazakh NGOs', async () => {
    const result = await data(UN_AGENCIES);
    const agencies = result.partners.nodes.filter((p) => p.reportedActivities.totalCount > 0);
    expect(agencies.length).toBeGreaterThanOrEqual(3);
    const activities = agencies.flatMap((a) => a.reportedActivities.nodes);
    expectEvery(activities, (a) => a.sdgGoals.length > 0);
    expect(activities.some((a) => a.participatingOrgs.some((o) => o.partner?.kind === 'NATIONAL_NGO'))).toBe(true);
  });

  test('the EU Delegation funds exactly 13 Kazakh organizations with about 5 million euros', async () => {
    const result = await data(EU_FUNDING);
    const { funding } = result.partner;
    expect(result.partner.kind).toBe('EU');
    expect(funding.recipientCount).toBe(13);
    expectEvery(funding.recipients, (r) => r.orgRef.startsWith('KZ-BIN-'));
    const euros = sumOf(funding.committed, 'EUR');
    expect(euros.gte(4_900_000) && euros.lte(5_100_000)).toBe(true);
  });

  test('the Central Asia regional NGO project has a budget of 40.5 million euros', async () => {
    const result = await data(REGIONAL_PROJECT);
    expect(result.activities.nodes).toHaveLength(1);
    const project = present(result.activities.nodes[0], 'the regional project');
    expect(project.recipientCountries).toContain('KZ');
    expect(sumOf(project.totalBudget, 'EUR').toFixed(2)).toBe('40500000.00');
  });
});
