/**
 * POST /internal/changes: how a command-line tool that changed data (an
 * import, a seed) tells a running gateway, so its response cache drops what
 * the change touched. Only the services' own signed token is accepted (as
 * the subgraphs accept it), with the admin role. The answer (204) comes once
 * every worker has applied the change.
 */
import express, { type Router } from 'express';
import { z } from 'zod';
import { createInternalTokenVerifier } from '../../../lib/auth/internal-token-cache.js';
import { INTERNAL_TOKEN_HEADER } from '../../../lib/auth/tokens.js';
import { SUBGRAPH_NAMES } from '../../../lib/config.js';
import type { InvalidationBus } from '../../../lib/events/changes.js';
import { sendGraphQLError } from '../../../lib/graphql/http.js';

const changeEvent = z.object({
  source: z.string().min(1).max(100),
  subgraphs: z.array(z.enum(SUBGRAPH_NAMES)).max(SUBGRAPH_NAMES.length),
});

export const CHANGES_PATH = '/internal/changes';

export function changesRoute(bus: InvalidationBus, internalTokenSecret: string): Router {
  const verifier = createInternalTokenVerifier(internalTokenSecret);
  const router = express.Router();
  router.post(CHANGES_PATH, express.json({ limit: 10_000 }), async (req, res) => {
    const token = req.get(INTERNAL_TOKEN_HEADER);
    try {
      const viewer = token ? await verifier.verify(token) : undefined;
      if (viewer?.role !== 'admin') throw new Error('an admin token of the services is needed');
    } catch (error) {
      return sendGraphQLError(
        res,
        401,
        'UNAUTHENTICATED',
        `Changes are announced by the services only: ${(error as Error).message}`,
      );
    }
    const event = changeEvent.safeParse(req.body);
    if (!event.success)
      return sendGraphQLError(
        res,
        400,
        'BAD_REQUEST',
        'Send {"source": "...", "subgraphs": ["ngos" | "councils" | "partners"]}',
      );
    await bus.publish(event.data);
    res.status(204).end();
  });
  return router;
}
