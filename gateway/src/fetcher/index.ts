/** The gateway's subgraph fetcher: a keep-alive client under timeout, retry, circuit breaker and in-flight cap. */
import type { Env } from '../../../lib/config.js';
import { fetchTimeouts } from '../../../lib/resilience-config.js';
import { keepAliveFetcher } from './base.js';
import { subgraphPolicy, type SubgraphPolicy } from './policy.js';

export { ResilientDataSource } from './data-source.js';
export type { SubgraphPolicy } from './policy.js';

/** One policy per subgraph, over one shared keep-alive client. */
export function subgraphPolicies(env: Env, names: readonly string[]): Map<string, SubgraphPolicy> {
  const base = keepAliveFetcher({ idleSocketMs: env.SUBGRAPH_IDLE_SOCKET_MS });
  return new Map(
    names.map((name) => [
      name,
      subgraphPolicy(base, {
        timeouts: fetchTimeouts(env, name),
        retries: env.SUBGRAPH_RETRIES,
        maxInFlight: env.SUBGRAPH_MAX_IN_FLIGHT,
        breakerFailures: env.BREAKER_FAILURES,
        breakerCooldownMs: env.BREAKER_COOLDOWN_MS,
      }),
    ]),
  );
}
