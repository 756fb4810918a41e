/**
 * `npm run bench:faults`: faults injected into the federation running as
 * real processes on loopback, with the default timeouts. Prints, per fault,
 * the time to a (partial) answer, the errors in it and the time until
 * answers are whole again; then the fan-out query's p50/p99 at 20 and 100
 * connections with load shedding on (GATEWAY_MAX_IN_FLIGHT) and off (0).
 * `--seconds N` sets each load run's length (default 8). Last, the soak
 * (soak.ts): 50 connections for `--soak-seconds` (default 180; 0 skips it),
 * with errors and every process's memory drift after warm-up.
 */
import { parseCli } from '../lib/cli-args.js';
import http from 'node:http';
import os from 'node:os';
import { createLogger } from '../lib/logger.js';
import { startFaultStack, type FaultStack } from '../test/support/fault-stack.js';
import { post } from '../test/faults/http-client.js';
import { ask, complete, SPANNING_QUERY, untilComplete, type Spanning } from '../test/faults/queries.js';
import { buildScale, startBenchPostgres } from './databases.js';
import { latency } from './latency.js';
import { printSoak, soak } from './soak.js';

const cli = parseCli({
  usage: `Usage: npm run bench:faults -- [--seconds N] [--soak-seconds N]

Faults injected into the federation running as real processes on loopback:
per fault, the time to a (partial) answer, its errors and the time until
answers are whole again; the fan-out query's p50/p99 with load shedding on
and off; then a soak with every process's memory drift. Tables on stdout.

  --seconds N       length of each load run (default 8)
  --soak-seconds N  length of the soak at 50 connections (default 180; 0 skips it)`,
  options: { seconds: { type: 'string' }, 'soak-seconds': { type: 'string' } },
});
const SOAK_CONNECTIONS = 50;

interface Row {
  scenario: string;
  answerMs: number;
  errors: string;
  recoveryMs: number;
}

async function scenario(stack: FaultStack, name: string, inject: () => Promise<void>, heal: () => Promise<void>) {
  await inject();
  const { body, ms } = await ask<Spanning>(stack.gatewayUrl, SPANNING_QUERY);
  const errors = (body.errors ?? []).map((e) => `${String(e.extensions?.code)}@${String(e.extensions?.serviceName)}`);
  const healing = performance.now();
  await heal();
  const recoveryMs = performance.now() - healing + (await untilComplete(stack.gatewayUrl, 60_000));
  return { scenario: name, answerMs: ms, errors: [...new Set(errors)].join(' ') || 'none', recoveryMs };
}

async function faultRows(stack: FaultStack): Promise<Row[]> {
  const partners = () => stack.service('partners').child;
  const rows: Row[] = [];
  rows.push(
    await scenario(
      stack,
      'partners hung (SIGSTOP), healed by SIGCONT',
      async () => void partners().kill('SIGSTOP'),
      async () => void partners().kill('SIGCONT'),
    ),
  );
  rows.push(
    await scenario(
      stack,
      'partners killed (SIGKILL), restarted',
      async () => {
        const exited = new Promise((resolve) => partners().once('exit', resolve));
        partners().kill('SIGKILL');
        await exited;
      },
      () => stack.restart('partners'),
    ),
  );
  rows.push(
    await scenario(
      stack,
      "partners' database hung, then back",
      () => stack.proxies.partners.set('hung'),
      () => stack.proxies.partners.set('up'),
    ),
  );
  rows.push(
    await scenario(
      stack,
      "partners' database gone, then back",
      () => stack.proxies.partners.set('down'),
      () => stack.proxies.partners.set('up'),
    ),
  );
  return rows;
}

async function idleGapFailures(stack: FaultStack): Promise<string> {
  const agent = new http.Agent({ keepAlive: true });
  const query = { query: '{ regions { code councilStatistics { councils } funding { transactionCount } } }' };
  let failed = 0;
  for (const gap of [5_200, 5_600, 6_000]) {
    await new Promise((resolve) => setTimeout(resolve, gap));
    const outcomes = await Promise.all(Array.from({ length: 40 }, () => post(stack.gatewayUrl, query, agent)));
    failed += outcomes.filter((o) => o.status !== 200 || o.body.includes('"errors"')).length;
  }
  agent.destroy();
  return `${failed} of 120 failed`;
}

