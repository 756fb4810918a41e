/**
 * The ministries' dashboard in a real browser with internet refused: it
 * loads from the gateway alone, draws every chart, and what it shows (the
 * headline figures and each chart's categories and values) equals what the
 * test itself gets from the public API with the same operations of
 * examples/, in Kazakh, Russian and English. Screenshots of each language
 * go to test-results/screenshots/, the page's own load time to
 * test-results/dashboard-load.json.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { Decimal } from 'decimal.js';
import type { Browser, Page } from 'puppeteer-core';
import { PROJECT_ROOT } from '../../lib/config.js';
import type { FundingQuery, OverviewQuery, TrendsQuery } from '../../examples/client/generated/graphql.js';
import { dataOf, present, type Roots } from '../support/data-of.js';
import { startFederation, type Federation } from '../support/federation.js';
import { launchBrowser, offlinePage, screenshot, SCREENSHOTS } from '../support/browser.js';

type Language = 'kk' | 'ru' | 'en';
// The dashboard's operations are the files of examples/, typed by the client example's codegen.
type Overview = Roots<OverviewQuery>;
type Funding = Roots<FundingQuery>;
type Trends = Roots<TrendsQuery>;
interface Results {
  overview: OverviewQuery;
  trends: TrendsQuery;
  funding: FundingQuery;
}

type Drawn = Record<string, number[]>;

const SDG: Record<Language, string> = { kk: 'ТДМ', ru: 'ЦУР', en: 'SDG' };
const CHARTS = [
  'ngos-by-region',
  'ngos-by-sector',
  'councils-by-level',
  'councils-by-region',
  'projects-by-field',
  'projects-by-outcome',
  'trends',
  'funding-by-donor',
  'funding-by-sdg',
];

let federation: Federation;
let browser: Browser;
let origin: string;
const loadTimes: Record<string, number> = {};

const example = (name: string) => fs.readFileSync(path.join(PROJECT_ROOT, 'examples', `${name}.graphql`), 'utf8');

async function ask<N extends keyof Results>(
  name: N,
  variables: Record<string, unknown> = {},
): Promise<Roots<Results[N]>> {
  const result = await federation.query<Results[N]>(example(name), variables);
  expect(result.errors).toBeUndefined();
  return dataOf(result);
}

beforeAll(async () => {
  [federation, browser] = await Promise.all([startFederation(), launchBrowser()]);
  origin = new URL(federation.gatewayUrl).origin;
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await federation?.stop();
  if (Object.keys(loadTimes).length) {
    fs.mkdirSync(path.dirname(SCREENSHOTS), { recursive: true });
    fs.writeFileSync(path.join(SCREENSHOTS, '..', 'dashboard-load.json'), JSON.stringify(loadTimes, null, 2));
  }
});

/** Waits for the page to say it has drawn everything, and keeps the time it took by its own measure. */
async function waitUntilReady(page: Page, language: Language, measured: string): Promise<void> {
  await page.waitForSelector(`body[data-state="ready"][data-lang="${language}"]`, { timeout: 30_000 });
  loadTimes[measured] = Number(await page.$eval('body', (body) => body.dataset.loadMs));
}

/** The headline figures: the exact value each carries and the digits a reader sees. */
async function figures(page: Page): Promise<Record<string, { value: string; shown: string }>> {
  return page.$$eval('[data-figure]', (outputs) =>
    Object.fromEntries(
      outputs.map((o) => [
        o.getAttribute('data-figure'),
        { value: o.getAttribute('data-value'), shown: o.textContent },
      ]),
    ),
  );
}

