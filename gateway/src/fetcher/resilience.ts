/**
 * Timeout, retry, circuit breaker and in-flight cap per subgraph (policy.ts),
 * behind the in-flight dedupe, wrapped around the fetcher underneath (the
 * pooled undici client, undici.ts), and the data source that turns their failures into
 * coded errors (data-source.ts).
 */
import type { Fetcher } from '@apollo/utils.fetcher';
import type { Env } from '../../../lib/config.js';
import { readinessUrl } from '../../../lib/health-probe.js';
import { observeCircuits } from '../../../lib/observability/metrics.js';
import { fetchTimeouts } from '../../../lib/resilience-config.js';
import { subgraphPolicy, type SubgraphPolicy } from './policy.js';

export { ResilientDataSource } from './data-source.js';
export type { SubgraphPolicy } from './policy.js';

/** One policy per subgraph (by name, with its GraphQL URL), over one shared client. */
export function subgraphPolicies(env: Env, urls: Record<string, string>, base: Fetcher): Map<string, SubgraphPolicy> {
  const policies = new Map(
    Object.entries(urls).map(([name, url]) => [
      name,
      subgraphPolicy(base, {
        timeouts: fetchTimeouts(env, name),
        retries: env.SUBGRAPH_RETRIES,
        maxInFlight: env.SUBGRAPH_MAX_IN_FLIGHT,
        breakerFailures: env.BREAKER_FAILURES,
        breakerCooldownMs: env.BREAKER_COOLDOWN_MS,
        readinessUrl: readinessUrl(url),
        dedupe: env.SUBGRAPH_DEDUPE === 'on',
      }),
    ]),
  );
  // Read at each scrape of /metrics: gateway_subgraph_circuit_state.
  observeCircuits(() => [...policies].map(([name, policy]) => [name, policy.circuit()]));
  return policies;
}
