/**
 * POST /graphql goes past Express's router (lib/graphql/past-the-router.ts);
 * every other way to reach GraphQL goes through it. A client must not be
 * able to tell the two apart, except that a POST's answer carries no ETag
 * (nothing revalidates a POST).
 */
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { isGraphQLPost } from '../../lib/graphql/past-the-router.js';
import { startGatewayOnly, type GatewayOnly } from '../support/gateway-only.js';

let gateway: GatewayOnly;

beforeAll(async () => {
  gateway = await startGatewayOnly();
});

afterAll(async () => {
  await gateway?.stop();
});

const QUERY = '{ __typename }';

async function ask(path: string, init: RequestInit = {}) {
  const response = await fetch(`${gateway.origin}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-request-id': 'path-test-1', ...init.headers },
    body: JSON.stringify({ query: QUERY }),
    ...init,
  });
  return { response, body: await response.json() };
}

describe('POST /graphql past the router', () => {
  test('answers as the router does, at /graphql, /graphql?… and /graphql/', async () => {
    const answers = await Promise.all([ask('/graphql'), ask('/graphql?trace=1'), ask('/graphql/')]);
    for (const { response, body } of answers) {
      expect(response.status).toBe(200);
      expect(body).toEqual({ data: { __typename: 'Query' } });
      expect(response.headers.get('x-request-id')).toBe('path-test-1');
      expect(response.headers.get('content-type')).toMatch(/^application\/graphql-response\+json|^application\/json/);
      expect(response.headers.get('access-control-expose-headers')).toMatch(/x-request-id/);
      expect(response.headers.get('ratelimit-policy')).not.toBeNull();
    }
    // /graphql/ went through the router, which adds an ETag; the POST path does not.
    expect(answers[0].response.headers.get('etag')).toBeNull();
    expect(answers[1].response.headers.get('etag')).toBeNull();
  });

  test('GET /graphql?query=… still goes through the router, with an ETag a browser can revalidate', async () => {
    const url = `${gateway.origin}/graphql?query=${encodeURIComponent(QUERY)}`;
    const answer = await fetch(url, { headers: { 'apollo-require-preflight': 'true', accept: 'application/json' } });
    expect(answer.status).toBe(200);
    expect(await answer.json()).toEqual({ data: { __typename: 'Query' } });
    expect(answer.headers.get('etag')).toMatch(/^W\/"/);
  });

  test('errors before GraphQL keep their GraphQL shape and status on the POST path', async () => {
    const broken = await ask('/graphql', { body: '{"query": ' });
    expect(broken.response.status).toBe(400);
    expect(broken.body).toMatchObject({ errors: [{ extensions: { code: 'BAD_REQUEST', requestId: 'path-test-1' } }] });
    const tooLarge = await ask('/graphql', {
      body: JSON.stringify({ query: `{ __typename }${' '.repeat(2_000_000)}` }),
    });
    expect(tooLarge.response.status).toBe(413);
    expect(tooLarge.body).toMatchObject({ errors: [{ extensions: { code: 'PAYLOAD_TOO_LARGE' } }] });
  });

  test('only a POST to /graphql itself takes the path', () => {
    const request = (method: string, url: string) => ({ method, url }) as Parameters<typeof isGraphQLPost>[0];
    expect(isGraphQLPost(request('POST', '/graphql'))).toBe(true);
    expect(isGraphQLPost(request('POST', '/graphql?x=1'))).toBe(true);
    expect(isGraphQLPost(request('POST', '/graphql/'))).toBe(false);
    expect(isGraphQLPost(request('POST', '/graphqlx'))).toBe(false);
    expect(isGraphQLPost(request('GET', '/graphql'))).toBe(false);
    expect(isGraphQLPost(request('OPTIONS', '/graphql'))).toBe(false);
    expect(isGraphQLPost(request('POST', '/internal/changes'))).toBe(false);
  });
});
