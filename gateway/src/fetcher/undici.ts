/**
 * The gateway's HTTP client for subgraph calls: one pooled keep-alive undici
 * Agent, exposed as a fetch-compatible function (Apollo's `Fetcher`) so that
 * other layers (timeouts, retries, a circuit breaker, dedupe) can wrap it.
 *
 * Idle sockets are closed after IDLE_SOCKET_MS, below Node's default server
 * keepAliveTimeout (5 s): a socket the server has already closed is never
 * reused. The body is read whole before the response resolves, so the
 * response can be read more than once (in-flight dedupe shares it).
 */
import type { Fetcher, FetcherRequestInit, FetcherResponse } from '@apollo/utils.fetcher';
import { Agent } from 'undici';

/** Below the subgraphs' keepAliveTimeout (Node's default, 5 s). */
export const IDLE_SOCKET_MS = 4_000;

export interface UndiciFetcherOptions {
  /** Sockets per subgraph origin (default 128). */
  connections?: number;
  idleSocketMs?: number;
}

export interface ClosableFetcher extends Fetcher {
  close(): Promise<void>;
}

/** A response whose body is already in memory: `text()` and `json()` may be called any number of times. */
export class BufferedResponse implements FetcherResponse {
  readonly bodyUsed = false;
  readonly redirected = false;
  readonly ok: boolean;

  constructor(
    readonly url: string,
    readonly status: number,
    readonly statusText: string,
    readonly headers: Headers,
    readonly body: string,
  ) {
    this.ok = status >= 200 && status < 300;
  }

  async text(): Promise<string> {
    return this.body;
  }

  async json(): Promise<unknown> {
    return JSON.parse(this.body) as unknown;
  }

  async arrayBuffer(): Promise<ArrayBuffer> {
    const bytes = Buffer.from(this.body);
    return bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength);
  }

  clone(): BufferedResponse {
    return this;
  }
}

function responseHeaders(raw: Record<string, string | string[] | undefined>): Headers {
  const headers = new Headers();
  for (const [name, value] of Object.entries(raw)) {
    if (Array.isArray(value)) for (const each of value) headers.append(name, each);
    else if (value !== undefined) headers.set(name, value);
  }
  return headers;
}

const STATUS_TEXT: Record<number, string> = {
  200: 'OK',
  400: 'Bad Request',
  401: 'Unauthorized',
  500: 'Internal Server Error',
};

export function createUndiciFetcher(options: UndiciFetcherOptions = {}): ClosableFetcher {
  const idle = options.idleSocketMs ?? IDLE_SOCKET_MS;
  const agent = new Agent({
    connections: options.connections ?? 128,
    keepAliveTimeout: idle,
    keepAliveMaxTimeout: idle,
    pipelining: 1,
  });
  // A gateway calls a handful of subgraph URLs: each is parsed once.
  const targets = new Map<string, { origin: string; path: string }>();
  const target = (url: string) => {
    let found = targets.get(url);
    if (!found) {
      const parsed = new URL(url);
      found = { origin: parsed.origin, path: parsed.pathname + parsed.search };
      if (targets.size < 1000) targets.set(url, found);
    }
    return found;
  };
  const fetcher = async (url: string, init: FetcherRequestInit = {}): Promise<FetcherResponse> => {
    const response = await agent.request({
      ...target(url),
      method: init.method ?? 'GET',
      headers: init.headers ?? {},
      body: init.body ?? null,
      signal: init.signal as AbortSignal | undefined,
    });
    const body = await response.body.text();
    return new BufferedResponse(
      url,
      response.statusCode,
      STATUS_TEXT[response.statusCode] ?? '',
      responseHeaders(response.headers),
      body,
    );
  };
  return Object.assign(fetcher, { close: () => agent.close() });
}