// Read inside the page: the same ECharts module instance the dashboard drew with.
const READ_CHARTS = `(async () => {
  const echarts = await import('/dashboard/vendor/echarts.js');
  const drawn = {};
  for (const figure of document.querySelectorAll('[data-chart]')) {
    const option = echarts.getInstanceByDom(figure.querySelector('.chart')).getOption();
    const axis = [...(option.yAxis ?? []), ...(option.xAxis ?? [])].find((a) => a.type === 'category');
    const rows = {};
    if (axis) axis.data.forEach((name, i) => (rows[name] = option.series.map((s) => s.data[i])));
    else for (const slice of option.series[0].data) rows[slice.name] = [slice.value];
    drawn[figure.dataset.chart] = { rows, categories: axis ? axis.data.length : option.series[0].data.length,
      svgText: figure.querySelector('svg')?.textContent ?? '' };
  }
  return drawn;
})()`;

async function chartsDrawn(page: Page): Promise<Record<string, { rows: Drawn; categories: number; svgText: string }>> {
  return page.evaluate(READ_CHARTS) as Promise<Record<string, { rows: Drawn; categories: number; svgText: string }>>;
}

/** What each chart should show, built by the test from the API's answers. */
function expectedCharts(
  language: Language,
  overview: Overview,
  trends: Trends,
  funding: Funding,
): Record<string, Drawn> {
  const rows = <T>(items: T[], name: (item: T) => string, values: (item: T) => number[]) =>
    Object.fromEntries(items.map((item) => [name(item), values(item)]));
  const regionName = new Map(overview.activeNgos.byRegion.map((r) => [r.region.code, r.region.name]));
  return {
    'ngos-by-region': rows(
      overview.activeNgos.byRegion,
      (r) => r.region.name,
      (r) => [r.count],
    ),
    'ngos-by-sector': rows(
      overview.activeNgos.bySector,
      (s) => s.label,
      (s) => [s.count],
    ),
    'councils-by-level': rows(
      overview.councilStatistics.byLevel,
      (l) => l.label,
      (l) => [l.councils, l.members],
    ),
    'councils-by-region': rows(
      overview.councilStatistics.byRegion,
      (r) => regionName.get(r.region.code)!,
      (r) => [r.councils, r.members],
    ),
    'projects-by-field': rows(
      overview.projects.byField,
      (f) => f.label,
      (f) => [f.count],
    ),
    'projects-by-outcome': rows(
      overview.projects.byOutcome,
      (o) => o.label,
      (o) => [o.count],
    ),
    trends: rows(
      trends.registrations.points,
      (p) => p.label,
      (p) => [p.count, trends.projects.points.find((q) => q.label === p.label)!.count],
    ),
    'funding-by-donor': rows(
      funding.fundingByDonor,
      (d) => d.donor?.acronym ?? d.donor?.name ?? d.donorOrgRef,
      (d) => {
        const converted = present(d.converted, `${d.donorOrgRef}'s converted totals`);
        return [Number(converted.committed.amount), Number(converted.disbursed.amount)];
      },
    ),
    'funding-by-sdg': rows(
      funding.fundingBySdg,
      (g) => `${SDG[language]} ${g.goal.goal}`,
      (g) => [Number(present(g.converted, `SDG ${g.goal.goal}'s converted totals`).disbursed.amount)],
    ),
  };
}

