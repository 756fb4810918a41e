/**
 * HTTP for connectors: every request has a timeout, and every failure says
 * which URL answered what, so an operator can tell a wrong key from a portal
 * that is down. Credentials in a URL's query (apiKey) are masked in messages.
 */
export class SourceError extends Error {
  override name = 'SourceError';
}

export interface Fetched {
  status: number;
  headers: Headers;
  text: string;
}

export function maskUrl(url: string): string {
  const parsed = new URL(url);
  for (const name of ['apiKey', 'apikey', 'api_key', 'key']) {
    if (parsed.searchParams.has(name)) parsed.searchParams.set(name, '***');
  }
  return parsed.toString();
}

/** GET with a timeout; 2xx and 304 are answers, anything else a SourceError naming the URL and status. */
export async function getText(
  url: string,
  options: { timeoutMs: number; headers?: Record<string, string> },
): Promise<Fetched> {
  let response: Response;
  try {
    response = await fetch(url, {
      headers: options.headers,
      signal: AbortSignal.timeout(options.timeoutMs),
      redirect: 'follow',
    });
  } catch (error) {
    const cause = error as Error;
    if (cause.name === 'TimeoutError' || cause.name === 'AbortError')
      throw new SourceError(
        `${maskUrl(url)} did not answer within ${options.timeoutMs} ms; try again later or raise SYNC_TIMEOUT_MS`,
      );
    throw new SourceError(`${maskUrl(url)} could not be reached: ${cause.message}`);
  }
  const text = response.status === 304 ? '' : await response.text();
  if (response.status !== 304 && (response.status < 200 || response.status > 299)) {
    const excerpt = text
      .replace(/<[^>]*>/g, ' ')
      .replace(/\s+/g, ' ')
      .trim()
      .slice(0, 200);
    throw new SourceError(`${maskUrl(url)} answered HTTP ${response.status}${excerpt ? `: ${excerpt}` : ''}`);
  }
  return { status: response.status, headers: response.headers, text };
}

/** A JSON answer, or a SourceError when the source sent something else (an HTML error page, say). */
export async function getJson(
  url: string,
  options: { timeoutMs: number; headers?: Record<string, string> },
): Promise<unknown> {
  const { text, headers } = await getText(url, options);
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new SourceError(
      `${maskUrl(url)} answered ${headers.get('content-type') ?? 'something'} that is not JSON: ${text.replace(/\s+/g, ' ').slice(0, 120)}`,
    );
  }
}
