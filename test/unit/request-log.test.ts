/**
 * The request log line at each LOG_LEVEL: above info the successful
 * requests cost no line (pino-http is skipped), and the failures are logged
 * with the same fields and message as at info. A real express server on
 * loopback, its log in memory.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import express from 'express';
import { createLogger } from '../../lib/logger.js';
import { requestLog } from '../../lib/observability/request-log.js';

interface Line {
  level: number;
  msg: string;
  [field: string]: unknown;
}

async function serve(
  level: string,
): Promise<{ lines: Line[]; get: (path: string) => Promise<number>; stop: () => Promise<void> }> {
  const lines: Line[] = [];
  const sink = new Writable({
    write(chunk: Buffer, _encoding, done) {
      for (const text of chunk.toString().split('\n').filter(Boolean)) lines.push(JSON.parse(text) as Line);
      done();
    },
  });
  const app = express();
  app.use((_req, res, next) => {
    res.locals.requestId = `id-${lines.length}`;
    next();
  });
  app.use(requestLog(createLogger('gateway', level, sink), true));
  app.get('/graphql', (_req, res) => void res.json({ data: {} }));
  app.get('/missing', (_req, res) => void res.status(404).json({ errors: [] }));
  app.get('/broken', (_req, res) => void res.status(500).json({ errors: [] }));
  app.get('/health', (_req, res) => void res.json({ status: 'ok' }));
  const server = http.createServer(app);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    lines,
    get: async (path) => (await fetch(`http://127.0.0.1:${port}${path}`)).status,
    stop: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

/** A line without what differs from run to run. */
const shape = (line: Line | undefined) => {
  if (!line) return undefined;
  const { time: _time, pid: _pid, hostname: _hostname, requestId, ...rest } = line;
  return { ...rest, requestId: typeof requestId };
};

describe('request log lines', () => {
  let info: Awaited<ReturnType<typeof serve>>;
  let warn: Awaited<ReturnType<typeof serve>>;

  beforeAll(async () => {
    [info, warn] = await Promise.all([serve('info'), serve('warn')]);
    for (const server of [info, warn]) {
      expect(await server.get('/graphql')).toBe(200);
      expect(await server.get('/missing')).toBe(404);
      expect(await server.get('/broken')).toBe(500);
      expect(await server.get('/health')).toBe(200);
    }
    // Lines are written when the response finishes: let the last one arrive.
    await new Promise((resolve) => setTimeout(resolve, 50));
  });

  afterAll(async () => {
    await Promise.all([info.stop(), warn.stop()]);
  });

  test('at info, every request but the health check has its line', () => {
    expect(info.lines.map((l) => l.msg)).toEqual(['GET /graphql 200', 'GET /missing 404', 'GET /broken 500']);
  });

  test('at warn, only the failures, each the same line as at info', () => {
    expect(warn.lines.map((l) => l.msg)).toEqual(['GET /missing 404', 'GET /broken 500']);
    for (const msg of ['GET /missing 404', 'GET /broken 500']) {
      const atWarn = warn.lines.find((l) => l.msg === msg);
      expect(shape(atWarn)).toEqual(shape(info.lines.find((l) => l.msg === msg)));
      expect(atWarn).toMatchObject({
        requestId: expect.stringMatching(/^id-/),
        method: 'GET',
        status: Number(msg.slice(-3)),
      });
    }
    expect(warn.lines.map((l) => l.level)).toEqual([40, 50]);
  });
});