/** `connections` clients sending the fan-out query back to back for `seconds`. */
async function load(url: string, connections: number, seconds: number) {
  const agent = new http.Agent({ keepAlive: true, maxSockets: connections });
  const times: number[] = [];
  let shed = 0;
  let failed = 0;
  const until = performance.now() + seconds * 1000;
  await Promise.all(
    Array.from({ length: connections }, async () => {
      while (performance.now() < until) {
        const started = performance.now();
        const outcome = await post(url, { query: SPANNING_QUERY }, agent);
        const ms = performance.now() - started;
        if (outcome.status === 503 && outcome.body.includes('OVERLOADED')) {
          shed += 1;
          // As a client honouring Retry-After would, a little sooner.
          await new Promise((resolve) => setTimeout(resolve, 200));
        } else if (outcome.status === 200 && complete(JSON.parse(outcome.body) as Parameters<typeof complete>[0]))
          times.push(ms);
        else failed += 1;
      }
    }),
  );
  agent.destroy();
  const figures = times.length ? latency(times) : { median: NaN, p99: NaN };
  return { served: times.length, shed, failed, p50: figures.median, p99: figures.p99 };
}

async function main(): Promise<void> {
  const { values } = cli;
  const seconds = Number(values.seconds ?? 8);
  if (!Number.isFinite(seconds) || seconds < 1)
    cli.fail(`--seconds must be a number of seconds, got ${values.seconds}`);
  const soakSeconds = Number(values['soak-seconds'] ?? 180);
  if (!Number.isFinite(soakSeconds) || soakSeconds < 0)
    cli.fail(`--soak-seconds must be a number of seconds (0 skips the soak), got ${values['soak-seconds']}`);
  const loadAverage = () =>
    os
      .loadavg()
      .map((n) => n.toFixed(2))
      .join(' ');
  process.stdout.write(`machine: ${os.cpus().length} cores, load average ${loadAverage()} at the start\n`);
  const logger = createLogger('bench-faults', 'warn');
  process.stderr.write('preparing the demo databases...\n');
  const postgres = await startBenchPostgres(logger);
  const databases = await buildScale(postgres.server.serverUrl, 1, logger);
  const limits = JSON.stringify({ public: { requestsPerMinute: 1_000_000 } });
  const stack = await startFaultStack({ LOG_LEVEL: 'error', GATEWAY_LIMITS: limits }, databases);
  try {
    process.stderr.write('injecting faults...\n');
    const rows = await faultRows(stack);
    const idle = await idleGapFailures(stack);
    process.stdout.write(
      '\n| scenario | time to (partial) answer | errors in it | time to full recovery |\n|---|---|---|---|\n',
    );
    for (const row of rows) {
      process.stdout.write(
        `| ${row.scenario} | ${Math.round(row.answerMs)} ms | ${row.errors} | ${Math.round(row.recoveryMs)} ms |\n`,
      );
    }
    process.stdout.write(`| idle gaps of 5.2, 5.6, 6.0 s, then 40 requests each | | ${idle} | |\n`);

    process.stdout.write(
      `\nfan-out query, ${seconds} s per run\n| connections | shedding | served | shed (503) | failed | p50 | p99 |\n|---|---|---|---|---|---|---|\n`,
    );
    for (const shedding of ['on', 'off'] as const) {
      await stack.restart('gateway', { GATEWAY_MAX_IN_FLIGHT: shedding === 'on' ? '48' : '0' });
      for (const connections of [20, 100]) {
        const r = await load(stack.gatewayUrl, connections, seconds);
        process.stdout.write(
          `| ${connections} | ${shedding} | ${r.served} | ${r.shed} | ${r.failed} | ${r.p50} ms | ${r.p99} ms |\n`,
        );
      }
    }
    if (soakSeconds > 0) {
      // The soak runs on the default settings (shedding on).
      await stack.restart('gateway');
      process.stderr.write(`soak: ${SOAK_CONNECTIONS} connections for ${soakSeconds} s...\n`);
      printSoak(await soak(stack, SOAK_CONNECTIONS, soakSeconds));
    }
    process.stdout.write(`\nload average ${loadAverage()} at the end\n`);
  } finally {
    await stack.stop();
    await postgres.stop();
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    process.stderr.write(`bench:faults failed: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  },
);
