/** The decisions of lib/observability and the logger that need no server: who reads metrics, label bounds, trace ids, log format, demo data. */
import { describe, expect, test } from '@jest/globals';
import { demoDataEnabled, readEnv } from '../../lib/config.js';
import { wantsPretty } from '../../lib/logger.js';
import { metricsAllowed, operationLabel } from '../../lib/observability/metrics.js';
import { injectTraceContext, traceIdFromHeader, tracingEnabled } from '../../lib/observability/tracing.js';

describe('GET /metrics access', () => {
  const token = 'a-metrics-token-of-some-length';

  test.each(['127.0.0.1', '::1', '::ffff:127.0.0.1'])('loopback (%s) may read without a token', (address) => {
    expect(metricsAllowed(address, undefined, undefined)).toBe(true);
    expect(metricsAllowed(address, undefined, token)).toBe(true);
  });

  test.each(['10.0.0.7', '192.168.1.20', '::ffff:10.1.2.3', '2001:db8::1', undefined])(
    'beyond loopback (%s): refused without the token, allowed with it, refused with a wrong one',
    (address) => {
      expect(metricsAllowed(address, undefined, undefined)).toBe(false);
      expect(metricsAllowed(address, `Bearer ${token}`, undefined)).toBe(false);
      expect(metricsAllowed(address, undefined, token)).toBe(false);
      expect(metricsAllowed(address, `Bearer ${token}`, token)).toBe(true);
      expect(metricsAllowed(address, `Bearer ${token}x`, token)).toBe(false);
      expect(metricsAllowed(address, `Bearer ${token.slice(1)}`, token)).toBe(false);
      expect(metricsAllowed(address, token, token)).toBe(false);
    },
  );
});

test('operation labels are bounded: names beyond the first 200 share "other"', () => {
  const labels = Array.from({ length: 450 }, (_, i) => operationLabel(`Unit${i}`));
  const distinct = new Set(labels);
  expect(distinct.size).toBeLessThanOrEqual(201);
  expect(distinct.has('other')).toBe(true);
  expect(labels.at(-1)).toBe('other');
  // A name seen before the cap keeps its label.
  expect(operationLabel(labels.find((l) => l !== 'other') ?? '')).not.toBe('other');
});

describe('trace ids', () => {
  test('read from a valid W3C traceparent only', () => {
    expect(traceIdFromHeader('00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01')).toBe(
      '4bf92f3577b34da6a3ce929d0e0e4736',
    );
    expect(traceIdFromHeader('00-00000000000000000000000000000000-00f067aa0ba902b7-01')).toBeUndefined();
    expect(traceIdFromHeader('00-4bf92f3577b34da6a3ce929d0e0e473-00f067aa0ba902b7-01')).toBeUndefined();
    expect(traceIdFromHeader("00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01' OR 1=1")).toBeUndefined();
    expect(traceIdFromHeader(undefined)).toBeUndefined();
  });

  test('without OTEL_EXPORTER_OTLP_ENDPOINT nothing is registered and nothing is injected', () => {
    expect(tracingEnabled()).toBe(false);
    const headers = new Map<string, string>();
    injectTraceContext(headers);
    expect([...headers]).toEqual([]);
  });
});

test('logs are pretty only when asked, or on a terminal in development', () => {
  expect(wantsPretty(1, { LOG_FORMAT: 'pretty', NODE_ENV: 'production' })).toBe(true);
  expect(wantsPretty(1, { LOG_FORMAT: 'json' })).toBe(false);
  expect(wantsPretty(2, { NODE_ENV: 'production' })).toBe(false);
  expect(wantsPretty(2, { NODE_ENV: 'test' })).toBe(false);
  expect(wantsPretty(1, { NODE_ENV: 'development' })).toBe(Boolean(process.stdout.isTTY));
  expect(() => readEnv({ LOG_FORMAT: 'fancy' })).toThrow(/LOG_FORMAT="fancy"/);
});

test('demo data: on by default in development and tests, only when asked for in production', () => {
  const production = { NODE_ENV: 'production', AUTH_JWT_SECRET: 'a'.repeat(40), INTERNAL_TOKEN_SECRET: 'b'.repeat(40) };
  expect(demoDataEnabled(readEnv({}))).toBe(true);
  expect(demoDataEnabled(readEnv({ NODE_ENV: 'test' }))).toBe(true);
  expect(demoDataEnabled(readEnv({ DEMO_DATA: 'off' }))).toBe(false);
  expect(demoDataEnabled(readEnv(production))).toBe(false);
  expect(demoDataEnabled(readEnv({ ...production, DEMO_DATA: 'auto' }))).toBe(true);
});

test('observability settings are validated at start-up', () => {
  expect(() => readEnv({ METRICS_TOKEN: 'short' })).toThrow(/METRICS_TOKEN="short": must be at least 16 characters/);
  expect(() => readEnv({ OTEL_EXPORTER_OTLP_ENDPOINT: 'collector:4318' })).toThrow(/OTEL_EXPORTER_OTLP_ENDPOINT/);
  expect(readEnv({ OTEL_EXPORTER_OTLP_ENDPOINT: 'http://collector:4318' }).OTEL_EXPORTER_OTLP_ENDPOINT).toBe(
    'http://collector:4318',
  );
});
