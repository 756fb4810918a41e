/**
 * `npm start` as a newcomer runs it: the embedded PostgreSQL, migrations,
 * demo data, three subgraphs and the gateway, the URL printed; Ctrl-C stops
 * everything; a second start reuses the data without loading it again.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, test } from '@jest/globals';
import pg from 'pg';
import { PROJECT_ROOT } from '../../lib/config.js';
import { embeddedServerUrl } from '../../lib/database/embedded.js';
import { postGraphQL } from '../support/federation.js';
import { graphql } from '../generated/index.js';
import { dataOf } from '../support/data-of.js';

const ACTIVE_NGOS = graphql(`
  query NpmStartActiveNgos {
    ngos(filter: { statuses: [ACTIVE] }) {
      totalCount
    }
  }
`);

const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'civic-graph-start-'));
let running: ChildProcess | undefined;

afterAll(async () => {
  running?.kill('SIGKILL');
  fs.rmSync(dataDir, { recursive: true, force: true });
});

/** Port 0 everywhere: each service binds a free port itself and reports it; the database retries a taken one. */
const ANY_PORTS = { EMBEDDED_PG_PORT: '0', GATEWAY_PORT: '0', NGOS_PORT: '0', COUNCILS_PORT: '0', PARTNERS_PORT: '0' };

/**
 * The ports a start used: the database's and the subgraphs' from their log lines (JSON,
 * LOG_LEVEL=info), the gateway's from the URL it prints (its own log line may come after).
 */
function portsIn(start: { url: string; output: () => string }): { database: number; services: Record<string, number> } {
  const output = start.output();
  const lines = output.split('\n').flatMap((line) => {
    try {
      return [JSON.parse(line) as { msg?: string; port?: number; url?: string }];
    } catch {
      return []; // not a log line (the banner), or two processes' writes interleaved
    }
  });
  const database = lines.find((l) => l.msg === 'embedded PostgreSQL started')?.port;
  const services: Record<string, number> = {};
  for (const line of lines) {
    const name = /^(\w+) listening$/.exec(line.msg ?? '')?.[1];
    if (name && name !== 'gateway' && line.url) services[name] = Number(new URL(line.url).port);
  }
  services.gateway = Number(new URL(start.url).port);
  expect(Object.keys(services).sort()).toEqual(['councils', 'gateway', 'ngos', 'partners']);
  expect(database).toBeGreaterThan(0);
  return { database: database!, services };
}

/** Runs `npm start`'s script until it prints the gateway URL; returns the URL, the output so far and the time it took. */
async function start(
  env: Record<string, string>,
): Promise<{ child: ChildProcess; url: string; output: () => string; stdout: () => string; ms: number }> {
  const started = Date.now();
  const child = spawn(process.execPath, ['--import', 'tsx', path.join(PROJECT_ROOT, 'scripts', 'start.ts')], {
    cwd: PROJECT_ROOT,
    env: { ...process.env, ...env, EMBEDDED_PG_DIR: dataDir, LOG_LEVEL: 'info', NODE_ENV: 'development' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  running = child;
  let output = '';
  let stdout = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`npm start did not come up in time:\n${output.slice(-5000)}`)),
      240_000,
    );
    const read = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /civic-graph is up: (\S+)/.exec(output);
      if (match) {
        clearTimeout(timer);
        resolve(match[1]!);
      }
    };
    child.stdout.on('data', read);
    child.stderr.on('data', read);
    child.once('exit', (code) => reject(new Error(`npm start exited with ${code}:\n${output.slice(-5000)}`)));
  });
  return { child, url, output: () => output, stdout: () => stdout, ms: Date.now() - started };
}

async function stop(child: ChildProcess): Promise<number | null> {
  const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
  child.kill('SIGINT');
  return exited;
}

async function databaseAnswers(port: number): Promise<boolean> {
  const client = new pg.Client({
    connectionString: `${embeddedServerUrl(port)}/postgres`,
    connectionTimeoutMillis: 1000,
  });
  try {
    await client.connect();
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => undefined);
  }
}

describe('npm start', () => {
  test('comes up with demo data, stops on Ctrl-C, and a second start reuses the data', async () => {
    const first = await start(ANY_PORTS);
    const used = portsIn(first);
    expect(first.url).toMatch(/^http:\/\/localhost:\d+\/graphql$/);
    expect(used.services.gateway).toBeGreaterThan(0);
    expect(first.output()).toMatch(/"msg":"seeded"/);
    // Its output on stdout is the URL; every log line (its own, the services', the database's) is on stderr.
    expect(first.stdout().trim()).toMatch(/^civic-graph is up: http:\/\/localhost:\d+\/graphql +\(Ctrl-C stops it\)$/);
    const result = await postGraphQL(`http://127.0.0.1:${used.services.gateway}/graphql`, ACTIVE_NGOS);
    expect(dataOf(result).ngos.totalCount).toBe(18_000);

    expect(await stop(first.child)).toBe(0);
    expect(await databaseAnswers(used.database)).toBe(false);
    for (const port of Object.values(used.services)) {
      await expect(fetch(`http://127.0.0.1:${port}/health`)).rejects.toThrow();
    }

    const second = await start(ANY_PORTS);
    expect(second.output()).not.toMatch(/"msg":"seeded"/);
    const again = await postGraphQL(`http://127.0.0.1:${portsIn(second).services.gateway}/graphql`, ACTIVE_NGOS);
    expect(dataOf(again).ngos.totalCount).toBe(18_000);
    process.stdout.write(`npm start: first ${first.ms} ms (with seeding), second ${second.ms} ms\n`);
    expect(await stop(second.child)).toBe(0);
  }, 600_000);
});
