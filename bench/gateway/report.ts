/**
 * The benchmark's summary: each target's figures per workload (RPS averaged
 * over the cycles, p50 the median of the runs, p99 and memory the worst),
 * the ratios the targets of issue 9 are stated in, and a JSON file.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { PROJECT_ROOT } from '../../lib/config.js';
import type { RunResult } from './load.js';

export type Runs = Record<string, Record<string, RunResult[]>>;
export type Summary = Record<string, Record<string, RunResult>>;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

export function summarize(runs: Runs): Summary {
  const summary: Summary = {};
  for (const [workload, byTarget] of Object.entries(runs)) {
    summary[workload] = {};
    for (const [target, results] of Object.entries(byTarget)) {
      summary[workload][target] = {
        rps: Math.round((results.reduce((sum, r) => sum + r.rps, 0) / results.length) * 10) / 10,
        p50: round(median(results.map((r) => r.p50))),
        p99: Math.max(...results.map((r) => r.p99)),
        errors: results.reduce((sum, r) => sum + r.errors, 0),
        requests: results.reduce((sum, r) => sum + r.requests, 0),
        rssMb: Math.max(...results.map((r) => r.rssMb)),
        cpuMsPerRequest: Math.round(median(results.map((r) => r.cpuMsPerRequest)) * 100) / 100,
      };
    }
  }
  return summary;
}

const round = (value: number) => Math.round(value * 100) / 100;

/** The ratios of the targets, each with the goal it is held to. */
export function ratios(s: Summary): { name: string; value: number; goal: string; met: boolean }[] {
  const rows: { name: string; value: number; goal: string; met: boolean }[] = [];
  const add = (name: string, value: number | undefined, goal: string, met: (v: number) => boolean) => {
    if (value !== undefined && Number.isFinite(value)) rows.push({ name, value: round(value), goal, met: met(value) });
  };
  const rps = (w: string, t: string) => s[w]?.[t]?.rps;
  const ratio = (a: number | undefined, b: number | undefined) => (a === undefined || !b ? undefined : a / b);
  // civic-graph with GATEWAY_WORKERS > 1 (cache off): reported beside the one-worker figures the targets are judged on.
  const multi = [...new Set(Object.values(s).flatMap((w) => Object.keys(w)))].filter((t) =>
    t.startsWith('civic-workers-'),
  );
  for (const w of ['dashboard', 'fan-out', 'tiny', 'fan-out-100']) {
    for (const t of multi) {
      add(`${w}: ${t} (cache off) RPS / stock`, ratio(rps(w, t), rps(w, 'stock')), '-', () => true);
      add(`${w}: ${t} (cache off) RPS / Hive dedupe off`, ratio(rps(w, t), rps(w, 'hive-dedupe-off')), '-', () => true);
    }
    const loose = w === 'dashboard' || w === 'fan-out-100';
    add(
      `${w}: cache off RPS / stock`,
      ratio(rps(w, 'civic-cache-off'), rps(w, 'stock')),
      loose ? '-' : '>= 1.5',
      (v) => loose || v >= 1.5,
    );
    add(
      `${w}: cache off RPS / Hive dedupe off`,
      ratio(rps(w, 'civic-cache-off'), rps(w, 'hive-dedupe-off')),
      loose ? '-' : '>= 1.2',
      (v) => loose || v >= 1.2,
    );
    const likeForLike = ratio(rps(w, 'civic-no-dedupe'), rps(w, 'stock'));
    add(`${w}: cache and dedupe off RPS / stock`, likeForLike, '-', () => true);
    add(
      `${w}: cache and dedupe off RPS / Hive dedupe off`,
      ratio(rps(w, 'civic-no-dedupe'), rps(w, 'hive-dedupe-off')),
      '-',
      () => true,
    );
    add(
      `${w}: cache on RPS / stock`,
      ratio(rps(w, 'civic-cache-on'), rps(w, 'stock')),
      w === 'dashboard' ? '>= 5' : '-',
      (v) => w !== 'dashboard' || v >= 5,
    );
    add(
      `${w}: cache on RPS / Hive dedupe on`,
      ratio(rps(w, 'civic-cache-on'), rps(w, 'hive-dedupe-on')),
      w === 'dashboard' ? '> 1' : '-',
      (v) => w !== 'dashboard' || v > 1,
    );
  }
  for (const t of [
    'civic-cache-off',
    'civic-cache-on',
    'civic-no-dedupe',
    ...multi,
    'stock',
    'hive-dedupe-off',
    'hive-dedupe-on',
  ]) {
    add(
      `tiny: p50 ${t} / direct`,
      ratio(s.tiny?.[t]?.p50, s.tiny?.direct?.p50),
      t === 'civic-cache-off' ? '<= 2.0' : '-',
      (v) => t !== 'civic-cache-off' || v <= 2,
    );
  }
  for (const t of ['civic-cache-off', 'civic-cache-on', 'civic-no-dedupe', ...multi]) {
    const judged = !t.startsWith('civic-workers-');
    add(
      `fan-out-100: p99 ${t} / stock`,
      ratio(s['fan-out-100']?.[t]?.p99, s['fan-out-100']?.stock?.p99),
      judged ? '<= 1' : '-',
      (v) => !judged || v <= 1,
    );
    const rss = (x: string) => Math.max(...Object.values(s).map((w) => w[x]?.rssMb ?? 0)) || undefined;
    add(
      `RSS ${t} / stock (largest of the run)`,
      ratio(rss(t), rss('stock')),
      judged ? '<= 1.2' : '-',
      (v) => !judged || v <= 1.2,
    );
    // Each gateway lives through every workload, so its largest RSS is its worst moment; per workload beside it.
    for (const w of ['dashboard', 'fan-out', 'tiny', 'fan-out-100'])
      add(`${w}: RSS ${t} / stock`, ratio(s[w]?.[t]?.rssMb, s[w]?.stock?.rssMb), '-', () => true);
  }
  // CPU per request: what each gateway itself spends, whatever else the machine is doing.
  for (const w of ['dashboard', 'fan-out', 'tiny']) {
    for (const t of ['civic-cache-off', 'civic-no-dedupe', ...multi]) {
      const cpu = (x: string) => s[w]?.[x]?.cpuMsPerRequest || undefined;
      add(`${w}: CPU ms per request ${t} / stock`, ratio(cpu(t), cpu('stock')), '-', () => true);
    }
  }
  // --against: this checkout's gateway over another's, same settings, same run.
  for (const w of ['dashboard', 'fan-out', 'tiny', 'fan-out-100']) {
    const cpu = (x: string) => s[w]?.[x]?.cpuMsPerRequest || undefined;
    for (const [t, before] of [
      ['civic-cache-off', 'civic-before'],
      ['civic-no-dedupe', 'civic-before-no-dedupe'],
    ] as const) {
      add(`${w}: RPS ${t} / ${before} (--against)`, ratio(rps(w, t), rps(w, before)), '-', () => true);
      add(`${w}: CPU ms per request ${t} / ${before} (--against)`, ratio(cpu(t), cpu(before)), '-', () => true);
    }
  }
  return rows;
}

