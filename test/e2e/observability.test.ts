/**
 * Operating the federation: real processes (the three subgraphs and the
 * gateway) exporting traces to an OTLP/HTTP receiver on loopback, writing
 * request logs, and serving Prometheus metrics.
 */
import { randomBytes } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { readEnv, SUBGRAPH_NAMES } from '../../lib/config.js';
import { signCallerToken } from '../../lib/auth/tokens.js';
import { expectEvery } from '../support/expect-every.js';
import { postGraphQL } from '../support/federation.js';
import { graphql } from '../generated/index.js';
import { dataOf } from '../support/data-of.js';
import { startProcessFederation, type ProcessFederation } from '../support/process-federation.js';

// ---------------------------------------------------------------------------
// An OTLP/HTTP (JSON) trace receiver on loopback
// ---------------------------------------------------------------------------
interface OtlpValue {
  stringValue?: string;
  intValue?: string | number;
}
interface OtlpSpan {
  traceId: string;
  spanId: string;
  parentSpanId?: string;
  name: string;
  attributes?: { key: string; value: OtlpValue }[];
}
interface ReceivedSpan extends OtlpSpan {
  service: string;
}
interface OtlpExport {
  resourceSpans?: {
    resource?: { attributes?: { key: string; value: OtlpValue }[] };
    scopeSpans?: { spans?: OtlpSpan[] }[];
  }[];
}

const received: ReceivedSpan[] = [];
const receiverRequests: { path: string; contentType: string }[] = [];
const receiver = http.createServer((req, res) => {
  const chunks: Buffer[] = [];
  req.on('data', (chunk: Buffer) => chunks.push(chunk));
  req.on('end', () => {
    receiverRequests.push({ path: req.url ?? '', contentType: req.headers['content-type'] ?? '' });
    const body = JSON.parse(Buffer.concat(chunks).toString('utf8')) as OtlpExport;
    for (const resourceSpan of body.resourceSpans ?? []) {
      const service =
        resourceSpan.resource?.attributes?.find((a) => a.key === 'service.name')?.value.stringValue ?? '?';
      for (const scope of resourceSpan.scopeSpans ?? [])
        for (const span of scope.spans ?? []) received.push({ ...span, service });
    }
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end('{}');
  });
});

const attribute = (span: OtlpSpan, key: string) => span.attributes?.find((a) => a.key === key)?.value.stringValue;

// ---------------------------------------------------------------------------
// The federation
// ---------------------------------------------------------------------------
let federation: ProcessFederation;
let gatewayUrl = '';
let analystToken = '';
const METRICS_TOKEN = 'metrics-token-for-the-test-0123456789';

const metricsUrl = (name: string) => federation.address(name).healthUrl.replace(/\/health(\/ready)?$/, '/metrics');

/** The JSON lines a service has written. */
function logLines(name: string): Record<string, unknown>[] {
  return federation
    .service(name)
    .output()
    .split('\n')
    .filter((line) => line.startsWith('{'))
    .flatMap((line) => {
      try {
        return [JSON.parse(line) as Record<string, unknown>];
      } catch {
        return [];
      }
    });
}

async function waitFor<T>(what: string, probe: () => T | undefined, timeoutMs = 20_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = probe();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

beforeAll(async () => {
  await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
  const receiverPort = (receiver.address() as AddressInfo).port;
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NODE_ENV: 'test',
    LOG_LEVEL: 'info',
    LOG_FORMAT: 'json',
    DEMO_DATA: 'off',
    OTEL_EXPORTER_OTLP_ENDPOINT: `http://127.0.0.1:${receiverPort}`,
    // Export spans within 100 ms rather than the default 5 s.
    OTEL_BSP_SCHEDULE_DELAY: '100',
    METRICS_TOKEN,
  };
  federation = await startProcessFederation(env);
  gatewayUrl = federation.gatewayUrl;
  analystToken = await signCallerToken(readEnv(env), {
    role: 'analyst',
    subject: 'observer',
    organization: null,
    ttlSeconds: 600,
  });
}, 180_000);

afterAll(async () => {
  await federation?.stop();
  await new Promise<void>((resolve) => receiver.close(() => resolve()));
});

