/**
 * A public caller downloads the whole schema with every introspection
 * document the common tools send, while introspection stays bounded and the
 * limits of every other operation stay as they were.
 */
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { composeServices } from '@apollo/composition';
import {
  buildClientSchema,
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isObjectType,
  lexicographicSortSchema,
  parse,
  printSchema,
  type GraphQLSchema,
  type IntrospectionQuery,
} from 'graphql';
import { SUBGRAPH_NAMES } from '../../lib/config.js';
import { readSubgraphSdl } from '../../lib/graphql/compose.js';
import { startFederation, testEnv, type Federation } from '../support/federation.js';
import { graphqlJsDocuments, toolDocuments, type IntrospectionDocument } from '../support/introspection-documents.js';

let federation: Federation;
let apiSchema: GraphQLSchema;
let expected: string[];
let expectedFields: string;

/** Every type, field, argument, input field and enum value of a schema, by coordinate. */
function coordinates(schema: GraphQLSchema): string[] {
  const out: string[] = [];
  for (const type of Object.values(schema.getTypeMap())) {
    if (type.name.startsWith('__')) continue;
    out.push(type.name);
    if (isObjectType(type) || isInterfaceType(type)) {
      for (const field of Object.values(type.getFields())) {
        out.push(`${type.name}.${field.name}: ${String(field.type)}`);
        for (const arg of field.args) out.push(`${type.name}.${field.name}(${arg.name}: ${String(arg.type)})`);
      }
    } else if (isInputObjectType(type)) {
      for (const field of Object.values(type.getFields()))
        out.push(`${type.name}.${field.name}: ${String(field.type)}`);
    } else if (isEnumType(type)) {
      for (const value of type.getValues()) out.push(`${type.name}.${value.name}`);
    }
  }
  return out.sort();
}

async function introspect(document: IntrospectionDocument) {
  const response = await fetch(federation.gatewayUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: document.query, operationName: document.operationName }),
  });
  return { status: response.status, body: (await response.json()) as { data?: unknown; errors?: unknown[] } };
}

beforeAll(async () => {
  // More requests a minute than the default, so 134 documents fit; every other public limit is the default.
  federation = await startFederation({
    env: testEnv({ GATEWAY_LIMITS: JSON.stringify({ public: { requestsPerMinute: 1000 } }) }),
  });
  const composed = composeServices(
    SUBGRAPH_NAMES.map((name) => ({ name, typeDefs: parse(readSubgraphSdl(name)), url: `http://${name}` })),
  );
  if (composed.errors) throw new Error('composition failed');
  apiSchema = composed.schema.toAPISchema().toGraphQLJSSchema();
  expected = coordinates(apiSchema);
  expectedFields = Object.values(apiSchema.getTypeMap())
    .flatMap((type) =>
      isObjectType(type) || isInterfaceType(type) ? Object.keys(type.getFields()).map((f) => `${type.name}.${f}`) : [],
    )
    .sort()
    .join('\n');
});

afterAll(async () => {
  await federation?.stop();
});

describe('a public caller downloads the full schema', () => {
  test.each(toolDocuments().map((d) => [d.name, d] as const))('with the document %s sends', async (_name, document) => {
    const { status, body } = await introspect(document);
    expect(body.errors).toBeUndefined();
    expect(status).toBe(200);
    const schema = buildClientSchema(body.data as IntrospectionQuery);
    expect(coordinates(schema)).toEqual(expected);
    expect(schema.getType('Ngo')?.description).toMatch(/\w/);
  });

  test("with getIntrospectionQuery and every combination of graphql-js's options", async () => {
    const documents = graphqlJsDocuments();
    const failures: string[] = [];
    // Four at a time: bounded, and quick on two cores. Each answer is checked by its types and
    // fields (rebuilding 130 schemas would cost more than the requests); the tools' documents above are rebuilt whole.
    for (let i = 0; i < documents.length; i += 4) {
      await Promise.all(
        documents.slice(i, i + 4).map(async (document) => {
          const { status, body } = await introspect(document);
          const data = body.data as IntrospectionQuery | undefined;
          if (status !== 200 || body.errors || !data) {
            failures.push(`${document.name}: ${status} ${JSON.stringify(body.errors)}`);
            return;
          }
          const fields = data.__schema.types.flatMap((type) =>
            (type.kind === 'OBJECT' || type.kind === 'INTERFACE' ? type.fields : []).map(
              (f) => `${type.name}.${f.name}`,
            ),
          );
          if (fields.sort().join('\n') !== expectedFields) failures.push(`${document.name}: other fields`);
        }),
      );
    }
    expect(documents.length).toBe(130);
    expect(failures).toEqual([]);
  });

  test('the full-option document rebuilds the whole schema, descriptions and deprecations included', async () => {
    const all = graphqlJsDocuments().at(127)!;
    expect(all.name).toMatch(/"descriptions":true.*"oneOf":true/);
    const { body } = await introspect(all);
    const schema = buildClientSchema(body.data as IntrospectionQuery);
    expect(coordinates(schema)).toEqual(expected);
    expect(printSchema(lexicographicSortSchema(schema))).toBe(printSchema(lexicographicSortSchema(apiSchema)));
  });
});

