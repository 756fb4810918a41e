/**
 * Dashboard statistics through the gateway on the demo data: every count
 * agrees with the lists' totalCount, the count tables agree with the rows
 * (the same question asked both ways), the 20 regions cost one fetch per
 * subgraph and a handful of statements, and bad filters are refused with
 * BAD_USER_INPUT naming the argument.
 */
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { PROJECT_WINDOW } from '../../demo/anchor.js';
import { SECTORS } from '../../subgraphs/ngos/src/domain/sectors.js';
import { startFederation, type Federation } from '../support/federation.js';
import { fingerprint, type Fingerprint } from '../support/fingerprint.js';
import { expectEvery } from '../support/expect-every.js';

let federation: Federation;

beforeAll(async () => {
  federation = await startFederation();
});

afterAll(async () => {
  await federation?.stop();
});

async function data<T>(query: string, variables?: Record<string, unknown>): Promise<T> {
  const result = await federation.query<T>(query, variables);
  expect(result.errors).toBeUndefined();
  return result.data!;
}

type Counted = { count: number };
const sum = (items: readonly Counted[]) => items.reduce((total, item) => total + item.count, 0);

interface NgoStats {
  total: number;
  byRegion: ({ region: { code: string } } & Counted)[];
  bySector: ({ sector: string } & Counted)[];
  byStatus: ({ status: string } & Counted)[];
  byLegalForm: ({ legalForm: string } & Counted)[];
  byYear: ({ year: number } & Counted)[];
}

const NGO_STATS = `total byRegion { region { code } count } bySector { sector count } byStatus { status count }
  byLegalForm { legalForm count } byYear { year count }`;

const ALL_SECTORS = SECTORS.map((s) => s.code);

describe('NGO statistics', () => {
  test.each([
    ['every NGO', {}],
    ['active ones', { statuses: ['ACTIVE'] }],
    [
      'two regions, two legal forms',
      { regionCodes: ['KZ-75', 'KZ-71'], legalForms: ['PUBLIC_FOUNDATION', 'PUBLIC_ASSOCIATION'] },
    ],
    ['whole years of registration', { registeredFrom: '2010-01-01', registeredTo: '2020-12-31' }],
    [
      'part-years of registration',
      { registeredFrom: '2010-03-15', registeredTo: '2020-06-30', statuses: ['ACTIVE', 'SUSPENDED'] },
    ],
    ['one sector', { sectors: ['HEALTH'] }],
  ])('%s: the total equals the list’s totalCount, and each breakdown adds up to it', async (_name, filter) => {
    const result = await data<{ stats: NgoStats; list: { totalCount: number } }>(
      `query($filter: NgoFilter) { stats: ngoStatistics(filter: $filter) { ${NGO_STATS} } list: ngos(filter: $filter) { totalCount } }`,
      { filter },
    );
    const { stats } = result;
    expect(stats.total).toBe(result.list.totalCount);
    expect(stats.total).toBeGreaterThan(0);
    for (const breakdown of [stats.byRegion, stats.byStatus, stats.byLegalForm, stats.byYear])
      expect(sum(breakdown)).toBe(stats.total);
    expect(stats.byRegion).toHaveLength(20);
    expect(stats.bySector).toHaveLength(SECTORS.length);
    // An NGO counts once in each of its sectors, and every NGO has one at least.
    expect(sum(stats.bySector)).toBeGreaterThanOrEqual(stats.total);
    const counts = stats.byRegion.map((r) => r.count);
    expect(counts).toEqual([...counts].sort((a, b) => b - a));
  });

  test('the count tables and the rows give the same answers', async () => {
    // Naming every sector changes no answer (each NGO has a sector) but makes the database count rows instead of count tables.
    for (const filter of [
      { statuses: ['ACTIVE'] },
      { registeredFrom: '2003-01-01', registeredTo: '2019-12-31', regionCodes: ['KZ-35'] },
      { registeredFrom: '2003-05-20', registeredTo: '2019-02-11' },
    ]) {
      const result = await data<{ tables: NgoStats; rows: NgoStats }>(
        `query($a: NgoFilter, $b: NgoFilter) { tables: ngoStatistics(filter: $a) { ${NGO_STATS} } rows: ngoStatistics(filter: $b) { ${NGO_STATS} } }`,
        { a: filter, b: { ...filter, sectors: ALL_SECTORS } },
      );
      expect(result.tables).toEqual(result.rows);
    }
  });

  test('a sector’s count is the number of NGOs working in it', async () => {
    const sectors = ['HEALTH', 'ANIMAL_WELFARE', 'YOUTH'];
    const lists = sectors
      .map((s) => `${s}: ngos(filter: { statuses: [ACTIVE], sectors: [${s}] }) { totalCount }`)
      .join('\n');
    const result = await data<Record<string, { totalCount: number }> & { ngoStatistics: NgoStats }>(
      `{ ngoStatistics(filter: { statuses: [ACTIVE] }) { bySector { sector count } } ${lists} }`,
    );
    for (const sector of sectors) {
      expect(result.ngoStatistics.bySector.find((s) => s.sector === sector)?.count).toBe(result[sector]!.totalCount);
    }
  });

  test('years run without gaps, oldest first', async () => {
    const { ngoStatistics } = await data<{ ngoStatistics: NgoStats }>(`{ ngoStatistics { byYear { year count } } }`);
    const years = ngoStatistics.byYear.map((y) => y.year);
    expect(years[0]).toBe(1995);
    expect(years).toEqual(years.map((_, i) => years[0]! + i));
  });
});

