import { describe, expect, test } from '@jest/globals';
import { configuredDatabaseUrl, databaseUrlFor, readEnv, subgraphUrl } from '../../lib/config.js';

describe('configuration', () => {
  test('defaults give the documented ports and URLs', () => {
    const env = readEnv({});
    expect([env.GATEWAY_PORT, env.NGOS_PORT, env.COUNCILS_PORT, env.PARTNERS_PORT]).toEqual([4000, 4001, 4002, 4003]);
    expect(subgraphUrl(env, 'councils')).toBe('http://localhost:4002/graphql');
    expect(configuredDatabaseUrl(env, 'ngos')).toBeUndefined();
  });

  test('a bad value names the variable and what to do', () => {
    expect(() => readEnv({ GATEWAY_PORT: 'four thousand' })).toThrow(
      /GATEWAY_PORT="four thousand": must be a port number/,
    );
    expect(() => readEnv({ NGOS_PORT: '70000' })).toThrow(
      /NGOS_PORT="70000": must be between 1 and 65535, or 0 for any free port/,
    );
    // 0 is any free port, which the process reports once bound; the gateway then needs the URL.
    expect(readEnv({ NGOS_PORT: '0' }).NGOS_PORT).toBe(0);
    expect(() => subgraphUrl(readEnv({ NGOS_PORT: '0' }), 'ngos')).toThrow(/NGOS_PORT=0 .* set NGOS_URL/);
    expect(subgraphUrl(readEnv({ NGOS_PORT: '0', NGOS_URL: 'http://127.0.0.1:5/graphql' }), 'ngos')).toBe(
      'http://127.0.0.1:5/graphql',
    );
    expect(() => readEnv({ DATABASE_URL: 'mysql://x/y' })).toThrow(/DATABASE_URL=.*PostgreSQL URL/);
    expect(() => readEnv({ PARTNERS_URL: 'not a url' })).toThrow(/PARTNERS_URL/);
    expect(() => readEnv({ NODE_ENV: 'staging' })).toThrow(/NODE_ENV/);
  });

  test('the public development secrets are refused beyond loopback, whatever NODE_ENV says', () => {
    expect(() => readEnv({ HOST: '0.0.0.0' })).toThrow(
      /HOST=0\.0\.0\.0 with development or short secrets: AUTH_JWT_SECRET, INTERNAL_TOKEN_SECRET/,
    );
    expect(() =>
      readEnv({ HOST: '0.0.0.0', AUTH_JWT_SECRET: 'a'.repeat(40), INTERNAL_TOKEN_SECRET: 'b'.repeat(40) }),
    ).not.toThrow();
    expect(() => readEnv({ HOST: '127.0.0.1' })).not.toThrow();
  });

  test('every bad variable is reported at once', () => {
    try {
      readEnv({ GATEWAY_PORT: 'x', LOG_LEVEL: 'loud' });
      throw new Error('expected a ConfigError');
    } catch (error) {
      expect(String(error)).toMatch(/GATEWAY_PORT/);
      expect(String(error)).toMatch(/LOG_LEVEL/);
    }
  });

  test('one DATABASE_URL gives each subgraph its own database; a per-subgraph URL wins', () => {
    const env = readEnv({
      DATABASE_URL: 'postgresql://u:p@db:5432/civic',
      PARTNERS_DATABASE_URL: 'postgresql://u:p@other:5432/money',
    });
    expect(configuredDatabaseUrl(env, 'ngos')).toBe('postgresql://u:p@db:5432/civic_ngos');
    expect(configuredDatabaseUrl(env, 'councils')).toBe('postgresql://u:p@db:5432/civic_councils');
    expect(configuredDatabaseUrl(env, 'partners')).toBe('postgresql://u:p@other:5432/money');
    expect(databaseUrlFor('postgresql://u:p@db/civic?sslmode=require', 'ngos')).toBe(
      'postgresql://u:p@db/civic_ngos?sslmode=require',
    );
  });
});
