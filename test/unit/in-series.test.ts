/**
 * Handlers run in series under one Express layer (lib/graphql/in-series.ts)
 * behave as the same list given to `app.use`: in order, each on `next()`,
 * and an error passed, thrown or rejected reaches the error handler with the
 * rest of the list skipped. Checked over a real Express app on loopback.
 */
import type { AddressInfo } from 'node:net';
import http from 'node:http';
import { afterAll, beforeAll, expect, test } from '@jest/globals';
import express, { type ErrorRequestHandler, type RequestHandler } from 'express';
import { inSeries } from '../../lib/graphql/in-series.js';

let server: http.Server;
let base: string;

const step =
  (name: string): RequestHandler =>
  (_req, res, next) => {
    res.locals.steps = [...((res.locals.steps as string[] | undefined) ?? []), name];
    next();
  };
const answer: RequestHandler = (req, res) => {
  res.json({ steps: res.locals.steps as string[], url: req.url, baseUrl: req.baseUrl });
};

beforeAll(async () => {
  const app = express();
  app.use('/ok', inSeries([step('a'), step('b'), answer]));
  app.use('/passed', inSeries([step('a'), (_req, _res, next) => next(new Error('passed')), step('never'), answer]));
  app.use(
    '/thrown',
    inSeries([
      step('a'),
      () => {
        throw new Error('thrown');
      },
      answer,
    ]),
  );
  app.use('/rejected', inSeries([step('a'), async () => Promise.reject(new Error('rejected')), answer]));
  app.use('/later', inSeries([step('a'), (_req, _res, next) => void setTimeout(next, 5), step('b'), answer]));
  // The list ends without answering: the request goes on to the next layer.
  app.use('/fallthrough', inSeries([step('a')]));
  app.use('/fallthrough', answer);
  const onError: ErrorRequestHandler = (error: Error, _req, res, _next) => {
    res.status(500).json({ error: error.message, steps: res.locals.steps as string[] });
  };
  app.use(onError);
  server = http.createServer(app);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
});

const get = async (path: string) => {
  const response = await fetch(base + path);
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
};

test('the handlers run in order, under the mount path', async () => {
  expect(await get('/ok/x?y=1')).toEqual({
    status: 200,
    body: { steps: ['a', 'b'], url: '/x?y=1', baseUrl: '/ok' },
  });
  expect(await get('/later')).toMatchObject({ status: 200, body: { steps: ['a', 'b'] } });
  expect(await get('/fallthrough')).toMatchObject({ status: 200, body: { steps: ['a'] } });
});

test('an error passed, thrown or rejected skips the rest and reaches the error handler', async () => {
  for (const kind of ['passed', 'thrown', 'rejected']) {
    expect(await get(`/${kind}`)).toEqual({ status: 500, body: { error: kind, steps: ['a'] } });
  }
});
