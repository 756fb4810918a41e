/**
 * A subgraph data source that fails alone: its fetches go through the
 * subgraph's policies (policy.ts), and when one fails the gateway gets a
 * GraphQL error in place of data, with a code and the path of the first
 * field it owns. The gateway adds `extensions.serviceName` and nulls only
 * the fields this fetch was to fill; the rest of the answer stands.
 */
import { RemoteGraphQLDataSource } from '@apollo/gateway';
import type { BaseContext } from '@apollo/server';
import { getOperationAST, Kind, parse, type DocumentNode, type SelectionSetNode } from 'graphql';
import { classifyFailure } from './failures.js';
import type { OperationKind, SubgraphPolicy } from './policy.js';

type ProcessOptions<TContext extends BaseContext> = Parameters<RemoteGraphQLDataSource<TContext>['process']>[0];

/** The first field of a selection set, skipping __typename and descending into inline fragments. */
function firstField(selectionSet: SelectionSetNode | undefined): string | undefined {
  for (const selection of selectionSet?.selections ?? []) {
    if (selection.kind === Kind.FIELD && selection.name.value !== '__typename')
      return (selection.alias ?? selection.name).value;
    if (selection.kind === Kind.INLINE_FRAGMENT) {
      const inner = firstField(selection.selectionSet);
      if (inner) return inner;
    }
  }
  return undefined;
}

/**
 * A path in the subgraph's response that the gateway maps onto the client's
 * query: the root field, or for an entity fetch the first entity's first field.
 */
export function failurePath(document: DocumentNode | undefined): (string | number)[] | undefined {
  const operation = document ? getOperationAST(document) : null;
  const root = operation?.selectionSet.selections.find((s) => s.kind === Kind.FIELD);
  if (!root) return undefined;
  if (root.name.value !== '_entities') return [(root.alias ?? root.name).value];
  const field = firstField(root.selectionSet);
  return field ? ['_entities', 0, field] : undefined;
}

type Config<TContext extends BaseContext> = ConstructorParameters<typeof RemoteGraphQLDataSource<TContext>>[0];

/** The fetch's document: planned with the query plan (exposeDocumentNodeInFetchNode), else parsed from the text. */
function operationDocument<TContext extends BaseContext>(options: ProcessOptions<TContext>): DocumentNode | undefined {
  if ('document' in options && options.document) return options.document;
  try {
    return options.request.query ? parse(options.request.query) : undefined;
  } catch {
    return undefined;
  }
}

export class ResilientDataSource<TContext extends BaseContext> extends RemoteGraphQLDataSource<TContext> {
  constructor(
    readonly serviceName: string,
    readonly policy: SubgraphPolicy,
    config: Config<TContext>,
  ) {
    super({ ...config, fetcher: policy.fetcher });
  }

  override async process(options: ProcessOptions<TContext>): ReturnType<RemoteGraphQLDataSource<TContext>['process']> {
    const document = operationDocument(options);
    // Anything not known to be a query counts as a mutation: never retried.
    const kind: OperationKind = document && getOperationAST(document)?.operation === 'query' ? 'query' : 'mutation';
    try {
      return await super.process(options);
    } catch (error) {
      const failure = classifyFailure(error, this.serviceName, this.policy.timeoutMs(kind));
      if (!failure) throw error;
      const path = failurePath(document);
      return { errors: [{ message: failure.message, ...(path ? { path } : {}), extensions: { code: failure.code } }] };
    }
  }
}
