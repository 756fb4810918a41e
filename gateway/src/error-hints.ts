/**
 * Last touches to the errors of a GraphQL response, after masking:
 *
 * - a field the caller may not read (`nullWhenDenied`) is null in every row,
 *   and each subgraph reports it once per row: 20 identical FORBIDDEN errors
 *   for `first: 20`. They become one error, at the first row's path, with
 *   `extensions.occurrences` counting the rows;
 * - graphql-js's "Maximum introspection depth exceeded" gets the hint of
 *   what to ask instead.
 */
import type { ApolloServerPlugin, BaseContext } from '@apollo/server';
import type { GraphQLFormattedError } from 'graphql';

const HINTS = new Map([
  [
    'Maximum introspection depth exceeded',
    'Introspection may nest fields/interfaces/possibleTypes/inputFields lists at most twice (fields { type { fields { ... } } } is the most): ask for one type by name with __type(name:) instead',
  ],
]);

/** The error's field, row numbers dropped: `councilMembers.nodes.*.contact`. */
function fieldPath(error: GraphQLFormattedError): string {
  return (error.path ?? []).map((key) => (typeof key === 'number' ? '*' : key)).join('.');
}

export function foldRepeatedErrors(errors: readonly GraphQLFormattedError[]): GraphQLFormattedError[] {
  const folded: GraphQLFormattedError[] = [];
  const byField = new Map<string, { index: number; count: number }>();
  for (const error of errors) {
    const hinted = HINTS.get(error.message);
    const current = hinted ? { ...error, message: hinted } : error;
    if (current.extensions?.code !== 'FORBIDDEN' || !current.path) {
      folded.push(current);
      continue;
    }
    const key = `${fieldPath(current)}\u0000${current.message}`;
    const seen = byField.get(key);
    if (seen) seen.count += 1;
    else {
      byField.set(key, { index: folded.length, count: 1 });
      folded.push(current);
    }
  }
  for (const { index, count } of byField.values()) {
    if (count > 1)
      folded[index] = { ...folded[index]!, extensions: { ...folded[index]!.extensions, occurrences: count } };
  }
  return folded;
}

export function errorHintsPlugin<TContext extends BaseContext>(): ApolloServerPlugin<TContext> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ response }) {
          if (response.body.kind === 'single' && response.body.singleResult.errors) {
            response.body.singleResult.errors = foldRepeatedErrors(response.body.singleResult.errors);
          }
        },
      };
    },
  };
}