interface ProjectStats {
  total: number;
  byField: ({ field: string } & Counted)[];
  byOutcome: ({ outcome: string } & Counted)[];
  byYear: ({ year: number } & Counted)[];
  byRegion: ({ region: { code: string } } & Counted)[];
  byLevel: ({ level: string } & Counted)[];
}

const PROJECT_STATS = `total byField { field count } byOutcome { outcome count } byYear { year count }
  byRegion { region { code } count } byLevel { level count }`;

describe('council statistics', () => {
  test('councils and members agree with the lists, and local councils have more than 4,000 members', async () => {
    const result = await data<{
      councilStatistics: {
        councils: number;
        members: number;
        membersRepresentingNgos: number;
        byLevel: { level: string; label: string; councils: number; members: number }[];
        byRegion: { region: { code: string }; councils: number; members: number }[];
      };
      councils: { totalCount: number };
      members: { totalCount: number };
      localMembers: { totalCount: number };
      ngoMembers: { totalCount: number };
    }>(`{
      councilStatistics { councils members membersRepresentingNgos byLevel { level label(language: EN) councils members } byRegion { region { code } councils members } }
      councils { totalCount } members: councilMembers { totalCount }
      localMembers: councilMembers(filter: { levels: [LOCAL] }) { totalCount }
      ngoMembers: councilMembers(filter: { representsNgo: true }) { totalCount }
    }`);
    const stats = result.councilStatistics;
    expect(stats.councils).toBe(result.councils.totalCount);
    expect(stats.councils).toBeGreaterThan(260);
    expect(stats.members).toBe(result.members.totalCount);
    expect(stats.membersRepresentingNgos).toBe(result.ngoMembers.totalCount);
    const local = stats.byLevel.find((l) => l.level === 'LOCAL')!;
    expect(local.label).toBe('Local');
    expect(local.members).toBe(result.localMembers.totalCount);
    expect(local.members).toBeGreaterThan(4_000);
    expect(stats.byLevel.reduce((n, l) => n + l.councils, 0)).toBe(stats.councils);
    expect(stats.byRegion).toHaveLength(20);
    expect(stats.byRegion.reduce((n, r) => n + r.councils, 0)).toBe(local.councils);
  });

  test('projects in the three years before the forum: the count table and the rows agree with the list', async () => {
    const window = { consideredFrom: PROJECT_WINDOW.from, consideredTo: PROJECT_WINDOW.to };
    const ids = await data<{
      councils: { nodes: { id: string }[]; pageInfo: { endCursor: string; hasNextPage: boolean } };
    }>(`{ councils(first: 100) { nodes { id } pageInfo { endCursor hasNextPage } } }`);
    let councilIds = ids.councils.nodes.map((c) => c.id);
    let page = ids.councils.pageInfo;
    while (page.hasNextPage) {
      const next = await data<typeof ids>(
        `query($after: String) { councils(first: 100, after: $after) { nodes { id } pageInfo { endCursor hasNextPage } } }`,
        {
          after: page.endCursor,
        },
      );
      councilIds = [...councilIds, ...next.councils.nodes.map((c) => c.id)];
      page = next.councils.pageInfo;
    }
    // Naming every council changes no answer but makes the database count the project rows instead of the count table.
    const result = await data<{ tables: ProjectStats; rows: ProjectStats; list: { totalCount: number } }>(
      `query($a: CouncilProjectFilter, $b: CouncilProjectFilter) {
        tables: councilProjectStatistics(filter: $a) { ${PROJECT_STATS} }
        rows: councilProjectStatistics(filter: $b) { ${PROJECT_STATS} }
        list: councilProjects(filter: $a) { totalCount } }`,
      { a: window, b: { ...window, councilIds } },
    );
    expect(result.tables).toEqual(result.rows);
    const stats = result.tables;
    expect(stats.total).toBe(result.list.totalCount);
    expect(stats.total).toBeGreaterThanOrEqual(8_800);
    expect(stats.total).toBeLessThanOrEqual(9_200);
    for (const breakdown of [stats.byField, stats.byOutcome, stats.byYear, stats.byLevel])
      expect(sum(breakdown)).toBe(stats.total);
    const republican = stats.byLevel.find((l) => l.level === 'REPUBLICAN')!.count;
    expect(sum(stats.byRegion)).toBe(stats.total - republican);
    expect(stats.byYear.map((y) => y.year)).toEqual([2022, 2023, 2024, 2025]);
  });

  test('a field and a region filter agree with the list', async () => {
    const filter = {
      fields: ['ENVIRONMENT', 'DIGITALIZATION'],
      regionCodes: ['KZ-55'],
      consideredFrom: '2023-02-14',
      consideredTo: '2024-08-31',
    };
    const result = await data<{ stats: ProjectStats; list: { totalCount: number } }>(
      `query($f: CouncilProjectFilter) { stats: councilProjectStatistics(filter: $f) { total byField { field count } } list: councilProjects(filter: $f) { totalCount } }`,
      { f: filter },
    );
    expect(result.stats.total).toBe(result.list.totalCount);
    expect(result.stats.total).toBeGreaterThan(0);
    expect(
      result.stats.byField
        .filter((f) => f.count > 0)
        .map((f) => f.field)
        .sort(),
    ).toEqual(['DIGITALIZATION', 'ENVIRONMENT']);
  });
});

