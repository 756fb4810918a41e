/**
 * Connector for the e-government open-data portal: every dataset of the
 * mapping file (or those named), page by page; each record mapped, validated
 * and written on its own (a record that fails is reported with dataset,
 * key and reason, and nothing of it is written); after a dataset was read
 * to its end, its records that disappeared are marked, never deleted. A page
 * that fails (error page, timeout) stops the run; what was written stays,
 * and nothing is marked removed from a listing that was not read whole.
 */
import type { Db as CouncilsDb } from '../../subgraphs/councils/src/db.js';
import type { Db as NgosDb } from '../../subgraphs/ngos/src/db.js';
import { Tally, type Outcome, type SyncReport } from '../contract.js';
import { SourceError } from '../http.js';
import { markRemovedCouncilRows, writeCouncil, writeMember } from './councils.js';
import { mapRecord, MappingProblem, type DatasetMapping, type Target } from './mapping.js';
import { markRemovedNgos, writeNgo } from './ngos.js';
import { datasetUrl, portalPages, type PortalOptions } from './portal.js';
import { hashValues } from './provenance.js';

export const egovSource = (dataset: DatasetMapping): string => `egov:${dataset.name}`;

export interface EgovTargets {
  ngos: NgosDb;
  councils: CouncilsDb;
}

/** The databases a dataset writes to, by target: the sync history is kept there too. */
export const TARGET_DATABASE: Record<Target, 'ngos' | 'councils'> = {
  ngos: 'ngos',
  councils: 'councils',
  council_members: 'councils',
};

async function syncDataset(targets: EgovTargets, options: PortalOptions, dataset: DatasetMapping): Promise<SyncReport> {
  const started = new Date();
  const tally = new Tally();
  const source = egovSource(dataset);
  const sourceUrl = datasetUrl(options, dataset);
  const seen: string[] = [];
  const actor = { subject: source, role: 'sync', requestId: `sync-${started.toISOString()}` };
  try {
    for await (const page of portalPages(options, dataset)) {
      for (const record of page) {
        const fallbackKey = String(record[dataset.key] ?? '?');
        try {
          const { key, values } = mapRecord(record, dataset);
          seen.push(key);
          const provenance = {
            source,
            sourceUrl,
            sourceRecordId: key,
            fetchedAt: new Date(),
            contentHash: hashValues(values),
          };
          const outcome: Outcome =
            dataset.target === 'ngos'
              ? await writeNgo(targets.ngos, values, provenance, actor)
              : dataset.target === 'councils'
                ? await writeCouncil(targets.councils, values, provenance)
                : await writeMember(targets.councils, values, provenance);
          tally.count(outcome);
        } catch (error) {
          if (!(error instanceof MappingProblem)) throw error;
          tally.reject({ dataset: `${dataset.name}/${dataset.version}`, key: fallbackKey, reason: error.message });
        }
      }
    }
    tally.removed =
      dataset.target === 'ngos'
        ? await markRemovedNgos(targets.ngos, source, seen)
        : await markRemovedCouncilRows(targets.councils, dataset.target, source, seen);
  } catch (failure) {
    if (!(failure instanceof SourceError)) throw failure;
    return tally.report(source, started, failure.message);
  }
  return tally.report(source, started, null);
}

/** One report per dataset, in the mapping's order; a dataset that fails does not stop the next. */
export async function syncEgov(
  targets: EgovTargets,
  options: PortalOptions,
  datasets: readonly DatasetMapping[],
): Promise<{ dataset: DatasetMapping; report: SyncReport }[]> {
  const results = [];
  for (const dataset of datasets) results.push({ dataset, report: await syncDataset(targets, options, dataset) });
  return results;
}
