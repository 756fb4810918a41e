/** Builds the partners subgraph (schema, resolvers, per-request context); index.ts only starts it. */
import { readSubgraphSdl } from '../../../lib/graphql/compose.js';
import { subgraphService } from '../../../lib/graphql/subgraph.js';
import type { SubgraphSecurity } from '../../../lib/auth/subgraph-auth.js';
import type { Logger } from '../../../lib/logger.js';
import { createContext } from './context.js';
import type { Db } from './db.js';
import { resolvers } from './resolvers/index.js';

export function partnersService(db: Db, logger: Logger, security: SubgraphSecurity) {
  return subgraphService({
    name: 'partners',
    typeDefs: readSubgraphSdl('partners'),
    resolvers,
    logger,
    context: ({ requestId, viewer }) => createContext(db, logger, requestId, viewer),
    security,
    ready: async () => {
      await db.$queryRaw`SELECT 1`;
    },
  });
}
