/**
 * The e-government open-data portal's API, version 4: a dataset's records
 * at `<base>/api/v4/<dataset>/<version>?apiKey=<key>&source=<JSON>`, where
 * `source` is an Elasticsearch-style query; paging is `{"size": N, "from": K}`
 * in it. The answer is a JSON array of records; anything else (an error
 * object, an HTML page) stops the run with the portal's words.
 */
import { getJson, maskUrl, SourceError } from '../http.js';
import type { DatasetMapping, PortalRecord } from './mapping.js';

export interface PortalOptions {
  url: string;
  apiKey: string | null;
  timeoutMs: number;
}

export function datasetUrl(options: PortalOptions, dataset: DatasetMapping): string {
  return `${options.url}/api/v4/${dataset.name}/${dataset.version}`;
}

/** Each page of the dataset's records, in the portal's order, until a short page. */
export async function* portalPages(options: PortalOptions, dataset: DatasetMapping): AsyncGenerator<PortalRecord[]> {
  // Bounded: a portal that keeps answering full pages stops at a million records.
  for (let from = 0; from < 1_000_000; from += dataset.pageSize) {
    const query = new URLSearchParams({ source: JSON.stringify({ size: dataset.pageSize, from }) });
    if (options.apiKey) query.set('apiKey', options.apiKey);
    const url = `${datasetUrl(options, dataset)}?${query.toString()}`;
    const body = await getJson(url, { timeoutMs: options.timeoutMs });
    if (!Array.isArray(body)) {
      const message = typeof body === 'object' && body !== null ? JSON.stringify(body).slice(0, 200) : String(body);
      throw new SourceError(`${maskUrl(url)} answered no list of records: ${message}`);
    }
    const records = body.filter((r): r is PortalRecord => typeof r === 'object' && r !== null && !Array.isArray(r));
    yield records;
    if (body.length < dataset.pageSize) return;
  }
}
