/**
 * Imports an IATI activity file read as a stream: activities are read one by
 * one, gathered in batches of 50: unchanged ones are recognised with one
 * statement per batch, and the ones that change are written with one more
 * (iati-store-batch.ts), one transaction per batch. Memory holds one batch and the report, whose lists are capped,
 * so it stays flat however large the file.
 */
import { binFromOrgRef, binProblem } from '../../../../lib/domain/bin.js';
import type { Db } from '../db.js';
import { contentHash } from '../iati/hash.js';
import { IatiFileError, type ActivityIssue, type ActivityRecord, type FileErrorCode } from '../iati/model.js';
import { readIatiActivities, type IatiFileHeader } from '../iati/stream.js';
import type { BinRegistry, RegisteredNgo } from './bin-registry.js';
import {
  ensurePartners,
  LOCAL_FILE,
  organisationsOf,
  storeActivity,
  type ActivityProvenance,
  type StoreInput,
  type StoreOutcome,
} from './iati-store.js';
import { storeActivities } from './iati-store-batch.js';

export type BinStatus = 'REGISTERED' | 'NOT_REGISTERED' | 'NOT_CHECKED' | 'INVALID';

export interface BinReport {
  bin: string;
  status: BinStatus;
  /** The first activity that named it. */
  iatiIdentifier: string;
}

/**
 * What became of the file as a whole. A file that breaks off is not rolled
 * back: each batch of activities is its own transaction (every activity of
 * it written whole, or none), so the activities read before the break are
 * stored whole and the outcome says so (PARTLY_IMPORTED, with
 * the line where reading stopped); importing the repaired file again finds
 * them unchanged. All-or-nothing per file would hold a transaction open for
 * the length of a file of any size, which the streaming import avoids.
 */
export type ImportOutcome = 'IMPORTED' | 'PARTLY_IMPORTED' | 'NOT_IMPORTED';

export interface IatiImportReport {
  ok: boolean;
  outcome: ImportOutcome;
  /** The line of the file where reading stopped, when it stopped early. */
  stoppedAtLine: number | null;
  error: { code: FileErrorCode | 'IMPORT_FAILED'; message: string } | null;
  version: string | null;
  read: number;
  created: number;
  updated: number;
  unchanged: number;
  /** Older than the version already stored (by last-updated-datetime): left as it was. */
  older: number;
  rejected: number;
  /** Why activities were rejected, element by element (the first MAX_LISTED). */
  rejections: ActivityIssue[];
  warnings: ActivityIssue[];
  warningCount: number;
  newPartners: string[];
  newPartnerCount: number;
  /** Every KZ-BIN reference met, with what the registry says of it (the first MAX_LISTED). */
  bins: BinReport[];
  binCounts: Record<BinStatus, number>;
  registry: string | null;
}

/** Lists in a report stop growing here (their counts go on), so a report's size is bounded. */
export const MAX_LISTED = 1_000;

export interface ImportOptions {
  registry?: BinRegistry | null;
  /** Activities per batch (default 50). */
  batchSize?: number;
  /** Activities written at once when written one by one (default 4). */
  concurrency?: number;
  /**
   * The importer as it was before its speed work, kept as the baseline
   * `npm run bench:iati` measures against in the same run: a tree built for
   * every element, partners asked for again each batch, one statement per
   * activity, the file not read on while a batch is written. By default
   * each batch's changed activities are written in one statement (one
   * transaction) while the next batch is read; if that statement fails, its
   * activities are written one by one, so only the failing one is rejected.
   */
  baseline?: boolean;
  /** Where the file came from (default: a local file). */
  provenance?: ActivityProvenance;
}

export function emptyReport(registry: BinRegistry | null | undefined = null): IatiImportReport {
  return {
    ok: true,
    outcome: 'IMPORTED',
    stoppedAtLine: null,
    error: null,
    version: null,
    read: 0,
    created: 0,
    updated: 0,
    unchanged: 0,
    older: 0,
    rejected: 0,
    rejections: [],
    warnings: [],
    warningCount: 0,
    newPartners: [],
    newPartnerCount: 0,
    bins: [],
    binCounts: { REGISTERED: 0, NOT_REGISTERED: 0, NOT_CHECKED: 0, INVALID: 0 },
    registry: registry?.source ?? null,
  };
}

function pushCapped<T>(list: T[], items: readonly T[]): void {
  for (const item of items) if (list.length < MAX_LISTED) list.push(item);
}

