/**
 * The embedded PostgreSQL asked for any port (0), as the tests and `npm start`
 * with EMBEDDED_PG_PORT=0 ask: PostgreSQL cannot bind port 0 itself, so a free
 * port is picked; when another process takes it before PostgreSQL binds it,
 * another is picked. A port given explicitly is never silently replaced.
 */
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterAll, expect, test } from '@jest/globals';
import pg from 'pg';
import { loopbackPortNow, startEmbeddedPostgres, type EmbeddedServer } from '../../lib/database/embedded.js';
import { createLogger } from '../../lib/logger.js';

const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'civic-graph-pg-port-'));
const logger = createLogger('test', 'silent');
const servers: EmbeddedServer[] = [];
let squatter: net.Server | undefined;

afterAll(async () => {
  for (const server of servers) await server.stop();
  squatter?.close();
  fs.rmSync(dataDir, { recursive: true, force: true });
});

async function answersOn(port: number): Promise<boolean> {
  const client = new pg.Client({
    connectionString: `postgresql://postgres:civic-graph-dev@127.0.0.1:${port}/postgres`,
    connectionTimeoutMillis: 2000,
  });
  try {
    await client.connect();
    return (await client.query<{ one: number }>('SELECT 1 AS one')).rows[0]?.one === 1;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => undefined);
  }
}

test('a picked port taken meanwhile is replaced by another; an explicit one is refused by name; a running server is reused', async () => {
  // Another process holds a port: the first pick returns it, as a race would.
  squatter = net.createServer();
  await new Promise<void>((resolve) => squatter!.listen(0, '127.0.0.1', resolve));
  const taken = (squatter.address() as net.AddressInfo).port;
  const picks: number[] = [];
  const pickPort = async () => {
    const port = picks.length === 0 ? taken : await loopbackPortNow();
    picks.push(port);
    return port;
  };

  await expect(startEmbeddedPostgres({ dataDir, port: taken, logger })).rejects.toThrow(
    new RegExp(`could not start on port ${taken}`),
  );

  const server = await startEmbeddedPostgres({ dataDir, port: 0, logger, pickPort });
  servers.push(server);
  expect(picks).toHaveLength(2);
  expect(picks[0]).toBe(taken);
  expect(server.port).toBe(picks[1]);
  expect(server.serverUrl).toContain(`:${server.port}`);
  expect(await answersOn(server.port)).toBe(true);

  // Asked for any port again while it runs: the running server's port, from its postmaster.pid.
  const again = await startEmbeddedPostgres({ dataDir, port: 0, logger, pickPort });
  expect(again.port).toBe(server.port);
  expect(picks).toHaveLength(2);
}, 60_000);
