/**
 * `npm run bench:gateway [-- --quick] [-- --seconds N --cycles N --workers N --only W,... --targets T,... --profile DIR --against DIR]`
 *
 * Compiles the project (`npm run build`: civic-graph runs as production runs
 * it, from dist/), starts the subgraphs once (on an embedded PostgreSQL of
 * their own, with the demo data), then civic-graph's gateway with its
 * response cache off and on (one worker) and with N workers (default 2),
 * the stock @apollo/gateway, Hive Gateway with in-flight dedupe off and on,
 * and measures each with autocannon in interleaved runs (the order of the
 * targets rotates every cycle, so a slow moment of the machine does not fall
 * on one target). Before measuring, every gateway's answer is checked
 * against civic-graph's uncached one. Prints RPS, p50, p99, errors and RSS
 * and the ratios; writes everything to bench/results/gateway-<date>.json.
 */
import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { PROJECT_ROOT, SUBGRAPH_NAMES, type SubgraphName } from '../lib/config.js';
import { parseCli } from '../lib/cli-args.js';
import { createLogger } from '../lib/logger.js';
import { spawnService, stopService, waitForHealth, type ServiceProcess } from '../lib/processes.js';
import { startBenchPostgres } from './databases.js';
import { measure } from './gateway/load.js';
import { stopProcess } from './gateway/processes.js';
import { machine, print, ratios, save, summarize, type Runs } from './gateway/report.js';
import { BUILT_GATEWAY, startTargets, type Target } from './gateway/targets.js';
import { workloads, type Workload } from './gateway/workloads.js';

const { values, fail } = parseCli({
  usage: `Usage: npm run bench:gateway -- [--quick] [--seconds N] [--cycles N] [--workers N] [--only W,...] [--targets T,...] [--profile DIR] [--against DIR]

Compiles the project (npm run build), starts the subgraphs on an embedded
PostgreSQL of their own (with the demo data), then civic-graph's gateway with
its response cache off and on (one worker) and with N workers, the stock
@apollo/gateway and Hive Gateway, checks that each gives civic-graph's
answers, and measures each with autocannon in interleaved runs. Progress goes
to stderr; the table of RPS, p50, p99, errors, RSS and the ratios to stdout,
and everything to bench/results/gateway-<date>.json.

  --quick         short runs (3 s, 1 cycle, 1 s of warm-up), to try it out
  --seconds N     length of each measured run (default 15, 3 with --quick)
  --cycles N      rounds over every target (default 2, 1 with --quick)
  --workers N     worker processes of civic-graph's multi-worker target (default 2)
  --only W,...    only these workloads
  --targets T,... only these targets (the reference civic-cache-off always runs)
  --profile DIR   a CPU profile of each gateway process (node --cpu-prof), written to DIR
  --against DIR   also the gateway of another checkout of civic-graph in DIR, built there
                  (npm run build), as civic-before and civic-before-no-dedupe: a change's
                  before and after in one run (e.g. DIR a worktree of main)`,
  options: {
    quick: { type: 'boolean', default: false },
    seconds: { type: 'string' },
    cycles: { type: 'string' },
    workers: { type: 'string' },
    only: { type: 'string' },
    targets: { type: 'string' },
    profile: { type: 'string' },
    against: { type: 'string' },
  },
});
const quick = values.quick;
const seconds = Number(values.seconds ?? (quick ? 3 : 15));
const cycles = Number(values.cycles ?? (quick ? 1 : 2));
const warmSeconds = quick ? 1 : 3;
const workers = Number(values.workers ?? 2);
/** Only the named workloads (comma-separated), e.g. while profiling. */
const only = values.only?.split(',');
/** Only the named targets (comma-separated; the reference civic-cache-off always runs). */
const onlyTargets = values.targets?.split(',');
/** A folder for a CPU profile of each gateway process (node --cpu-prof), written when the benchmark stops them. */
const profile = values.profile;
const profileDir = profile ? path.resolve(profile) : undefined;
if (!Number.isFinite(seconds) || seconds <= 0) fail(`--seconds takes a number of seconds, got ${values.seconds}`);
if (!Number.isInteger(cycles) || cycles < 1) fail(`--cycles takes a whole number from 1, got ${values.cycles}`);
if (!Number.isInteger(workers) || workers < 1) fail(`--workers takes a whole number from 1, got ${values.workers}`);
/** Another checkout whose compiled gateway is measured beside this one's. */
const against = values.against ? path.resolve(values.against) : undefined;
if (against && !fs.existsSync(path.join(against, BUILT_GATEWAY)))
  fail(
    `--against ${values.against}: no ${BUILT_GATEWAY} there; run \`npm ci && npm run build\` in that checkout first`,
  );

async function post(url: string, body: string): Promise<{ data?: unknown; errors?: unknown[] }> {
  const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
  return (await response.json()) as { data?: unknown; errors?: unknown[] };
}