function refsOf(record: ActivityRecord): (string | null)[] {
  return [
    record.reportingOrg.ref,
    ...record.participatingOrgs.map((o) => o.ref),
    ...record.transactions.flatMap((t) => [t.provider.ref, t.receiver.ref]),
  ];
}

interface Pending {
  record: ActivityRecord;
  hash: string;
}

class Importer {
  readonly report: IatiImportReport;
  private readonly bins = new Map<string, RegisteredNgo | null>();
  private batch: Pending[] = [];
  /** The batch being written while the next one is read: one at a time, in file order. */
  private writing: Promise<void> = Promise.resolve();
  private writeFailure: Error | null = null;
  private readonly partnerIds = new Map<string, string>();

  constructor(
    private readonly db: Db,
    private readonly options: ImportOptions,
  ) {
    this.report = emptyReport(options.registry);
  }

  private noteBin(bin: string, status: BinStatus, iatiIdentifier: string): void {
    this.report.binCounts[status] += 1;
    pushCapped(this.report.bins, [{ bin, status, iatiIdentifier }]);
  }

  async add(record: ActivityRecord): Promise<void> {
    this.batch.push({ record, hash: contentHash(record) });
    if (this.batch.length < (this.options.batchSize ?? 50)) return;
    await this.settle();
    if (this.options.baseline) return this.flush();
    // Not awaited: the file is read on while the batch is written (flush takes the batch before its first await).
    this.writing = this.flush().catch((error: unknown) => {
      this.writeFailure = error instanceof Error ? error : new Error(String(error));
    });
  }

  /** Waits for the batch being written; its failure ends the import. */
  private async settle(): Promise<void> {
    await this.writing;
    if (this.writeFailure !== null) throw this.writeFailure;
  }

  /** Writes what is left, after the batch in flight. */
  async finish(): Promise<void> {
    await this.settle();
    await this.flush();
  }

  /** Looks up the batch's new BINs once, and reports each BIN the first time it is met. */
  private async checkBins(batch: readonly Pending[]): Promise<void> {
    const fresh = new Map<string, string>();
    for (const { record } of batch) {
      for (const ref of refsOf(record)) {
        const bin = binFromOrgRef(ref);
        if (bin === null || this.bins.has(bin) || fresh.has(bin)) continue;
        if (binProblem(bin)) {
          this.bins.set(bin, null);
          this.noteBin(bin, 'INVALID', record.iatiIdentifier);
        } else fresh.set(bin, record.iatiIdentifier);
      }
    }
    if (!fresh.size) return;
    const registry = this.options.registry;
    const registered = registry ? await registry.registered([...fresh.keys()]) : new Map<string, RegisteredNgo>();
    for (const [bin, identifier] of fresh) {
      const ngo = registered.get(bin) ?? null;
      this.bins.set(bin, ngo);
      this.noteBin(bin, !registry ? 'NOT_CHECKED' : ngo ? 'REGISTERED' : 'NOT_REGISTERED', identifier);
    }
  }

  async flush(): Promise<void> {
    if (!this.batch.length) return;
    // The same identifier twice in a batch: the later one in the file is the one to keep.
    const byIdentifier = new Map(this.batch.map((p) => [p.record.iatiIdentifier, p]));
    this.report.unchanged += this.batch.length - byIdentifier.size;
    this.batch = [];
    const provenance = this.options.provenance ?? LOCAL_FILE;
    const stored = await this.db.$queryRaw<
      {
        iati_identifier: string;
        content_hash: string | null;
        last_updated_at: Date | null;
        source: string;
        source_url: string | null;
      }[]
    >`
      SELECT iati_identifier, content_hash, last_updated_at, source, source_url
      FROM activities WHERE iati_identifier = ANY(${[...byIdentifier.keys()]}::text[])`;
    const toWrite: Pending[] = [];
    const storedBy = new Map(stored.map((row) => [row.iati_identifier, row]));
    for (const pending of byIdentifier.values()) {
      const row = storedBy.get(pending.record.iatiIdentifier);
      const incoming = pending.record.lastUpdatedAt ? new Date(pending.record.lastUpdatedAt) : null;
      const sameSource = row?.source === provenance.source && row.source_url === provenance.url;
      if (row?.content_hash === pending.hash && sameSource) this.report.unchanged += 1;
      else if (row?.last_updated_at && incoming && incoming < row.last_updated_at) this.report.older += 1;
      else toWrite.push(pending);
    }
    await this.checkBins(toWrite);
    if (!toWrite.length) return;
    const partners = await this.partnersOf(toWrite);
    const regionOfBin = (bin: string) => this.bins.get(bin)?.regionCode ?? null;
    const version = this.report.version ?? '2.03';
    const inputs = toWrite.map(({ record, hash }) => ({
      record,
      hash,
      version,
      provenance,
      partnerIds: partners.ids,
      regionOfBin,
    }));
    if (!this.options.baseline) {
      try {
        for (const outcome of (await storeActivities(this.db, inputs)).values()) this.count(outcome);
        return;
      } catch {
        // Nothing of the batch was written (one statement): each activity again on its own, below.
      }
    }
    await this.storeOneByOne(inputs);
  }

