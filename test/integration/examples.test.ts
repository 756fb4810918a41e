/**
 * Every operation in examples/ runs through the gateway on the demo data,
 * as a dashboard would send it (no variables: the defaults in the file),
 * and the overview answers with the figures published at the 12th Civil
 * Forum.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import pg from 'pg';
import { PROJECT_WINDOW } from '../../demo/anchor.js';
import { PROJECT_ROOT } from '../../lib/config.js';
import type {
  FundingQuery,
  OverviewQuery,
  RegionDetailQuery,
  SearchQuery,
  TrendsQuery,
} from '../../examples/client/generated/graphql.js';
import { graphql } from '../generated/index.js';
import { dataOf, present, type Roots } from '../support/data-of.js';
import { startFederation, type Federation } from '../support/federation.js';
import { expectEvery } from '../support/expect-every.js';

const EXAMPLES = path.join(PROJECT_ROOT, 'examples');
const example = (name: string) => fs.readFileSync(path.join(EXAMPLES, `${name}.graphql`), 'utf8');

let federation: Federation;

beforeAll(async () => {
  federation = await startFederation();
});

afterAll(async () => {
  await federation?.stop();
});

/** Each file's result, as typed by the client example's codegen over examples/*.graphql. */
interface Results {
  overview: OverviewQuery;
  'region-detail': RegionDetailQuery;
  trends: TrendsQuery;
  funding: FundingQuery;
  search: SearchQuery;
}

/** Sends the file's own text, as a dashboard does; its result typed from the generated operation type. */
async function run<N extends keyof Results>(name: N, variables?: Record<string, unknown>): Promise<Roots<Results[N]>> {
  const result = await federation.query<Results[N]>(example(name), variables);
  expect(result.errors).toBeUndefined();
  return dataOf(result);
}

const WINDOW_TOTAL = graphql(`
  query ExamplesWindowTotal($from: Date!, $to: Date!) {
    ngoStatistics(filter: { registeredFrom: $from, registeredTo: $to }) {
      total
    }
  }
`);

type Counted = { count: number };
const sum = (items: readonly Counted[]) => items.reduce((n, item) => n + item.count, 0);

