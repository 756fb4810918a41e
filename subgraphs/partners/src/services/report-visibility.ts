/**
 * The row rule of recipient reports, the same wherever a report is read (the
 * reconciliation, a mutation's answer, the gateway's entity lookups): a
 * donor sees the lines its own organization reported and the lines reported
 * against its own activities; analysts and admins see every line.
 */
import type { Viewer } from '../../../../lib/auth/viewer.js';
import type { Db } from '../db.js';
import type { RecipientReport } from '../generated/prisma/client.js';
import { donorActivityIdentifiers } from './reconciliation.js';

export async function reportVisibleTo(db: Db, viewer: Viewer, report: RecipientReport): Promise<boolean> {
  if (viewer.role === 'admin' || viewer.role === 'analyst') return true;
  if (viewer.role !== 'donor' || !viewer.organization) return false;
  if (report.recipientOrgRef === viewer.organization) return true;
  return (await donorActivityIdentifiers(db, viewer.organization)).includes(report.activityIdentifier);
}
