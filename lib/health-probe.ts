/**
 * A health probe over node:http: works on any port (Node's fetch refuses
 * "bad ports" such as 6000) and always answers within its deadline, on a
 * fresh connection so a stale kept-alive socket can never make it lie.
 */
import http from 'node:http';

export interface ProbeResult {
  /** The HTTP status, or 0 when nothing answered in time. */
  status: number;
  body: unknown;
}

export function probe(url: string, timeoutMs: number): Promise<ProbeResult> {
  return new Promise((resolve) => {
    const request = http.get(
      url,
      { agent: false, timeout: timeoutMs, signal: AbortSignal.timeout(timeoutMs) },
      (res) => {
        let text = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => (text = (text + chunk).slice(0, 100_000)));
        res.on('error', () => resolve({ status: 0, body: undefined }));
        res.on('end', () => {
          let body: unknown = text;
          try {
            body = JSON.parse(text);
          } catch {
            // not JSON: keep the text
          }
          resolve({ status: res.statusCode ?? 0, body });
        });
      },
    );
    request.on('timeout', () => request.destroy(new Error('timed out')));
    request.on('error', () => resolve({ status: 0, body: undefined }));
  });
}

/** The readiness URL of a service from its GraphQL URL (http://host:port/graphql -> http://host:port/health/ready). */
export function readinessUrl(graphqlUrl: string): string {
  return new URL('/health/ready', graphqlUrl).toString();
}