describe('Region as the meeting point', () => {
  const REGIONS_QUERY = /* GraphQL */ `
    query Regions($from: Date!, $to: Date!) {
      regions {
        code
        ngoStatistics(filter: { statuses: [ACTIVE] }) {
          total
          bySector {
            sector
            count
          }
        }
        councilStatistics {
          councils
          members
        }
        councilProjectStatistics(filter: { consideredFrom: $from, consideredTo: $to }) {
          total
          byField {
            field
            count
          }
        }
      }
    }
  `;

  const COUNTRY_QUERY = /* GraphQL */ `
    query Country($from: Date!, $to: Date!) {
      ngoStatistics(filter: { statuses: [ACTIVE] }) {
        total
      }
      councilStatistics(filter: { levels: [LOCAL] }) {
        councils
        members
      }
      councilProjectStatistics(filter: { consideredFrom: $from, consideredTo: $to, levels: [LOCAL] }) {
        total
      }
    }
  `;

  test('all 20 regions take one fetch per subgraph and one statement per breakdown, and add up to the country', async () => {
    const window = { from: PROJECT_WINDOW.from, to: PROJECT_WINDOW.to };
    federation.resetCounts();
    const { regions } = await data<{
      regions: {
        code: string;
        ngoStatistics: { total: number };
        councilStatistics: { councils: number; members: number };
        councilProjectStatistics: { total: number };
      }[];
    }>(REGIONS_QUERY, window);
    expect(regions).toHaveLength(20);
    expect(federation.fetches).toEqual({ ngos: 1, councils: 1, partners: 0 });
    // ngos: the regions' totals, their sectors (an NGO may have several, so no total follows from them).
    // councils: councils and members; projects by field, whose sum is each region's total.
    expect(federation.statements.ngos).toHaveLength(2);
    expect(federation.statements.councils).toHaveLength(2);

    const country = await data<{
      ngoStatistics: { total: number };
      councilStatistics: { councils: number; members: number };
      councilProjectStatistics: { total: number };
    }>(COUNTRY_QUERY, window);
    const total = (pick: (r: (typeof regions)[number]) => number) => regions.reduce((n, r) => n + pick(r), 0);
    expect(total((r) => r.ngoStatistics.total)).toBe(country.ngoStatistics.total);
    expect(total((r) => r.councilStatistics.councils)).toBe(country.councilStatistics.councils);
    expect(total((r) => r.councilStatistics.members)).toBe(country.councilStatistics.members);
    expect(total((r) => r.councilProjectStatistics.total)).toBe(country.councilProjectStatistics.total);
    for (const region of regions) expect(region.ngoStatistics.total).toBeGreaterThan(0);
  });

  test('one region’s detail page agrees with the filtered country statistics', async () => {
    const result = await data<{
      region: { name: string; ngoStatistics: NgoStats; councilProjectStatistics: ProjectStats };
      ngoStatistics: NgoStats;
      councilProjectStatistics: ProjectStats;
    }>(`{
      region(code: "KZ-75") { name(language: EN) ngoStatistics { ${NGO_STATS} } councilProjectStatistics { ${PROJECT_STATS} } }
      ngoStatistics(filter: { regionCodes: ["KZ-75"] }) { ${NGO_STATS} }
      councilProjectStatistics(filter: { regionCodes: ["KZ-75"] }) { ${PROJECT_STATS} }
    }`);
    expect(result.region.name).toBe('Almaty');
    expect(result.region.ngoStatistics).toEqual(result.ngoStatistics);
    expect(result.region.councilProjectStatistics).toEqual(result.councilProjectStatistics);
    expect(result.ngoStatistics.byRegion.filter((r) => r.count > 0).map((r) => r.region.code)).toEqual(['KZ-75']);
  });
});