/** One NGO with its region (ngos), council seats (councils) and funding (partners). */
const ACROSS_ALL = graphql(`
  query AcrossAll {
    ngo(bin: "161240478786") {
      name(language: EN)
      region {
        code
      }
      councilSeats {
        role
        council {
          name
        }
      }
      funding {
        received {
          amount
          currency
        }
      }
    }
  }
`);

/** Personal data a public caller may not read. */
const CONTACTS = graphql(`
  query Contacts {
    councilMembers(first: 1) {
      nodes {
        contact {
          email
        }
      }
    }
  }
`);

const METRICS_PROBE = graphql(`
  query MetricsProbe {
    regions {
      code
      ngoStatistics {
        total
      }
    }
  }
`);

function traceparent(): { traceId: string; parentId: string; header: string } {
  const traceId = randomBytes(16).toString('hex');
  const parentId = randomBytes(8).toString('hex');
  return { traceId, parentId, header: `00-${traceId}-${parentId}-01` };
}

// ---------------------------------------------------------------------------
// Tests
// ---------------------------------------------------------------------------
describe('tracing (OTLP to a receiver on loopback)', () => {
  test("one trace spans the caller's span, the gateway's planning and fetches, each subgraph, its resolvers and SQL", async () => {
    const { traceId, parentId, header } = traceparent();
    const result = await postGraphQL(gatewayUrl, ACROSS_ALL, undefined, {
      traceparent: header,
    });
    expect(result.errors).toBeUndefined();
    expect(dataOf(result).ngo.councilSeats?.length).toBeGreaterThan(0);

    const services = ['civic-graph-gateway', ...SUBGRAPH_NAMES.map((name) => `civic-graph-${name}`)];
    const spans = await waitFor('spans from every service', () => {
      const inTrace = received.filter((span) => span.traceId === traceId);
      const sqlBy = new Set(inTrace.filter((s) => attribute(s, 'db.system.name')).map((s) => s.service));
      // The gateway's request span ends last (after the response): wait for it too.
      const gatewayDone = inTrace.some((s) => s.service === 'civic-graph-gateway' && s.name === 'POST /graphql');
      return gatewayDone && SUBGRAPH_NAMES.every((name) => sqlBy.has(`civic-graph-${name}`)) ? inTrace : undefined;
    });
    expectEvery(receiverRequests, (r) => r.path === '/v1/traces' && r.contentType.startsWith('application/json'));
    expect([...new Set(spans.map((s) => s.service))].sort()).toEqual([...services].sort());
    const byId = new Map(spans.map((span) => [span.spanId, span]));
    const named = (service: string, name: string | RegExp) =>
      spans.filter((s) => s.service === service && (typeof name === 'string' ? s.name === name : name.test(s.name)));

    // The gateway's request span continues the caller's trace.
    const [gatewayServer] = named('civic-graph-gateway', 'POST /graphql');
    expect(gatewayServer?.parentSpanId).toBe(parentId);
    expect(attribute(gatewayServer!, 'graphql.operation.name')).toBe('AcrossAll');
    expect(named('civic-graph-gateway', 'gateway.plan')).toHaveLength(1);
    const fetches = named('civic-graph-gateway', 'gateway.fetch');
    expect(new Set(fetches.map((s) => attribute(s, 'service')))).toEqual(new Set(SUBGRAPH_NAMES));

    /** Whether `span` descends from `ancestor` in this trace. */
    const descends = (span: OtlpSpan, ancestor: OtlpSpan): boolean => {
      for (let at = byId.get(span.parentSpanId ?? ''); at; at = byId.get(at.parentSpanId ?? ''))
        if (at.spanId === ancestor.spanId) return true;
      return false;
    };
    for (const name of SUBGRAPH_NAMES) {
      const server = named(`civic-graph-${name}`, 'POST /graphql');
      expect(server.length).toBeGreaterThan(0);
      // Each subgraph request is the child of one of the gateway's fetches to that subgraph.
      for (const span of server) {
        const parent = byId.get(span.parentSpanId ?? '');
        expect({ name, parent: parent?.name, service: parent && attribute(parent, 'service') }).toEqual({
          name,
          parent: 'gateway.fetch',
          service: name,
        });
        expect(descends(span, gatewayServer!)).toBe(true);
      }
      const resolvers = named(`civic-graph-${name}`, /^resolve /);
      const sql = spans.filter((s) => s.service === `civic-graph-${name}` && attribute(s, 'db.system.name'));
      expect({ name, resolvers: resolvers.length > 0, sql: sql.length > 0 }).toEqual({
        name,
        resolvers: true,
        sql: true,
      });
      // SQL within the subgraph's request, and at least one statement inside a resolver's span.
      expectEvery(sql, (s) => server.some((request) => descends(s, request)));
      expect(sql.some((s) => resolvers.some((resolver) => descends(s, resolver)))).toBe(true);
      expectEvery(sql, (s) =>
        /^\s*(SELECT|WITH|BEGIN|INSERT|UPDATE|DELETE)/i.test(attribute(s, 'db.query.text') ?? ''),
      );
    }
  });

  test("the trace id is in error extensions and in every service's log line of the request", async () => {
    const { traceId, header } = traceparent();
    const requestId = `observe-${randomBytes(4).toString('hex')}`;
    // A public caller asking for personal data: FORBIDDEN, with the trace id to quote.
    const result = await postGraphQL(gatewayUrl, CONTACTS, undefined, {
      traceparent: header,
      'x-request-id': requestId,
    });
    expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN', requestId, traceId });
    const line = await waitFor('the gateway log line', () =>
      logLines('gateway').find((l) => l.requestId === requestId && l.msg === 'POST /graphql 200'),
    );
    expect(line).toMatchObject({ traceId, operation: 'Contacts', outcome: 'FORBIDDEN', role: 'public' });
  });
});

