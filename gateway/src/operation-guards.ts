/**
 * The gateway's checks of an operation before it is planned: its shape
 * (operation name, no subscription, no NUL in literals), the role's limits,
 * and @access against the supergraph. What depends only on the document and
 * the role is computed once and remembered (by Apollo's hash of the query
 * text, the operation name and the role); per request remains only what
 * the variables change: their coercion, their NUL scan, and the cost when
 * the operation declares variables (remembered per variable values too),
 * and the batch's shared cost budget. Only passes are remembered: a refused
 * operation is checked again each time.
 */
import type { ApolloServerPlugin } from '@apollo/server';
import { getVariableValues, GraphQLError, type GraphQLSchema, type OperationDefinitionNode } from 'graphql';
import { LRUCache } from 'lru-cache';
import { checkOperationAccess, type AccessRules } from '../../lib/auth/access.js';
import type { Role } from '../../lib/auth/viewer.js';
import { chargeBatch, checkOperationRules, operationCost, type Limits } from './limits.js';

interface GuardedContext {
  viewer: { role: Role; subject: string | null; organization: string | null };
  /** What the request's operations have cost so far: a batch shares one budget. */
  cost: { spent: number };
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
  // The value: the operation's cost when it declares no variables, else -1 (costed per variable values, in `costs`).
  const passed = new LRUCache<string, number>({ max: options.cacheSize ?? 5_000 });
  const costs = new LRUCache<string, number>({ max: options.cacheSize ?? 5_000 });
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ document, schema, contextValue, request, operation, queryHash, source }) {
          const role = contextValue.viewer.role;
          const enforce = options.enforceAccess();
          const key = `${queryHash}\u0000${request.operationName ?? ''}\u0000${role}\u0000${enforce}`;
          const known = passed.get(key);
          // The order of the checks is the order of the errors a client sees: shape, variables, limits, cost, @access.
          const checked = known === undefined ? checkOperationShape(operation) : operation!;
          checkVariables(schema, checked, request.variables);
          // The text that runs, however it came: as text, or by the hash of a persisted query.
          if (known === undefined) checkOperationRules(schema, document, limits[role], source);
          let cost = known ?? -1;
          if (cost < 0 && checked.variableDefinitions?.length) {
            const costKey = `${key}\u0000${JSON.stringify(request.variables ?? {})}`;
            cost = costs.get(costKey) ?? operationCost(schema, document, limits[role], request);
            costs.set(costKey, cost);
          } else if (cost < 0) cost = operationCost(schema, document, limits[role], request);
          contextValue.cost.spent = chargeBatch(limits[role], contextValue.cost.spent, cost);
          if (known !== undefined) return;
          if (enforce) {
            const [denied] = checkOperationAccess(schema, document, accessRules, contextValue.viewer);
            if (denied)
              throw new GraphQLError(denied.message, { extensions: { ...denied.extensions, http: { status: 403 } } });
          }
          passed.set(key, checked.variableDefinitions?.length ? -1 : cost);
        },
      };
    },
  };
}