describe('trends', () => {
  interface Trend {
    interval: string;
    total: number;
    points: { start: string; end: string; label: string; count: number }[];
  }
  const TREND = `interval total points { start end label count }`;

  test('projects by month over the three years: every month present, the sum is the window’s count', async () => {
    const result = await data<{ councilProjectTrend: Trend; councilProjectStatistics: { total: number } }>(
      `query($from: Date!, $to: Date!) {
        councilProjectTrend(interval: MONTH, from: $from, to: $to) { ${TREND} }
        councilProjectStatistics(filter: { consideredFrom: $from, consideredTo: $to }) { total } }`,
      { from: PROJECT_WINDOW.from, to: PROJECT_WINDOW.to },
    );
    const trend = result.councilProjectTrend;
    expect(trend.points).toHaveLength(37);
    expect(trend.points[0]).toMatchObject({ start: '2022-11-20', end: '2022-11-30', label: '2022-11' });
    expect(trend.points.at(-1)).toMatchObject({ start: '2025-11-01', end: '2025-11-19', label: '2025-11' });
    expect(trend.total).toBe(result.councilProjectStatistics.total);
    expect(sum(trend.points)).toBe(trend.total);
  });

  test('registrations by quarter and by year agree; periods without any are 0', async () => {
    const result = await data<{ quarters: Trend; years: Trend; empty: Trend; stats: { total: number } }>(`{
      quarters: ngoRegistrationTrend(interval: QUARTER, from: "2019-02-10", to: "2024-12-31", filter: { regionCodes: ["KZ-71"] }) { ${TREND} }
      years: ngoRegistrationTrend(interval: YEAR, from: "2019-02-10", to: "2024-12-31", filter: { regionCodes: ["KZ-71"] }) { ${TREND} }
      empty: ngoRegistrationTrend(interval: YEAR, from: "1990-01-01", to: "1994-12-31") { ${TREND} }
      stats: ngoStatistics(filter: { regionCodes: ["KZ-71"], registeredFrom: "2019-02-10", registeredTo: "2024-12-31" }) { total }
    }`);
    expect(result.quarters.points.map((p) => p.label).slice(0, 2)).toEqual(['2019-Q1', '2019-Q2']);
    expect(result.quarters.total).toBe(result.stats.total);
    expect(result.years.total).toBe(result.stats.total);
    expect(result.years.points.map((p) => p.label)).toEqual(['2019', '2020', '2021', '2022', '2023', '2024']);
    expect(result.empty.points.map((p) => p.count)).toEqual([0, 0, 0, 0, 0]);
  });

  // Whole months come from ngo_month_counts and the range's ends from the rows: each point must be
  // what ngoStatistics (ngo_counts and the rows, another path) counts for its own days.
  test.each(['MONTH', 'QUARTER'])('registrations by %s: each point is the count of its days', async (interval) => {
    const scope = 'statuses: [ACTIVE, SUSPENDED], regionCodes: ["KZ-75", "KZ-71"]';
    const trend = (
      await data<{ t: Trend }>(`{
        t: ngoRegistrationTrend(interval: ${interval}, from: "2021-11-17", to: "2023-02-09", filter: { ${scope} }) { ${TREND} } }`)
    ).t;
    expect(trend.points.length).toBeGreaterThan(4);
    const checks = trend.points
      .map(
        (p, i) =>
          `p${i}: ngoStatistics(filter: { ${scope}, registeredFrom: "${p.start}", registeredTo: "${p.end}" }) { total }`,
      )
      .join('\n');
    const expected = await data<Record<string, { total: number }>>(`{ ${checks} }`);
    expect(trend.points.map((p) => p.count)).toEqual(trend.points.map((_, i) => expected[`p${i}`]!.total));
    expect(sum(trend.points)).toBeGreaterThan(0);
  });
});

