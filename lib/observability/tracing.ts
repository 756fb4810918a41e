/**
 * OpenTelemetry tracing, on only when OTEL_EXPORTER_OTLP_ENDPOINT is set.
 *
 * Spans: each HTTP request (continuing the caller's W3C `traceparent`), the
 * gateway's own (planning, each subgraph fetch: @apollo/gateway emits them
 * through @opentelemetry/api), the subgraphs' resolvers, and each SQL
 * statement. Exported by OTLP over HTTP (the exporter reads the standard
 * OTEL_EXPORTER_OTLP_* variables). Without the variable nothing is
 * registered: @opentelemetry/api's calls are no-ops and the hooks here
 * return before doing any work.
 */
import {
  context,
  propagation,
  ROOT_CONTEXT,
  SpanKind,
  SpanStatusCode,
  trace,
  type Context,
  type Span,
} from '@opentelemetry/api';
import type { NodeTracerProvider } from '@opentelemetry/sdk-trace-node';

const tracer = trace.getTracer('civic-graph');
let provider: NodeTracerProvider | undefined;

/** Whether spans are being recorded and exported in this process. */
export function tracingEnabled(): boolean {
  return provider !== undefined;
}

let starting: Promise<void> | undefined;

/**
 * Registers the tracer provider for this process (once: the first service
 * started names it) when OTEL_EXPORTER_OTLP_ENDPOINT is set. The SDK and the
 * exporter are loaded only then.
 */
export function startTracing(serviceName: string, env: NodeJS.ProcessEnv = process.env): Promise<void> {
  if (!env.OTEL_EXPORTER_OTLP_ENDPOINT) return Promise.resolve();
  starting ??= (async () => {
    const [{ BatchSpanProcessor, NodeTracerProvider }, { OTLPTraceExporter }, { resourceFromAttributes }] =
      await Promise.all([
        import('@opentelemetry/sdk-trace-node'),
        import('@opentelemetry/exporter-trace-otlp-http'),
        import('@opentelemetry/resources'),
      ]);
    const created = new NodeTracerProvider({
      resource: resourceFromAttributes({ 'service.name': env.OTEL_SERVICE_NAME || `civic-graph-${serviceName}` }),
      spanProcessors: [new BatchSpanProcessor(new OTLPTraceExporter())],
    });
    // Also sets the async-local-storage context manager and the W3C trace-context propagator.
    created.register();
    provider = created;
  })();
  return starting;
}

/** Sends the spans still buffered (at shutdown). */
export async function flushTracing(): Promise<void> {
  await provider?.forceFlush();
}

const TRACEPARENT = /^[\da-f]{2}-([\da-f]{32})-[\da-f]{16}-[\da-f]{2}$/;

/** The trace id a caller's `traceparent` header names, read without any tracing set up (for the logs). */
export function traceIdFromHeader(traceparent: string | undefined): string | undefined {
  const id = traceparent ? TRACEPARENT.exec(traceparent)?.[1] : undefined;
  return id && !/^0+$/.test(id) ? id : undefined;
}

/** Starts the span of one HTTP request, as a child of the caller's `traceparent` when it sends one. */
export function startServerSpan(
  name: string,
  headers: Record<string, string | string[] | undefined>,
  attributes: Record<string, string>,
): { span: Span; context: Context } {
  const parent = propagation.extract(ROOT_CONTEXT, headers);
  const span = tracer.startSpan(name, { kind: SpanKind.SERVER, attributes }, parent);
  return { span, context: trace.setSpan(parent, span) };
}

export function runInContext<T>(active: Context, work: () => T): T {
  return context.with(active, work);
}

/** Writes the current span's `traceparent` into outgoing request headers (the gateway's fetches to subgraphs). */
export function injectTraceContext(headers: { set(name: string, value: string): void } | undefined): void {
  if (!provider || !headers) return;
  propagation.inject(context.active(), headers, { set: (carrier, key, value) => carrier.set(key, value) });
}

/** Runs `work` inside a span that is a child of the current one; records a thrown error. */
export async function inSpan<T>(
  name: string,
  attributes: Record<string, string>,
  work: () => Promise<T>,
  kind: SpanKind = SpanKind.INTERNAL,
): Promise<T> {
  if (!provider) return work();
  return tracer.startActiveSpan(name, { kind, attributes }, async (span) => {
    try {
      return await work();
    } catch (error) {
      span.recordException(error as Error);
      span.setStatus({ code: SpanStatusCode.ERROR });
      throw error;
    } finally {
      span.end();
    }
  });
}

export { SpanKind };
