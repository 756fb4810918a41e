/**
 * Configuration, read and validated once at start-up.
 *
 * Every value comes from the environment with a development default. A bad
 * value stops the process with a message that names the variable, so a typo
 * in a deployment fails loudly instead of running with a surprise.
 */
import { isIP } from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { DEV_SECRETS } from './auth/dev-secrets.js';
import { checkResilience, resilienceShape } from './resilience-config.js';

/**
 * The repository's root (schemas, migrations, .data/ live there), from the
 * sources (lib/config.ts) and from the compiled build (dist/lib/config.js) alike.
 */
export const PROJECT_ROOT = projectRoot(path.dirname(fileURLToPath(import.meta.url)));

function projectRoot(here: string): string {
  const parent = path.resolve(here, '..');
  return path.basename(parent) === 'dist' ? path.dirname(parent) : parent;
}

export const SUBGRAPH_NAMES = ['ngos', 'councils', 'partners'] as const;
export type SubgraphName = (typeof SUBGRAPH_NAMES)[number];

export const DEFAULT_PORTS: Record<SubgraphName | 'gateway', number> = {
  gateway: 4000,
  ngos: 4001,
  councils: 4002,
  partners: 4003,
};

export class ConfigError extends Error {
  override name = 'ConfigError';
}

// 0 asks for any free port: the process binds it itself and reports it to whoever started it
// (lib/processes.ts), so tests and parallel runs never race for a port picked in advance.
const port = z.coerce
  .number({ error: 'must be a port number' })
  .int('must be a whole number')
  .min(0, 'must be between 1 and 65535, or 0 for any free port')
  .max(65535, 'must be between 1 and 65535, or 0 for any free port');

const postgresUrl = z.string().refine((v) => /^postgres(ql)?:\/\/[^/]+\/[^/?]+/.test(v), {
  message: 'must be a PostgreSQL URL such as postgresql://user:password@host:5432/database',
});

const httpUrl = z.url({ protocol: /^https?$/, error: 'must be an http(s) URL such as http://localhost:4001/graphql' });

const booleanFlag = z.enum(['true', 'false'], { error: 'must be true or false' }).transform((v) => v === 'true');

const jsonObject = z.string().transform((text, ctx) => {
  try {
    const value: unknown = JSON.parse(text);
    if (typeof value === 'object' && value !== null && !Array.isArray(value)) return value as Record<string, unknown>;
  } catch {
    // reported below
  }
  ctx.addIssue({ code: 'custom', message: 'must be a JSON object, e.g. {"public":{"maxDepth":8}}' });
  return z.NEVER;
});

const PROXY_PRESETS = ['loopback', 'linklocal', 'uniquelocal'];

/** An address or subnet (CIDR) a proxy may send from, or one of Express's names for a range. */
function isProxyEntry(entry: string): boolean {
  if (PROXY_PRESETS.includes(entry)) return true;
  const [address = '', prefix, ...rest] = entry.split('/');
  const version = isIP(address);
  if (!version || rest.length) return false;
  if (prefix === undefined) return true;
  const bits = Number(prefix);
  return /^\d{1,3}$/.test(prefix) && bits <= (version === 4 ? 32 : 128);
}

// Which peers may tell the client's address in X-Forwarded-For: none unless listed, so a caller cannot pick its own.
const trustedProxies = z.string().transform((text, ctx) => {
  const entries = text
    .split(',')
    .map((e) => e.trim())
    .filter(Boolean);
  const bad = entries.filter((e) => !isProxyEntry(e));
  if (bad.length) {
    ctx.addIssue({
      code: 'custom',
      message: `${bad.join(', ')}: list the proxies' addresses or subnets, e.g. 10.0.0.5,10.1.0.0/16 (or loopback, linklocal, uniquelocal)`,
    });
    return z.NEVER;
  }
  return entries;
});

