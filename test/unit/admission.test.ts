/** The gateway's in-flight cap, on a real HTTP server: beyond it, 503 OVERLOADED with Retry-After at once. */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { expect, test } from '@jest/globals';
import express from 'express';
import { admission } from '../../gateway/src/admission.js';

test('requests beyond the cap are shed at once; capacity returns when they finish', async () => {
  const app = express();
  const gate = admission(2);
  app.post('/graphql', gate.handler, (_req, res) => void setTimeout(() => res.json({ data: {} }), 1_000));
  const server = http.createServer(app);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;
  try {
    const send = () => fetch(url, { method: 'POST' });
    const slow = [send(), send()];
    await new Promise((resolve) => setTimeout(resolve, 100));
    const shed = await send();
    // Answered while the two were still in flight: shed, not queued behind them.
    expect(gate.inFlight()).toBe(2);
    expect(shed.status).toBe(503);
    expect(shed.headers.get('retry-after')).toBe('1');
    expect(((await shed.json()) as { errors: { extensions: { code: string } }[] }).errors[0]!.extensions.code).toBe(
      'OVERLOADED',
    );
    expect((await Promise.all(slow)).map((r) => r.status)).toEqual([200, 200]);
    expect(gate.inFlight()).toBe(0);
    expect((await send()).status).toBe(200);
  } finally {
    server.closeAllConnections();
    server.close();
  }
});