describe('examples/', () => {
  test('holds the five dashboard operations and nothing that does not run', () => {
    expect(
      fs
        .readdirSync(EXAMPLES)
        .filter((f) => f.endsWith('.graphql'))
        .sort(),
    ).toEqual(['funding.graphql', 'overview.graphql', 'region-detail.graphql', 'search.graphql', 'trends.graphql']);
  });

  test('overview: 18,000 active NGOs, over 260 councils, more than 4,000 local members, about 9,000 projects in three years', async () => {
    const data = await run('overview');
    expect(data.activeNgos.total).toBe(18_000);
    expect(data.activeNgos.byRegion).toHaveLength(20);
    expectEvery(data.activeNgos.byRegion, (r) => r.count > 0 && r.region.name.length > 0);
    expect(sum(data.activeNgos.byRegion)).toBe(18_000);
    expectEvery(data.activeNgos.bySector, (s) => s.count > 0);
    expect(data.registry.byStatus.find((s) => s.status === 'ACTIVE')).toMatchObject({
      count: 18_000,
      label: 'Действующая',
    });
    expect(sum(data.registry.byStatus)).toBe(data.registry.total);

    expect(data.councilStatistics.councils).toBeGreaterThan(260);
    const levels = Object.fromEntries(data.councilStatistics.byLevel.map((l) => [l.level, l]));
    expect(present(levels.REPUBLICAN, 'republican councils').councils).toBeGreaterThan(0);
    expect(present(levels.LOCAL, 'local councils').councils).toBeGreaterThan(0);
    expect(present(levels.LOCAL, 'local councils').members).toBeGreaterThan(4_000);

    expect(data.projects.total).toBeGreaterThanOrEqual(8_800);
    expect(data.projects.total).toBeLessThanOrEqual(9_200);
    expect(sum(data.projects.byField)).toBe(data.projects.total);
    expect(sum(data.projects.byOutcome)).toBe(data.projects.total);
    // The forum's four fields lead.
    expect(
      data.projects.byField
        .slice(0, 4)
        .map((f) => f.field)
        .sort(),
    ).toEqual(['DIGITALIZATION', 'ENVIRONMENT', 'LEGAL_EDUCATION', 'SOCIAL_PROTECTION']);
  });

  test('the overview in Kazakh and in English', async () => {
    const kk = await run('overview', { language: 'KK' });
    expect(
      present(
        kk.projects.byField.find((f) => f.field === 'DIGITALIZATION'),
        'DIGITALIZATION',
      ).label,
    ).toBe('Цифрландыру');
    const en = await run('overview', {
      language: 'EN',
    });
    expect(
      present(
        en.activeNgos.byRegion.find((r) => r.region.code === 'KZ-71'),
        'KZ-71',
      ).region.name,
    ).toBe('Astana');
  });

  test('region detail: a region’s NGOs, councils, projects and funding in one request, one fetch per subgraph', async () => {
    federation.resetCounts();
    const data = await run('region-detail');
    const region = data.region;
    expect(region.name).toBe('Алматы');
    expect(region.ngoStatistics.total).toBeGreaterThan(0);
    expect(sum(region.ngoStatistics.byLegalForm)).toBe(region.ngoStatistics.total);
    expect(sum(region.ngoStatistics.byYear)).toBe(region.ngoStatistics.total);
    // The fields other subgraphs resolve are nullable (a failing subgraph nulls only its own).
    const councilStatistics = present(region.councilStatistics, 'the region’s council statistics');
    const projectStatistics = present(region.councilProjectStatistics, 'the region’s project statistics');
    expect(councilStatistics.councils).toBe(present(region.councils, 'the region’s councils').totalCount);
    expect(sum(projectStatistics.byField)).toBe(projectStatistics.total);
    // Commitments (type 2) and disbursements (type 3) recorded for the region, counted straight in its table.
    const client = new pg.Client({ connectionString: federation.databaseUrls.partners });
    await client.connect();
    const counted = await client
      .query<{ n: number }>(
        `SELECT count(*)::int AS n FROM transactions WHERE region_code = 'KZ-75' AND type IN (2, 3)`,
      )
      .finally(() => client.end());
    expect(counted.rows[0]!.n).toBeGreaterThan(0);
    expect(present(region.funding, 'the region’s funding').transactionCount).toBe(counted.rows[0]!.n);
    expect(federation.fetches).toEqual({ ngos: 1, councils: 1, partners: 1 });
  });

  test('trends: quarters over the three years, summing to the window’s counts', async () => {
    const data = await run('trends');
    expect(data.registrations.interval).toBe('QUARTER');
    expect(data.projects.points.map((p) => p.label)).toEqual([
      '2022-Q4',
      '2023-Q1',
      '2023-Q2',
      '2023-Q3',
      '2023-Q4',
      '2024-Q1',
      '2024-Q2',
      '2024-Q3',
      '2024-Q4',
      '2025-Q1',
      '2025-Q2',
      '2025-Q3',
      '2025-Q4',
    ]);
    expect(data.projects.total).toBeGreaterThanOrEqual(8_800);
    expect(sum(data.projects.points)).toBe(data.projects.total);
    expect(sum(data.registrations.points)).toBe(data.registrations.total);
    expect(data.forumFields.points.map((p) => p.label)).toEqual(['2022', '2023', '2024', '2025']);
    expect(data.forumFields.total).toBeLessThan(data.projects.total);
    const window = await federation.query(WINDOW_TOTAL, { from: PROJECT_WINDOW.from, to: PROJECT_WINDOW.to });
    expect(data.registrations.total).toBe(dataOf(window).ngoStatistics.total);
  });

  test('funding: per donor and per SDG, each total converted to USD, transactions counted like the table', async () => {
    const data = await run('funding');
    const client = new pg.Client({ connectionString: federation.databaseUrls.partners });
    await client.connect();
    const counted = await client
      .query<{ donor: string; n: number }>(
        `SELECT provider_org_ref AS donor, count(*)::int AS n FROM transactions
          WHERE type IN (2, 3) AND value_date BETWEEN '2021-01-01' AND '2025-11-20' AND provider_org_ref IS NOT NULL
          GROUP BY provider_org_ref`,
      )
      .finally(() => client.end());
    expect(counted.rows.length).toBeGreaterThan(1);
    expect(Object.fromEntries(data.fundingByDonor.map((d) => [d.donorOrgRef, d.transactionCount]))).toEqual(
      Object.fromEntries(counted.rows.map((r) => [r.donor, r.n])),
    );
    expectEvery(data.fundingByDonor, (d) => d.donor !== null && d.converted?.disbursed.currency === 'USD');
    expectEvery(data.fundingBySdg, (g) => g.goal.goal >= 1 && g.goal.goal <= 17 && g.goal.title.length > 0);
    expect(data.fundingBySdg.length).toBeGreaterThan(1);
  });

  test('search: a name finds its NGO, a BIN finds exactly its NGO first', async () => {
    const data = await run('search');
    expect(data.searchNgos.nodes[0]).toMatchObject({
      matchedBy: 'NAME',
      ngo: { bin: '990940003030', region: { code: 'KZ-35' } },
    });
    expect(data.searchNgos.totalCount).toBe(data.searchNgos.nodes.length);
    expect(data.byBin.nodes).toEqual([{ matchedBy: 'BIN', ngo: { bin: '950440001673', name: expect.any(String) } }]);
  });
});
