/**
 * The gateway's /metrics reports each subgraph's circuit: closed while calls
 * go through, open once a subgraph has failed BREAKER_FAILURES times in a
 * row (here the subgraphs point at a closed loopback port).
 */
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { postGraphQL } from '../support/federation.js';
import { startGatewayOnly, type GatewayOnly } from '../support/gateway-only.js';

let gateway: GatewayOnly;

beforeAll(async () => {
  gateway = await startGatewayOnly({ BREAKER_FAILURES: '2', BREAKER_COOLDOWN_MS: '600000' });
});

afterAll(async () => {
  await gateway?.stop();
});

async function circuitStates(): Promise<Record<string, string>> {
  const text = await (await fetch(`${gateway.origin}/metrics`)).text();
  const states: Record<string, string> = {};
  for (const match of text.matchAll(/^gateway_subgraph_circuit_state\{subgraph="(\w+)",state="([\w-]+)"\} 1$/gm))
    states[match[1]!] = match[2]!;
  return states;
}

describe('circuit state metric', () => {
  test('every subgraph starts closed; one that keeps failing is reported open, the others stay closed', async () => {
    expect(await circuitStates()).toEqual({ ngos: 'closed', councils: 'closed', partners: 'closed' });
    for (let i = 0; i < 3; i++) {
      const result = await postGraphQL(gateway.url, '{ ngos(first: 1) { nodes { bin } } }');
      expect(result.errors?.length).toBeGreaterThan(0);
    }
    expect(await circuitStates()).toEqual({ ngos: 'open', councils: 'closed', partners: 'closed' });
  });
});
