/**
 * Subgraphs trust only the gateway: the caller's identity arrives in the
 * gateway's short-lived signed token. Without one, a subgraph answers only in
 * development (as a public caller); a forged or expired token is refused
 * everywhere.
 */
import type { Request } from 'express';
import { gatewayTokenRequired, type Env } from '../config.js';
import { HttpError } from '../graphql/http.js';
import { authenticateCaller } from './caller-auth.js';
import { createInternalTokenVerifier } from './internal-token-cache.js';
import { createCallerVerifier, INTERNAL_TOKEN_HEADER, type CallerVerifier } from './tokens.js';
import { PUBLIC_VIEWER, type Viewer } from './viewer.js';

export interface SubgraphSecurity {
  internalTokenSecret: string;
  requireGatewayToken: boolean;
  production: boolean;
  /** Behind another gateway engine: callers' own tokens, verified as the civic-graph gateway verifies them. */
  callerTokens?: CallerVerifier;
  /** ERROR_STACKTRACES: stack traces in error responses, only when asked for. */
  stacktraces: boolean;
}

export function subgraphSecurity(env: Env): SubgraphSecurity {
  return {
    internalTokenSecret: env.INTERNAL_TOKEN_SECRET,
    requireGatewayToken: gatewayTokenRequired(env),
    production: env.NODE_ENV === 'production',
    ...(env.SUBGRAPH_ACCEPT_CALLER_TOKENS ? { callerTokens: createCallerVerifier(env) } : {}),
    stacktraces: env.ERROR_STACKTRACES,
  };
}

export function authenticateGatewayRequest(security: SubgraphSecurity): (req: Request) => Promise<Viewer> {
  const verifier = createInternalTokenVerifier(security.internalTokenSecret);
  return async (req) => {
    const token = req.get(INTERNAL_TOKEN_HEADER);
    // Behind another engine the subgraph is its own gatekeeper (and enforces @access as always).
    if (!token && security.callerTokens) return authenticateCaller(security.callerTokens)(req);
    if (!token) {
      if (!security.requireGatewayToken) return PUBLIC_VIEWER;
      throw new HttpError(
        401,
        'UNAUTHENTICATED',
        'This subgraph answers only the civic-graph gateway: send your request to the gateway.',
      );
    }
    try {
      return await verifier.verify(token);
    } catch (error) {
      throw new HttpError(401, 'UNAUTHENTICATED', (error as Error).message);
    }
  };
}
