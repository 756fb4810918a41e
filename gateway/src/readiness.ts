/**
 * The gateway's readiness: each subgraph's own readiness (its database
 * included) and its circuit. Ready while any subgraph can answer, reported
 * as "degraded" when some cannot; not ready when none can.
 */
import { NotReadyError, type Readiness } from '../../lib/graphql/http.js';
import { probe, readinessUrl } from '../../lib/health-probe.js';
import type { SubgraphPolicy } from './fetcher/resilience.js';

export type SubgraphHealth = 'up' | 'down' | 'circuit-open';

export function gatewayReadiness(
  urls: Record<string, string>,
  policyFor: (name: string) => SubgraphPolicy,
  timeoutMs: number,
): () => Promise<Readiness> {
  return async () => {
    const entries = await Promise.all(
      Object.entries(urls).map(async ([name, url]): Promise<[string, SubgraphHealth]> => {
        if (policyFor(name).circuit() === 'open') return [name, 'circuit-open'];
        // A little under the caller's deadline, so the whole answer fits in it.
        const result = await probe(readinessUrl(url), Math.max(100, timeoutMs - 100));
        return [name, result.status === 200 ? 'up' : 'down'];
      }),
    );
    const subgraphs = Object.fromEntries(entries);
    const up = entries.filter(([, state]) => state === 'up').length;
    if (up === 0) throw new NotReadyError('no subgraph can answer', { subgraphs });
    return { status: up === entries.length ? 'ok' : 'degraded', subgraphs };
  };
}
