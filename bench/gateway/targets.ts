/**
 * The gateways under test, each started as its own process in front of the
 * same running subgraphs: civic-graph (response cache off and on, and with
 * in-flight dedupe off too), the stock
 * @apollo/gateway, Hive Gateway (in-flight dedupe off and on), and the ngos
 * subgraph called directly.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { PROJECT_ROOT, SUBGRAPH_NAMES, type SubgraphName } from '../../lib/config.js';
import { composeSupergraph } from '../../lib/graphql/compose.js';
import { spawnService, waitForHealth } from '../../lib/processes.js';
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

async function civic(name: string, urls: Record<SubgraphName, string>, extra: NodeJS.ProcessEnv): Promise<Target> {
  const env = {
    ...process.env,
    NODE_ENV: 'development',
    LOG_LEVEL: 'warn',
    GATEWAY_PORT: '0',
    NGOS_URL: urls.ngos,
    COUNCILS_URL: urls.councils,
    PARTNERS_URL: urls.partners,
    GATEWAY_LIMITS: BENCH_LIMITS,
    ...extra,
  };
  const process_ = spawnService('gateway', { env });
  const { url } = await waitForHealth(process_, 120_000);
  return { name, url, process: process_ };
}

async function stock(supergraph: string): Promise<Target> {
  const port = await freePort();
  const process_ = startProcess('stock', [path.join(PROJECT_ROOT, 'bench/gateway/stock-gateway.mjs')], {
    cwd: PROJECT_ROOT,
    env: { ...process.env, NODE_ENV: 'development', SUPERGRAPH_PATH: supergraph, PORT: String(port) },
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
  const polyfill = path.join(PROJECT_ROOT, 'bench/gateway/polyfill.mjs');
  const process_ = startProcess(`hive-dedupe-${dedupe ? 'on' : 'off'}`, ['--import', polyfill, bin, 'supergraph'], {
    cwd,
    env: { ...process.env, NODE_ENV: 'production' },
  });
  return { name: `hive-dedupe-${dedupe ? 'on' : 'off'}`, url: `http://127.0.0.1:${port}/graphql`, process: process_ };
}

/** Starts every target into `list` (so the caller can stop those started even if a later one fails). */
export async function startTargets(
  list: Target[],
  urls: Record<SubgraphName, string>,
  workers: string | undefined,
): Promise<void> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'civic-graph-bench-gateway-'));
  const supergraph = writeSupergraph(dir, urls);
  const workerEnv = workers ? { GATEWAY_WORKERS: workers } : {};
  list.push(await civic('civic-cache-off', urls, { RESPONSE_CACHE: 'off', ...workerEnv }));
  list.push(await civic('civic-cache-on', urls, { RESPONSE_CACHE: 'on', ...workerEnv }));
  // Like-for-like with stock and Hive with dedupe off: nothing shared between requests.
  list.push(await civic('civic-no-dedupe', urls, { RESPONSE_CACHE: 'off', SUBGRAPH_DEDUPE: 'off', ...workerEnv }));
  list.push(await stock(supergraph));
  list.push(await hive(dir, supergraph, false));
  list.push(await hive(dir, supergraph, true));
  list.push({ name: 'direct', url: urls.ngos });
  for (const target of list) if (target.process) await waitUntilAnswering(target.process, target.url, PROBE);
}