const envSchema = z
  .object({
    NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
    LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
    // Unset: pretty on a terminal in development, JSON otherwise (lib/logger.ts).
    LOG_FORMAT: z.enum(['json', 'pretty']).optional(),
    HOST: z.string().min(1).default('127.0.0.1'),

    DATABASE_URL: postgresUrl.optional(),
    NGOS_DATABASE_URL: postgresUrl.optional(),
    COUNCILS_DATABASE_URL: postgresUrl.optional(),
    PARTNERS_DATABASE_URL: postgresUrl.optional(),
    EMBEDDED_PG_PORT: port.default(54329),
    EMBEDDED_PG_DIR: z
      .string()
      .min(1)
      .default(path.join(PROJECT_ROOT, '.data', 'postgres')),
    // Unset: auto in development and tests, off in production (see demoDataEnabled).
    DEMO_DATA: z.enum(['auto', 'off']).optional(),

    GATEWAY_PORT: port.default(DEFAULT_PORTS.gateway),
    NGOS_PORT: port.default(DEFAULT_PORTS.ngos),
    COUNCILS_PORT: port.default(DEFAULT_PORTS.councils),
    PARTNERS_PORT: port.default(DEFAULT_PORTS.partners),
    NGOS_URL: httpUrl.optional(),
    COUNCILS_URL: httpUrl.optional(),
    PARTNERS_URL: httpUrl.optional(),
    SUPERGRAPH_PATH: z
      .string()
      .min(1)
      .default(path.join(PROJECT_ROOT, 'schema', 'supergraph.graphql')),

    // Identity: callers' bearer tokens, verified at the gateway.
    AUTH_JWT_SECRET: z.string().min(1).default(DEV_SECRETS.AUTH_JWT_SECRET),
    AUTH_JWKS_URL: httpUrl.optional(),
    AUTH_JWKS_FILE: z.string().min(1).optional(),
    AUTH_ISSUER: z.string().min(1).default('civic-graph-dev'),
    AUTH_AUDIENCE: z.string().min(1).default('civic-graph'),
    // The gateway's short-lived tokens to the subgraphs; shared by the services only.
    // The longest a caller's token may be valid, from "iat" to "exp" (seconds); 24 hours by default.
    AUTH_MAX_TOKEN_TTL: z.coerce.number().int().min(60, 'must be at least 60 (seconds)').default(86_400),
    INTERNAL_TOKEN_SECRET: z.string().min(1).default(DEV_SECRETS.INTERNAL_TOKEN_SECRET),
    REQUIRE_GATEWAY_TOKEN: booleanFlag.optional(),
    // Subgraphs behind another engine (e.g. Hive Gateway): accept the caller's own bearer token, verified
    // with the same JWKS or secret as the gateway, when no civic-graph gateway token comes with the request.
    SUBGRAPH_ACCEPT_CALLER_TOKENS: booleanFlag.default(false),

    // Abuse limits at the gateway.
    GATEWAY_LIMITS: jsonObject.optional(),
    MAX_BODY_BYTES: z.coerce
      .number()
      .int()
      .min(1024, 'must be at least 1024')
      .max(50 * 1024 * 1024, 'must be at most 50 MB')
      .default(100_000),
    // Admins import IATI files and donors recipient reports, as text inside the GraphQL request.
    MAX_IMPORT_BODY_BYTES: z.coerce
      .number()
      .int()
      .min(1024, 'must be at least 1024')
      .max(50 * 1024 * 1024, 'must be at most 50 MB')
      .default(3_000_000),
    MAX_BATCH_SIZE: z.coerce.number().int().min(1, 'must be at least 1').max(100, 'must be at most 100').default(5),
    ALLOW_INTROSPECTION: booleanFlag.optional(),
    // Stack traces in error responses, for debugging a development machine; off unless asked for.
    ERROR_STACKTRACES: booleanFlag.default(false),
    TRUSTED_DOCUMENTS: z.enum(['off', 'only']).default('off'),
    TRUSTED_DOCUMENTS_PATH: z.string().min(1).optional(),

    // Gateway speed (README, "Speed"): worker processes, in-flight dedupe, the response cache.
    GATEWAY_WORKERS: z.coerce.number().int().min(1, 'must be at least 1').max(64, 'must be at most 64').default(1),
    SUBGRAPH_DEDUPE: z.enum(['on', 'off']).default('on'),
    RESPONSE_CACHE: z.enum(['on', 'off']).default('on'),
    RESPONSE_CACHE_MAX_MB: z.coerce.number().int().min(1).max(16_384).default(64),
    // Where the command-line tools announce their changes, so the gateway's cache drops what they touch.
    GATEWAY_URL: httpUrl.optional(),
    TRUST_PROXY: trustedProxies.default([]),
    // Observability (lib/observability): who may read GET /metrics beyond loopback, and where traces go.
    METRICS_TOKEN: z.string().min(16, 'must be at least 16 characters').optional(),
    OTEL_EXPORTER_OTLP_ENDPOINT: httpUrl.optional(),
    OTEL_SERVICE_NAME: z.string().min(1).optional(),
    // How far each service's heap may grow past its live objects before a full collection (lib/heap-growth.ts); 0: V8's own.
    HEAP_GROWTH_PERCENT: z.coerce
      .number({ error: 'must be 0 (V8 decides) or a percentage from 10 to 300' })
      .int('must be a whole number')
      .min(0, 'must be 0 (V8 decides) or a percentage from 10 to 300')
      .max(300, 'must be 0 (V8 decides) or a percentage from 10 to 300')
      .refine((v) => v === 0 || v >= 10, 'must be 0 (V8 decides) or a percentage from 10 to 300')
      .default(100),
    // Shared state of the gateway replicas (rate limits, response cache, invalidation); per process when unset.
    REDIS_URL: z.url({ protocol: /^rediss?$/, error: 'must be a Redis URL such as redis://localhost:6379' }).optional(),

    // Timeouts, retries, circuit breakers, load shedding, shutdown (lib/resilience-config.ts).
    ...resilienceShape,
  })
  .superRefine(checkResilience);

export type Env = z.infer<typeof envSchema>;

/** Every environment variable the services read. */
export const ENV_VARIABLES = Object.keys(envSchema.shape) as (keyof Env)[];

