import { describe, expect, test } from '@jest/globals';
import { readEnv } from '../../lib/config.js';
import { fetchTimeouts } from '../../lib/resilience-config.js';

describe('resilience settings', () => {
  test('defaults are the documented ones', () => {
    const env = readEnv({});
    expect(fetchTimeouts(env, 'partners')).toEqual({ query: 5_000, mutation: 120_000 });
    expect([env.GATEWAY_MAX_IN_FLIGHT, env.SHUTDOWN_GRACE_MS, env.HEALTH_TIMEOUT_MS]).toEqual([48, 10_000, 1_000]);
    expect([
      env.DB_STATEMENT_TIMEOUT_MS,
      env.DB_MUTATION_STATEMENT_TIMEOUT_MS,
      env.DB_IMPORT_STATEMENT_TIMEOUT_MS,
    ]).toEqual([10_000, 120_000, 300_000]);
  });

  test('a subgraph may have timeouts of its own', () => {
    const env = readEnv({ SUBGRAPH_TIMEOUTS: '{"partners":{"query":3000}}', SUBGRAPH_TIMEOUT_MS: '4000' });
    expect(fetchTimeouts(env, 'partners')).toEqual({ query: 3_000, mutation: 120_000 });
    expect(fetchTimeouts(env, 'ngos')).toEqual({ query: 4_000, mutation: 120_000 });
  });

  test('bad values name the variable and what to do', () => {
    expect(() => readEnv({ SUBGRAPH_TIMEOUT_MS: 'soon' })).toThrow(
      /SUBGRAPH_TIMEOUT_MS="soon": must be a number of milliseconds/,
    );
    expect(() => readEnv({ SUBGRAPH_TIMEOUTS: '{"billing":{"query":1}}' })).toThrow(/SUBGRAPH_TIMEOUTS=.*by subgraph/);
    expect(() => readEnv({ SUBGRAPH_IDLE_SOCKET_MS: '20000' })).toThrow(
      /SUBGRAPH_IDLE_SOCKET_MS.*must be below SERVER_KEEP_ALIVE_TIMEOUT_MS/,
    );
    expect(() => readEnv({ GATEWAY_MAX_IN_FLIGHT: '-1' })).toThrow(/GATEWAY_MAX_IN_FLIGHT/);
  });
});