  private async storeOneByOne(inputs: StoreInput[]): Promise<void> {
    const concurrency = this.options.concurrency ?? 4;
    for (let start = 0; start < inputs.length; start += concurrency) {
      const outcomes = await Promise.all(
        inputs.slice(start, start + concurrency).map(async (input) => {
          try {
            return await storeActivity(this.db, input);
          } catch (error) {
            this.reject([
              {
                iatiIdentifier: input.record.iatiIdentifier,
                element: 'iati-activity',
                reason: `not stored: ${(error as Error).message}`,
                line: 0,
              },
            ]);
            return null;
          }
        }),
      );
      for (const outcome of outcomes) if (outcome) this.count(outcome);
    }
  }

  /** Partner ids by reference; those met in earlier batches are not asked for again (the baseline asks every time). */
  private async partnersOf(batch: readonly Pending[]): Promise<{ ids: ReadonlyMap<string, string> }> {
    const orgs = organisationsOf(batch.map((p) => p.record));
    const missing = this.options.baseline ? orgs : orgs.filter((o) => !this.partnerIds.has(o.orgRef));
    const partners = await ensurePartners(this.db, missing);
    this.report.newPartnerCount += partners.created.length;
    pushCapped(this.report.newPartners, partners.created);
    if (this.options.baseline) return partners;
    // Bounded: a file names a few thousand organizations at most, and the importer lives for one file.
    for (const [ref, id] of partners.ids) this.partnerIds.set(ref, id);
    return { ids: this.partnerIds };
  }

  private count(outcome: StoreOutcome): void {
    this.report[outcome] += 1;
  }

  reject(problems: ActivityIssue[]): void {
    this.report.rejected += 1;
    pushCapped(this.report.rejections, problems);
  }

  warn(warnings: ActivityIssue[]): void {
    this.report.warningCount += warnings.length;
    pushCapped(this.report.warnings, warnings);
  }
}

/** Imports every activity of the file; a file-level problem ends the import and is reported, never thrown. */
export async function importIatiActivities(
  db: Db,
  text: AsyncIterable<string>,
  options: ImportOptions = {},
): Promise<IatiImportReport> {
  const importer = new Importer(db, options);
  const { report } = importer;
  try {
    const onHeader = (header: IatiFileHeader) => void (report.version = header.version);
    for await (const read of readIatiActivities(text, onHeader, { everyElement: options.baseline ?? false })) {
      report.read += 1;
      if (read.kind === 'invalid') {
        importer.reject(read.problems);
        continue;
      }
      importer.warn(read.warnings);
      await importer.add(read.record);
    }
    await importer.finish();
  } catch (error) {
    // What was read before a file-level problem is still stored, each activity whole.
    await importer.finish().catch(() => undefined);
    report.ok = false;
    const stored = report.created + report.updated;
    const kept = stored + report.unchanged + report.older;
    report.outcome = stored > 0 ? 'PARTLY_IMPORTED' : 'NOT_IMPORTED';
    report.stoppedAtLine = error instanceof IatiFileError ? error.line : null;
    const base =
      error instanceof IatiFileError
        ? { code: error.code, message: error.message }
        : { code: 'IMPORT_FAILED' as const, message: `the import stopped: ${(error as Error).message}` };
    report.error = {
      code: base.code,
      message: report.read
        ? `${base.message}. ${describeStop(report, kept)}`
        : `${base.message}. Nothing was imported.`,
    };
  }
  return report;
}

/** Exactly what a stopped import left stored, so the status and the database never disagree. */
function describeStop(report: IatiImportReport, kept: number): string {
  const where = report.stoppedAtLine ? ` at line ${report.stoppedAtLine}` : '';
  return (
    `Reading stopped${where}: of the ${report.read} activities read before it, ${report.created} were created, ` +
    `${report.updated} updated, ${report.unchanged} already stored unchanged, ${report.older} older than stored and ` +
    `${report.rejected} rejected (${kept} now stored as read); nothing after the stop was read or stored. ` +
    'Repair the file and import it again: what is already stored is recognised as unchanged'
  );
}
