/**
 * The federation as real processes for fault tests: each subgraph on a copy
 * of the demo data, reached through its own TCP proxy (tcp-proxy.ts), and
 * the gateway, all on free loopback ports. A test can stop, kill and restart
 * any process and hang or cut any subgraph's database.
 *
 * Not built on process-federation.ts: what they share is spawning and waiting for health (lib/processes.ts,
 * which both use); this one adds the proxies, restarts on a service's own port, wakes stopped processes
 * before stopping them, and may run on databases its caller keeps.
 */
import { SUBGRAPH_NAMES, type SubgraphName } from '../../lib/config.js';
import { spawnService, stopService, waitForHealth, type ServiceProcess } from '../../lib/processes.js';
import { demoDatabase, dropDatabase } from './databases.js';
import type { ServiceName } from './process-federation.js';
import { startTcpProxy, type TcpProxy } from './tcp-proxy.js';

export type { ServiceName };

export interface FaultStack {
  gatewayUrl: string;
  ports: Record<ServiceName, number>;
  /** The databases as the test reaches them (directly, not through the proxies). */
  databaseUrls: Record<SubgraphName, string>;
  proxies: Record<SubgraphName, TcpProxy>;
  service(name: ServiceName): ServiceProcess;
  /** Starts a service again on its port (with some settings changed) and waits until it is ready. */
  restart(name: ServiceName, overrides?: Record<string, string>): Promise<void>;
  stop(): Promise<void>;
}

/** `databases`: use these (and leave them) instead of fresh copies of the demo templates. */
export async function startFaultStack(
  overrides: Record<string, string> = {},
  databases?: Record<SubgraphName, string>,
): Promise<FaultStack> {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    LOG_LEVEL: 'warn',
    DEMO_DATA: 'off',
    NODE_ENV: 'test',
    // Faults are tested on the way to the subgraphs: a cached answer would hide them.
    RESPONSE_CACHE: 'off',
    // Fault tests send hundreds of requests a minute from one caller; the rate limit is another test's subject.
    GATEWAY_LIMITS: JSON.stringify({
      public: { requestsPerMinute: 1_000_000 },
      registrar: { requestsPerMinute: 1_000_000 },
    }),
    ...overrides,
  };
  const ports = {} as Record<ServiceName, number>;
  const databaseUrls = {} as Record<SubgraphName, string>;
  const proxies = {} as Record<SubgraphName, TcpProxy>;
  for (const name of SUBGRAPH_NAMES) {
    const url = databases?.[name] ?? (await demoDatabase(name));
    databaseUrls[name] = url;
    const direct = new URL(url);
    proxies[name] = await startTcpProxy({ host: direct.hostname, port: Number(direct.port) });
    const proxied = new URL(url);
    proxied.port = String(proxies[name].port);
    env[`${name.toUpperCase()}_DATABASE_URL`] = proxied.toString();
  }
  const portVariable = (name: ServiceName) => `${name.toUpperCase()}_PORT`;
  const services = {} as Record<ServiceName, ServiceProcess>;
  const start = (name: ServiceName, changed: Record<string, string> = {}) =>
    (services[name] = spawnService(name, { env: { ...env, [portVariable(name)]: '0', ...changed } }));
  /** Started on any free port first, then always on the one it reported, where the gateway reaches it. */
  const startAndWait = async (name: ServiceName, changed: Record<string, string> = {}) => {
    const port = ports[name] ? { [portVariable(name)]: String(ports[name]) } : {};
    const address = await waitForHealth(start(name, { ...port, ...changed }), 120_000);
    ports[name] = address.port;
    env[`${name.toUpperCase()}_URL`] = address.url;
  };
  await Promise.all(SUBGRAPH_NAMES.map((name) => startAndWait(name)));
  await startAndWait('gateway');

  return {
    gatewayUrl: `http://127.0.0.1:${ports.gateway}/graphql`,
    ports,
    databaseUrls,
    proxies,
    service: (name) => services[name],
    async restart(name, changed) {
      await stopService(services[name], 2_000);
      await startAndWait(name, changed);
    },
    async stop() {
      for (const name of ['gateway', ...SUBGRAPH_NAMES] as const) {
        // A stopped (SIGSTOP) process must be woken to hear SIGTERM.
        services[name].child.kill('SIGCONT');
        await stopService(services[name], 3_000);
      }
      await Promise.all(SUBGRAPH_NAMES.map((name) => proxies[name].close()));
      if (!databases) await Promise.all(SUBGRAPH_NAMES.map((name) => dropDatabase(databaseUrls[name])));
    },
  };
}
