/**
 * A TCP proxy on loopback between a subgraph and its PostgreSQL, so a test
 * can make the database hang (bytes held, as a stopped server would) or go
 * away (connections cut, new ones refused) for one subgraph only, and bring
 * it back, without touching the server other tests share.
 */
import net from 'node:net';

export type ProxyState = 'up' | 'hung' | 'down';

export interface TcpProxy {
  port: number;
  set(state: ProxyState): Promise<void>;
  close(): Promise<void>;
}

interface Pair {
  client: net.Socket;
  upstream: net.Socket;
  held: { to: net.Socket; chunk: Buffer }[];
}

export async function startTcpProxy(target: { host: string; port: number }, port = 0): Promise<TcpProxy> {
  let state: ProxyState = 'up';
  const pairs = new Set<Pair>();

  const forward = (pair: Pair, from: net.Socket, to: net.Socket) =>
    from.on('data', (chunk: Buffer) => {
      if (state === 'hung') pair.held.push({ to, chunk });
      else to.write(chunk);
    });

  const server = net.createServer((client) => {
    if (state === 'down') return void client.destroy();
    const upstream = net.connect(target.port, target.host);
    const pair: Pair = { client, upstream, held: [] };
    pairs.add(pair);
    forward(pair, client, upstream);
    forward(pair, upstream, client);
    const end = () => {
      pairs.delete(pair);
      client.destroy();
      upstream.destroy();
    };
    client.on('error', end).on('close', end);
    upstream.on('error', end).on('close', end);
  });
  const listen = (on: number) =>
    new Promise<number>((resolve, reject) => {
      server.once('error', reject);
      server.listen(on, '127.0.0.1', () => resolve((server.address() as net.AddressInfo).port));
    });
  const actualPort = await listen(port);

  return {
    port: actualPort,
    async set(next) {
      const previous = state;
      state = next;
      if (next === 'down') {
        for (const pair of pairs) pair.client.destroy();
        // Refused, as a port with nothing listening is.
        await new Promise<void>((resolve) => server.close(() => resolve()));
      }
      if (next === 'up') {
        if (previous === 'down') await listen(actualPort);
        for (const pair of pairs) for (const { to, chunk } of pair.held.splice(0)) to.write(chunk);
      }
    },
    async close() {
      state = 'down';
      for (const pair of pairs) pair.client.destroy();
      if (server.listening) await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
