/**
 * The GraphQL side of observation: an Apollo plugin that records each
 * operation's name, type and outcome and puts the trace id into error
 * extensions; and, when tracing is on, a span around each resolver a
 * subgraph defines.
 */
import type { ApolloServerPlugin, BaseContext } from '@apollo/server';
import { trace, SpanStatusCode, type Span } from '@opentelemetry/api';
import {
  isObjectType,
  type GraphQLFieldResolver,
  type GraphQLResolveInfo,
  type GraphQLSchema,
  type ResponsePath,
} from 'graphql';
import { observationOf } from './observation.js';

export function observationPlugin(): ApolloServerPlugin<BaseContext> {
  return {
    async requestDidStart({ contextValue }) {
      const observation = observationOf(contextValue);
      if (!observation) return;
      observation.operations += 1;
      const first = observation.operations === 1;
      return {
        async didResolveOperation({ operation, operationName }) {
          if (!first) return;
          observation.operationName = operationName ?? operation?.name?.value ?? 'anonymous';
          observation.operationType = operation?.operation ?? 'unknown';
          observation.span?.setAttributes({
            'graphql.operation.name': observation.operationName,
            'graphql.operation.type': observation.operationType,
          });
        },
        async didEncounterErrors({ errors }) {
          // eslint-disable-next-line @typescript-eslint/no-unnecessary-condition -- errors the gateway passes on from a subgraph may have no extensions at run time
          const code = errors[0]?.extensions?.code;
          observation.outcome ??= typeof code === 'string' ? code : 'INTERNAL_SERVER_ERROR';
        },
        async willSendResponse({ response }) {
          const { traceId } = observation;
          if (!traceId || response.body.kind !== 'single' || !response.body.singleResult.errors) return;
          response.body.singleResult.errors = response.body.singleResult.errors.map((error) => ({
            ...error,
            extensions: { ...error.extensions, traceId },
          }));
        },
      };
    },
  };
}

/**
 * Whether a field is resolved for an item of a list other than the first: only the first item's
 * resolvers get spans (one per item would swamp a trace), and a DataLoader's batch, started by the
 * first item's load, runs its SQL inside that item's span.
 */
function laterItem(path: ResponsePath | undefined): boolean {
  for (let at = path?.prev; at; at = at.prev) if (typeof at.key === 'number' && at.key !== 0) return true;
  return false;
}

function ended(span: Span, error?: unknown): void {
  if (error !== undefined) {
    span.recordException(error as Error);
    span.setStatus({ code: SpanStatusCode.ERROR });
  }
  span.end();
}

function traced(name: string, resolve: GraphQLFieldResolver<unknown, unknown>): GraphQLFieldResolver<unknown, unknown> {
  const tracer = trace.getTracer('civic-graph');
  return (source, args, context, info: GraphQLResolveInfo) => {
    if (laterItem(info.path)) return resolve(source, args, context, info);
    return tracer.startActiveSpan(name, { attributes: { 'graphql.field.path': pathText(info.path) } }, (span) => {
      try {
        const result = resolve(source, args, context, info);
        if (result instanceof Promise)
          return result.then(
            (value: unknown) => {
              ended(span);
              return value;
            },
            (error: unknown) => {
              ended(span, error);
              throw error;
            },
          );
        ended(span);
        return result;
      } catch (error) {
        ended(span, error);
        throw error;
      }
    });
  };
}

function pathText(path: ResponsePath): string {
  const keys: (string | number)[] = [];
  for (let at: ResponsePath | undefined = path; at; at = at.prev) keys.unshift(at.key);
  return keys.join('.');
}

/** Wraps every resolver the schema defines (not the default ones) in a span; called only when tracing is on. */
export function traceResolvers(schema: GraphQLSchema): void {
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith('__')) continue;
    for (const field of Object.values(type.getFields())) {
      if (field.resolve) field.resolve = traced(`resolve ${type.name}.${field.name}`, field.resolve);
    }
  }
}