describe('request logs', () => {
  test('one line per request on every service: ids, operation, role, status, duration, fetches, SQL; never the token', async () => {
    const requestId = `logs-${randomBytes(4).toString('hex')}`;
    const result = await postGraphQL(gatewayUrl, ACROSS_ALL, undefined, {
      authorization: `Bearer ${analystToken}`,
      'x-request-id': requestId,
    });
    expect(result.errors).toBeUndefined();
    const gatewayLines = await waitFor('the gateway line', () => {
      const lines = logLines('gateway').filter((l) => l.requestId === requestId);
      return lines.length ? lines : undefined;
    });
    expect(gatewayLines).toHaveLength(1);
    const [line] = gatewayLines;
    expect(line).toMatchObject({
      level: 30,
      name: 'gateway',
      msg: 'POST /graphql 200',
      method: 'POST',
      path: '/graphql',
      status: 200,
      role: 'analyst',
      operation: 'AcrossAll',
      operationType: 'query',
      outcome: 'ok',
    });
    expect(line?.traceId).toMatch(/^[\da-f]{32}$/);
    expect(line?.durationMs).toEqual(expect.any(Number));
    expect(line?.subgraphFetches).toBeGreaterThanOrEqual(3);

    for (const name of SUBGRAPH_NAMES) {
      const lines = await waitFor(`${name}'s line`, () => {
        const found = logLines(name).filter((l) => l.requestId === requestId);
        return found.length ? found : undefined;
      });
      for (const subgraphLine of lines) {
        expect(subgraphLine).toMatchObject({ name, status: 200, role: 'analyst', traceId: line?.traceId });
        expect(subgraphLine.sqlStatements).toEqual(expect.any(Number));
      }
      expect(lines.some((l) => Number(l.sqlStatements) > 0)).toBe(true);
    }
    for (const s of federation.services) {
      expect(s.output()).not.toContain(analystToken);
      expect(s.output()).not.toContain(analystToken.split('.')[2]);
    }
  });
});

