/**
 * Load shedding at the gateway's front door: at most `maxInFlight` GraphQL
 * requests are served at once; beyond that a request is answered at once
 * with 503, `Retry-After` and code OVERLOADED, instead of waiting in an
 * unbounded queue while every answer grows slower.
 */
import type { RequestHandler } from 'express';
import { sendGraphQLError } from '../../lib/graphql/http.js';

export interface Admission {
  handler: RequestHandler;
  inFlight(): number;
}

export function admission(maxInFlight: number, retryAfterSeconds = 1): Admission {
  let inFlight = 0;
  const handler: RequestHandler = (_req, res, next) => {
    if (maxInFlight > 0 && inFlight >= maxInFlight) {
      res.setHeader('retry-after', String(retryAfterSeconds));
      sendGraphQLError(
        res,
        503,
        'OVERLOADED',
        `The gateway is serving its limit of ${maxInFlight} requests; retry after ${retryAfterSeconds} s`,
      );
      return;
    }
    inFlight += 1;
    let done = false;
    const release = () => {
      if (done) return;
      done = true;
      inFlight -= 1;
    };
    // 'close' fires whether the response finished or the client went away.
    res.once('close', release);
    next();
  };
  return { handler, inFlight: () => inFlight };
}
