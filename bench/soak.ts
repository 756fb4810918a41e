/**
 * The soak of `npm run bench:faults`: `connections` clients sending the
 * fan-out query back to back for `seconds`, every process's resident memory
 * sampled every 5 s. Memory after the warm-up (the first sixth of the run, at
 * least 20 s) is each process's level; the drift is the last sample against
 * it, and the largest sample against it. A garbage-collected heap swings
 * between collections, so one sample lands anywhere on that swing: the trend
 * sets the largest sample of the last third after the warm-up against the
 * largest of the first third, which moves only if what the process keeps
 * grows. Errors are requests that failed or
 * came back incomplete; 503 OVERLOADED answers (load shedding, with
 * Retry-After) are counted apart.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import type { FaultStack, ServiceName } from '../test/support/fault-stack.js';
import { post } from '../test/faults/http-client.js';
import { complete, SPANNING_QUERY, type Spanning } from '../test/faults/queries.js';
import type { GraphQLResponse } from '../test/support/federation.js';
import { latency } from './latency.js';

const SAMPLE_EVERY_MS = 5_000;
const PROCESSES: ServiceName[] = ['gateway', 'ngos', 'councils', 'partners'];

/** Resident memory of a process in MB (Linux /proc, else ps). */
function rssMb(pid: number): number {
  try {
    const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
    const kb = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1]);
    if (Number.isFinite(kb)) return kb / 1024;
  } catch {
    // not Linux: ask ps
  }
  return (
    Number(
      execFileSync('ps', ['-o', 'rss=', '-p', String(pid)])
        .toString()
        .trim(),
    ) / 1024
  );
}

interface SoakResult {
  seconds: number;
  connections: number;
  served: number;
  errors: number;
  shed: number;
  p50: number;
  p99: number;
  /** By process: MB after warm-up, at the end, at most after warm-up; drift of the last and largest sample, %. */
  memory: {
    name: string;
    warmMb: number;
    lastMb: number;
    maxMb: number;
    driftPct: number;
    maxDriftPct: number;
    /** Largest sample in the first and the last third after the warm-up, and the drift between them, %. */
    earlyMaxMb: number;
    lateMaxMb: number;
    trendPct: number;
  }[];
  firstError?: string;
}

export async function soak(stack: FaultStack, connections: number, seconds: number): Promise<SoakResult> {
  const agent = new http.Agent({ keepAlive: true, maxSockets: connections });
  const started = performance.now();
  const until = started + seconds * 1000;
  const warmUntil = started + Math.max(20, seconds / 6) * 1000;
  const samples = new Map<ServiceName, { at: number; mb: number }[]>(PROCESSES.map((name) => [name, []]));
  const sample = () => {
    for (const name of PROCESSES) {
      const pid = stack.service(name).child.pid;
      if (pid) samples.get(name)!.push({ at: performance.now(), mb: rssMb(pid) });
    }
  };
  const sampler = setInterval(sample, SAMPLE_EVERY_MS);
  const times: number[] = [];
  let errors = 0;
  let shed = 0;
  let firstError: string | undefined;
  await Promise.all(
    Array.from({ length: connections }, async () => {
      while (performance.now() < until) {
        const begun = performance.now();
        const outcome = await post(stack.gatewayUrl, { query: SPANNING_QUERY }, agent);
        if (outcome.status === 503 && outcome.body.includes('OVERLOADED')) {
          shed += 1;
          await new Promise((resolve) => setTimeout(resolve, 200));
        } else if (outcome.status === 200 && complete(JSON.parse(outcome.body) as GraphQLResponse<Spanning>)) {
          times.push(performance.now() - begun);
        } else {
          errors += 1;
          firstError ??= `${outcome.status} ${outcome.error ?? ''} ${outcome.body.slice(0, 300)}`;
        }
      }
    }),
  );
  clearInterval(sampler);
  sample();
  agent.destroy();
  const memory = PROCESSES.map((name) => {
    const all = samples.get(name)!;
    const warm = all.find((s) => s.at >= warmUntil) ?? all[0]!;
    const after = all.filter((s) => s.at >= warm.at);
    const last = all.at(-1)!;
    const max = Math.max(...after.map((s) => s.mb));
    const pct = (mb: number, base = warm.mb) => Math.round((mb / base - 1) * 1000) / 10;
    const third = (last.at - warm.at) / 3;
    const largest = (from: number, to: number) =>
      Math.max(...after.filter((s) => s.at >= from && s.at <= to).map((s) => s.mb));
    const earlyMaxMb = largest(warm.at, warm.at + third);
    const lateMaxMb = largest(last.at - third, last.at);
    return {
      name,
      warmMb: warm.mb,
      lastMb: last.mb,
      maxMb: max,
      driftPct: pct(last.mb),
      maxDriftPct: pct(max),
      earlyMaxMb,
      lateMaxMb,
      trendPct: pct(lateMaxMb, earlyMaxMb),
    };
  });
  const figures = times.length ? latency(times) : { median: NaN, p99: NaN };
  return {
    seconds,
    connections,
    served: times.length,
    errors,
    shed,
    p50: figures.median,
    p99: figures.p99,
    memory,
    ...(firstError ? { firstError } : {}),
  };
}

export function printSoak(result: SoakResult): void {
  const mb = (value: number) => `${value.toFixed(1)} MB`;
  process.stdout.write(
    `\nsoak: ${result.connections} connections, ${result.seconds} s: ${result.served} answers served whole, ` +
      `${result.errors} errors, ${result.shed} shed (503), p50 ${result.p50} ms, p99 ${result.p99} ms\n` +
      (result.firstError ? `first error: ${result.firstError}\n` : '') +
      '| process | RSS after warm-up | RSS at the end | largest | drift at the end | largest drift | largest, first third | largest, last third | trend |\n' +
      '|---|---|---|---|---|---|---|---|---|\n',
  );
  for (const m of result.memory) {
    process.stdout.write(
      `| ${m.name} | ${mb(m.warmMb)} | ${mb(m.lastMb)} | ${mb(m.maxMb)} | ${m.driftPct}% | ${m.maxDriftPct}% | ` +
        `${mb(m.earlyMaxMb)} | ${mb(m.lateMaxMb)} | ${m.trendPct}% |\n`,
    );
  }
}
