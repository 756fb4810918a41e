/**
 * Each mistake a newcomer made while trying the API gets a message that says
 * what to write instead, once, with the request id to quote, and without
 * the server's stack trace.
 */
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { graphql } from '../generated/index.js';
import { dataOf } from '../support/data-of.js';
import { startFederation, type Federation, type GraphQLResponse } from '../support/federation.js';
import { startGatewayOnly, type GatewayOnly } from '../support/gateway-only.js';
import { expectEvery } from '../support/expect-every.js';

/** What these tests read of an answer: its errors (the documents sent are mostly refused). */
type ErrorBody = GraphQLResponse;

const MEMBER_CONTACTS = graphql(`
  query ErrorsMemberContacts {
    councilMembers(first: 20) {
      nodes {
        fullName
        contact {
          email
        }
      }
    }
  }
`);

const REGION_CODE = graphql(`
  query ErrorsRegionCode {
    region(code: "KZ-75") {
      code
    }
  }
`);

let federation: Federation;
let gateway: GatewayOnly;
let tracing: GatewayOnly;
let limited: GatewayOnly;

beforeAll(async () => {
  [federation, gateway, tracing, limited] = await Promise.all([
    startFederation(),
    startGatewayOnly(),
    startGatewayOnly({ ERROR_STACKTRACES: 'true' }),
    startGatewayOnly({ GATEWAY_LIMITS: JSON.stringify({ public: { requestsPerMinute: 3 } }) }),
  ]);
});

afterAll(async () => {
  await Promise.all([federation?.stop(), gateway?.stop(), tracing?.stop(), limited?.stop()]);
});

async function post(url: string, body: unknown, headers: Record<string, string> = {}) {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
  return { response, body: (await response.json()) as ErrorBody };
}

