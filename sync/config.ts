/**
 * Where the sources are and how long to wait for them, read from the
 * environment once and validated (a bad value stops `npm run sync` with the
 * variable's name). Defaults are the public addresses; tests point them at
 * a loopback server.
 */
import { z } from 'zod';

const url = z.url({ protocol: /^https?$/ }).transform((value) => value.replace(/\/+$/, ''));

const schema = z.object({
  EGOV_API_URL: url.default('https://data.egov.kz'),
  EGOV_API_KEY: z.string().min(1).optional(),
  EGOV_MAPPING_FILE: z.string().min(1).default('sync/egov-datasets.yaml'),
  IATI_REGISTRY_URL: url.default('https://iatiregistry.org'),
  NBK_RATES_URL: url.default('https://nationalbank.kz/rss/get_rates.cfm'),
  SYNC_TIMEOUT_MS: z.coerce.number().int().min(100).max(600_000).default(30_000),
});

export type SyncEnv = z.infer<typeof schema>;

/** Every variable the syncs read (deployments' manifests are checked against it). */
export const SYNC_ENV_VARIABLES = Object.keys(schema.shape) as readonly (keyof SyncEnv)[];

export function readSyncEnv(source: NodeJS.ProcessEnv = process.env): SyncEnv {
  const cleaned = Object.fromEntries(Object.entries(source).filter(([, v]) => v !== undefined && v !== ''));
  const parsed = schema.safeParse(cleaned);
  if (!parsed.success) {
    const lines = parsed.error.issues.map(
      (i) => `  ${i.path.join('.')}=${JSON.stringify(source[String(i.path[0])] ?? '')}: ${i.message}`,
    );
    throw new Error(`Invalid sync configuration; fix these environment variables:\n${lines.join('\n')}`);
  }
  return parsed.data;
}
