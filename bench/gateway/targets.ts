/**
 * The gateways under test, each started as its own process in front of the
 * same running subgraphs: civic-graph (response cache off and on, and with
 * in-flight dedupe off too; one worker, and the cache off with N workers),
 * the stock @apollo/gateway, Hive Gateway (in-flight dedupe off and on), and
 * the ngos subgraph called directly.
 *
 * Like for like: every gateway runs as production runs it (NODE_ENV=production,
 * compiled JavaScript: civic-graph's dist/ from `npm run build`), logs
 * warnings only, and is one process unless its name says workers.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { PROJECT_ROOT, SUBGRAPH_NAMES, type SubgraphName } from '../../lib/config.js';
import { composeSupergraph } from '../../lib/graphql/compose.js';
import { serviceArgs } from '../../lib/processes.js';
import { freePort, startProcess, waitUntilAnswering, type BenchProcess } from './processes.js';

export interface Target {
  name: string;
  url: string;
  /** The process whose memory is measured (its workers included); undefined for the direct subgraph call. */
  process?: BenchProcess;
}

const BENCH_LIMITS = JSON.stringify({ public: { requestsPerMinute: 100_000_000 } });
const PROBE = JSON.stringify({ query: '{ regions { code } }' });

/** The committed supergraph's composition, with the running subgraphs' URLs in place of the defaults. */
function writeSupergraph(dir: string, urls: Record<SubgraphName, string>): string {
  let sdl = composeSupergraph();
  for (const name of SUBGRAPH_NAMES) {
    sdl = sdl.replace(new RegExp(`(join__graph\\(name: "${name}", url: ")[^"]+`), `$1${urls[name]}`);
  }
  const file = path.join(dir, 'supergraph.graphql');
  fs.writeFileSync(file, sdl);
  return file;
}

/** Node's arguments before the script: a CPU profile per process when profiling. */
function nodeArgs(profileDir: string | undefined, name: string): string[] {
  return profileDir ? ['--cpu-prof', `--cpu-prof-dir=${path.join(profileDir, name)}`] : [];
}

/** The compiled gateway, relative to a checkout. */
export const BUILT_GATEWAY = 'dist/gateway/src/index.js';

async function civic(
  name: string,
  urls: Record<SubgraphName, string>,
  extra: NodeJS.ProcessEnv,
  profileDir: string | undefined,
  /** Another checkout whose build runs instead of this one's (--against). */
  checkout?: string,
): Promise<Target> {
  const port = await freePort();
  const env = {
    ...process.env,
    NODE_ENV: 'production',
    LOG_LEVEL: 'warn',
    GATEWAY_PORT: String(port),
    GATEWAY_WORKERS: '1',
    NGOS_URL: urls.ngos,
    COUNCILS_URL: urls.councils,
    PARTNERS_URL: urls.partners,
    GATEWAY_LIMITS: BENCH_LIMITS,
    ...extra,
  };
  const entry = checkout ? [path.join(checkout, BUILT_GATEWAY)] : serviceArgs('gateway', true);
  const process_ = startProcess(name, [...nodeArgs(profileDir, name), ...entry], {
    cwd: checkout ?? PROJECT_ROOT,
    env,
  });
  return { name, url: `http://127.0.0.1:${port}/graphql`, process: process_ };
}

async function stock(supergraph: string, profileDir: string | undefined): Promise<Target> {
  const port = await freePort();
  const args = [...nodeArgs(profileDir, 'stock'), path.join(PROJECT_ROOT, 'bench/gateway/stock-gateway.mjs')];
  const process_ = startProcess('stock', args, {
    cwd: PROJECT_ROOT,
    env: { ...process.env, NODE_ENV: 'production', SUPERGRAPH_PATH: supergraph, PORT: String(port) },
  });
  return { name: 'stock', url: `http://127.0.0.1:${port}/graphql`, process: process_ };
}

