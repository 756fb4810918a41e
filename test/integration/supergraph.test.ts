import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from '@jest/globals';
import { buildSubgraphSchema } from '@apollo/subgraph';
import {
  GraphQLEnumType,
  GraphQLInputObjectType,
  GraphQLObjectType,
  isIntrospectionType,
  isSpecifiedScalarType,
  parse,
} from 'graphql';
import { PROJECT_ROOT, SUBGRAPH_NAMES } from '../../lib/config.js';
import { composeSupergraph, readSubgraphSdl } from '../../lib/graphql/compose.js';

describe('the supergraph', () => {
  test('the committed schema/supergraph.graphql is what composition produces now', () => {
    const committed = fs.readFileSync(path.join(PROJECT_ROOT, 'schema', 'supergraph.graphql'), 'utf8');
    // composeSupergraph throws when composition reports errors.
    expect(committed).toBe(composeSupergraph());
  });

  test.each(SUBGRAPH_NAMES)('every type, field, argument and enum value of the %s subgraph is described', (name) => {
    const schema = buildSubgraphSchema({ typeDefs: parse(readSubgraphSdl(name)) });
    const missing: string[] = [];
    for (const type of Object.values(schema.getTypeMap())) {
      // Built-in and federation-supplied types (_Entity, _Service, link__Import, federation__...) are not ours to describe.
      if (isIntrospectionType(type) || isSpecifiedScalarType(type) || /^(_|link__|federation__)/.test(type.name))
        continue;
      if (!type.description && type.name !== 'Query') missing.push(type.name);
      if (type instanceof GraphQLObjectType || type instanceof GraphQLInputObjectType) {
        for (const field of Object.values(type.getFields()).filter((f) => !f.name.startsWith('_'))) {
          if (!field.description) missing.push(`${type.name}.${field.name}`);
          for (const arg of 'args' in field ? field.args : []) {
            if (!arg.description) missing.push(`${type.name}.${field.name}(${arg.name})`);
          }
        }
      }
      if (type instanceof GraphQLEnumType) {
        for (const value of type.getValues()) if (!value.description) missing.push(`${type.name}.${value.name}`);
      }
    }
    expect(missing).toEqual([]);
  });
});
