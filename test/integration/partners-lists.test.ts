/**
 * Lists of the partners subgraph that had none or a cap: recipients' report
 * lines (who sees which), and the IATI export in pages of complete documents
 * instead of a refusal beyond 500 activities.
 */
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { createDb } from '../../subgraphs/partners/src/db.js';
import { graphql } from '../generated/index.js';
import { dataOf, present } from '../support/data-of.js';
import type { ListsExportQuery } from '../generated/graphql.js';
import { startFederation, type Federation, type GraphQLResponse } from '../support/federation.js';

let federation: Federation;

beforeAll(async () => {
  federation = await startFederation();
});

afterAll(async () => {
  await federation?.stop();
});

const EXPORT = graphql(`
  query ListsExport($first: Int, $after: String) {
    iatiExport(first: $first, after: $after) {
      activityCount
      totalCount
      xml
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

describe('the IATI export', () => {
  test('pages through every activity, each page a whole document, none twice', async () => {
    const db = createDb(federation.databaseUrls.partners);
    const stored = (
      await db.activity.findMany({ select: { iatiIdentifier: true }, orderBy: { iatiIdentifier: 'asc' } })
    ).map((a) => a.iatiIdentifier);
    await db.$disconnect();
    // More than one page of 500 would need a bigger demo; pages of a fifth of it show the same paging.
    const first = Math.ceil(stored.length / 5);
    const seen: string[] = [];
    let after: string | null = null;
    for (let pages = 0; pages < 10; pages += 1) {
      const result: GraphQLResponse<ListsExportQuery> = await federation.query(EXPORT, { first, after });
      expect(result.errors).toBeUndefined();
      const page = dataOf(result).iatiExport;
      expect(page.totalCount).toBe(stored.length);
      expect(page.xml.startsWith('<?xml')).toBe(true);
      expect(page.xml.trimEnd().endsWith('</iati-activities>')).toBe(true);
      const identifiers = [...page.xml.matchAll(/<iati-identifier>([^<]*)<\/iati-identifier>/g)].map((m) => m[1]!);
      expect(identifiers.length).toBe(page.activityCount);
      seen.push(...identifiers);
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
    }
    expect(seen).toEqual(stored);
    const tooMany = await federation.query(EXPORT, { first: 501 });
    expect(tooMany.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});

const REPORTS = graphql(`
  query ListsReports($filter: RecipientReportFilter) {
    recipientReports(filter: $filter, first: 100) {
      totalCount
      nodes {
        recipientOrgRef
        activityIdentifier
        type
      }
    }
  }
`);
const PROVENANCE = graphql(`
  query ListsProvenance {
    ngos(first: 2) {
      nodes {
        provenance {
          source
          url
          fetchedAt
        }
      }
    }
    councils(first: 1) {
      nodes {
        provenance {
          source
        }
        members(first: 1) {
          nodes {
            provenance {
              source
            }
          }
        }
      }
    }
    transactions(first: 3) {
      nodes {
        ref
        provenance {
          source
          sourceRecordId
        }
        activity {
          iatiIdentifier
          provenance {
            source
            sourceRecordId
          }
        }
      }
    }
  }
`);
const SYNC_RUNS = graphql(`
  query ListsSyncRuns {
    registrySyncRuns {
      id
    }
    councilSyncRuns {
      id
    }
    partnerSyncRuns(last: 5) {
      id
      source
      ok
      durationMs
    }
  }
`);

describe('recipient reports', () => {
  test('analysts list every line; a donor its own; anonymous callers are refused', async () => {
    const db = createDb(federation.databaseUrls.partners);
    const total = await db.recipientReport.count();
    const [one] = await db.recipientReport.findMany({ take: 1, orderBy: { id: 'asc' } });
    await db.$disconnect();
    expect(total).toBeGreaterThan(0);
    const all = await federation.query(REPORTS, {}, { as: 'analyst' });
    expect(all.errors).toBeUndefined();
    expect(dataOf(all).recipientReports.totalCount).toBe(total);
    const own = await federation.query(
      REPORTS,
      { filter: { types: ['INCOMING_FUNDS'] } },
      { as: { role: 'donor', subject: 'ngo-user', organization: one!.recipientOrgRef } },
    );
    expect(own.errors).toBeUndefined();
    expect(dataOf(own).recipientReports.nodes.length).toBeGreaterThan(0);
    for (const node of dataOf(own).recipientReports.nodes) {
      expect(node).toMatchObject({ recipientOrgRef: one!.recipientOrgRef, type: 'INCOMING_FUNDS' });
    }
    const anonymous = await federation.query(REPORTS, {});
    expect(anonymous.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});

describe('provenance and sync history', () => {
  test('NGOs, councils, members, activities and transactions say where they came from', async () => {
    const result = await federation.query(PROVENANCE);
    expect(result.errors).toBeUndefined();
    const data = dataOf(result);
    // Demo data is local: nothing fetched it.
    expect(data.ngos.nodes.map((n) => n.provenance)).toEqual([
      { source: 'local', url: null, fetchedAt: null },
      { source: 'local', url: null, fetchedAt: null },
    ]);
    const council = present(data.councils.nodes[0], 'a council');
    expect(council.provenance.source).toBe('local');
    expect(council.members.nodes[0]!.provenance.source).toBe('local');
    for (const t of data.transactions.nodes) {
      expect(t.provenance).toEqual({ source: t.activity.provenance.source, sourceRecordId: t.ref });
      expect(t.activity.provenance.sourceRecordId).toBe(t.activity.iatiIdentifier);
    }
  });

  test('sync history: analysts read it, anonymous callers are refused', async () => {
    const query = SYNC_RUNS;
    const analyst = await federation.query(query, {}, { as: 'analyst' });
    expect(analyst.errors).toBeUndefined();
    expect(analyst.data).toEqual({ registrySyncRuns: [], councilSyncRuns: [], partnerSyncRuns: [] });
    const anonymous = await federation.query(query, {});
    expect(anonymous.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});
