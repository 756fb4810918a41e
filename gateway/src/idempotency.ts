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
 */
import { createHash } from 'node:crypto';
import type { RequestHandler, Response } from 'express';
import type { Viewer } from '../../lib/auth/viewer.js';
import { sendGraphQLError } from '../../lib/graphql/http.js';

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
        res.status(answer.status).setHeader('idempotent-replayed', 'true');
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
