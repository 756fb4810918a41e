/** Provenance stamped on every record a connector writes, and the content hash that makes re-runs write nothing. */
import { createHash } from 'node:crypto';

export interface RecordProvenance {
  source: string;
  sourceUrl: string;
  sourceRecordId: string;
  fetchedAt: Date;
  contentHash: string;
}

/** SHA-256 of the mapped values, keys sorted, so the same content always hashes the same. */
export function hashValues(values: Record<string, unknown>): string {
  const sorted = Object.fromEntries(Object.entries(values).sort(([a], [b]) => a.localeCompare(b)));
  return createHash('sha256').update(JSON.stringify(sorted)).digest('hex');
}

interface Stored {
  source: string;
  sourceUrl: string | null;
  contentHash: string | null;
  removedFromSourceAt: Date | null;
}

/** Whether a stored row already holds this content from this source (then nothing is written). */
export function sameAsStored(stored: Stored | null, provenance: RecordProvenance): boolean {
  return (
    stored !== null &&
    stored.contentHash === provenance.contentHash &&
    stored.source === provenance.source &&
    stored.sourceUrl === provenance.sourceUrl &&
    stored.removedFromSourceAt === null
  );
}

/** The columns a write sets; `fetchedAt` is when this content was fetched, not when it was last confirmed. */
export function provenanceColumns(p: RecordProvenance) {
  return {
    source: p.source,
    sourceUrl: p.sourceUrl,
    sourceRecordId: p.sourceRecordId,
    fetchedAt: p.fetchedAt,
    contentHash: p.contentHash,
    removedFromSourceAt: null,
  };
}
