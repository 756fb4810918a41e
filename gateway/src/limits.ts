/**
 * What one operation may cost, per role: depth, aliases, tokens, directives,
 * root fields, and a cost estimated from list sizes and page arguments
 * (graphql-query-complexity), plus requests per minute. Defaults below;
 * GATEWAY_LIMITS (JSON) overrides any of them per role, e.g.
 * {"public":{"maxDepth":8,"requestsPerMinute":60}}.
 */
import { maxAliasesRule } from '@escape.tech/graphql-armor-max-aliases';
import { maxDepthRule } from '@escape.tech/graphql-armor-max-depth';
import { maxDirectivesRule } from '@escape.tech/graphql-armor-max-directives';
import { MaxTokensParserWLexer } from '@escape.tech/graphql-armor-max-tokens';
import {
  GraphQLError,
  isListType,
  isNonNullType,
  Kind,
  validate,
  type DocumentNode,
  type GraphQLOutputType,
  type GraphQLSchema,
  type ValidationContext,
  type ValidationRule,
} from 'graphql';
import { getComplexity, type ComplexityEstimator } from 'graphql-query-complexity';
import { z } from 'zod';
import { ConfigError } from '../../lib/config.js';
import { ROLES, type Role } from '../../lib/auth/viewer.js';
import { introspectionEstimator, introspectionRules } from './introspection.js';

const roleLimits = z.object({
  maxDepth: z.number().int().min(1),
  maxAliases: z.number().int().min(0),
  maxTokens: z.number().int().min(10),
  maxDirectives: z.number().int().min(0),
  maxRootFields: z.number().int().min(1),
  maxCost: z.number().int().min(1),
  requestsPerMinute: z.number().int().min(1),
});
export type RoleLimits = z.infer<typeof roleLimits>;
export type Limits = Record<Role, RoleLimits>;

const STAFF: RoleLimits = {
  maxDepth: 12,
  maxAliases: 60,
  maxTokens: 6000,
  maxDirectives: 40,
  maxRootFields: 40,
  maxCost: 200_000,
  requestsPerMinute: 600,
};

export const DEFAULT_LIMITS: Limits = {
  public: {
    maxDepth: 10,
    maxAliases: 30,
    maxTokens: 3000,
    maxDirectives: 20,
    maxRootFields: 30,
    maxCost: 25_000,
    requestsPerMinute: 120,
  },
  analyst: STAFF,
  registrar: STAFF,
  donor: STAFF,
  admin: { ...STAFF, maxCost: 1_000_000, requestsPerMinute: 1200 },
};

/** The limits in force: the defaults with GATEWAY_LIMITS' overrides; a bad override names the role and limit. */
export function resolveLimits(overrides: Record<string, unknown> | undefined): Limits {
  const limits: Limits = structuredClone(DEFAULT_LIMITS);
  for (const [role, values] of Object.entries(overrides ?? {})) {
    if (!(ROLES as readonly string[]).includes(role)) {
      throw new ConfigError(`GATEWAY_LIMITS: "${role}" is not a role; use ${ROLES.join(', ')}`);
    }
    const parsed = roleLimits.partial().strict().safeParse(values);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      throw new ConfigError(`GATEWAY_LIMITS.${role}.${issue?.path.join('.') ?? ''}: ${issue?.message ?? 'invalid'}`);
    }
    limits[role as Role] = { ...limits[role as Role], ...parsed.data };
  }
  return limits;
}

export function tooComplex(message: string, limit?: number): GraphQLError {
  return new GraphQLError(message, {
    extensions: { code: 'QUERY_TOO_COMPLEX', ...(limit === undefined ? {} : { limit }), http: { status: 400 } },
  });
}

/** Counts tokens while parsing, stopping at the limit: a huge query is refused before it is parsed whole. */
export function checkTokens(query: string, limit: number): void {
  try {
    new MaxTokensParserWLexer(query, { n: limit, exposeLimits: true }).parseDocument();
  } catch (error) {
    if (error instanceof Error && /Token limit/.test(error.message)) {
      throw tooComplex(`The query has more than ${limit} tokens: split it into smaller operations`, limit);
    }
    // A syntax error is not ours to report: the GraphQL parser reports it as GRAPHQL_PARSE_FAILED.
  }
}

function maxRootFieldsRule(limit: number): ValidationRule {
  return (context: ValidationContext) => ({
    OperationDefinition(operation) {
      let count = 0;
      const visit = (selections: typeof operation.selectionSet.selections, seen: Set<string>) => {
        for (const selection of selections) {
          if (selection.kind === Kind.FIELD) count += 1;
          else if (selection.kind === Kind.INLINE_FRAGMENT) visit(selection.selectionSet.selections, seen);
          else if (!seen.has(selection.name.value)) {
            seen.add(selection.name.value);
            const fragment = context.getFragment(selection.name.value);
            if (fragment) visit(fragment.selectionSet.selections, seen);
          }
        }
      };
      visit(operation.selectionSet.selections, new Set());
      if (count > limit) {
        context.reportError(
          tooComplex(`The operation selects ${count} root fields; at most ${limit} are allowed`, limit),
        );
      }
    },
  });
}

/** Assumed size of a list without a `first` argument (the regions list has 20). */
const DEFAULT_LIST_SIZE = 20;

