/**
 * Configuration, read and validated once at start-up.
 *
 * Every value comes from the environment with a development default. A bad
 * value stops the process with a message that names the variable, so a typo
 * in a deployment fails loudly instead of running with a surprise.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';

export const PROJECT_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

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

const port = z.coerce
  .number({ error: 'must be a port number' })
  .int('must be a whole number')
  .min(1, 'must be between 1 and 65535')
  .max(65535, 'must be between 1 and 65535');

const postgresUrl = z
  .string()
  .refine((v) => /^postgres(ql)?:\/\/[^/]+\/[^/?]+/.test(v), {
    message: 'must be a PostgreSQL URL such as postgresql://user:password@host:5432/database',
  });

const httpUrl = z.url({ protocol: /^https?$/, error: 'must be an http(s) URL such as http://localhost:4001/graphql' });

const envSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  HOST: z.string().min(1).default('127.0.0.1'),

  DATABASE_URL: postgresUrl.optional(),
  NGOS_DATABASE_URL: postgresUrl.optional(),
  COUNCILS_DATABASE_URL: postgresUrl.optional(),
  PARTNERS_DATABASE_URL: postgresUrl.optional(),
  EMBEDDED_PG_PORT: port.default(54329),
  EMBEDDED_PG_DIR: z.string().min(1).default(path.join(PROJECT_ROOT, '.data', 'postgres')),
  DEMO_DATA: z.enum(['auto', 'off']).default('auto'),

  GATEWAY_PORT: port.default(DEFAULT_PORTS.gateway),
  NGOS_PORT: port.default(DEFAULT_PORTS.ngos),
  COUNCILS_PORT: port.default(DEFAULT_PORTS.councils),
  PARTNERS_PORT: port.default(DEFAULT_PORTS.partners),
  NGOS_URL: httpUrl.optional(),
  COUNCILS_URL: httpUrl.optional(),
  PARTNERS_URL: httpUrl.optional(),
  SUPERGRAPH_PATH: z.string().min(1).default(path.join(PROJECT_ROOT, 'schema', 'supergraph.graphql')),
});

export type Env = z.infer<typeof envSchema>;

/** Every environment variable the services read. */
export const ENV_VARIABLES = Object.keys(envSchema.shape) as (keyof Env)[];

/** Parses the environment; throws a ConfigError naming every bad variable. */
export function readEnv(source: NodeJS.ProcessEnv = process.env): Env {
  // An empty variable means "not set", as in most shells' `VAR= cmd`.
  const cleaned = Object.fromEntries(Object.entries(source).filter(([, v]) => v !== undefined && v !== ''));
  const parsed = envSchema.safeParse(cleaned);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((issue) => {
      const name = issue.path.join('.');
      return `  ${name}=${JSON.stringify(source[name] ?? '')}: ${issue.message}`;
    });
    throw new ConfigError(`Invalid configuration; fix these environment variables:\n${lines.join('\n')}`);
  }
  return parsed.data;
}

export function subgraphPort(env: Env, name: SubgraphName): number {
  return { ngos: env.NGOS_PORT, councils: env.COUNCILS_PORT, partners: env.PARTNERS_PORT }[name];
}

/** The URL the gateway uses to reach a subgraph. */
export function subgraphUrl(env: Env, name: SubgraphName): string {
  const explicit = { ngos: env.NGOS_URL, councils: env.COUNCILS_URL, partners: env.PARTNERS_URL }[name];
  return explicit ?? `http://localhost:${subgraphPort(env, name)}/graphql`;
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
