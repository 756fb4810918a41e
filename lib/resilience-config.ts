/**
 * The resilience settings (timeouts, retries, circuit breakers, load
 * shedding, shutdown), validated with the rest of the configuration in
 * lib/config.ts. Every default is documented in the README's table.
 */
import { z } from 'zod';

const SUBGRAPHS = ['ngos', 'councils', 'partners'] as const;

const ms = (min: number, max: number) =>
  z.coerce
    .number({ error: 'must be a number of milliseconds' })
    .int('must be a whole number of milliseconds')
    .min(min, `must be at least ${min} ms`)
    .max(max, `must be at most ${max} ms`);

const count = (min: number, max: number) =>
  z.coerce
    .number({ error: 'must be a whole number' })
    .int('must be a whole number')
    .min(min, `must be at least ${min}`)
    .max(max, `must be at most ${max}`);

const timeoutOverride = z.strictObject({ query: ms(100, 600_000).optional(), mutation: ms(100, 3_600_000).optional() });

/** Per-subgraph timeouts, e.g. {"partners":{"query":3000,"mutation":300000}}. */
const subgraphTimeoutsJson = z.string().transform((text, ctx) => {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    value = undefined;
  }
  const parsed = z.partialRecord(z.enum(SUBGRAPHS), timeoutOverride).safeParse(value);
  if (parsed.success) return parsed.data;
  ctx.addIssue({
    code: 'custom',
    message: `must be a JSON object by subgraph (${SUBGRAPHS.join(', ')}) of {"query": ms, "mutation": ms}, e.g. {"partners":{"query":3000}}`,
  });
  return z.NEVER;
});

export const resilienceShape = {
  /** Gateway to subgraph, for queries (the whole fetch, a retry included). */
  SUBGRAPH_TIMEOUT_MS: ms(100, 600_000).default(5_000),
  /** Gateway to subgraph, for mutations (imports send whole files). */
  SUBGRAPH_MUTATION_TIMEOUT_MS: ms(100, 3_600_000).default(120_000),
  SUBGRAPH_TIMEOUTS: subgraphTimeoutsJson.optional(),
  /** Retries of a query whose connection was refused or reset (never of a mutation). */
  SUBGRAPH_RETRIES: count(0, 3).default(1),
  /** Requests in flight to one subgraph; as many again may wait, beyond that the fetch fails at once. */
  SUBGRAPH_MAX_IN_FLIGHT: count(1, 10_000).default(64),
  /** Consecutive failures that open a subgraph's circuit, and how long it stays open before a probe. */
  BREAKER_FAILURES: count(1, 1_000).default(5),
  BREAKER_COOLDOWN_MS: ms(100, 600_000).default(5_000),
  /** Requests in flight at the gateway; beyond it 503 OVERLOADED. 0 turns shedding off. */
  GATEWAY_MAX_IN_FLIGHT: count(0, 100_000).default(48),
  /** How long servers keep an idle keep-alive connection; clients must let theirs go sooner. */
  SERVER_KEEP_ALIVE_TIMEOUT_MS: ms(1_000, 600_000).default(10_000),
  /** How long the gateway keeps an idle connection to a subgraph (below SERVER_KEEP_ALIVE_TIMEOUT_MS). */
  SUBGRAPH_IDLE_SOCKET_MS: ms(100, 600_000).default(4_000),
  HEALTH_TIMEOUT_MS: ms(100, 60_000).default(1_000),
  /** On SIGTERM, how long in-flight requests have to finish. */
  SHUTDOWN_GRACE_MS: ms(0, 600_000).default(10_000),
  /** Database: waiting for a connection (from the pool or a new one). */
  DB_CONNECT_TIMEOUT_MS: ms(100, 600_000).default(3_000),
  /** Database: one statement of a request. */
  DB_STATEMENT_TIMEOUT_MS: ms(100, 3_600_000).default(10_000),
  /** Database: one statement of a mutation (imports sent through the API among them), and a keyed mutation's transaction. */
  DB_MUTATION_STATEMENT_TIMEOUT_MS: ms(100, 3_600_000).default(120_000),
  /** Database: one statement of an import command (npm run import:iati, import:rates, sync). */
  DB_IMPORT_STATEMENT_TIMEOUT_MS: ms(100, 3_600_000).default(300_000),
  /** How long a mutation's Idempotency-Key is remembered, and how many keys at most. */
  IDEMPOTENCY_TTL_MS: ms(1_000, 7 * 24 * 3_600_000).default(24 * 3_600_000),
  IDEMPOTENCY_MAX_KEYS: count(1, 10_000_000).default(100_000),
};

type Resilience = z.infer<z.ZodObject<typeof resilienceShape>>;

/** Cross-field rules, reported like any other bad variable. */
export function checkResilience(env: Resilience, ctx: z.RefinementCtx): void {
  if (env.SUBGRAPH_IDLE_SOCKET_MS >= env.SERVER_KEEP_ALIVE_TIMEOUT_MS) {
    ctx.addIssue({
      code: 'custom',
      path: ['SUBGRAPH_IDLE_SOCKET_MS'],
      message: `must be below SERVER_KEEP_ALIVE_TIMEOUT_MS (${env.SERVER_KEEP_ALIVE_TIMEOUT_MS}), or a reused socket may already be closed by the server`,
    });
  }
}

export interface FetchTimeouts {
  query: number;
  mutation: number;
}

/** The timeouts of the gateway's fetches to one subgraph. */
export function fetchTimeouts(env: Resilience, name: string): FetchTimeouts {
  const own = env.SUBGRAPH_TIMEOUTS?.[name as (typeof SUBGRAPHS)[number]];
  return {
    query: own?.query ?? env.SUBGRAPH_TIMEOUT_MS,
    mutation: own?.mutation ?? env.SUBGRAPH_MUTATION_TIMEOUT_MS,
  };
}
