// The reference dashboard: the country overview drawn with Apache ECharts from
// three committed operations of examples/ (overview, trends, funding), sent to
// the public GraphQL API exactly as any client would send them. Labels of
// regions, sectors, fields, outcomes and levels come from the API in the chosen
// language; the page's own words are in TEXT below.
import * as echarts from '/dashboard/vendor/echarts.js';

const LANGUAGES = ['kk', 'ru', 'en'];
const LOCALES = { kk: 'kk-KZ', ru: 'ru-RU', en: 'en-GB' };

const TEXT = {
  title: {
    kk: 'Қазақстанның азаматтық қоғамы: елге шолу',
    ru: 'Гражданское общество Казахстана: обзор по стране',
    en: "Kazakhstan's civil society: the country overview",
  },
  subtitle: {
    kk: 'Барлық сандар civic-graph ашық GraphQL API-інен алынады және сұрау сәтінде дерекқорда есептеледі.',
    ru: 'Все цифры получены из открытого GraphQL API civic-graph и посчитаны базой данных в момент запроса.',
    en: "Every figure comes from civic-graph's public GraphQL API, counted by the database when asked.",
  },
  activeNgos: { kk: 'Белсенді ҮЕҰ', ru: 'Действующие НКО', en: 'Active NGOs' },
  registry: { kk: 'Тізілімдегі ҮЕҰ', ru: 'НКО в реестре', en: 'NGOs in the registry' },
  councils: { kk: 'Қоғамдық кеңестер', ru: 'Общественные советы', en: 'Public councils' },
  members: { kk: 'Кеңес мүшелері', ru: 'Члены советов', en: 'Council members' },
  projects: {
    kk: 'Қаралған жобалар, 3 жыл',
    ru: 'Рассмотренные проекты, 3 года',
    en: 'Projects considered, 3 years',
  },
  disbursedUsd: { kk: 'Донорлар төлегені, USD', ru: 'Выплачено донорами, USD', en: 'Disbursed by donors, USD' },
  ngosByRegion: { kk: 'Өңірлер бойынша белсенді ҮЕҰ', ru: 'Действующие НКО по регионам', en: 'Active NGOs by region' },
  ngosBySector: {
    kk: 'Қызмет салалары бойынша белсенді ҮЕҰ',
    ru: 'Действующие НКО по сферам деятельности',
    en: 'Active NGOs by sector',
  },
  councilsByLevel: {
    kk: 'Деңгейлер бойынша кеңестер мен мүшелер',
    ru: 'Советы и их члены по уровням',
    en: 'Councils and members by level',
  },
  councilsByRegion: {
    kk: 'Өңірлер бойынша жергілікті кеңестер мен мүшелер',
    ru: 'Местные советы и их члены по регионам',
    en: 'Local councils and members by region',
  },
  projectsByField: { kk: 'Салалар бойынша жобалар', ru: 'Проекты по сферам', en: 'Projects by policy field' },
  projectsByOutcome: { kk: 'Қарау нәтижелері бойынша жобалар', ru: 'Проекты по итогам', en: 'Projects by outcome' },
  trends: {
    kk: 'Тоқсан сайын: ҮЕҰ тіркеу және жобалар',
    ru: 'По кварталам: регистрации НКО и проекты',
    en: 'Per quarter: NGO registrations and projects',
  },
  fundingByDonor: {
    kk: 'Донорлар бойынша қаржы, USD',
    ru: 'Финансирование по донорам, USD',
    en: 'Funding by donor, USD',
  },
  fundingBySdg: {
    kk: 'Тұрақты даму мақсаттары бойынша төленгені, USD',
    ru: 'Выплаты по целям устойчивого развития, USD',
    en: 'Disbursed by Sustainable Development Goal, USD',
  },
  councilsSeries: { kk: 'Кеңестер', ru: 'Советы', en: 'Councils' },
  membersSeries: { kk: 'Мүшелер', ru: 'Члены', en: 'Members' },
  registrationsSeries: { kk: 'ҮЕҰ тіркеу', ru: 'Регистрации НКО', en: 'NGO registrations' },
  projectsSeries: { kk: 'Жобалар', ru: 'Проекты', en: 'Projects' },
  committedSeries: { kk: 'Міндеттеме', ru: 'Обязательства', en: 'Committed' },
  disbursedSeries: { kk: 'Төленгені', ru: 'Выплачено', en: 'Disbursed' },
  sdg: { kk: 'ТДМ', ru: 'ЦУР', en: 'SDG' },
  source: { kk: 'Дереккөз', ru: 'Источник', en: 'Source' },
  ngosOwner: { kk: 'ҮЕҰ тізілімі', ru: 'реестр НКО', en: 'the NGO registry' },
  councilsOwner: { kk: 'қоғамдық кеңестер', ru: 'общественные советы', en: 'public councils' },
  trendsOwner: {
    kk: 'ҮЕҰ тізілімі, қоғамдық кеңестер',
    ru: 'реестр НКО, общественные советы',
    en: 'the NGO registry, public councils',
  },
  partnersOwner: {
    kk: 'халықаралық серіктестер (IATI), ҚР Ұлттық Банкінің ресми бағамдары',
    ru: 'международные партнёры (IATI), официальные курсы Национального Банка РК',
    en: 'international partners (IATI), converted at the National Bank of Kazakhstan’s official rates',
  },
  unconverted: {
    kk: 'ресми бағамсыз транзакциялар (қосылмаған)',
    ru: 'транзакций без официального курса (не учтены)',
    en: 'transactions without an official rate (not included)',
  },
  error: { kk: 'Қате', ru: 'Ошибка', en: 'Error' },
  requestId: { kk: 'сұрау', ru: 'запрос', en: 'request' },
};

