/**
 * Client addresses come from X-Forwarded-For only when the peer is a listed
 * proxy (TRUST_PROXY). In the second security round 130 public requests,
 * each with a different X-Forwarded-For, were all answered: the rate limit
 * trusted the header from any loopback caller. The gateways here need no
 * subgraph: `{ __typename }` is answered by the gateway itself.
 */
import { afterAll, expect, test } from '@jest/globals';
import { gatewayService } from '../../gateway/src/server.js';
import { readEnv } from '../../lib/config.js';
import { composeSupergraph } from '../../lib/graphql/compose.js';
import { startService, type RunningService } from '../../lib/graphql/http.js';
import { createLogger } from '../../lib/logger.js';

const running: RunningService[] = [];

afterAll(async () => {
  for (const service of running) await service.stop();
});

async function gateway(env: Record<string, string>): Promise<string> {
  const service = await startService(
    gatewayService({
      env: readEnv({ NODE_ENV: 'test', GATEWAY_LIMITS: '{"public":{"requestsPerMinute":5}}', ...env }),
      supergraphSdl: composeSupergraph(),
      // Never called: the requests below ask the gateway only.
      urls: {
        ngos: 'http://127.0.0.1:9/graphql',
        councils: 'http://127.0.0.1:9/graphql',
        partners: 'http://127.0.0.1:9/graphql',
      },
      logger: createLogger('test', 'silent'),
    }),
    { port: 0, host: '127.0.0.1' },
  );
  running.push(service);
  return service.url;
}

/** Seven requests, each claiming another client address; the statuses answered. */
async function sevenClaimedClients(url: string): Promise<number[]> {
  const statuses: number[] = [];
  for (let i = 1; i <= 7; i += 1) {
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-forwarded-for': `203.0.113.${i}` },
      body: JSON.stringify({ query: '{ __typename }' }),
    });
    statuses.push(response.status);
  }
  return statuses;
}

test('by default X-Forwarded-For is ignored: the peer is the client, and its sixth request is refused', async () => {
  expect(await sevenClaimedClients(await gateway({}))).toEqual([200, 200, 200, 200, 200, 429, 429]);
});

test('behind a listed proxy, each forwarded client has its own limit', async () => {
  expect(await sevenClaimedClients(await gateway({ TRUST_PROXY: '127.0.0.1' }))).toEqual([
    200, 200, 200, 200, 200, 200, 200,
  ]);
});

test('a proxy not listed is not believed', async () => {
  const statuses = await sevenClaimedClients(await gateway({ TRUST_PROXY: '10.0.0.0/8, uniquelocal' }));
  expect(statuses.slice(5)).toEqual([429, 429]);
});

test.each(['not-an-address', '10.0.0.0/33', '127.0.0.1/8/1', '::1/129'])(
  'TRUST_PROXY=%s is refused at start-up',
  (value) => {
    expect(() => readEnv({ TRUST_PROXY: value })).toThrow(/TRUST_PROXY/);
  },
);
