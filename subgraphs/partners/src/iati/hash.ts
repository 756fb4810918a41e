/**
 * The fingerprint of an activity's kept fields: equal content, equal hash,
 * whatever the file's version, layout or the order of repeated elements (an
 * exported file lists them in its own order).
 */
import { createHash } from 'node:crypto';
import type { ActivityRecord } from './model.js';

const sorted = <T>(items: readonly T[]): string[] => items.map((item) => JSON.stringify(item)).sort();

export function contentHash(record: ActivityRecord): string {
  const canonical = {
    ...record,
    participatingOrgs: sorted(record.participatingOrgs),
    budgets: sorted(record.budgets),
    transactions: sorted(record.transactions),
  };
  return createHash('sha256').update(JSON.stringify(canonical)).digest('hex');
}
