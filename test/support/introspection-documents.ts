/**
 * The introspection documents the common tools send, exactly: graphql-js's
 * getIntrospectionQuery with every combination of its options (GraphQL Code
 * Generator, get-graphql-schema, Postman and Altair build theirs with it),
 * Apollo Sandbox's (today's options, and the 2023 text recorded by Apollo's
 * router), and GraphiQL 5's (its defaults, its fallback without
 * subscriptionType, and a renamed operation).
 */
import fs from 'node:fs';
import path from 'node:path';
import { getIntrospectionQuery, type IntrospectionOptions } from 'graphql';
import { PROJECT_ROOT } from '../../lib/config.js';

export interface IntrospectionDocument {
  name: string;
  query: string;
  operationName?: string;
}

const FLAGS = [
  'descriptions',
  'specifiedByUrl',
  'directiveIsRepeatable',
  'schemaDescription',
  'inputValueDeprecation',
  'experimentalDirectiveDeprecation',
  'oneOf',
] as const satisfies readonly (keyof IntrospectionOptions)[];

/** 2^7 combinations of the boolean options, each at the default typeDepth, plus the shallowest and deepest typeDepth we accept. */
export function graphqlJsDocuments(): IntrospectionDocument[] {
  const documents: IntrospectionDocument[] = [];
  for (let mask = 0; mask < 2 ** FLAGS.length; mask += 1) {
    const options: IntrospectionOptions = {};
    FLAGS.forEach((flag, i) => (options[flag] = Boolean(mask & (1 << i))));
    documents.push({
      name: `getIntrospectionQuery(${JSON.stringify(options)})`,
      query: getIntrospectionQuery(options),
    });
  }
  for (const typeDepth of [3, 15]) {
    const options = { typeDepth, inputValueDeprecation: true, oneOf: true };
    documents.push({
      name: `getIntrospectionQuery(${JSON.stringify(options)})`,
      query: getIntrospectionQuery(options),
    });
  }
  return documents;
}

const fixture = (file: string) =>
  fs.readFileSync(path.join(PROJECT_ROOT, 'test', 'fixtures', 'introspection', file), 'utf8');

export function toolDocuments(): IntrospectionDocument[] {
  const graphiql = getIntrospectionQuery({ inputValueDeprecation: false, schemaDescription: false });
  return [
    {
      // The options Apollo Sandbox sends today (the issue measured this document's cost, 347,093).
      name: 'Apollo Sandbox',
      query: getIntrospectionQuery({
        schemaDescription: true,
        inputValueDeprecation: true,
        directiveIsRepeatable: true,
        specifiedByUrl: true,
      }),
      operationName: 'IntrospectionQuery',
    },
    {
      name: 'Apollo Sandbox (2023)',
      query: fixture('apollo-sandbox-2023.graphql'),
      operationName: 'IntrospectionQuery',
    },
    {
      name: 'Apollo Sandbox (2023, without deprecated arguments)',
      query: fixture('apollo-sandbox-2023-without-deprecated-args.graphql'),
      operationName: 'IntrospectionQuery',
    },
    { name: 'GraphiQL 5', query: graphiql, operationName: 'IntrospectionQuery' },
    {
      name: 'GraphiQL 5 fallback',
      // GraphiQL drops `subscriptionType { name }` when the first attempt fails; newer graphql-js also asks its kind.
      query: graphiql.replace(/subscriptionType \{[^}]*\}/, ''),
      operationName: 'IntrospectionQuery',
    },
    {
      name: 'GraphiQL 5 with introspectionQueryName',
      query: graphiql.replace('query IntrospectionQuery', 'query CivicGraphSchema'),
      operationName: 'CivicGraphSchema',
    },
  ];
}
