/**
 * A loopback stand-in for the public sources, answering in each one's
 * documented format from recorded data the test can change between runs:
 * the open-data portal's API v4 (JSON arrays paged by `source={"size","from"}`,
 * API key checked), the IATI Registry's CKAN `package_search` and the files it
 * lists (ETag / If-None-Match answered with 304), and the National Bank's
 * `get_rates.cfm?fdate=DD.MM.YYYY`. Faults on demand: an HTML error page, a
 * request that never answers. Listens on 127.0.0.1 only, on a free port.
 */
import { createHash } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo, Socket } from 'node:net';

export interface SourceState {
  apiKey: string;
  /** Portal records by dataset name. */
  datasets: Record<string, Record<string, unknown>[]>;
  /** Registry packages: name, publisher, file path on this server, and the file's XML. */
  packages: { name: string; publisher: string; country: string; path: string; xml: string }[];
  /** The bank's XML per day (YYYY-MM-DD). */
  rates: Record<string, string>;
  /** Paths (without query) answered with an HTML error page (status 502). */
  failing: Set<string>;
  /** Paths that never answer (the client's timeout ends the request). */
  hanging: Set<string>;
}

/** One NGO of the portal's registry dataset (reestr_nko), as the portal publishes it: in Almaty, active, education and youth. */
export function portalNgoRecord(
  bin: string,
  name: string,
  regDate = '15.04.1995',
  extra: Record<string, unknown> = {},
): Record<string, unknown> {
  return {
    bin,
    name_ru: name,
    name_kz: null,
    org_form: 'Общественное объединение',
    reg_date: regDate,
    region_iso: 'KZ-75',
    activity: 'Образование; Молодёжь',
    status: 'Действующее',
    address: 'Алматы',
    ...extra,
  };
}

export interface SourceServer {
  url: string;
  state: SourceState;
  requests: string[];
  stop(): Promise<void>;
}

const etagOf = (text: string) => `"${createHash('sha256').update(text).digest('hex').slice(0, 16)}"`;

function json(res: http.ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8' });
  res.end(JSON.stringify(body));
}

function portal(state: SourceState, url: URL, res: http.ServerResponse): void {
  const [, , , name] = url.pathname.split('/');
  if (url.searchParams.get('apiKey') !== state.apiKey) return json(res, 403, { error: 'Invalid apiKey' });
  const records = state.datasets[name ?? ''];
  if (!records) return json(res, 404, { error: `dataset ${name} not found` });
  const source = JSON.parse(url.searchParams.get('source') ?? '{}') as { size?: number; from?: number };
  const from = source.from ?? 0;
  json(res, 200, records.slice(from, from + (source.size ?? 10)));
}

function registry(state: SourceState, base: string, url: URL, res: http.ServerResponse): void {
  const fq = url.searchParams.get('fq') ?? '';
  const rows = Number(url.searchParams.get('rows') ?? 10);
  const start = Number(url.searchParams.get('start') ?? 0);
  const matches = state.packages.filter(
    (p) => fq.includes(`organization:${p.publisher}`) || fq.includes(`extras_country:${p.country}`),
  );
  json(res, 200, {
    help: `${base}/api/3/action/help_show?name=package_search`,
    success: true,
    result: {
      count: matches.length,
      results: matches.slice(start, start + rows).map((p) => ({
        name: p.name,
        organization: { name: p.publisher },
        extras: [
          { key: 'filetype', value: 'activity' },
          { key: 'country', value: p.country },
        ],
        resources: [{ url: `${base}${p.path}`, format: 'IATI-XML', hash: '' }],
      })),
    },
  });
}

export async function startSourceServer(state: SourceState): Promise<SourceServer> {
  const requests: string[] = [];
  const sockets = new Set<Socket>();
  let base = '';
  const server = http.createServer((req, res) => {
    const url = new URL(req.url ?? '/', base);
    requests.push(`${req.method} ${url.pathname}${url.search}`);
    if (state.hanging.has(url.pathname)) return;
    if (state.failing.has(url.pathname)) {
      res.writeHead(502, { 'content-type': 'text/html' });
      res.end('<html><body><h1>502 Bad Gateway</h1><p>nginx</p></body></html>');
      return;
    }
    if (url.pathname.startsWith('/api/v4/')) return portal(state, url, res);
    if (url.pathname === '/api/3/action/package_search') return registry(state, base, url, res);
    if (url.pathname === '/rss/get_rates.cfm') {
      const [d, m, y] = (url.searchParams.get('fdate') ?? '').split('.');
      const xml = state.rates[`${y}-${m}-${d}`];
      res.writeHead(200, { 'content-type': 'text/xml; charset=utf-8' });
      // The bank answers a day it has no rates for with an empty list.
      res.end(xml ?? '<?xml version="1.0" encoding="utf-8"?><rates><date></date></rates>');
      return;
    }
    const file = state.packages.find((p) => p.path === url.pathname);
    if (file) {
      const etag = etagOf(file.xml);
      if (req.headers['if-none-match'] === etag) {
        res.writeHead(304, { etag });
        res.end();
        return;
      }
      res.writeHead(200, { 'content-type': 'application/xml', etag });
      res.end(file.xml);
      return;
    }
    json(res, 404, { error: 'not found' });
  });
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url: base,
    state,
    requests,
    stop: async () => {
      for (const socket of sockets) socket.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
