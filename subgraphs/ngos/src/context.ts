import { PUBLIC_VIEWER, type Viewer } from '../../../lib/auth/viewer.js';
import type { Logger } from '../../../lib/logger.js';
import type { Db } from './db.js';
import { createLoaders, type Loaders } from './loaders.js';

/** Built once per request: a fresh set of DataLoaders, so batching and caching never cross requests. */
export interface Context {
  db: Db;
  loaders: Loaders;
  logger: Logger;
  requestId: string;
  /** Who is asking, as the gateway vouched for it; public when nobody is signed in. */
  viewer: Viewer;
}

export function createContext(db: Db, logger: Logger, requestId: string, viewer: Viewer = PUBLIC_VIEWER): Context {
  return { db, loaders: createLoaders(db), logger: logger.child({ requestId }), requestId, viewer };
}
