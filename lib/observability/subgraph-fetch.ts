/**
 * The gateway's requests to a subgraph, observed: their duration by
 * subgraph and outcome (subgraph_request_duration_seconds) and their number
 * per request (the request's log line). Wraps any data source's `process`,
 * the one method the gateway calls.
 */
import { observeSubgraphFetch } from './metrics.js';
import { observationOf } from './observation.js';

/** What the gateway calls on a data source (method syntax: any data source's own option and response types fit). */
interface DataSource {
  process(options: { context?: unknown }): Promise<{ errors?: readonly unknown[] | null }>;
}

export function observeSubgraphFetches<T extends DataSource>(subgraph: string, source: T): T {
  const target: DataSource = source;
  const process = target.process.bind(target);
  target.process = async (options) => {
    const observation = observationOf(options.context);
    if (observation) observation.subgraphFetches += 1;
    const started = performance.now();
    let outcome = 'error';
    try {
      const response = await process(options);
      outcome = response.errors?.length ? 'graphql_error' : 'ok';
      return response;
    } finally {
      observeSubgraphFetch(subgraph, outcome, (performance.now() - started) / 1000);
    }
  };
  return source;
}