/**
 * The charts: which operation and which of its fields each draws (cited under
 * the chart), whose data it is, and how it is drawn.
 */
const CHARTS = [
  {
    id: 'ngos-by-region',
    title: 'ngosByRegion',
    operation: 'overview',
    field: 'activeNgos.byRegion',
    owner: 'ngosOwner',
    tall: true,
    draw: ngosByRegion,
  },
  {
    id: 'ngos-by-sector',
    title: 'ngosBySector',
    operation: 'overview',
    field: 'activeNgos.bySector',
    owner: 'ngosOwner',
    tall: true,
    draw: ngosBySector,
  },
  {
    id: 'councils-by-level',
    title: 'councilsByLevel',
    operation: 'overview',
    field: 'councilStatistics.byLevel',
    owner: 'councilsOwner',
    draw: councilsByLevel,
  },
  {
    id: 'councils-by-region',
    title: 'councilsByRegion',
    operation: 'overview',
    field: 'councilStatistics.byRegion',
    owner: 'councilsOwner',
    tall: true,
    draw: councilsByRegion,
  },
  {
    id: 'projects-by-field',
    title: 'projectsByField',
    operation: 'overview',
    field: 'projects.byField',
    owner: 'councilsOwner',
    draw: projectsByField,
  },
  {
    id: 'projects-by-outcome',
    title: 'projectsByOutcome',
    operation: 'overview',
    field: 'projects.byOutcome',
    owner: 'councilsOwner',
    draw: projectsByOutcome,
  },
  {
    id: 'trends',
    title: 'trends',
    operation: 'trends',
    field: 'registrations, projects',
    owner: 'trendsOwner',
    draw: trends,
  },
  {
    id: 'funding-by-donor',
    title: 'fundingByDonor',
    operation: 'funding',
    field: 'fundingByDonor',
    owner: 'partnersOwner',
    draw: fundingByDonor,
  },
  {
    id: 'funding-by-sdg',
    title: 'fundingBySdg',
    operation: 'funding',
    field: 'fundingBySdg',
    owner: 'partnersOwner',
    draw: fundingBySdg,
  },
];

const FIGURES = [
  { id: 'activeNgos', operation: 'overview', value: (d) => d.activeNgos.total },
  { id: 'registry', operation: 'overview', value: (d) => d.registry.total },
  { id: 'councils', operation: 'overview', value: (d) => d.councilStatistics.councils },
  { id: 'members', operation: 'overview', value: (d) => d.councilStatistics.members },
  { id: 'projects', operation: 'overview', value: (d) => d.projects.total },
  {
    id: 'disbursedUsd',
    operation: 'funding',
    value: (d) => sumAmounts(d.fundingByDonor.map((x) => x.converted.disbursed.amount)),
  },
];

let language = initialLanguage();
let generation = 0;
const operationTexts = new Map();
const charts = new Map();

function initialLanguage() {
  const asked = new URLSearchParams(location.search).get('lang');
  if (LANGUAGES.includes(asked)) return asked;
  const preferred = navigator.languages.map((l) => l.slice(0, 2)).find((l) => LANGUAGES.includes(l));
  return preferred ?? 'kk';
}

const t = (key) => TEXT[key][language];
const format = (n, digits = 0) => new Intl.NumberFormat(LOCALES[language], { maximumFractionDigits: digits }).format(n);

/** Exact sum of decimal strings (amounts have at most 2 decimals), as a decimal string. */
function sumAmounts(amounts) {
  const cents = amounts.reduce((total, amount) => {
    const [whole, fraction = ''] = amount.split('.');
    const sign = whole.startsWith('-') ? -1n : 1n;
    return total + BigInt(whole) * 100n + sign * BigInt((fraction + '00').slice(0, 2));
  }, 0n);
  const sign = cents < 0n ? '-' : '';
  const abs = cents < 0n ? -cents : cents;
  return `${sign}${abs / 100n}.${String(abs % 100n).padStart(2, '0')}`;
}