describe('labels in three languages', () => {
  const LABELS = `{ ngoStatistics(filter: { regionCodes: ["KZ-75"] }) { byStatus { status label } }
    region(code: "KZ-63") { name kk: name(language: KK) }
    ngoVocabulary { sectors { code label labels { kk ru en } } } }`;

  test.each(['gateway', 'ngos subgraph'] as const)(
    'the language argument wins; without it Accept-Language chooses, with Russian the default (%s)',
    async (target) => {
      const url = target === 'gateway' ? federation.gatewayUrl : federation.subgraphUrls.ngos;
      const subgraph = (headers: Record<string, string>) =>
        federation.query<{
          ngoStatistics: { byStatus: { status: string; label: string }[] };
          region: { name: string; kk: string };
          ngoVocabulary: { sectors: { code: string; label: string; labels: { kk: string; ru: string; en: string } }[] };
        }>(LABELS, undefined, { url, headers });
      const kazakh = await subgraph({ 'accept-language': 'kk-KZ, ru;q=0.8' });
      expect(kazakh.errors).toBeUndefined();
      expect(kazakh.data!.region.name).toBe('Шығыс Қазақстан облысы');
      expect(kazakh.data!.ngoStatistics.byStatus.find((s) => s.status === 'ACTIVE')!.label).toBe('Әрекет етуші');
      const english = await subgraph({ 'accept-language': 'de-DE, en;q=0.7, ru;q=0.5' });
      expect(english.data!.region.name).toBe('East Kazakhstan Region');
      expect(english.data!.region.kk).toBe('Шығыс Қазақстан облысы');
      expect(english.data!.ngoVocabulary.sectors.find((s) => s.code === 'HEALTH')!.label).toBe('Health');
      const none = await subgraph({});
      expect(none.data!.region.name).toBe('Восточно-Казахстанская область');
      expectEvery(none.data!.ngoVocabulary.sectors, (s) => s.labels.kk && s.labels.ru && s.labels.en);
    },
  );

  test('an NGO without an English name falls back to Russian', async () => {
    const result = await data<{ ngos: { nodes: { name: string; names: { ru: string; en: string | null } }[] } }>(
      `{ ngos(first: 100) { nodes { name(language: EN) names { ru en } } } }`,
    );
    const withoutEnglish = result.ngos.nodes.find((n) => n.names.en === null)!;
    expect(withoutEnglish.name).toBe(withoutEnglish.names.ru);
  });
});

