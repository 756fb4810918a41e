/**
 * Limits that understand introspection. The list-size cost estimate assumes
 * 20 items per list and multiplies nested lists, which prices the standard
 * introspection query (types x fields x args x ofType...) at over 300,000,
 * far above what a public caller may spend, although its answer is one
 * fixed-size description of the schema. So fields under `__schema` and
 * `__type` are costed 1 each (their size is the schema's, not the data's),
 * and introspection gets bounds of its own instead:
 *
 * - graphql-js's MaxIntrospectionDepthRule (one of the rules Apollo Server
 *   validates every document with): at most two nested
 *   fields/interfaces/possibleTypes/inputFields lists, which refuses the
 *   cyclic `fields { type { fields { type ... } } }` queries that are the
 *   known way to make introspection expensive;
 * - `__schema` at most once per operation (aliases cannot repeat the whole
 *   schema);
 * - a depth limit under `__schema`/`__type`, deep enough for the `ofType`
 *   chains tools send (graphql-js's default typeDepth is 9; up to 15 fits).
 *
 * Everything else in the operation is costed and limited as before.
 */
import { HeaderMap, type ApolloServerPlugin, type BaseContext } from '@apollo/server';
import {
  execute,
  GraphQLError,
  isIntrospectionType,
  Kind,
  type ASTNode,
  type DocumentNode,
  type FieldNode,
  type FragmentDefinitionNode,
  type SelectionSetNode,
  type ValidationContext,
  type ValidationRule,
} from 'graphql';
import type { ComplexityEstimator } from 'graphql-query-complexity';

/** Deepest selection allowed under `__schema` or `__type`, counting that field as 1. */
export const MAX_INTROSPECTION_DEPTH = 24;

const INTROSPECTION_ROOTS = new Set(['__schema', '__type']);

function refused(message: string, nodes: readonly ASTNode[], limit?: number): GraphQLError {
  return new GraphQLError(message, {
    nodes,
    extensions: { code: 'QUERY_TOO_COMPLEX', ...(limit === undefined ? {} : { limit }), http: { status: 400 } },
  });
}

/** Fields of the introspection types (and the two roots) cost 1 plus their children, never times a list size. */
export const introspectionEstimator: ComplexityEstimator = ({ type, field, childComplexity }) => {
  if (isIntrospectionType(type) || INTROSPECTION_ROOTS.has(field.name)) return 1 + childComplexity;
  return undefined;
};

/** How deep a selection set goes, following fragment spreads (each fragment once per path). */
function depthOf(context: ValidationContext, selectionSet: SelectionSetNode | undefined, path: Set<string>): number {
  let deepest = 0;
  for (const selection of selectionSet?.selections ?? []) {
    if (selection.kind === Kind.FIELD) {
      deepest = Math.max(deepest, 1 + depthOf(context, selection.selectionSet, path));
    } else if (selection.kind === Kind.INLINE_FRAGMENT) {
      deepest = Math.max(deepest, depthOf(context, selection.selectionSet, path));
    } else if (!path.has(selection.name.value)) {
      const fragment = context.getFragment(selection.name.value);
      path.add(selection.name.value);
      deepest = Math.max(deepest, depthOf(context, fragment?.selectionSet, path));
      path.delete(selection.name.value);
    }
  }
  return deepest;
}

/** `__schema` once per operation, and no deeper than MAX_INTROSPECTION_DEPTH under either root. */
const introspectionShapeRule: ValidationRule = (context) => {
  const schemaFields = new Map<string, FieldNode[]>();
  let operationKey = '';
  return {
    OperationDefinition: (operation) => void (operationKey = operation.name?.value ?? `#${operation.loc?.start ?? 0}`),
    Field(node) {
      if (!INTROSPECTION_ROOTS.has(node.name.value)) return;
      const depth = 1 + depthOf(context, node.selectionSet, new Set());
      if (depth > MAX_INTROSPECTION_DEPTH) {
        context.reportError(
          refused(
            `The introspection query is ${depth} levels deep; at most ${MAX_INTROSPECTION_DEPTH} are allowed: ask for fewer nested ofType levels`,
            [node],
            MAX_INTROSPECTION_DEPTH,
          ),
        );
      }
      if (node.name.value === '__schema') {
        const seen = schemaFields.get(operationKey) ?? [];
        seen.push(node);
        schemaFields.set(operationKey, seen);
      }
    },
    Document: {
      leave() {
        for (const nodes of schemaFields.values()) {
          if (nodes.length > 1) {
            context.reportError(
              refused(
                `The operation asks for __schema ${nodes.length} times; ask for it once (it is the same every time)`,
                nodes,
              ),
            );
          }
        }
      },
    },
  };
};

/**
 * Answers operations that only introspect (every root field is __schema,
 * __type or __typename) from the gateway's API schema with graphql-js,
 * without the query planner: the planner's own copy of the introspection
 * types lags graphql-js (it refuses `isOneOf`, which graphql-js's
 * getIntrospectionQuery({ oneOf: true }) asks for), and there is nothing
 * to plan anyway. Runs after every check of didResolveOperation.
 */
export function introspectionPlugin<TContext extends BaseContext>(): ApolloServerPlugin<TContext> {
  return {
    async requestDidStart() {
      return {
        async responseForOperation({ schema, document, operation, request }) {
          if (!introspectsOnly(document, operation.selectionSet)) return null;
          const result = await execute({
            schema,
            document,
            ...(request.operationName ? { operationName: request.operationName } : {}),
            ...(request.variables ? { variableValues: request.variables } : {}),
          });
          return { http: { headers: new HeaderMap() }, body: { kind: 'single', singleResult: result } };
        },
      };
    },
  };
}

/** Whether every root field of a selection set (through fragments) is __schema, __type or __typename. */
function introspectsOnly(document: DocumentNode, selectionSet: SelectionSetNode, seen = new Set<string>()): boolean {
  return selectionSet.selections.every((selection) => {
    if (selection.kind === Kind.FIELD) return selection.name.value.startsWith('__');
    if (selection.kind === Kind.INLINE_FRAGMENT) return introspectsOnly(document, selection.selectionSet, seen);
    if (seen.has(selection.name.value)) return true;
    seen.add(selection.name.value);
    const fragment = document.definitions.find(
      (d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION && d.name.value === selection.name.value,
    );
    return fragment ? introspectsOnly(document, fragment.selectionSet, seen) : false;
  });
}

export const introspectionRules: ValidationRule[] = [introspectionShapeRule];