async function operation(name) {
  if (!operationTexts.has(name)) {
    const response = await fetch(`/dashboard/operations/${name}.graphql`);
    if (!response.ok) throw new Error(`${name}.graphql: HTTP ${response.status}`);
    operationTexts.set(name, await response.text());
  }
  return operationTexts.get(name);
}

/** Runs one operation as a public caller; an error names the request id the gateway logged it under. */
async function run(name, variables) {
  const response = await fetch('/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'accept-language': language },
    body: JSON.stringify({ query: await operation(name), variables }),
  });
  const body = await response.json();
  if (body.errors?.length) {
    const first = body.errors[0];
    const id = first.extensions?.requestId ?? response.headers.get('x-request-id');
    throw new Error(`${name}: ${first.message} (${t('requestId')} ${id})`);
  }
  return body.data;
}

function layout() {
  document.documentElement.lang = language;
  document.title = t('title');
  for (const element of document.querySelectorAll('[data-text]')) element.textContent = t(element.dataset.text);
  for (const button of document.querySelectorAll('nav button')) {
    button.setAttribute('aria-pressed', String(button.dataset.lang === language));
  }
  document.getElementById('figures').replaceChildren(
    ...FIGURES.map((figure) => {
      const item = document.createElement('div');
      item.innerHTML = '<dt></dt><dd><output></output></dd>';
      item.querySelector('dt').textContent = t(figure.id);
      item.querySelector('output').dataset.figure = figure.id;
      return item;
    }),
  );
  const container = document.getElementById('charts');
  if (container.childElementCount === 0) {
    for (const chart of CHARTS) {
      const figure = document.createElement('figure');
      figure.dataset.chart = chart.id;
      if (chart.tall) figure.className = 'tall';
      figure.innerHTML = '<h2></h2><div class="chart"></div><figcaption></figcaption>';
      container.append(figure);
      charts.set(chart.id, echarts.init(figure.querySelector('.chart'), null, { renderer: 'svg' }));
    }
  }
  for (const chart of CHARTS) {
    const figure = container.querySelector(`[data-chart="${chart.id}"]`);
    figure.querySelector('h2').textContent = t(chart.title);
    const caption = figure.querySelector('figcaption');
    caption.replaceChildren(`${t('source')}: ${t(chart.owner)} · `);
    const link = document.createElement('a');
    link.href = `/dashboard/operations/${chart.operation}.graphql`;
    link.textContent = `examples/${chart.operation}.graphql`;
    const field = document.createElement('code');
    field.textContent = chart.field;
    caption.append(link, ' › ', field);
  }
}

function render(name, data) {
  for (const figure of FIGURES.filter((f) => f.operation === name)) {
    const output = document.querySelector(`[data-figure="${figure.id}"]`);
    const value = figure.value(data);
    output.dataset.value = String(value);
    output.textContent = format(Number(value));
  }
  for (const chart of CHARTS.filter((c) => c.operation === name)) {
    charts.get(chart.id).setOption({ animation: false, ...chart.draw(data) }, true);
  }
  if (name === 'funding') {
    const unconverted = data.fundingByDonor
      .flatMap((d) => d.converted.unconverted)
      .reduce((n, u) => n + u.transactionCount, 0);
    const caption = document.querySelector('[data-chart="funding-by-donor"] figcaption');
    if (unconverted > 0) caption.append(` · ${format(unconverted)} ${t('unconverted')}`);
  }
}

async function load() {
  const mine = ++generation;
  // The first load counts from the navigation (page, scripts and data); a language switch from the click.
  const startedAt = mine === 1 ? 0 : performance.now();
  document.body.dataset.state = 'loading';
  layout();
  const errors = document.getElementById('errors');
  errors.replaceChildren();
  const upper = language.toUpperCase();
  const requests = { overview: { language: upper }, trends: {}, funding: {} };
  await Promise.all(
    Object.entries(requests).map(async ([name, variables]) => {
      try {
        const data = await run(name, variables);
        if (mine === generation) render(name, data);
      } catch (error) {
        if (mine !== generation) return;
        const line = document.createElement('p');
        line.textContent = `${t('error')}: ${error.message}`;
        errors.append(line);
      }
    }),
  );
  if (mine !== generation) return;
  document.body.dataset.lang = language;
  document.body.dataset.errors = String(errors.childElementCount);
  document.body.dataset.loadMs = String(Math.round(performance.now() - startedAt));
  document.body.dataset.state = 'ready';
}

// ---- the charts ---------------------------------------------------------

const tooltip = () => ({ trigger: 'axis', axisPointer: { type: 'shadow' }, valueFormatter: (v) => format(v, 2) });
const valueAxis = () => ({ type: 'value', axisLabel: { formatter: (v) => format(v) } });
const grid = { left: 8, right: 80, top: 30, bottom: 8, containLabel: true };