describe('introspection stays bounded', () => {
  const refusal = async (query: string) => {
    const { status, body } = await introspect({ name: 'probe', query });
    const [error] = (body.errors ?? []) as { message: string; extensions: { code: string } }[];
    return { status, code: error?.extensions.code, message: error?.message };
  };

  test('lists nested in cycles (fields of the type of a field ...) are refused with a hint', async () => {
    // Apollo Server validates with graphql-js's MaxIntrospectionDepthRule before any limit of ours runs.
    const cyclic = await refusal('{ __schema { types { fields { type { fields { type { fields { name } } } } } } } }');
    expect(cyclic).toMatchObject({ status: 400, code: 'GRAPHQL_VALIDATION_FAILED' });
    expect(cyclic.message).toMatch(/__type\(name:\)/);
    const throughFragments = await refusal(
      '{ __type(name: "Ngo") { ...F } } fragment F on __Type { fields { type { interfaces { possibleTypes { name } } } } }',
    );
    expect(throughFragments.code).toBe('GRAPHQL_VALIDATION_FAILED');
  });

  test('the whole schema once per operation: aliases cannot repeat it', async () => {
    const twice = await refusal('{ a: __schema { types { name } } b: __schema { types { name } } }');
    expect(twice).toMatchObject({ status: 400, code: 'QUERY_TOO_COMPLEX' });
    expect(twice.message).toMatch(/__schema 2 times/);
  });

  test('an ofType chain deeper than any tool sends is refused', async () => {
    const chain = `${'ofType { '.repeat(30)}name${' }'.repeat(30)}`;
    const deep = await refusal(`{ __schema { queryType { ${chain} } } }`);
    expect(deep).toMatchObject({ status: 400, code: 'QUERY_TOO_COMPLEX' });
    expect(deep.message).toMatch(/levels deep/);
  });

  test('data fields keep their cost, with or without introspection beside them', async () => {
    const costly =
      '{ ngos(first: 100) { nodes { councilSeats { council { members(first: 100) { nodes { fullName } } } } } } }';
    for (const query of [costly, costly.replace('{ ngos', '{ __schema { queryType { name } } ngos')]) {
      const result = await refusal(query);
      expect(result).toMatchObject({ status: 400, code: 'QUERY_TOO_COMPLEX' });
      expect(result.message).toMatch(/estimated cost/);
    }
  });
});

describe('Apollo Sandbox can connect from its hosted origin', () => {
  test('CORS lets studio.apollographql.com send JSON with a token, and no other origin', async () => {
    const preflight = (origin: string) =>
      fetch(federation.gatewayUrl, {
        method: 'OPTIONS',
        headers: {
          origin,
          'access-control-request-method': 'POST',
          'access-control-request-headers': 'content-type,authorization',
        },
      });
    const sandbox = await preflight('https://studio.apollographql.com');
    expect(sandbox.status).toBe(204);
    expect(sandbox.headers.get('access-control-allow-origin')).toBe('https://studio.apollographql.com');
    expect(sandbox.headers.get('access-control-allow-headers')).toMatch(/authorization/);
    const other = await preflight('https://example.org');
    expect(other.headers.get('access-control-allow-origin')).toBeNull();
  });

  test('a POST with or without an Origin gets the same Vary and exposed headers, and only Sandbox is allowed', async () => {
    const post = (origin?: string) =>
      fetch(federation.gatewayUrl, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(origin ? { origin } : {}) },
        body: JSON.stringify({ query: '{ regions { code } }' }),
      });
    const answers = {
      none: await post(),
      sandbox: await post('https://studio.apollographql.com'),
      other: await post('https://example.org'),
    };
    for (const answer of Object.values(answers)) {
      expect(answer.status).toBe(200);
      expect(answer.headers.get('vary')).toMatch(/\bOrigin\b/);
      expect(answer.headers.get('access-control-expose-headers')).toBe(
        'x-request-id,ratelimit,ratelimit-policy,retry-after',
      );
    }
    expect(answers.none.headers.get('access-control-allow-origin')).toBeNull();
    expect(answers.other.headers.get('access-control-allow-origin')).toBeNull();
    expect(answers.sandbox.headers.get('access-control-allow-origin')).toBe('https://studio.apollographql.com');
  });
});
