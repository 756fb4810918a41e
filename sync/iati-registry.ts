/**
 * Connector for IATI publishers: finds their activity files through the IATI
 * Registry's CKAN API (`/api/3/action/package_search`, paged with `rows` and
 * `start`, by publisher `organization:<id>` or by `extras_country:<code>`,
 * activity files only), fetches each file with a conditional request (the
 * ETag / Last-Modified it answered last time), and imports only files that
 * changed, through the same importer as `npm run import:iati`, with the
 * file's URL as every activity's provenance. A file no longer listed is
 * marked (`removed_from_source_at`), its activities kept: each file records
 * the queries that listed it (`listed_by`: "publisher:undp", "country:KZ"),
 * and a run judges only the files its own query listed before, so a
 * `--country` run does not mark files that `--publisher` runs found.
 */
import { createHash } from 'node:crypto';
import type { Db } from '../subgraphs/partners/src/db.js';
import { importIatiActivities } from '../subgraphs/partners/src/services/iati-import.js';
import { Tally, type SyncReport } from './contract.js';
import { getJson, getText, SourceError } from './http.js';

export const IATI_SOURCE = 'iati-registry';

export interface IatiRegistryOptions {
  /** The registry's address, e.g. https://iatiregistry.org */
  url: string;
  publishers: string[];
  country: string | null;
  timeoutMs: number;
  pageSize?: number;
}

interface Dataset {
  name: string;
  publisher: string | null;
  url: string;
}

interface CkanPackage {
  name?: unknown;
  organization?: { name?: unknown } | null;
  resources?: { url?: unknown }[];
  extras?: { key?: unknown; value?: unknown }[];
}

function readPage(body: unknown, url: string): { count: number; packages: CkanPackage[] } {
  const answer = body as { success?: unknown; result?: { count?: unknown; results?: unknown } };
  if (answer.success !== true || typeof answer.result?.count !== 'number' || !Array.isArray(answer.result.results))
    throw new SourceError(`${url} is not a CKAN package_search answer (expected success: true and result.results)`);
  return { count: answer.result.count, packages: answer.result.results as CkanPackage[] };
}

/** Every activity file the registry lists for the query, page by page. */
async function listDatasets(options: IatiRegistryOptions): Promise<Dataset[]> {
  const rows = options.pageSize ?? 1000;
  const scope = options.publishers.length
    ? `(${options.publishers.map((p) => `organization:${p}`).join(' OR ')})`
    : `extras_country:${options.country}`;
  const datasets: Dataset[] = [];
  for (let start = 0, pages = 0; pages < 1000; start += rows, pages += 1) {
    const query = new URLSearchParams({
      fq: `${scope} AND extras_filetype:activity`,
      rows: String(rows),
      start: String(start),
    });
    const url = `${options.url}/api/3/action/package_search?${query.toString()}`;
    const { count, packages } = readPage(await getJson(url, { timeoutMs: options.timeoutMs }), url);
    for (const pkg of packages) {
      const resource = pkg.resources?.find((r) => typeof r.url === 'string' && r.url);
      if (typeof pkg.name !== 'string' || !resource) continue;
      const publisher = typeof pkg.organization?.name === 'string' ? pkg.organization.name : null;
      datasets.push({ name: pkg.name, publisher, url: resource.url as string });
    }
    if (start + rows >= count || !packages.length) break;
  }
  return datasets;
}

async function* once(text: string): AsyncGenerator<string> {
  yield text;
}

