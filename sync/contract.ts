/**
 * What every connector does, in the same order: fetch the source page by
 * page, map each record to this project's shape, validate it, upsert it
 * idempotently (unchanged content writes nothing), mark what disappeared from
 * the source (never delete), and report. The report is what `npm run sync`
 * prints and what the sync history (`sync_runs`) keeps.
 */
export interface Rejection {
  /** The dataset, file or day the record came from. */
  dataset: string;
  /** The record's key in its source (a BIN, an id, an IATI identifier, a currency and date). */
  key: string;
  reason: string;
}

export interface SyncCounts {
  created: number;
  updated: number;
  unchanged: number;
  rejected: number;
  removed: number;
}

export interface SyncReport extends SyncCounts {
  source: string;
  ok: boolean;
  /** Why the run stopped early (an error page, a timeout); what was stored before stays, each record whole. */
  error: string | null;
  startedAt: string;
  finishedAt: string;
  /** The first MAX_REJECTIONS rejected records; `rejected` counts them all. */
  rejections: Rejection[];
}

export const MAX_REJECTIONS = 1_000;

export type Outcome = 'created' | 'updated' | 'unchanged';

/** Collects counts and rejections while a connector runs. */
export class Tally implements SyncCounts {
  created = 0;
  updated = 0;
  unchanged = 0;
  rejected = 0;
  removed = 0;
  readonly rejections: Rejection[] = [];

  count(outcome: Outcome): void {
    this[outcome] += 1;
  }

  reject(rejection: Rejection): void {
    this.rejected += 1;
    if (this.rejections.length < MAX_REJECTIONS) this.rejections.push(rejection);
  }

  add(other: SyncCounts): void {
    this.created += other.created;
    this.updated += other.updated;
    this.unchanged += other.unchanged;
    this.rejected += other.rejected;
    this.removed += other.removed;
  }

  report(source: string, startedAt: Date, error: string | null): SyncReport {
    return {
      source,
      ok: error === null,
      error,
      startedAt: startedAt.toISOString(),
      finishedAt: new Date().toISOString(),
      created: this.created,
      updated: this.updated,
      unchanged: this.unchanged,
      rejected: this.rejected,
      removed: this.removed,
      rejections: this.rejections,
    };
  }
}