/**
 * Horizontal bars over rows, in their order, each labelled with its figure: `label` names a row; each
 * series is [the key of its name, the row's value]. Every bar chart of the dashboard is this.
 */
function bars(rows, label, series) {
  return {
    tooltip: tooltip(),
    legend: series.length > 1 ? { top: 0 } : undefined,
    grid,
    yAxis: { type: 'category', data: rows.map(label), inverse: true, axisLabel: { width: 230, overflow: 'truncate' } },
    xAxis: valueAxis(),
    series: series.map(([key, value]) => ({
      type: 'bar',
      name: t(key),
      data: rows.map(value),
      label: { show: true, position: 'right', formatter: ({ value }) => format(value) },
    })),
  };
}

/** Largest on top. */
const byCount = (items) => [...items].sort((a, b) => b.count - a.count);
const count = (r) => r.count;
const COUNCILS_AND_MEMBERS = [
  ['councilsSeries', (r) => r.councils],
  ['membersSeries', (r) => r.members],
];

// CHARTS (above) names the builders below before this part of the file runs: function declarations, hoisted.
function ngosByRegion(d) {
  return bars(byCount(d.activeNgos.byRegion), (r) => r.region.name, [['activeNgos', count]]);
}
function ngosBySector(d) {
  return bars(byCount(d.activeNgos.bySector), (r) => r.label, [['activeNgos', count]]);
}
function councilsByLevel(d) {
  return bars(d.councilStatistics.byLevel, (r) => r.label, COUNCILS_AND_MEMBERS);
}

/** The operation asks only for region codes here; the names come from the NGO breakdown of the same answer. */
function councilsByRegion(d) {
  const names = new Map(d.activeNgos.byRegion.map((r) => [r.region.code, r.region.name]));
  return bars(d.councilStatistics.byRegion, (r) => names.get(r.region.code) ?? r.region.code, COUNCILS_AND_MEMBERS);
}

function projectsByField(d) {
  return bars(byCount(d.projects.byField), (r) => r.label, [['projectsSeries', count]]);
}

function projectsByOutcome(d) {
  return {
    tooltip: { trigger: 'item', valueFormatter: (v) => format(v) },
    legend: { bottom: 0 },
    series: [
      {
        type: 'pie',
        radius: ['35%', '65%'],
        label: { formatter: ({ name, value }) => `${name}: ${format(value)}` },
        data: d.projects.byOutcome.map((r) => ({ name: r.label, value: r.count })),
      },
    ],
  };
}

function trends(d) {
  const line = (name, points) => ({ type: 'line', name, data: points.map((p) => p.count), smooth: false });
  return {
    tooltip: { trigger: 'axis', valueFormatter: (v) => format(v) },
    legend: { top: 0 },
    grid,
    xAxis: { type: 'category', data: d.registrations.points.map((p) => p.label) },
    yAxis: valueAxis(),
    series: [line(t('registrationsSeries'), d.registrations.points), line(t('projectsSeries'), d.projects.points)],
  };
}

function fundingByDonor(d) {
  const rows = [...d.fundingByDonor].sort(
    (a, b) => Number(b.converted.disbursed.amount) - Number(a.converted.disbursed.amount),
  );
  return bars(rows, (r) => r.donor?.acronym ?? r.donor?.name ?? r.donorOrgRef, [
    ['committedSeries', (r) => Number(r.converted.committed.amount)],
    ['disbursedSeries', (r) => Number(r.converted.disbursed.amount)],
  ]);
}

function fundingBySdg(d) {
  const rows = [...d.fundingBySdg].sort((a, b) => a.goal.goal - b.goal.goal);
  const option = bars(rows, (r) => `${t('sdg')} ${r.goal.goal}`, [
    ['disbursedSeries', (r) => Number(r.converted.disbursed.amount)],
  ]);
  // The goals' titles are in English in the data; the tooltip shows them.
  const titles = new Map(rows.map((r) => [`${t('sdg')} ${r.goal.goal}`, r.goal.title]));
  // The tooltip is HTML and the titles are imported data: encoded.
  option.tooltip.formatter = (items) =>
    `${items[0].name}: ${echarts.format.encodeHTML(titles.get(items[0].name) ?? '')}<br>${format(items[0].value, 2)}`;
  return option;
}

// ---- start --------------------------------------------------------------

for (const button of document.querySelectorAll('nav button')) {
  button.addEventListener('click', () => {
    if (button.dataset.lang === language) return;
    language = button.dataset.lang;
    const url = new URL(location.href);
    url.searchParams.set('lang', language);
    history.replaceState(null, '', url);
    void load();
  });
}
addEventListener('resize', () => charts.forEach((chart) => chart.resize()));
void load();