/** Fetches one file if it changed and imports it; returns what its activities did. */
async function syncFile(db: Db, dataset: Dataset, options: IatiRegistryOptions, tally: Tally): Promise<void> {
  const known = await db.iatiSourceFile.findUnique({ where: { url: dataset.url } });
  const headers: Record<string, string> = {};
  if (known?.etag) headers['if-none-match'] = known.etag;
  if (known?.lastModified) headers['if-modified-since'] = known.lastModified;
  const answer = await getText(dataset.url, { timeoutMs: options.timeoutMs, headers });
  const state = { dataset: dataset.name, publisher: dataset.publisher, removedFromSourceAt: null };
  if (answer.status === 304) {
    if (known?.removedFromSourceAt) await db.iatiSourceFile.update({ where: { url: dataset.url }, data: state });
    tally.unchanged += 1;
    return;
  }
  const hash = createHash('sha256').update(answer.text).digest('hex');
  const fetchedAt = new Date();
  const cache = { etag: answer.headers.get('etag'), lastModified: answer.headers.get('last-modified') };
  if (known?.contentHash === hash) {
    // Same bytes without a 304 (a server that ignores conditional requests): nothing to import.
    await db.iatiSourceFile.update({ where: { url: dataset.url }, data: { ...state, ...cache } });
    tally.unchanged += 1;
    return;
  }
  const report = await importIatiActivities(db, once(answer.text), {
    provenance: { source: IATI_SOURCE, url: dataset.url, fetchedAt },
  });
  tally.created += report.created;
  tally.updated += report.updated;
  tally.unchanged += report.unchanged + report.older;
  for (const r of report.rejections)
    tally.reject({
      dataset: dataset.url,
      key: r.iatiIdentifier ?? `line ${r.line}`,
      reason: `${r.element}: ${r.reason}`,
    });
  tally.rejected += Math.max(0, report.rejected - report.rejections.length);
  if (!report.ok) {
    tally.reject({ dataset: dataset.url, key: dataset.name, reason: report.error!.message });
    // Not remembered as fetched: the next run tries the whole file again.
    return;
  }
  await db.iatiSourceFile.upsert({
    where: { url: dataset.url },
    create: { url: dataset.url, ...state, ...cache, contentHash: hash, fetchedAt },
    update: { ...state, ...cache, contentHash: hash, fetchedAt },
  });
}

/** The query keys a run looks at, and the one under which it found each file. */
function scopeOf(options: IatiRegistryOptions): { keys: string[]; keyOf: (dataset: Dataset) => string } {
  if (!options.publishers.length) {
    const key = `country:${options.country}`;
    return { keys: [key], keyOf: () => key };
  }
  const keys = options.publishers.map((p) => `publisher:${p}`);
  // The registry names the publisher of each package; a package without one was found by the first id asked for.
  return { keys, keyOf: (d) => (d.publisher ? `publisher:${d.publisher}` : keys[0]!) };
}

/**
 * Records that this run's query lists these files, and takes its key off the
 * files it listed before and lists no more; a file no query lists any longer
 * is marked removed. Returns how many were marked.
 */
async function noteListing(db: Db, options: IatiRegistryOptions, datasets: readonly Dataset[]): Promise<number> {
  const { keys, keyOf } = scopeOf(options);
  const urls = datasets.map((d) => d.url);
  await db.$executeRaw`
    UPDATE iati_source_files f SET listed_by = COALESCE(f.listed_by, '{}') || u.key
    FROM unnest(${urls}::text[], ${datasets.map(keyOf)}::text[]) AS u(url, key)
    WHERE f.url = u.url AND NOT COALESCE(f.listed_by, '{}') @> ARRAY[u.key]`;
  const now = new Date();
  const gone = await db.$queryRaw<{ marked: boolean }[]>`
    UPDATE iati_source_files SET
      listed_by = ARRAY(SELECT k FROM unnest(listed_by) AS k WHERE k <> ALL(${keys}::text[])),
      removed_from_source_at = CASE WHEN listed_by <@ ${keys}::text[] THEN COALESCE(removed_from_source_at, ${now}::timestamptz)
        ELSE removed_from_source_at END
    WHERE listed_by && ${keys}::text[] AND url <> ALL(${urls}::text[])
    RETURNING removed_from_source_at = ${now}::timestamptz AS marked`;
  return gone.filter((row) => row.marked).length;
}

export async function syncIatiRegistry(db: Db, options: IatiRegistryOptions): Promise<SyncReport> {
  if (!options.publishers.length && !options.country)
    throw new Error('give publisher ids (--publisher undp --publisher ec-intpa) or a recipient country (--country KZ)');
  const started = new Date();
  const tally = new Tally();
  let error: string | null = null;
  try {
    const datasets = await listDatasets(options);
    for (const dataset of datasets) await syncFile(db, dataset, options, tally);
    // Only after a complete listing: a file the registry no longer lists is marked, its activities kept.
    tally.removed += await noteListing(db, options, datasets);
  } catch (failure) {
    if (!(failure instanceof SourceError)) throw failure;
    error = failure.message;
  }
  return tally.report(IATI_SOURCE, started, error);
}
