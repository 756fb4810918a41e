/**
 * Checks made on the HTTP request before GraphQL runs: the caller's token,
 * batch size, token count, trusted documents and the rate limit. Each
 * refusal is a GraphQL-shaped error with a stable code.
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import type { Request, RequestHandler } from 'express';
import { ipKeyGenerator, rateLimit, type RateLimitInfo, type Store } from 'express-rate-limit';
import { LRUCache } from 'lru-cache';
import { ConfigError } from '../../lib/config.js';
import type { Viewer } from '../../lib/auth/viewer.js';
import { HttpError } from '../../lib/graphql/http.js';
import { checkTokens, type Limits } from './limits.js';
import { setRateLimitHeaders } from './rate-limit-headers.js';

interface GraphQLBody {
  query?: unknown;
  extensions?: { persistedQuery?: { sha256Hash?: unknown } };
}

/** The operations of a request: the JSON body (one or a batch), or a GET request's query string. */
function bodies(req: Request): GraphQLBody[] {
  if (req.method === 'GET') return [{ query: req.query.query }];
  const body: unknown = req.body;
  if (Array.isArray(body)) return body as GraphQLBody[];
  return body && typeof body === 'object' ? [body] : [];
}

export function batchLimit(maxBatchSize: number): RequestHandler {
  return (req, _res, next) => {
    if (Array.isArray(req.body) && req.body.length > maxBatchSize) {
      return next(
        new HttpError(
          400,
          'BAD_REQUEST',
          `A batch may hold at most ${maxBatchSize} operations; this one holds ${req.body.length}`,
        ),
      );
    }
    if (Array.isArray(req.body) && req.body.length === 0)
      return next(new HttpError(400, 'BAD_REQUEST', 'An empty batch: send at least one operation'));
    next();
  };
}

/** Each query text is counted once per limit: a text within it is remembered (up to 8 MB of texts). */
export function tokenLimit(limits: Limits): RequestHandler {
  const within = new LRUCache<string, true>({ maxSize: 8_000_000, sizeCalculation: (_v, key) => key.length + 1 });
  return (req, res, next) => {
    const viewer = res.locals.viewer as Viewer;
    try {
      for (const body of bodies(req)) {
        if (typeof body.query !== 'string') continue;
        const limit = limits[viewer.role].maxTokens;
        const key = `${limit}\u0000${body.query}`;
        if (within.has(key)) continue;
        checkTokens(body.query, limit);
        within.set(key, true);
      }
      next();
    } catch (error) {
      next(new HttpError(400, 'QUERY_TOO_COMPLEX', (error as Error).message));
    }
  };
}

/**
 * Trusted-documents mode: only operations registered in a manifest run. The
 * manifest is Apollo's persisted-query manifest format
 * ({"format":"apollo-persisted-query-manifest","version":1,"operations":[{"id":"<sha256>","body":"..."}]}).
 * A client sends either the registered text or just its hash
 * (extensions.persistedQuery.sha256Hash).
 */
export function trustedDocuments(manifestPath: string | undefined): RequestHandler {
  if (!manifestPath)
    throw new ConfigError('TRUSTED_DOCUMENTS=only needs TRUSTED_DOCUMENTS_PATH, the operation manifest');
  let operations: Map<string, string>;
  try {
    const manifest = JSON.parse(fs.readFileSync(manifestPath, 'utf8')) as {
      operations?: { id: string; body: string }[];
    };
    operations = new Map((manifest.operations ?? []).map((op) => [op.id, op.body]));
  } catch (error) {
    throw new ConfigError(
      `TRUSTED_DOCUMENTS_PATH=${JSON.stringify(manifestPath)}: cannot read the manifest (${String(error)})`,
    );
  }
  return (req, _res, next) => {
    if (req.method !== 'POST') {
      return next(
        new HttpError(
          400,
          'OPERATION_NOT_TRUSTED',
          'In trusted-documents mode operations are sent by POST, as registered text or hash.',
        ),
      );
    }
    for (const body of bodies(req)) {
      const hash = body.extensions?.persistedQuery?.sha256Hash;
      if (typeof body.query === 'string') {
        const id = createHash('sha256').update(body.query).digest('hex');
        if (!operations.has(id)) {
          return next(
            new HttpError(
              400,
              'OPERATION_NOT_TRUSTED',
              'This server runs only registered operations, and this one is not registered.',
            ),
          );
        }
      } else if (typeof hash === 'string' && operations.has(hash)) {
        body.query = operations.get(hash);
      } else {
        return next(
          new HttpError(
            400,
            'OPERATION_NOT_TRUSTED',
            'Send a registered operation (its text or extensions.persistedQuery.sha256Hash).',
          ),
        );
      }
      // The manifest replaces Apollo's automatic persisted queries here.
      delete body.extensions?.persistedQuery;
    }
    next();
  };
}

/** The caller's count, which express-rate-limit leaves on the request. */
const countOf = (req: Request) => (req as Request & { rateLimit: RateLimitInfo }).rateLimit;

const WINDOW_MS = 60_000;

/**
 * Requests per minute per caller: by token subject when signed in, by
 * address otherwise; the limit depends on the role. Each operation of a
 * batch counts, so batching is no way around the limit.
 */
export function rateLimitPerCaller(limits: Limits, store?: Store): RequestHandler {
  const limiter = rateLimit({
    windowMs: WINDOW_MS,
    // Shared by every replica through Redis when REDIS_URL is set (shared-state/rate-limit-store.ts).
    ...(store ? { store } : {}),
    limit: (_req, res) => limits[(res.locals.viewer as Viewer).role].requestsPerMinute,
    keyGenerator: (req, res) => {
      const viewer = res.locals.viewer as Viewer;
      return viewer.subject ? `${viewer.role}:${viewer.subject}` : `ip:${ipKeyGenerator(req.ip ?? 'unknown')}`;
    },
    // The headers are the gateway's, once per request (rate-limit-headers.ts).
    standardHeaders: false,
    // Counting a batch's operations one by one is deliberate, not the double count this check looks for.
    validate: { singleCount: false },
    legacyHeaders: false,
    handler: (req, res) => {
      // Retry-After, the RateLimit header's `t` and the message agree.
      const retryAfterSeconds = Math.max(1, setRateLimitHeaders(res, countOf(req), WINDOW_MS));
      const perMinute = limits[(res.locals.viewer as Viewer).role].requestsPerMinute;
      res.setHeader('retry-after', String(retryAfterSeconds));
      res.status(429).json({
        errors: [
          {
            message: `Too many requests: at most ${perMinute} a minute for this caller. Retry after ${retryAfterSeconds} s.`,
            extensions: { code: 'RATE_LIMITED', retryAfterSeconds, requestId: res.locals.requestId },
          },
        ],
      });
    },
  });
  return (req, res, next) => {
    const operations = Array.isArray(req.body) ? req.body.length : 1;
    let counted = 0;
    // The limiter calls `step` when the request is within the limit, and answers 429 itself otherwise.
    const step = (error?: unknown) => {
      if (error) return next(error);
      counted += 1;
      if (counted < operations) return void limiter(req, res, step);
      setRateLimitHeaders(res, countOf(req), WINDOW_MS);
      next();
    };
    void limiter(req, res, step);
  };
}
