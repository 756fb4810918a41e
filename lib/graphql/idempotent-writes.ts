/**
 * Where a subgraph's mutations run, and safe resends of them shared by every
 * gateway worker and replica.
 *
 * A mutation gets the write client (its statements may take
 * DB_MUTATION_STATEMENT_TIMEOUT_MS, where a read gets DB_STATEMENT_TIMEOUT_MS).
 * One that carries an `Idempotency-Key` (forwarded by the gateway) runs in
 * one transaction with a row of the subgraph's `idempotency_keys` table that
 * keeps its answer: a resend with the same key, from the same caller, with
 * the same request, finds the row and gets that answer, writing nothing; one
 * that arrives while the first is running waits for it (the row is locked
 * until the first commits). If the process dies before the commit, neither
 * the write nor the row exists, and a resend runs the mutation afresh. An
 * answer with errors is not kept (its writes, if any, stand, as without a
 * key), so a resend runs again.
 */
import { createHash } from 'node:crypto';
import type { RequestHandler, Response } from 'express';
import { getOperationAST, parse } from 'graphql';
import type { Viewer } from '../auth/viewer.js';
import { nestable } from '../database/nested-transactions.js';
import { sendGraphQLError } from './http.js';

export const IDEMPOTENCY_HEADER = 'idempotency-key';
const KEY = /^[\w.:-]{1,200}$/;

interface SqlClient {
  $executeRawUnsafe(query: string, ...values: unknown[]): Promise<number>;
  $queryRawUnsafe<T = unknown>(query: string, ...values: unknown[]): Promise<T>;
}

/** The write client as this module needs it: interactive transactions and raw SQL. */
export interface TransactionalDb {
  $transaction<R>(work: (tx: SqlClient) => Promise<R>, options?: { timeout?: number; maxWait?: number }): Promise<R>;
}

interface Answer {
  status: number;
  body: string;
}

/** Whether the request is one GraphQL mutation (a batch or a query is not). */
function isMutation(body: unknown): boolean {
  const { query, operationName } = (body ?? {}) as { query?: unknown; operationName?: unknown };
  if (typeof query !== 'string' || !/\bmutation\b/.test(query)) return false;
  try {
    const name = typeof operationName === 'string' ? operationName : undefined;
    return getOperationAST(parse(query), name)?.operation === 'mutation';
  } catch {
    // Not valid GraphQL: Apollo Server answers it.
    return false;
  }
}

/** Holds back what the rest of the chain sends, resolving with it; `release` sends it (or another answer). */
function holdAnswer(res: Response): {
  answer: Promise<Answer>;
  release: (answer: Answer) => void;
  restore: () => void;
} {
  const send = res.send.bind(res);
  let resolve: (answer: Answer) => void = () => undefined;
  const answer = new Promise<Answer>((r) => (resolve = r));
  res.send = (body?: unknown) => {
    const text = Buffer.isBuffer(body) ? body.toString('utf8') : typeof body === 'string' ? body : JSON.stringify(body);
    resolve({ status: res.statusCode, body: text });
    return res;
  };
  return {
    answer,
    release: ({ status, body }) => {
      res.send = send;
      res.status(status).type('application/json').send(body);
    },
    restore: () => (res.send = send),
  };
}

const keepable = (answer: Answer) => answer.status < 400 && !answer.body.includes('"errors"');

interface WriteOptions {
  /** The client mutations use (longer statement timeout). */
  db: TransactionalDb;
  /** Longest a keyed mutation's transaction may take, and the wait for its connection. */
  timeoutMs: number;
  maxWaitMs: number;
  /** How long a key is kept (IDEMPOTENCY_TTL_MS). */
  ttlMs: number;
}

const WHERE_ROW = 'scope = $1 AND key = $2 AND request_hash = $3';

/**
 * In the mutation's transaction: the kept answer when the key's row exists
 * (committed by an earlier request, or by one this waited for), else the
 * mutation's own answer, kept in the new row if it has no errors.
 */
async function answerOnce(
  tx: SqlClient,
  row: string[],
  answered: Promise<Answer>,
  run: () => void,
): Promise<{ answer: Answer; replayed: boolean }> {
  const claimed = await tx.$queryRawUnsafe<unknown[]>(
    'INSERT INTO idempotency_keys (scope, key, request_hash) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING RETURNING 1',
    ...row,
  );
  if (!claimed.length) {
    const [kept] = await tx.$queryRawUnsafe<Answer[]>(
      `SELECT status, body FROM idempotency_keys WHERE ${WHERE_ROW}`,
      ...row,
    );
    if (kept) return { answer: kept, replayed: true };
  }
  run();
  const answer = await answered;
  if (keepable(answer))
    await tx.$executeRawUnsafe(
      `UPDATE idempotency_keys SET status = $4, body = $5 WHERE ${WHERE_ROW}`,
      ...row,
      answer.status,
      answer.body,
    );
  else await tx.$executeRawUnsafe(`DELETE FROM idempotency_keys WHERE ${WHERE_ROW}`, ...row);
  return { answer, replayed: false };
}

/** Expired keys are deleted at most this often, by whichever keyed mutation comes first. */
const CLEANUP_EVERY_MS = 60_000;

export function idempotentWrites(options: WriteOptions): RequestHandler {
  let cleanedAt = 0;
  const cleanUp = async (tx: SqlClient) => {
    if (Date.now() - cleanedAt < CLEANUP_EVERY_MS) return;
    cleanedAt = Date.now();
    await tx.$executeRawUnsafe(
      'DELETE FROM idempotency_keys WHERE created_at < $1',
      new Date(Date.now() - options.ttlMs),
    );
  };
  return async (req, res, next) => {
    if (req.method !== 'POST' || !isMutation(req.body)) return next();
    res.locals.db = options.db;
    const key = req.get(IDEMPOTENCY_HEADER);
    if (key === undefined) return next();
    if (!KEY.test(key))
      return sendGraphQLError(res, 400, 'BAD_REQUEST', 'Idempotency-Key must be 1 to 200 letters, digits or . : _ -');
    const viewer = res.locals.viewer as Viewer;
    const row = [
      `${viewer.role}:${viewer.subject ?? ''}`,
      key,
      createHash('sha256').update(JSON.stringify(req.body)).digest('hex'),
    ];
    const held = holdAnswer(res);
    try {
      const { answer, replayed } = await options.db.$transaction(
        async (tx) => {
          await cleanUp(tx);
          return answerOnce(tx, row, held.answer, () => {
            res.locals.db = nestable(tx);
            next();
          });
        },
        { timeout: options.timeoutMs, maxWait: options.maxWaitMs },
      );
      if (replayed) res.setHeader('idempotent-replayed', 'true');
      held.release(answer);
    } catch (error) {
      // Nothing was committed: the client may send again with the same key.
      held.restore();
      next(error);
    }
  };
}
