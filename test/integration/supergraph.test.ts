import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from '@jest/globals';
import { buildSchema, GraphQLEnumType, GraphQLInputObjectType, GraphQLObjectType, isIntrospectionType } from 'graphql';
import { PROJECT_ROOT, SUBGRAPH_NAMES } from '../../lib/config.js';
import { composeSupergraph, readSubgraphSdl } from '../../lib/graphql/compose.js';

describe('the supergraph', () => {
  test('the committed schema/supergraph.graphql is what composition produces now', () => {
    const committed = fs.readFileSync(path.join(PROJECT_ROOT, 'schema', 'supergraph.graphql'), 'utf8');
    // composeSupergraph throws when composition reports errors.
    expect(committed).toBe(composeSupergraph());
  });

  test.each(SUBGRAPH_NAMES)('every type, field, argument and enum value of the %s subgraph is described', (name) => {
    // Federation directives are declared by @link at run time; strip the link so graphql-js can build the SDL alone.
    const sdl = readSubgraphSdl(name)
      .replace(/extend schema[^]*?\]\)\n/, '')
      .replace(/@(key|shareable)(\([^)]*\))?/g, '');
    const schema = buildSchema(sdl);
    const missing: string[] = [];
    for (const type of Object.values(schema.getTypeMap())) {
      if (isIntrospectionType(type) || ['String', 'Int', 'Float', 'Boolean', 'ID'].includes(type.name)) continue;
      if (!type.description && type.name !== 'Query') missing.push(type.name);
      if (type instanceof GraphQLObjectType || type instanceof GraphQLInputObjectType) {
        for (const field of Object.values(type.getFields())) {
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
