/**
 * EXPLAIN ANALYZE of the statements one operation sent: how long each took
 * in the database and which tables it read whole (a Seq Scan), so a report
 * shows whether the 10x overview is served by indexes and count tables.
 */
import pg from 'pg';
import type { SubgraphName } from '../lib/config.js';
import type { DatabaseUrls } from './databases.js';
import type { Statement } from './federation.js';

export interface ExplainedStatement {
  subgraph: SubgraphName;
  /** The statement's first words, for the report. */
  sql: string;
  executionMs: number;
  /** Tables read by sequential scan, with the rows they produced. */
  seqScans: { table: string; rows: number }[];
  indexes: string[];
}

interface PlanNode {
  'Node Type': string;
  'Relation Name'?: string;
  'Index Name'?: string;
  'Actual Rows'?: number;
  'Actual Loops'?: number;
  Plans?: PlanNode[];
}

function walk(node: PlanNode, visit: (node: PlanNode) => void): void {
  visit(node);
  node.Plans?.forEach((child) => walk(child, visit));
}

export async function explainStatements(
  urls: DatabaseUrls,
  statements: readonly Statement[],
): Promise<ExplainedStatement[]> {
  const explained: ExplainedStatement[] = [];
  for (const statement of statements) {
    // Prisma's own bookkeeping (transactions, health checks) is not part of an answer.
    if (!/^\s*(SELECT|WITH)/i.test(statement.sql)) continue;
    const client = new pg.Client({ connectionString: urls[statement.subgraph] });
    await client.connect();
    try {
      const result = await client.query<{ 'QUERY PLAN': [{ Plan: PlanNode; 'Execution Time': number }] }>(
        `EXPLAIN (ANALYZE, FORMAT JSON) ${statement.sql}`,
        statement.params,
      );
      const [plan] = result.rows[0]!['QUERY PLAN'];
      const seqScans: { table: string; rows: number }[] = [];
      const indexes = new Set<string>();
      walk(plan.Plan, (node) => {
        if (node['Node Type'] === 'Seq Scan' && node['Relation Name']) {
          seqScans.push({
            table: node['Relation Name'],
            rows: (node['Actual Rows'] ?? 0) * (node['Actual Loops'] ?? 1),
          });
        }
        if (node['Index Name']) indexes.add(node['Index Name']);
      });
      explained.push({
        subgraph: statement.subgraph,
        sql: statement.sql.replace(/\s+/g, ' ').trim().slice(0, 90),
        executionMs: Math.round(plan['Execution Time'] * 10) / 10,
        seqScans,
        indexes: [...indexes],
      });
    } finally {
      await client.end();
    }
  }
  return explained;
}