/** Parses the environment; throws a ConfigError naming every bad variable. */
export function readEnv(source: NodeJS.ProcessEnv = process.env): Env {
  // An empty variable means "not set", as in most shells' `VAR= cmd`.
  const cleaned = Object.fromEntries(Object.entries(source).filter(([, v]) => v !== undefined && v !== ''));
  const parsed = envSchema.safeParse(cleaned);
  if (parsed.success) refuseDevSecretsInProduction(parsed.data);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((issue) => {
      const name = issue.path.join('.');
      return `  ${name}=${JSON.stringify(source[name] ?? '')}: ${issue.message}`;
    });
    throw new ConfigError(`Invalid configuration; fix these environment variables:\n${lines.join('\n')}`);
  }
  return parsed.data;
}

const LOOPBACK = new Set(['127.0.0.1', 'localhost', '::1']);

/**
 * Production with a development secret (or none worth the name) is refused
 * at start-up; so is any service listening beyond loopback, whatever
 * NODE_ENV says, since the development secrets are public.
 */
function refuseDevSecretsInProduction(env: Env): void {
  if (env.NODE_ENV !== 'production' && LOOPBACK.has(env.HOST)) return;
  const weak = (['AUTH_JWT_SECRET', 'INTERNAL_TOKEN_SECRET'] as const).filter((name) => {
    const value = env[name];
    return value === DEV_SECRETS[name] || value.length < 32;
  });
  // With a JWKS, callers' tokens are verified by public keys and the HS256 secret is unused.
  const relevant = weak.filter((name) => name !== 'AUTH_JWT_SECRET' || (!env.AUTH_JWKS_URL && !env.AUTH_JWKS_FILE));
  if (relevant.length) {
    throw new ConfigError(
      `Refusing to start ${env.NODE_ENV === 'production' ? 'in production' : `on HOST=${env.HOST}`} with development or short secrets: ${relevant.join(', ')}. ` +
        'Set each to a random value of at least 32 characters (e.g. `openssl rand -base64 48`), shared only by the services' +
        (relevant.includes('AUTH_JWT_SECRET')
          ? "; or, for callers' tokens, set AUTH_JWKS_URL (or AUTH_JWKS_FILE) to your identity provider's key set instead of AUTH_JWT_SECRET."
          : '.'),
    );
  }
}

/** Whether subgraphs refuse requests without the gateway's signed token: everywhere but development, unless set. */
export function gatewayTokenRequired(env: Env): boolean {
  return env.REQUIRE_GATEWAY_TOKEN ?? env.NODE_ENV !== 'development';
}

/**
 * Whether a subgraph loads the demo data into its empty database: in
 * production only when DEMO_DATA=auto is set explicitly, since the demo holds
 * generated personal data (names, phone numbers) that must never mix with real data.
 */
export function demoDataEnabled(env: Env): boolean {
  return (env.DEMO_DATA ?? (env.NODE_ENV === 'production' ? 'off' : 'auto')) === 'auto';
}

/** Whether introspection and the Sandbox landing page are on: everywhere but production, unless set. */
export function introspectionAllowed(env: Env): boolean {
  return env.ALLOW_INTROSPECTION ?? env.NODE_ENV !== 'production';
}

export function subgraphPort(env: Env, name: SubgraphName): number {
  return { ngos: env.NGOS_PORT, councils: env.COUNCILS_PORT, partners: env.PARTNERS_PORT }[name];
}

/** The URL the gateway uses to reach a subgraph. */
export function subgraphUrl(env: Env, name: SubgraphName): string {
  const explicit = { ngos: env.NGOS_URL, councils: env.COUNCILS_URL, partners: env.PARTNERS_URL }[name];
  if (explicit) return explicit;
  const port = subgraphPort(env, name);
  if (port === 0) {
    const upper = name.toUpperCase();
    throw new ConfigError(
      `${upper}_PORT=0 (any free port) leaves the gateway no address for the ${name} subgraph: set ${upper}_URL to where it listens`,
    );
  }
  return `http://localhost:${port}/graphql`;
}

/** The database URL configured for a subgraph, or undefined when the embedded server is to be used. */
export function configuredDatabaseUrl(env: Env, name: SubgraphName): string | undefined {
  const own = { ngos: env.NGOS_DATABASE_URL, councils: env.COUNCILS_DATABASE_URL, partners: env.PARTNERS_DATABASE_URL }[
    name
  ];
  if (own) return own;
  if (env.DATABASE_URL) return databaseUrlFor(env.DATABASE_URL, name);
  return undefined;
}

/**
 * One server URL serves all subgraphs, each in its own database: the
 * database named in the URL with the subgraph's name appended
 * (`.../civic` becomes `.../civic_ngos`).
 */
export function databaseUrlFor(serverUrl: string, name: SubgraphName): string {
  const url = new URL(serverUrl);
  const base = decodeURIComponent(url.pathname.replace(/^\//, '')) || 'civic';
  url.pathname = `/${base}_${name}`;
  return url.toString();
}

/** Runs `main`, turning a ConfigError into a one-paragraph message and exit code 2. */
export function exitOnConfigError(error: unknown): never {
  if (error instanceof ConfigError) {
    process.stderr.write(`${error.message}\n`);
    process.exit(2);
  }
  throw error;
}