/** Every gateway must give civic-graph's uncached answer, or its speed means nothing. */
async function checkAnswers(targets: Target[], list: Workload[]): Promise<string[]> {
  const problems: string[] = [];
  const reference = targets.find((t) => t.name === 'civic-cache-off')!;
  for (const workload of list) {
    const expected = await post(reference.url, workload.body);
    if (expected.errors || !expected.data) problems.push(`${workload.name}: civic-graph answered with errors`);
    for (const target of targets.filter((t) => t.process)) {
      const answer = await post(target.url, workload.body);
      if (!isDeepStrictEqual(answer.data, expected.data) || answer.errors)
        problems.push(`${workload.name}: ${target.name} answered differently: ${JSON.stringify(answer).slice(0, 300)}`);
    }
  }
  return problems;
}

function targetsFor(workload: Workload, targets: Target[]): Target[] {
  return targets.filter((t) => t.process || workload.direct);
}

async function run(targets: Target[], list: Workload[]): Promise<Runs> {
  const runs: Runs = {};
  for (const workload of list)
    for (const target of targetsFor(workload, targets)) {
      process.stderr.write(`warming ${target.name} on ${workload.name}\n`);
      await measure({ url: target.url, body: workload.body, connections: 10, seconds: warmSeconds });
    }
  for (let cycle = 0; cycle < cycles; cycle += 1) {
    for (const workload of list) {
      const order = targetsFor(workload, targets);
      const rotated = [...order.slice(cycle % order.length), ...order.slice(0, cycle % order.length)];
      for (const target of rotated) {
        const result = await measure({
          url: target.url,
          body: workload.body,
          connections: workload.connections,
          seconds,
          ...(target.process?.child.pid ? { pid: target.process.child.pid } : {}),
        });
        ((runs[workload.name] ??= {})[target.name] ??= []).push(result);
        process.stderr.write(
          `cycle ${cycle + 1} ${workload.name} ${target.name}: ${result.rps} RPS, p50 ${result.p50} ms, p99 ${result.p99} ms, ${result.errors} errors\n`,
        );
      }
    }
  }
  return runs;
}

const logger = createLogger('bench', 'warn');
const postgres = await startBenchPostgres(logger);
const subgraphs: ServiceProcess[] = [];
const targets: Target[] = [];
try {
  process.stderr.write('compiling (npm run build) ...\n');
  // The compiler's messages are logs: stderr, as the progress lines.
  execFileSync('npm', ['run', '--silent', 'build'], { cwd: PROJECT_ROOT, stdio: ['ignore', 2, 2] });
  // Secrets of this run only: the civic-graph gateway runs in production, which refuses the development ones.
  const secrets = {
    AUTH_JWT_SECRET: randomBytes(36).toString('base64'),
    INTERNAL_TOKEN_SECRET: randomBytes(36).toString('base64'),
  };
  process.env = { ...process.env, ...secrets };
  // The subgraphs in development (the reference gateways send no internal token), compiled like the gateway.
  const env: NodeJS.ProcessEnv = { ...process.env, NODE_ENV: 'development', LOG_LEVEL: 'warn' };
  for (const name of SUBGRAPH_NAMES) {
    env[`${name.toUpperCase()}_DATABASE_URL`] = `${postgres.server.serverUrl}/bench_${name}`;
    env[`${name.toUpperCase()}_PORT`] = '0';
  }
  for (const name of SUBGRAPH_NAMES) subgraphs.push(spawnService(name, { env, compiled: true }));
  const addresses = await Promise.all(subgraphs.map((s) => waitForHealth(s, 300_000)));
  const urls = Object.fromEntries(SUBGRAPH_NAMES.map((name, i) => [name, addresses[i]!.url])) as Record<
    SubgraphName,
    string
  >;
  await startTargets(targets, urls, {
    workers,
    ...(profileDir ? { profileDir } : {}),
    ...(onlyTargets ? { only: onlyTargets } : {}),
    ...(against ? { against } : {}),
  });
  const list = workloads().filter((w) => !only || only.includes(w.name));
  const problems = await checkAnswers(targets, list);
  for (const problem of problems) process.stderr.write(`WARNING: ${problem}\n`);
  const runs = await run(targets, list);
  const summary = summarize(runs);
  const rows = ratios(summary);
  print(summary, rows);
  const file = save({
    machine: machine(),
    settings: { seconds, cycles, quick, workers, compiled: true, nodeEnv: 'production', logLevel: 'warn', against },
    problems,
    summary,
    ratios: rows,
    runs,
  });
  process.stdout.write(`\nmachine: ${JSON.stringify(machine())}\nresults: ${file}\n`);
} finally {
  for (const target of targets) if (target.process) await stopProcess(target.process);
  for (const service of subgraphs) await stopService(service);
  await postgres.stop();
}