describe('messages that say what to write', () => {
  test('a date in another format names the format and the date meant', async () => {
    const query = '{ councilProjectStatistics(filter: { consideredFrom: "20.11.2022" }) { total } }';
    const inline = await federation.query(query);
    expect(inline.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(inline.errors?.[0]?.message).toMatch(/YYYY-MM-DD/);
    expect(inline.errors?.[0]?.message).toMatch(/"2022-11-20"/);
    const variable = await federation.query(
      'query ($from: Date) { councilProjectStatistics(filter: { consideredFrom: $from }) { total } }',
      { from: '2022/11/20' },
    );
    expect(variable.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(variable.errors?.[0]?.message).toMatch(/YYYY-MM-DD.*"2022-11-20"/);
    const impossible = await federation.query(
      '{ councilProjectStatistics(filter: { consideredFrom: "2022-02-30" }) { total } }',
    );
    expect(impossible.errors?.[0]?.message).toMatch(/2022-02-30.*no such day/);
  });

  test('the depth limit says how deep the query is, the limit, and what to do', async () => {
    const deep =
      '{ ngos(first: 1) { nodes { region { ngos(first: 1) { nodes { region { ngos(first: 1) { nodes { region { ngos(first: 1) { nodes { id } } } } } } } } } } } }';
    const { response, body } = await post(gateway.url, { query: deep });
    expect(response.status).toBe(400);
    const [error] = body.errors!;
    expect(error?.extensions?.code).toBe('QUERY_TOO_COMPLEX');
    expect(error?.message).toMatch(/12 levels deep, over the depth limit of 10/);
    expect(error?.message).toMatch(/in a second query by their id or code/);
  });

  test('a field the caller may not read is reported once, not once per row', async () => {
    const result = await federation.query(MEMBER_CONTACTS);
    const forbidden = result.errors?.filter((e) => e.extensions?.code === 'FORBIDDEN') ?? [];
    expect(forbidden).toHaveLength(1);
    expect(forbidden[0]?.message).toMatch(/contact/);
    expect(forbidden[0]?.extensions?.occurrences).toBe(20);
    // Data and errors both: the members are read, their contacts refused (null).
    const nodes = dataOf(result).councilMembers.nodes;
    expectEvery(nodes, (node) => node.contact === null, { length: 20 });
  });

  test('a region asked by name gets the codes that match it', async () => {
    const result = await federation.query('{ region(code: "Almaty") { name } }');
    expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(result.errors?.[0]?.message).toMatch(/KZ-75 \(Almaty\)/);
    expect(result.errors?.[0]?.message).toMatch(/KZ-19 \(Almaty Region\)/);
    const former = await federation.query('{ region(code: "KZ-ALA") { name } }');
    expect(former.errors?.[0]?.message).toMatch(/KZ-ALA.*KZ-75/);
    const good = await federation.query(REGION_CODE);
    expect(dataOf(good).region.code).toBe('KZ-75');
  });

  test('introspection nested too deep gets a hint', async () => {
    const { body } = await post(gateway.url, {
      query: '{ __schema { types { fields { type { fields { type { fields { name } } } } } } } }',
    });
    expect(body.errors?.[0]?.message).toMatch(/__type\(name:/);
  });
});

describe('every error carries a request id, and no stack trace unless asked for', () => {
  test('an empty body, a body without a query, and a bad variables field', async () => {
    for (const sent of [{}, { variables: {} }, { query: '{ __typename }', variables: 'x' }, '']) {
      const { response, body } = await post(gateway.url, sent);
      expect(response.status).toBe(400);
      const [error] = body.errors!;
      expect(error?.extensions?.code).toBe('BAD_REQUEST');
      expect(error?.extensions?.requestId).toBe(response.headers.get('x-request-id'));
      expect(error?.message).toMatch(/"query"/);
    }
  });

  test('a request with no content type and a GET without a query', async () => {
    const noType = await fetch(gateway.url, { method: 'POST', body: '{"query":"{ __typename }"}' });
    const noTypeBody = (await noType.json()) as ErrorBody;
    expect(noType.status).toBe(400);
    expect(noTypeBody.errors?.[0]?.extensions?.requestId).toBe(noType.headers.get('x-request-id'));
    const get = await fetch(`${gateway.url}?variables=%7B%7D`, { headers: { accept: 'application/json' } });
    const getBody = (await get.json()) as ErrorBody;
    expect(get.status).toBe(400);
    expect(getBody.errors?.[0]?.extensions?.requestId).toBe(get.headers.get('x-request-id'));
  });

  test('errors carry no stack trace outside production either, unless ERROR_STACKTRACES=true', async () => {
    const plain = await post(gateway.url, { query: '{ nope }' });
    expect(plain.body.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(plain.body.errors?.[0]?.extensions?.stacktrace).toBeUndefined();
    const fromSubgraph = await federation.query('{ region(code: "nowhere") { code } }');
    expect(fromSubgraph.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(JSON.stringify(fromSubgraph.errors)).not.toMatch(/stacktrace|\.ts:\d+/);
    const traced = await post(tracing.url, { query: '{ nope }' });
    expect(traced.body.errors?.[0]?.extensions?.stacktrace).toEqual(expect.any(Array));
  });

  test('Retry-After agrees with the RateLimit header and the message', async () => {
    let refused: Response | undefined;
    let body: ErrorBody | undefined;
    // Bounded: the limit is 3 a minute, so the fourth request is refused.
    for (let i = 0; i < 6 && !refused; i += 1) {
      const result = await post(limited.url, { query: '{ __typename }' });
      if (result.response.status === 429) [refused, body] = [result.response, result.body];
    }
    expect(refused).toBeDefined();
    const retryAfter = Number(refused!.headers.get('retry-after'));
    const reset = Number(/t=(\d+)/.exec(refused!.headers.get('ratelimit') ?? '')?.[1]);
    expect(retryAfter).toBeGreaterThan(0);
    expect(retryAfter).toBe(reset);
    expect(body!.errors?.[0]?.message).toContain(`Retry after ${retryAfter} s`);
    expect(body!.errors?.[0]?.extensions?.retryAfterSeconds).toBe(retryAfter);
    expect(body!.errors?.[0]?.extensions?.requestId).toBe(refused!.headers.get('x-request-id'));
  });
});