describe('bad filters', () => {
  let before: Fingerprint[];

  beforeAll(async () => {
    before = await Promise.all([
      fingerprint(federation.databaseUrls.ngos),
      fingerprint(federation.databaseUrls.councils),
    ]);
  });

  test.each([
    [
      'an unknown region',
      `{ ngoStatistics(filter: { regionCodes: ["KZ-99"] }) { total } }`,
      'filter.regionCodes',
      /not a region code/,
    ],
    [
      'from after to',
      `{ ngoStatistics(filter: { registeredFrom: "2024-01-01", registeredTo: "2023-01-01" }) { total } }`,
      'filter.registeredFrom',
      /is after/,
    ],
    [
      'a year typed wrong',
      `{ councilProjectStatistics(filter: { consideredFrom: "0202-01-01" }) { total } }`,
      'filter.consideredFrom',
      /out of range/,
    ],
    [
      'an unknown region in a region’s detail',
      `{ councilStatistics(filter: { regionCodes: ["75"] }) { councils } }`,
      'filter.regionCodes',
      /KZ-75/,
    ],
    [
      'a council id that is not one',
      `{ councilProjectStatistics(filter: { councilIds: ["x"] }) { total } }`,
      'filter.councilIds',
      /not an id/,
    ],
    [
      'too many points',
      `{ ngoRegistrationTrend(interval: MONTH, from: "1995-01-01", to: "2025-12-31") { total } }`,
      'interval',
      /372 points, more than 240/,
    ],
    [
      'a trend’s range in its filter',
      `{ councilProjectTrend(interval: YEAR, from: "2020-01-01", to: "2024-12-31", filter: { consideredFrom: "2021-01-01" }) { total } }`,
      'filter.consideredFrom',
      /from and to/,
    ],
    [
      'a trend backwards',
      `{ ngoRegistrationTrend(interval: YEAR, from: "2024-01-01", to: "2020-01-01") { total } }`,
      'from',
      /is after/,
    ],
  ])('%s', async (_name, query, argumentName, message) => {
    const result = await federation.query(query);
    // Root fields are nullable (one failing subgraph nulls only its own): the refused field is null.
    const roots = Object.values(result.data ?? { refused: null });
    expect(roots).toEqual(roots.map(() => null));
    expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(result.errors?.[0]?.message).toMatch(message);
    expect(result.errors?.[0]?.extensions?.argumentName).toBe(argumentName);
  });

  test('and the refused requests changed nothing stored, not even the count tables', async () => {
    const after = await Promise.all([
      fingerprint(federation.databaseUrls.ngos),
      fingerprint(federation.databaseUrls.councils),
    ]);
    expect(after).toEqual(before);
    expect(Object.keys(after[0])).toEqual(
      expect.arrayContaining(['ngos', 'ngo_counts', 'ngo_sector_counts', 'ngo_audit_entries']),
    );
  });
});
