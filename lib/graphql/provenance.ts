/**
 * Provenance and sync history as every subgraph shows them: where a record
 * came from (the same `Provenance` value type in each SDL, @shareable), and
 * the runs of `npm run sync` against the subgraph's database.
 */
import type { Viewer } from '../auth/viewer.js';
import { requireRole } from '../auth/viewer.js';
import { badUserInput } from './errors.js';

export interface ProvenanceColumns {
  source: string;
  sourceUrl: string | null;
  sourceRecordId?: string | null;
  fetchedAt: Date | null;
  contentHash?: string | null;
  removedFromSourceAt?: Date | null;
}

export interface ProvenanceValue {
  source: string;
  url: string | null;
  sourceRecordId: string | null;
  fetchedAt: string | null;
  contentHash: string | null;
  removedFromSourceAt: string | null;
}

export function provenanceOf(row: ProvenanceColumns, sourceRecordId: string | null = null): ProvenanceValue {
  return {
    source: row.source,
    url: row.sourceUrl,
    sourceRecordId: row.sourceRecordId ?? sourceRecordId,
    fetchedAt: row.fetchedAt?.toISOString() ?? null,
    contentHash: row.contentHash ?? null,
    removedFromSourceAt: row.removedFromSourceAt?.toISOString() ?? null,
  };
}

interface SyncRunRow {
  id: string;
  source: string;
  startedAt: Date;
  finishedAt: Date;
  ok: boolean;
  error: string | null;
  created: number;
  updated: number;
  unchanged: number;
  rejected: number;
  removed: number;
  rejections: unknown;
}

export interface SyncRunValue {
  id: string;
  source: string;
  startedAt: string;
  finishedAt: string;
  durationMs: number;
  ok: boolean;
  error: string | null;
  created: number;
  updated: number;
  unchanged: number;
  rejected: number;
  removed: number;
  rejections: { dataset: string; key: string; reason: string }[];
}

interface SyncRunTable {
  findMany(args: { where: { source?: string }; orderBy: { startedAt: 'desc' }; take: number }): Promise<SyncRunRow[]>;
}

/** The latest runs, newest first; analysts and admins only. */
export async function listSyncRuns(
  table: SyncRunTable,
  viewer: Viewer,
  args: { source?: string | null; last?: number | null },
  field: string,
): Promise<SyncRunValue[]> {
  requireRole(viewer, ['analyst'], field);
  const last = args.last ?? 20;
  if (!Number.isInteger(last) || last < 1 || last > 100)
    throw badUserInput(`last must be between 1 and 100, got ${last}`, 'last');
  const rows = await table.findMany({
    where: args.source ? { source: args.source } : {},
    orderBy: { startedAt: 'desc' },
    take: last,
  });
  return rows.map((r) => ({
    ...r,
    startedAt: r.startedAt.toISOString(),
    finishedAt: r.finishedAt.toISOString(),
    durationMs: r.finishedAt.getTime() - r.startedAt.getTime(),
    rejections: Array.isArray(r.rejections) ? (r.rejections as SyncRunValue['rejections']) : [],
  }));
}
