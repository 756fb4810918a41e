/**
 * GATEWAY_WORKERS=2: the gateway as two worker processes on one port, in
 * front of in-process subgraphs. Both answer alike, and a change made
 * through one worker, or announced by a command-line tool, empties the
 * response cache of both: reads over fresh connections (spread over the
 * workers) all see it at once.
 */
import http from 'node:http';
import { afterAll, beforeAll, expect, test } from '@jest/globals';
import { binCheckDigit } from '../../lib/domain/bin.js';
import { announceChange } from '../../lib/events/announce.js';
import { spawnService, stopService, waitForHealth, type ServiceProcess } from '../../lib/processes.js';
import { print } from 'graphql';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { graphql } from '../generated/index.js';
import { dataOf } from '../support/data-of.js';
import { authHeaders, startFederation, testEnv, type Federation, type GraphQLResponse } from '../support/federation.js';

let federation: Federation;
let gateway: ServiceProcess;
let gatewayUrl: string;

beforeAll(async () => {
  federation = await startFederation();
  gateway = spawnService('gateway', {
    env: {
      ...process.env,
      NODE_ENV: 'test',
      LOG_LEVEL: 'warn',
      GATEWAY_WORKERS: '2',
      GATEWAY_PORT: '0',
      NGOS_URL: federation.subgraphUrls.ngos,
      COUNCILS_URL: federation.subgraphUrls.councils,
      PARTNERS_URL: federation.subgraphUrls.partners,
    },
  });
  ({ url: gatewayUrl } = await waitForHealth(gateway, 90_000));
}, 120_000);

afterAll(async () => {
  await stopService(gateway);
  await federation.stop();
});

/**
 * One request on a connection of its own, so the kernel spreads the requests over the workers.
 * The answer's raw text: a test compares it whole or reads it with `answer()`.
 */
function post<T, V>(
  query: TypedDocumentNode<T, V>,
  variables?: Record<string, unknown>,
  headers: Record<string, string> = {},
): Promise<string> {
  const body = { query: print(query), variables };
  return new Promise((resolve, reject) => {
    const request = http.request(
      gatewayUrl,
      { method: 'POST', agent: false, headers: { 'content-type': 'application/json', ...headers } },
      (response) => {
        let text = '';
        response.on('data', (chunk: Buffer) => (text += chunk.toString()));
        response.on('end', () => resolve(text));
      },
    );
    request.on('error', reject);
    request.end(JSON.stringify(body));
  });
}

/** The raw answer read as the document's generated result type. */
const answer = <T, V>(_query: TypedDocumentNode<T, V>, text: string) => JSON.parse(text) as GraphQLResponse<T>;

const TOTAL = graphql(`
  query WorkersRegionTotal {
    region(code: "KZ-11") {
      ngoStatistics {
        total
      }
    }
  }
`);

async function totals(): Promise<number[]> {
  const answers = await Promise.all(Array.from({ length: 6 }, () => post(TOTAL)));
  return answers.map((text) => dataOf(answer(TOTAL, text)).region.ngoStatistics.total);
}

function freshBin(serial: number): string {
  for (let s = serial; ; s += 1) {
    const first11 = `240340${String(s).padStart(5, '0')}`;
    const check = binCheckDigit(first11);
    if (check !== null) return `${first11}${check}`;
  }
}

const REGISTER = graphql(`
  mutation WorkersRegisterNgo($input: RegisterNgoInput!) {
    registerNgo(input: $input) {
      ok
    }
  }
`);
const input = (bin: string) => ({
  bin,
  names: { ru: 'Фонд «Рабочие»' },
  legalForm: 'PUBLIC_FOUNDATION',
  registeredOn: '2024-03-15',
  regionCode: 'KZ-11',
  sectors: ['EDUCATION'],
});

test('a change through one worker, or announced by a tool, is seen through every worker', async () => {
  const [before] = await totals();
  expect(await totals()).toEqual(Array(6).fill(before));

  const registrar = await authHeaders(federation.env, 'registrar', false);
  const registered = await post(REGISTER, { input: input(freshBin(91_001)) }, registrar);
  expect(JSON.parse(registered)).toEqual({ data: { registerNgo: { ok: true } } });
  expect(await totals()).toEqual(Array(6).fill(before! + 1));

  // As a command-line tool would: change the data beside the gateway, then announce it.
  const direct = await federation.query(
    REGISTER,
    { input: input(freshBin(92_001)) },
    { url: federation.subgraphUrls.ngos, as: 'registrar' },
  );
  expect(dataOf(direct).registerNgo.ok).toBe(true);
  expect(await announceChange(testEnv({ GATEWAY_URL: gatewayUrl }), { source: 'cli:test', subgraphs: ['ngos'] })).toBe(
    true,
  );
  expect(await totals()).toEqual(Array(6).fill(before! + 2));
});
