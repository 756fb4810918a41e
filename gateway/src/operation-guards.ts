/**
 * The gateway's checks of an operation before it is planned: its shape
 * (operation name, no subscription, no NUL in literals), the role's limits,
 * and @access against the supergraph. What depends only on the document and
 * the role is computed once and remembered (by Apollo's hash of the query
 * text, the operation name and the role); per request remains only what
 * the variables change: their coercion, their NUL scan, and the cost when
 * the operation declares variables (remembered per variable values too).
 * Only passes are remembered: a refused operation is checked again each time.
 */
import type { ApolloServerPlugin } from '@apollo/server';
import { getVariableValues, GraphQLError, type GraphQLSchema, type OperationDefinitionNode } from 'graphql';
import { LRUCache } from 'lru-cache';
import { checkOperationAccess, type AccessRules } from '../../lib/auth/access.js';
import type { Role } from '../../lib/auth/viewer.js';
import { checkOperationCost, checkOperationRules, type Limits } from './limits.js';

interface GuardedContext {
  viewer: { role: Role; subject: string | null; organization: string | null };
}

function clientError(message: string, code: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code, http: { status: 400 } } });
}

const NUL_MESSAGE = 'Text may not contain NUL (\\u0000) characters: remove them';

/** Whether any string in a value (variables, or the operation's literals) holds a NUL, which PostgreSQL text cannot store. */
function containsNul(value: unknown): boolean {
  if (typeof value === 'string') return value.includes('\u0000');
  if (Array.isArray(value)) return value.some(containsNul);
  if (value && typeof value === 'object')
    return Object.entries(value).some(([key, v]) => key !== 'loc' && containsNul(v));
  return false;
}

/** What the executor would otherwise report as an internal error: an unknown operation name, a subscription. */
function checkOperationShape(operation: OperationDefinitionNode | undefined): OperationDefinitionNode {
  if (!operation)
    throw clientError(
      'The document has no operation by that name: check operationName',
      'OPERATION_RESOLUTION_FAILURE',
    );
  if (operation.operation === 'subscription')
    throw clientError('Subscriptions are not supported: use a query', 'GRAPHQL_VALIDATION_FAILED');
  if (containsNul(operation)) throw clientError(NUL_MESSAGE, 'BAD_USER_INPUT');
  return operation;
}

/** Variables that do not fit their declared types are the client's to fix. */
function checkVariables(
  schema: GraphQLSchema,
  operation: OperationDefinitionNode,
  variables: Record<string, unknown> | undefined,
): void {
  if (operation.variableDefinitions?.length) {
    const coerced = getVariableValues(schema, operation.variableDefinitions, variables ?? {}, { maxErrors: 1 });
    if (coerced.errors?.[0]) throw clientError(coerced.errors[0].message, 'BAD_USER_INPUT');
  }
  if (variables && containsNul(variables)) throw clientError(NUL_MESSAGE, 'BAD_USER_INPUT');
}

export interface OperationGuardOptions {
  limits: Limits;
  accessRules: AccessRules;
  /** Tests switch the gateway's @access check off to prove the subgraphs' own check holds. */
  enforceAccess: () => boolean;
  /** Documents remembered (default 5,000). */
  cacheSize?: number;
}

export function operationGuardPlugin<TContext extends GuardedContext>(
  options: OperationGuardOptions,
): ApolloServerPlugin<TContext> {
  const { limits, accessRules } = options;
  // Key: hash of the text, operation name, role, and whether @access is enforced.
  const passed = new LRUCache<string, true>({ max: options.cacheSize ?? 5_000 });
  const costs = new LRUCache<string, true>({ max: options.cacheSize ?? 5_000 });
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ document, schema, contextValue, request, operation, queryHash }) {
          const role = contextValue.viewer.role;
          const enforce = options.enforceAccess();
          const key = `${queryHash}\u0000${request.operationName ?? ''}\u0000${role}\u0000${enforce}`;
          const hasVariables = Boolean(operation?.variableDefinitions?.length);
          const known = passed.has(key);
          // The order of the checks is the order of the errors a client sees: shape, variables, limits, cost, @access.
          const checked = known ? operation! : checkOperationShape(operation);
          checkVariables(schema, checked, request.variables);
          if (!known) checkOperationRules(schema, document, limits[role]);
          if (hasVariables) {
            const costKey = `${key}\u0000${JSON.stringify(request.variables ?? {})}`;
            if (!costs.has(costKey)) {
              checkOperationCost(schema, document, limits[role], request);
              costs.set(costKey, true);
            }
          } else if (!known) checkOperationCost(schema, document, limits[role], request);
          if (known) return;
          if (enforce) {
            const [denied] = checkOperationAccess(schema, document, accessRules, contextValue.viewer);
            if (denied)
              throw new GraphQLError(denied.message, { extensions: { ...denied.extensions, http: { status: 403 } } });
          }
          passed.set(key, true);
        },
      };
    },
  };
}
