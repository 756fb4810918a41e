/**
 * The bottom of the subgraph fetcher: plain HTTP with a keep-alive agent
 * whose idle sockets are let go (SUBGRAPH_IDLE_SOCKET_MS) before the
 * subgraph's server closes them (SERVER_KEEP_ALIVE_TIMEOUT_MS), so a burst
 * after an idle gap never writes to a socket the server has just closed.
 * The policies in policy.ts wrap whatever fetcher sits here; a pooled client
 * (undici) can take its place with the same idle rule.
 */
import http from 'node:http';
import https from 'node:https';
import type { RemoteGraphQLDataSource } from '@apollo/gateway';

/** The fetcher RemoteGraphQLDataSource calls (@apollo/utils.fetcher's shape). */
export type Fetcher = RemoteGraphQLDataSource['fetcher'];
export type FetcherResponse = Awaited<ReturnType<Fetcher>>;

const NO_BODY = new Set([204, 205, 304]);

export function keepAliveFetcher(options: { idleSocketMs: number }): Fetcher {
  const agents = {
    'http:': new http.Agent({ keepAlive: true, timeout: options.idleSocketMs, scheduling: 'lifo' }),
    'https:': new https.Agent({ keepAlive: true, timeout: options.idleSocketMs, scheduling: 'lifo' }),
  };
  return (url, init = {}) =>
    new Promise<FetcherResponse>((resolve, reject) => {
      const target = new URL(url);
      const client = target.protocol === 'https:' ? https : http;
      const request = client.request(
        target,
        {
          method: init.method ?? 'GET',
          headers: init.headers,
          agent: target.protocol === 'https:' ? agents['https:'] : agents['http:'],
          signal: init.signal as AbortSignal | undefined,
        },
        (response) => {
          const chunks: Buffer[] = [];
          response.on('data', (chunk: Buffer) => chunks.push(chunk));
          response.on('error', reject);
          response.on('end', () => {
            const status = response.statusCode ?? 502;
            const headers = new Headers();
            for (const [name, value] of Object.entries(response.headers)) {
              if (value === undefined) continue;
              for (const one of Array.isArray(value) ? value : [value]) headers.append(name, one);
            }
            const body = NO_BODY.has(status) ? null : Buffer.concat(chunks);
            resolve(new Response(body, { status, statusText: response.statusMessage ?? '', headers }));
          });
        },
      );
      request.on('error', reject);
      request.end(init.body);
    });
}
