/** Builds the ngos subgraph (schema, resolvers, per-request context); index.ts only starts it. */
import { readSubgraphSdl } from '../../../lib/graphql/compose.js';
import { requestLanguage } from '../../../lib/graphql/language.js';
import { subgraphService } from '../../../lib/graphql/subgraph.js';
import type { SubgraphSecurity } from '../../../lib/auth/subgraph-auth.js';
import type { Logger } from '../../../lib/logger.js';
import { createContext } from './context.js';
import type { Db } from './db.js';
import { resolvers } from './resolvers/index.js';

export function ngosService(db: Db, logger: Logger, security: SubgraphSecurity) {
  return subgraphService({
    name: 'ngos',
    typeDefs: readSubgraphSdl('ngos'),
    resolvers,
    logger,
    context: ({ requestId, viewer, headers }) => createContext(db, logger, requestId, viewer, requestLanguage(headers)),
    security,
    ready: async () => {
      await db.$queryRaw`SELECT 1`;
    },
  });
}
