/**
 * Every SQL statement a Prisma client sends, observed where the pg driver
 * adapter receives it: counted (the request's log line, a Prometheus
 * counter) and, when tracing is on, a client span with the statement's text
 * (Prisma sends values as bound parameters, so no value reaches the span).
 */
import type { PrismaPg } from '@prisma/adapter-pg';
import { sqlStatementCounter } from './metrics.js';
import { countSqlPerRequest, currentObservation } from './observation.js';
import { inSpan, SpanKind, tracingEnabled } from './tracing.js';

interface SqlQuery {
  sql: string;
}

/** What the adapter and its transactions have in common: the two ways a statement is sent. */
interface Queryable {
  queryRaw(query: SqlQuery): Promise<unknown>;
  executeRaw(query: SqlQuery): Promise<number>;
  startTransaction?(...args: unknown[]): Promise<Queryable>;
}

const MAX_STATEMENT_CHARS = 4000;

function sent<T>(database: string, counter: { inc(): void }, sql: string, send: () => Promise<T>): Promise<T> {
  counter.inc();
  const observation = currentObservation();
  if (observation) observation.sqlStatements += 1;
  if (!tracingEnabled()) return send();
  const operation = /^\s*(\w+)/.exec(sql)?.[1]?.toUpperCase() ?? 'SQL';
  return inSpan(
    `${operation} ${database}`,
    {
      'db.system.name': 'postgresql',
      'db.namespace': database,
      'db.operation.name': operation,
      'db.query.text': sql.slice(0, MAX_STATEMENT_CHARS),
    },
    send,
    SpanKind.CLIENT,
  );
}

/** Patches one connection-like object (the adapter, or a transaction it starts) in place. */
function observe<T extends object>(target: T, database: string, counter: { inc(): void }): T {
  const queryable = target as unknown as Queryable;
  const queryRaw = queryable.queryRaw.bind(queryable);
  const executeRaw = queryable.executeRaw.bind(queryable);
  queryable.queryRaw = (query) => sent(database, counter, query.sql, () => queryRaw(query));
  queryable.executeRaw = (query) => sent(database, counter, query.sql, () => executeRaw(query));
  const startTransaction = queryable.startTransaction?.bind(queryable);
  if (startTransaction)
    queryable.startTransaction = async (...args) => observe(await startTransaction(...args), database, counter);
  return target;
}

/** The adapter factory, with every statement of every connection it makes observed. */
export function observeSql(factory: PrismaPg, database: string): PrismaPg {
  countSqlPerRequest();
  const counter = sqlStatementCounter(database);
  const connect = factory.connect.bind(factory);
  factory.connect = async () => observe(await connect(), database, counter);
  return factory;
}
