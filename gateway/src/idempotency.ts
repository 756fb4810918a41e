/**
 * Safe resends of writes: a request with an `Idempotency-Key` header is
 * answered once; a resend with the same key (from the same caller, with the
 * same body) gets the first answer again, marked `Idempotent-Replayed: true`,
 * and runs nothing. A resend that arrives while the first is still running
 * waits for it. The same key with a different body is refused (422).
 *
 * An answer is kept only when its outcome is known: one that failed because
 * a source was unavailable, timed out or was overloaded is not kept, so the
 * resend runs again. Keys live in this gateway's memory for
 * IDEMPOTENCY_TTL_MS (at most IDEMPOTENCY_MAX_KEYS, oldest dropped first).
 *
 * That memory is this process's only: the key also travels with the
 * request's mutation fetches, and the subgraph that writes keeps the answer
 * in its database, in the mutation's own transaction
 * (lib/graphql/idempotent-writes.ts). A resend to another worker or replica,
 * or after a restart, gets the first answer from there, marked as a replay.
 */
import { createHash } from 'node:crypto';
import type { ApolloServerPlugin, BaseContext } from '@apollo/server';
import type { RequestHandler, Response } from 'express';
import type { Viewer } from '../../lib/auth/viewer.js';
import { sendGraphQLError } from '../../lib/graphql/http.js';
import { IDEMPOTENCY_HEADER } from '../../lib/graphql/idempotent-writes.js';

interface Answer {
  status: number;
  contentType: string | undefined;
  body: string;
}

interface Entry {
  bodyHash: string;
  expires: number;
  /** Resolves with the answer to keep, or undefined when there is none (the resend runs again). */
  answer: Promise<Answer | undefined>;
}

const KEY = /^[\w.:-]{1,200}$/;
const REPLAYED_HEADER = 'idempotent-replayed';
/** Outcomes that are not final: the write may or may not have happened, or never started. */
const UNSETTLED =
  /"code":"(SUBGRAPH_TIMEOUT|SUBGRAPH_UNAVAILABLE|SUBGRAPH_OVERLOADED|OVERLOADED|INTERNAL_SERVER_ERROR)"/;

export function idempotency(options: { ttlMs: number; maxKeys: number }): RequestHandler {
  const entries = new Map<string, Entry>();

  const remember = (key: string, entry: Entry) => {
    entries.delete(key);
    entries.set(key, entry);
    const now = Date.now();
    for (const [oldKey, old] of entries) {
      if (entries.size <= options.maxKeys && old.expires > now) break;
      entries.delete(oldKey);
    }
  };

  return async (req, res, next) => {
    const given = req.get('idempotency-key');
    if (given === undefined || req.method !== 'POST') return next();
    if (!KEY.test(given)) {
      return sendGraphQLError(
        res,
        400,
        'BAD_REQUEST',
        'Idempotency-Key must be 1 to 200 letters, digits or . : _ - (a UUID is a good key)',
      );
    }
    const viewer = res.locals.viewer as Viewer;
    const key = `${viewer.role}:${viewer.subject ?? ''}:${given}`;
    const bodyHash = createHash('sha256')
      .update(JSON.stringify(req.body ?? null))
      .digest('hex');

    const existing = entries.get(key);
    if (existing && existing.expires > Date.now()) {
      if (existing.bodyHash !== bodyHash) {
        return sendGraphQLError(
          res,
          422,
          'IDEMPOTENCY_KEY_REUSED',
          'This Idempotency-Key was used for a different request: use a new key for each distinct write',
        );
      }
      const answer = await existing.answer;
      if (answer) {
        res.status(answer.status).setHeader(REPLAYED_HEADER, 'true');
        if (answer.contentType) res.setHeader('content-type', answer.contentType);
        res.send(answer.body);
        return;
      }
    }

    let settle: (answer: Answer | undefined) => void = () => undefined;
    remember(key, {
      bodyHash,
      expires: Date.now() + options.ttlMs,
      answer: new Promise((resolve) => (settle = resolve)),
    });
    captureAnswer(res, (answer) => {
      if (!answer) entries.delete(key);
      settle(answer);
    });
    next();
  };
}

/** Calls `done` with the answer once it is sent, or with undefined when its outcome is not final. */
function captureAnswer(res: Response, done: (answer: Answer | undefined) => void): void {
  let sent: string | undefined;
  const send = res.send.bind(res);
  res.send = (body?: unknown) => {
    if (typeof body === 'string') sent = body;
    return send(body);
  };
  res.once('close', () => {
    const final = sent !== undefined && res.statusCode < 500 && !UNSETTLED.test(sent);
    const contentType = res.getHeader('content-type');
    done(final ? { status: res.statusCode, contentType: contentType?.toString(), body: sent ?? '' } : undefined);
  });
}

export interface IdempotencyContext extends BaseContext {
  /** The request's Idempotency-Key (checked above), sent on with its mutation fetches. */
  idempotencyKey?: string;
  /** A subgraph answered from the answers it keeps: the client is told it was a replay. */
  idempotencyReplayed?: boolean;
}

interface Headers {
  get(name: string): string | null;
  set(name: string, value: string): void;
}

/** The key goes with a mutation fetch only: a query is safe to repeat. */
export function forwardIdempotencyKey(context: IdempotencyContext, kind: string, headers: Headers | undefined): void {
  if (context.idempotencyKey && kind === 'mutation') headers?.set(IDEMPOTENCY_HEADER, context.idempotencyKey);
}

export function noteReplay(context: IdempotencyContext, headers: Headers | undefined): void {
  if (headers?.get(REPLAYED_HEADER) === 'true') context.idempotencyReplayed = true;
}

export function replayHeaderPlugin<TContext extends IdempotencyContext>(): ApolloServerPlugin<TContext> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ contextValue, response }) {
          if (contextValue.idempotencyReplayed) response.http.headers.set(REPLAYED_HEADER, 'true');
        },
      };
    },
  };
}
