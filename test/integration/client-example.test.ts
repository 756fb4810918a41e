/**
 * The typed client example (examples/client/) against the real gateway:
 * Apollo Client's core with the documents GraphQL Code Generator's client
 * preset made from the committed operations, as a public caller. Its
 * answers equal the API's own, its cache keys every type with an identity
 * (an `id`, or the documented keyFields of type-policies.ts), and a second
 * ask is served from the cache without a request. The README shows this
 * very code.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { gql } from '@apollo/client';
import { Kind, parse, type ObjectTypeDefinitionNode } from 'graphql';
import { PROJECT_ROOT } from '../../lib/config.js';
import { countryOverview, createClient } from '../../examples/client/country-overview.js';
import { typePolicies } from '../../examples/client/type-policies.js';
import type { OverviewQuery } from '../../examples/client/generated/graphql.js';
import { dataOf } from '../support/data-of.js';
import { startFederation, type Federation } from '../support/federation.js';
import { expectEvery } from '../support/expect-every.js';

let federation: Federation;
let requests = 0;
const countingFetch: typeof fetch = (input, init) => {
  requests += 1;
  return fetch(input, init);
};

beforeAll(async () => {
  federation = await startFederation();
});

afterAll(async () => {
  await federation?.stop();
});

const example = (name: string) => fs.readFileSync(path.join(PROJECT_ROOT, 'examples', `${name}.graphql`), 'utf8');

describe('the Apollo Client example', () => {
  test('answers what the API answers, and asks again from its cache', async () => {
    const client = createClient(federation.gatewayUrl, countingFetch);
    requests = 0;
    const result = await countryOverview(client, 'EN');
    expect(requests).toBe(2);

    // The committed file's own text, its result typed by the client example's codegen.
    const raw = await federation.query<OverviewQuery>(example('overview'), { language: 'EN' });
    const api = dataOf(raw);
    expect(result.activeNgos).toBe(18_000);
    expect(result.activeNgos).toBe(api.activeNgos.total);
    expect(result.councils).toBe(api.councilStatistics.councils);
    expect(result.members).toBe(api.councilStatistics.members);
    expect(result.projects).toBe(api.projects.total);
    const largest = [...api.activeNgos.byRegion].sort((a, b) => b.count - a.count)[0]!;
    expect(result.largestRegion).toEqual({
      code: largest.region.code,
      name: largest.region.name,
      count: largest.count,
    });
    expect(result.largestRegion.name).toMatch(/^[A-Za-z -]+$/);
    expect(result.disbursedUsd.length).toBeGreaterThan(1);
    expectEvery(result.disbursedUsd, (d) => /^\d+\.\d{2}$/.test(d.amount) && Number(d.amount) > 0);

    // Asked again: from the cache, no request.
    const again = await countryOverview(client, 'EN');
    expect(requests).toBe(2);
    expect(again.overview).toEqual(result.overview);
  });

  test('the cache keys regions by code and forums by edition, once each however often they appear', async () => {
    const client = createClient(federation.gatewayUrl);
    await countryOverview(client, 'RU');
    await client.query({
      query: gql`
        {
          civilForums {
            edition
            title
            platforms {
              title
            }
          }
          region(code: "KZ-75") {
            code
            kind
          }
        }
      `,
    });
    const cache = client.cache.extract() as Record<string, Record<string, unknown>>;
    const regions = Object.keys(cache).filter((key) => key.startsWith('Region:'));
    expect(regions).toHaveLength(20);
    expect(client.cache.identify({ __typename: 'Region', code: 'KZ-75' })).toBe('Region:{"code":"KZ-75"}');
    // One entry holds what both operations asked of the region.
    expect(cache['Region:{"code":"KZ-75"}']).toMatchObject({ code: 'KZ-75', kind: expect.any(String) });
    expect(Object.keys(cache).filter((key) => key.startsWith('CivilForum:'))).toContain('CivilForum:{"edition":12}');
  });
});

describe('identity of every cached type', () => {
  const supergraph = parse(fs.readFileSync(path.join(PROJECT_ROOT, 'schema', 'supergraph.graphql'), 'utf8'));
  const objects = new Map(
    supergraph.definitions
      .filter((d): d is ObjectTypeDefinitionNode => d.kind === Kind.OBJECT_TYPE_DEFINITION)
      .map((d) => [d.name.value, d]),
  );
  const fieldsOf = (type: ObjectTypeDefinitionNode) => new Map((type.fields ?? []).map((f) => [f.name.value, f]));

  test('every entity of the federation has an id or documented keyFields', () => {
    const entities = [...objects.values()].filter((type) =>
      (type.directives ?? []).some(
        (d) => d.name.value === 'join__type' && (d.arguments ?? []).some((a) => a.name.value === 'key'),
      ),
    );
    expect(entities.length).toBeGreaterThan(5);
    const withoutIdentity = entities
      .filter((type) => !fieldsOf(type).has('id') && !(type.name.value in typePolicies))
      .map((type) => type.name.value);
    expect(withoutIdentity).toEqual([]);
  });

  test('each keyField exists on its type and is never null', () => {
    const policies = Object.entries(typePolicies);
    expect(policies.length).toBeGreaterThan(1);
    for (const [name, policy] of policies) {
      const type = objects.get(name);
      expect({ name, exists: type !== undefined }).toEqual({ name, exists: true });
      const fields = fieldsOf(type!);
      for (const key of policy.keyFields) {
        expect({ name, key, nonNull: fields.get(key)?.type.kind }).toEqual({ name, key, nonNull: Kind.NON_NULL_TYPE });
      }
    }
  });
});

test('the README shows the example’s client as it is', () => {
  const source = fs.readFileSync(path.join(PROJECT_ROOT, 'examples', 'client', 'country-overview.ts'), 'utf8');
  const readme = fs.readFileSync(path.join(PROJECT_ROOT, 'README.md'), 'utf8');
  const start = source.indexOf('export function createClient');
  const end = source.indexOf('\n}\n', start) + 2;
  expect(start).toBeGreaterThan(0);
  expect(readme).toContain(source.slice(start, end));
  expect(readme).toContain("import { typePolicies } from './type-policies.js';");
});
