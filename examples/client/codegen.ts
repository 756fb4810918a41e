// GraphQL Code Generator's client preset for the committed operations of
// examples/, typed against the committed API schema: every `*Document` in
// generated/graphql.ts carries its result and variables types, so
// `client.query({ query: OverviewDocument })` is typed end to end.
// Run from the repository root: `npm run codegen:client` (a test fails when
// generated/ is stale).
import type { CodegenConfig } from '@graphql-codegen/cli';

const config: CodegenConfig = {
  overwrite: true,
  schema: 'schema/supergraph.graphql',
  documents: ['examples/*.graphql'],
  generates: {
    'examples/client/generated/': {
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config: {
        emitLegacyCommonJSImports: false,
        enumsAsTypes: true,
        useTypeImports: true,
        // What travels over HTTP: dates and exact decimals as strings.
        scalars: {
          Date: 'string',
          DateTime: 'string',
          Decimal: 'string',
          Currency: 'string',
          JSONObject: 'Record<string, unknown>',
        },
      },
    },
  },
};

export default config;