/** Checks everything the page shows in one language against the API. */
async function checkAgainstApi(page: Page, language: Language): Promise<void> {
  const [overview, trends, funding] = await Promise.all([
    ask('overview', { language: language.toUpperCase() }),
    ask('trends'),
    ask('funding'),
  ]);
  const disbursed = funding.fundingByDonor
    .reduce(
      (sum, d) => sum.plus(present(d.converted, `${d.donorOrgRef}'s converted totals`).disbursed.amount),
      new Decimal(0),
    )
    .toFixed(2);
  const shown = await figures(page);
  expect(Object.fromEntries(Object.entries(shown).map(([id, f]) => [id, f.value]))).toEqual({
    activeNgos: String(overview.activeNgos.total),
    registry: String(overview.registry.total),
    councils: String(overview.councilStatistics.councils),
    members: String(overview.councilStatistics.members),
    projects: String(overview.projects.total),
    disbursedUsd: disbursed,
  });
  // What a reader sees is the same number, grouped the language's way (digits only compared).
  for (const id of ['activeNgos', 'registry', 'councils', 'members', 'projects'])
    expect(shown[id]!.shown.replace(/\D/g, '')).toBe(shown[id]!.value);
  // The demo's published figure, as the forum reported it.
  expect(overview.activeNgos.total).toBe(18_000);
  expect(overview.councilStatistics.councils).toBeGreaterThan(260);

  const drawn = await chartsDrawn(page);
  expect(Object.keys(drawn).sort()).toEqual([...CHARTS].sort());
  const expected = expectedCharts(language, overview, trends, funding);
  for (const id of CHARTS) {
    expect({ id, rows: drawn[id]!.rows }).toEqual({ id, rows: expected[id] });
    // Category names are unique, so nothing was folded together in the comparison above.
    expect(drawn[id]!.categories).toBe(Object.keys(expected[id]!).length);
    expect(drawn[id]!.categories).toBeGreaterThan(1);
  }
  // The SVG really holds the labels: the largest region's name is drawn.
  const largest = [...overview.activeNgos.byRegion].sort((a, b) => b.count - a.count)[0]!;
  expect(drawn['ngos-by-region']!.svgText).toContain(largest.region.name);
}

describe('the dashboard, offline', () => {
  test('draws the country overview with the API’s figures in Kazakh, then English and Russian', async () => {
    const { page, refused, pageErrors } = await offlinePage(browser);
    const response = await page.goto(`${origin}/dashboard?lang=kk`, { waitUntil: 'load' });
    expect(response?.status()).toBe(200);
    await waitUntilReady(page, 'kk', 'first page load (kk), gateway just started, ms');
    expect(await page.$eval('body', (b) => b.dataset.errors)).toBe('0');
    expect(await page.$eval('html', (h) => h.lang)).toBe('kk');
    await checkAgainstApi(page, 'kk');
    await screenshot(page, 'dashboard-kk', { fullPage: true });

    for (const language of ['en', 'ru'] as const) {
      await page.click(`nav button[data-lang="${language}"]`);
      await waitUntilReady(page, language, `switch to ${language}, ms`);
      expect(await page.$eval('body', (b) => b.dataset.errors)).toBe('0');
      expect(page.url()).toContain(`lang=${language}`);
      await checkAgainstApi(page, language);
      await screenshot(page, `dashboard-${language}`, { fullPage: true });
    }
    expect(await page.$eval('h1', (h) => h.textContent)).toBe('Гражданское общество Казахстана: обзор по стране');

    expect(refused).toEqual([]);
    expect(pageErrors).toEqual([]);
    await page.close();
  }, 120_000);

  test('every chart cites the operation and field it draws, and the operation is the committed file', async () => {
    const { page, refused } = await offlinePage(browser);
    await page.goto(`${origin}/dashboard?lang=en`, { waitUntil: 'load' });
    await waitUntilReady(page, 'en', 'second page load (en), ms');
    const citations = await page.$$eval('[data-chart] figcaption', (captions) =>
      captions.map((c) => ({
        href: c.querySelector('a')!.getAttribute('href')!,
        field: c.querySelector('code')!.textContent,
      })),
    );
    expect(citations).toHaveLength(CHARTS.length);
    for (const { href } of new Set(citations)) {
      const served = await fetch(`${origin}${href}`);
      expect(served.status).toBe(200);
      expect(await served.text()).toBe(example(path.basename(href, '.graphql')));
    }
    expect(citations.map((c) => c.field)).toContain('activeNgos.byRegion');
    const missing = await fetch(`${origin}/dashboard/operations/search.graphql`);
    expect(missing.status).toBe(404);
    expect(refused).toEqual([]);
    await page.close();
  });
});
