/**
 * The federation as real processes for fault tests: each subgraph on a copy
 * of the demo data, reached through its own TCP proxy (tcp-proxy.ts), and
 * the gateway, all on free loopback ports. A test can stop, kill and restart
 * any process and hang or cut any subgraph's database.
 */
import { SUBGRAPH_NAMES, type SubgraphName } from '../../lib/config.js';
import { freePort, spawnService, stopService, waitForHealth, type ServiceProcess } from '../../lib/processes.js';
import { demoDatabase, dropDatabase } from './databases.js';
import { startTcpProxy, type TcpProxy } from './tcp-proxy.js';

export type ServiceName = SubgraphName | 'gateway';

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
    // Fault tests send hundreds of requests a minute from one caller; the rate limit is another test's subject.
    GATEWAY_LIMITS: JSON.stringify({
      public: { requestsPerMinute: 1_000_000 },
      registrar: { requestsPerMinute: 1_000_000 },
    }),
    ...overrides,
  };
  const ports = {} as Record<ServiceName, number>;
  for (const name of [...SUBGRAPH_NAMES, 'gateway'] as const) ports[name] = await freePort();
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
    env[`${name.toUpperCase()}_PORT`] = String(ports[name]);
    env[`${name.toUpperCase()}_URL`] = `http://127.0.0.1:${ports[name]}/graphql`;
  }
  env.GATEWAY_PORT = String(ports.gateway);
  const services = {} as Record<ServiceName, ServiceProcess>;
  const start = (name: ServiceName, changed: Record<string, string> = {}) =>
    (services[name] = spawnService(name, { env: { ...env, ...changed }, port: ports[name] }));
  for (const name of SUBGRAPH_NAMES) start(name);
  await Promise.all(SUBGRAPH_NAMES.map((name) => waitForHealth(services[name], 120_000)));
  start('gateway');
  await waitForHealth(services.gateway, 120_000);

  return {
    gatewayUrl: `http://127.0.0.1:${ports.gateway}/graphql`,
    ports,
    databaseUrls,
    proxies,
    service: (name) => services[name],
    async restart(name, changed) {
      await stopService(services[name], 2_000);
      await waitForHealth(start(name, changed), 60_000);
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