function isList(type: GraphQLOutputType): boolean {
  return isListType(isNonNullType(type) ? type.ofType : type);
}

/**
 * Fields whose database work does not show in the size of their answer, with
 * what one call costs. A name search reads the trigram indexes of every name
 * column whatever page it returns: at 5,000 the public's budget (25,000)
 * holds a few searches per request, so aliases or a batch of them are
 * refused before they reach the database.
 */
export const FIELD_COSTS: Readonly<Record<string, number>> = { 'Query.searchNgos': 5000 };

/**
 * A field costs 1 (or its FIELD_COSTS), plus its children times the number
 * of items it may return: its `first` argument, or the list default. A
 * connection's `nodes` counts once: its size is the connection's `first`,
 * already counted.
 */
const pageAwareEstimator: ComplexityEstimator = ({ type, field, args, childComplexity }) => {
  const first = typeof args.first === 'number' ? args.first : undefined;
  const pageOfConnection = field.name === 'nodes' && type.name.endsWith('Connection');
  const items = first ?? (isList(field.type) && !pageOfConnection ? DEFAULT_LIST_SIZE : 1);
  return (FIELD_COSTS[`${type.name}.${field.name}`] ?? 1) + items * childComplexity;
};

export function estimateCost(
  schema: GraphQLSchema,
  document: DocumentNode,
  variables: Record<string, unknown> | undefined,
  operationName: string | undefined,
): number {
  return getComplexity({
    schema,
    query: document,
    variables: variables ?? {},
    estimators: [introspectionEstimator, pageAwareEstimator],
    ...(operationName ? { operationName } : {}),
  });
}

/** graphql-armor's messages ("Query depth limit of 10 exceeded, found 13."), reworded to say what to do. */
const HINTS: [RegExp, (limit: number, found: number) => string][] = [
  [
    /depth limit of (\d+) exceeded, found (\d+)/,
    (limit, found) =>
      `The query is ${found} levels deep, over the depth limit of ${limit}: split it, e.g. fetch the nested objects in a second query by their id or code, or sign in with a role that allows more`,
  ],
  [
    /Aliases limit of (\d+) exceeded, found (\d+)/,
    (limit, found) =>
      `The query uses ${found} aliases; at most ${limit} are allowed: send the rest in another query, or pass a list argument (e.g. filter: { regions: [...] }) instead of one alias per value`,
  ],
  [
    /Directives limit of (\d+) exceeded, found (\d+)/,
    (limit, found) =>
      `The query uses ${found} directives; at most ${limit} are allowed: move @include/@skip to a fragment that groups the fields`,
  ],
];

function withHint(message: string): GraphQLError {
  for (const [pattern, hint] of HINTS) {
    const match = pattern.exec(message);
    if (match) return tooComplex(hint(Number(match[1]), Number(match[2])), Number(match[1]));
  }
  return tooComplex(message.replace(/^Syntax Error: /, ''));
}

/**
 * What the document alone decides: its tokens (counted again on the text
 * that runs, since a document sent by hash was not seen before), depth,
 * aliases, directives, root fields and introspection. Throws
 * QUERY_TOO_COMPLEX naming the limit.
 */
export function checkOperationRules(
  schema: GraphQLSchema,
  document: DocumentNode,
  limits: RoleLimits,
  query: string | undefined,
): void {
  if (query !== undefined) checkTokens(query, limits.maxTokens);
  const rules: ValidationRule[] = [
    maxDepthRule({ n: limits.maxDepth, exposeLimits: true, flattenFragments: true }),
    maxAliasesRule({ n: limits.maxAliases, exposeLimits: true }),
    maxDirectivesRule({ n: limits.maxDirectives, exposeLimits: true }),
    maxRootFieldsRule(limits.maxRootFields),
    ...introspectionRules,
  ];
  let first: GraphQLError | undefined;
  try {
    [first] = validate(schema, document, rules);
  } catch (error) {
    // graphql-armor's rules may throw rather than report once a limit is passed.
    first = error instanceof GraphQLError ? error : undefined;
    if (!first) throw error;
  }
  if (first) throw first.extensions.code === 'QUERY_TOO_COMPLEX' ? first : withHint(first.message);
}

/** The operation's estimated cost (it may depend on the variables: page sizes), refused over the role's limit. */
export function operationCost(
  schema: GraphQLSchema,
  document: DocumentNode,
  limits: RoleLimits,
  request: { variables?: Record<string, unknown>; operationName?: string },
): number {
  const cost = estimateCost(schema, document, request.variables, request.operationName);
  if (cost > limits.maxCost) {
    throw tooComplex(
      `The operation's estimated cost is ${cost}, over the limit of ${limits.maxCost}: ask for smaller pages (first), fewer nested lists or fewer searches`,
      limits.maxCost,
    );
  }
  return cost;
}

/** `spent` is what the request's earlier operations cost (a batch shares one budget); returns the total with `cost`. */
export function chargeBatch(limits: RoleLimits, spent: number, cost: number): number {
  if (spent + cost > limits.maxCost) {
    throw tooComplex(
      `The operations of this batch cost ${spent + cost} together, over the limit of ${limits.maxCost} for one request: send them in separate requests`,
      limits.maxCost,
    );
  }
  return spent + cost;
}
