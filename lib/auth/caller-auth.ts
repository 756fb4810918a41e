/**
 * Who the caller is, from its bearer token: at the gateway, and in a subgraph
 * that sits behind another gateway engine (SUBGRAPH_ACCEPT_CALLER_TOKENS).
 */
import type { Request } from 'express';
import { HttpError } from '../graphql/http.js';
import type { CallerVerifier } from './tokens.js';
import { PUBLIC_VIEWER, type Viewer } from './viewer.js';

const BEARER = /^Bearer ([A-Za-z0-9_-]+\.[A-Za-z0-9_-]*\.[A-Za-z0-9_-]*)$/;

/** No Authorization header: a public caller. A header that is not a valid bearer token: 401, never a silent downgrade. */
export function authenticateCaller(verifier: CallerVerifier): (req: Request) => Promise<Viewer> {
  return async (req) => {
    const header = req.get('authorization');
    if (header === undefined || header === '') return PUBLIC_VIEWER;
    const match = BEARER.exec(header.trim());
    if (!match)
      throw new HttpError(
        401,
        'UNAUTHENTICATED',
        'The Authorization header must be "Bearer <JWT>"; omit it to call as the public.',
      );
    try {
      return await verifier.verify(match[1]!);
    } catch (error) {
      throw new HttpError(401, 'UNAUTHENTICATED', `The bearer token was refused: ${(error as Error).message}.`);
    }
  };
}
