/**
 * The federation as real processes, as `npm start` and production run it:
 * each subgraph on a fresh copy of the demo data, the three started at once
 * and waited for by their health checks, then the gateway pointed at the
 * addresses they reported. Every service binds a free port itself (port 0),
 * so nothing is picked in advance for another test to take meanwhile.
 */
import { SUBGRAPH_NAMES, type SubgraphName } from '../../lib/config.js';
import {
  spawnService,
  stopService,
  waitForHealth,
  type ServiceAddress,
  type ServiceProcess,
} from '../../lib/processes.js';
import { demoDatabase, dropDatabase } from './databases.js';

export type ServiceName = SubgraphName | 'gateway';

export interface ProcessFederation {
  /** The subgraphs in SUBGRAPH_NAMES order, then the gateway. */
  services: ServiceProcess[];
  service(name: string): ServiceProcess;
  /** Where a service listens (its GraphQL URL, health check URL, port), by its name. */
  address(name: string): ServiceAddress;
  gatewayUrl: string;
  /** Each subgraph's database, a copy of the demo data dropped by stop(). */
  databases: Record<SubgraphName, string>;
  /** The environment the gateway was started with: the given one, the databases and the subgraphs' URLs. */
  env: NodeJS.ProcessEnv;
  /** Stops every process, then drops the databases. */
  stop(): Promise<void>;
}

/**
 * Starts the federation with `env` (the caller's choice of NODE_ENV, LOG_LEVEL, secrets...; the
 * databases, ports and subgraph URLs are set here). If a service does not come up, what was started
 * is stopped and dropped before the error (with that service's output) is thrown.
 */
export async function startProcessFederation(env: NodeJS.ProcessEnv, timeoutMs = 90_000): Promise<ProcessFederation> {
  const own: NodeJS.ProcessEnv = { ...env, GATEWAY_PORT: '0' };
  const databases = {} as Record<SubgraphName, string>;
  const services: ServiceProcess[] = [];
  const addresses = new Map<ServiceName, ServiceAddress>();
  const stop = async () => {
    await Promise.all(services.map((service) => stopService(service)));
    await Promise.all(Object.values(databases).map((url) => dropDatabase(url)));
  };
  try {
    for (const name of SUBGRAPH_NAMES) {
      databases[name] = await demoDatabase(name);
      own[`${name.toUpperCase()}_DATABASE_URL`] = databases[name];
      own[`${name.toUpperCase()}_PORT`] = '0';
    }
    const subgraphs = SUBGRAPH_NAMES.map((name) => spawnService(name, { env: own }));
    services.push(...subgraphs);
    const bound = await Promise.all(subgraphs.map((service) => waitForHealth(service, timeoutMs)));
    SUBGRAPH_NAMES.forEach((name, i) => {
      addresses.set(name, bound[i]!);
      own[`${name.toUpperCase()}_URL`] = bound[i]!.url;
    });
    const gateway = spawnService('gateway', { env: own });
    services.push(gateway);
    addresses.set('gateway', await waitForHealth(gateway, timeoutMs));
  } catch (error) {
    await stop();
    throw error;
  }
  const known = <T>(name: string, value: T | undefined): T => {
    if (value === undefined) throw new Error(`no service ${name} in this federation`);
    return value;
  };
  return {
    services,
    service: (name) =>
      known(
        name,
        services.find((s) => s.name === name),
      ),
    address: (name) => known(name, addresses.get(name as ServiceName)),
    gatewayUrl: addresses.get('gateway')!.url,
    databases,
    env: own,
    stop,
  };
}