export function machine(): Record<string, string | number> {
  const cpus = os.cpus();
  return {
    date: new Date().toISOString(),
    host: os.hostname(),
    cpu: cpus[0]?.model ?? 'unknown',
    cores: cpus.length,
    memoryGb: Math.round(os.totalmem() / 2 ** 30),
    node: process.version,
    loadAverage: os
      .loadavg()
      .map((l) => l.toFixed(2))
      .join(' '),
  };
}

export function print(summary: Summary, rows: ReturnType<typeof ratios>): void {
  for (const [workload, byTarget] of Object.entries(summary)) {
    process.stdout.write(
      `\n${workload} (RPS, p50 and p99 of answers served; errors: non-2xx, shed 503s among them)\n` +
        '  target               RPS   p50 ms  p99 ms  errors  RSS MB  CPU ms/req\n',
    );
    for (const [target, r] of Object.entries(byTarget)) {
      const cells = [r.rps.toFixed(1), String(r.p50), String(r.p99), String(r.errors), r.rssMb.toFixed(1)];
      const widths = [7, 9, 8, 8, 8];
      process.stdout.write(
        `  ${target.padEnd(18)}${cells.map((c, i) => c.padStart(widths[i]!)).join('')}${r.cpuMsPerRequest.toFixed(2).padStart(12)}\n`,
      );
    }
  }
  process.stdout.write('\nratios\n');
  for (const row of rows) {
    const verdict = row.goal === '-' ? '' : row.met ? '  met' : '  NOT met';
    process.stdout.write(`  ${row.name.padEnd(48)}${String(row.value).padStart(7)}  ${row.goal}${verdict}\n`);
  }
}

export function save(result: object): string {
  const dir = path.join(PROJECT_ROOT, 'bench', 'results');
  fs.mkdirSync(dir, { recursive: true });
  const file = path.join(dir, `gateway-${new Date().toISOString().replace(/[:.]/g, '-')}.json`);
  fs.writeFileSync(file, `${JSON.stringify(result, null, 2)}\n`);
  return file;
}