describe('metrics', () => {
  /** Prometheus text: the value of the sample with exactly these labels. */
  function sample(text: string, metric: string, labels: Record<string, string>): number | undefined {
    for (const row of text.split('\n')) {
      const match = /^([a-z_]+)\{([^}]*)\} (\S+)$/.exec(row);
      if (!match || match[1] !== metric) continue;
      const found = Object.fromEntries([...(match[2] ?? '').matchAll(/(\w+)="([^"]*)"/g)].map((m) => [m[1], m[2]]));
      if (Object.entries(labels).every(([k, v]) => found[k] === v)) return Number(match[3]);
    }
    return undefined;
  }

  test('the gateway and a subgraph count the traffic they served', async () => {
    const before = await (await fetch(metricsUrl('gateway'))).text();
    const labels = { operation: 'MetricsProbe', type: 'query', outcome: 'ok' };
    const already = sample(before, 'http_server_request_duration_seconds_count', labels) ?? 0;
    for (let i = 0; i < 3; i++) {
      const result = await postGraphQL(gatewayUrl, METRICS_PROBE);
      expect(result.errors).toBeUndefined();
    }
    // Invalid on purpose, so a string codegen does not check.
    const bad = await postGraphQL(gatewayUrl, 'query MetricsProbe { regions { nope } }');
    expect(bad.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');

    const response = await fetch(metricsUrl('gateway'));
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/plain/);
    const gateway = await response.text();
    expect(sample(gateway, 'http_server_request_duration_seconds_count', labels)).toBe(already + 3);
    expect(
      sample(gateway, 'http_server_request_duration_seconds_count', {
        operation: 'unknown',
        type: 'unknown',
        outcome: 'GRAPHQL_VALIDATION_FAILED',
      }),
    ).toBeGreaterThanOrEqual(1);
    expect(
      sample(gateway, 'subgraph_request_duration_seconds_count', { subgraph: 'ngos', outcome: 'ok' }),
    ).toBeGreaterThanOrEqual(3);
    expect(gateway).toMatch(/^process_cpu_seconds_total \d/m);
    expect(gateway).toMatch(/^nodejs_eventloop_lag_seconds \d/m);
    expect(gateway).toMatch(/^process_resident_memory_bytes \d/m);

    const ngos = await (await fetch(metricsUrl('ngos'))).text();
    const ngosRequests = ngos
      .split('\n')
      .filter((row) => row.startsWith('http_server_request_duration_seconds_count{'))
      .reduce((sum, row) => sum + Number(row.split(' ').at(-1)), 0);
    expect(ngosRequests).toBeGreaterThanOrEqual(3);
    const database = new URL(federation.databases.ngos).pathname.slice(1);
    expect(sample(ngos, 'db_client_statements_total', { database })).toBeGreaterThanOrEqual(3);
    expect(sample(ngos, 'db_client_connections', { database, state: 'idle' })).toBeGreaterThanOrEqual(1);
    expect(sample(ngos, 'db_client_connections', { database, state: 'pending' })).toBe(0);
  });

  test("the gateway counts its response cache's hits and misses", async () => {
    const counts = async () => {
      const text = await (await fetch(metricsUrl('gateway'))).text();
      return {
        hit: sample(text, 'gateway_response_cache_lookups_total', { result: 'hit' }) ?? 0,
        miss: sample(text, 'gateway_response_cache_lookups_total', { result: 'miss' }) ?? 0,
      };
    };
    const before = await counts();
    // A public read the subgraphs allow to be cached (response-cache.test.ts), with a name no other test sends.
    const query = `query CacheProbe${randomBytes(3).toString('hex')} { region(code: "KZ-43") { code name ngoStatistics { total } } }`;
    for (let i = 0; i < 3; i++) expect((await postGraphQL(gatewayUrl, query)).errors).toBeUndefined();
    const after = await counts();
    expect({ hit: after.hit - before.hit, miss: after.miss - before.miss }).toEqual({ hit: 2, miss: 1 });
  });

  test('served to loopback callers (and to the configured bearer token)', async () => {
    expect((await fetch(metricsUrl('councils'))).status).toBe(200);
    const withToken = await fetch(metricsUrl('councils'), { headers: { authorization: `Bearer ${METRICS_TOKEN}` } });
    expect(withToken.status).toBe(200);
    // Beyond loopback the check refuses; tested in test/unit/observability.test.ts (tests talk to loopback only).
  });
});
