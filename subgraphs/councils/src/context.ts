import type { Viewer } from '../../../lib/auth/viewer.js';
import type { Language } from '../../../lib/domain/labels.js';
import { subgraphContext, type SubgraphContext } from '../../../lib/graphql/subgraph-context.js';
import type { Logger } from '../../../lib/logger.js';
import type { Db } from './db.js';
import { createLoaders, type Loaders } from './loaders.js';

export type Context = SubgraphContext<Db, Loaders>;

export function createContext(
  db: Db,
  logger: Logger,
  requestId: string,
  viewer?: Viewer,
  language?: Language,
): Context {
  return subgraphContext(db, createLoaders, logger, requestId, viewer, language);
}