/** Hive Gateway reads gateway.config.mjs from its working folder: one folder per setting. */
async function hive(dir: string, supergraph: string, dedupe: boolean): Promise<Target> {
  const port = await freePort();
  const cwd = fs.mkdtempSync(path.join(dir, `hive-${dedupe ? 'on' : 'off'}-`));
  fs.writeFileSync(
    path.join(cwd, 'gateway.config.mjs'),
    `export const gatewayConfig = ${JSON.stringify({
      supergraph,
      port,
      host: '127.0.0.1',
      logging: 'warn',
      transportEntries: { '*.http': { options: { deduplicateInflightRequests: dedupe } } },
    })};\n`,
  );
  const bin = path.join(PROJECT_ROOT, 'node_modules/@graphql-hive/gateway/dist/bin.js');
  // The deployment's own polyfill, so the benchmark runs Hive Gateway as deploy/hive-gateway does.
  const polyfill = path.join(PROJECT_ROOT, 'deploy/hive-gateway/polyfill.mjs');
  const process_ = startProcess(`hive-dedupe-${dedupe ? 'on' : 'off'}`, ['--import', polyfill, bin, 'supergraph'], {
    cwd,
    env: { ...process.env, NODE_ENV: 'production' },
  });
  return { name: `hive-dedupe-${dedupe ? 'on' : 'off'}`, url: `http://127.0.0.1:${port}/graphql`, process: process_ };
}

export interface TargetSettings {
  /** GATEWAY_WORKERS of the extra civic-graph target (cache off); below 2, no such target. */
  workers: number;
  /** Where each gateway process writes its CPU profile (node --cpu-prof), when profiling. */
  profileDir?: string;
  /** Only these targets, besides civic-cache-off (every answer is checked against it). */
  only?: string[];
  /** Another checkout, built: its gateway runs as civic-before and civic-before-no-dedupe (cache off). */
  against?: string;
}

/** Starts every target into `list` (so the caller can stop those started even if a later one fails). */
export async function startTargets(
  list: Target[],
  urls: Record<SubgraphName, string>,
  settings: TargetSettings,
): Promise<void> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'civic-graph-bench-gateway-'));
  const supergraph = writeSupergraph(dir, urls);
  const { profileDir, only } = settings;
  const want = (name: string) => name === 'civic-cache-off' || !only || only.includes(name);
  const civics: [string, NodeJS.ProcessEnv][] = [
    ['civic-cache-off', { RESPONSE_CACHE: 'off' }],
    ['civic-cache-on', { RESPONSE_CACHE: 'on' }],
    // Like-for-like with stock and Hive with dedupe off: nothing shared between requests.
    ['civic-no-dedupe', { RESPONSE_CACHE: 'off', SUBGRAPH_DEDUPE: 'off' }],
  ];
  if (settings.workers > 1)
    civics.push([
      `civic-workers-${settings.workers}`,
      { RESPONSE_CACHE: 'off', GATEWAY_WORKERS: String(settings.workers) },
    ]);
  for (const [name, env] of civics) if (want(name)) list.push(await civic(name, urls, env, profileDir));
  // The same settings built from another checkout: a change's before and after in one run.
  if (settings.against) {
    const before: [string, NodeJS.ProcessEnv][] = [
      ['civic-before', { RESPONSE_CACHE: 'off' }],
      ['civic-before-no-dedupe', { RESPONSE_CACHE: 'off', SUBGRAPH_DEDUPE: 'off' }],
    ];
    for (const [name, env] of before) list.push(await civic(name, urls, env, profileDir, settings.against));
  }
  if (want('stock')) list.push(await stock(supergraph, profileDir));
  if (want('hive-dedupe-off')) list.push(await hive(dir, supergraph, false));
  if (want('hive-dedupe-on')) list.push(await hive(dir, supergraph, true));
  if (want('direct')) list.push({ name: 'direct', url: urls.ngos });
  for (const target of list) if (target.process) await waitUntilAnswering(target.process, target.url, PROBE);
}
