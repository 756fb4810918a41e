/** A client as most are: node:http with a keep-alive agent, reporting failures instead of throwing. */
import http from 'node:http';

export interface Outcome {
  status: number;
  body: string;
  /** The error code when the request failed on the wire (ECONNRESET, ECONNREFUSED, ...). */
  error?: string;
}

export function post(url: string, body: unknown, agent: http.Agent, headers: Record<string, string> = {}) {
  return new Promise<Outcome>((resolve) => {
    const request = http.request(
      url,
      { method: 'POST', agent, headers: { 'content-type': 'application/json', ...headers } },
      (response) => {
        let text = '';
        response.setEncoding('utf8');
        response.on('data', (chunk: string) => (text += chunk));
        response.on('end', () => resolve({ status: response.statusCode ?? 0, body: text }));
        response.on('error', (error: NodeJS.ErrnoException) =>
          resolve({ status: 0, body: text, error: error.code ?? error.message }),
        );
      },
    );
    request.on('error', (error: NodeJS.ErrnoException) =>
      resolve({ status: 0, body: '', error: error.code ?? error.message }),
    );
    request.end(JSON.stringify(body));
  });
}
