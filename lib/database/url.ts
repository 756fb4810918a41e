import { configuredDatabaseUrl, ConfigError, type Env, type SubgraphName } from '../config.js';

/** A subgraph process's database URL; it must be configured (`npm start` sets it for the embedded server). */
export function requireDatabaseUrl(env: Env, name: SubgraphName): string {
  const url = configuredDatabaseUrl(env, name);
  if (!url) {
    throw new ConfigError(
      `${name.toUpperCase()}_DATABASE_URL (or DATABASE_URL) is not set: the ${name} subgraph needs its database. ` +
        '`npm start` starts an embedded PostgreSQL and sets it for you.',
    );
  }
  return url;
}
