import { PUBLIC_VIEWER, type Viewer } from '../../../lib/auth/viewer.js';
import type { Language } from '../../../lib/domain/labels.js';
import { DEFAULT_LANGUAGE } from '../../../lib/graphql/language.js';
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
  /** The language of labels when a field's `language` argument is omitted (from Accept-Language). */
  language: Language;
}

export function createContext(
  db: Db,
  logger: Logger,
  requestId: string,
  viewer: Viewer = PUBLIC_VIEWER,
  language: Language = DEFAULT_LANGUAGE,
): Context {
  return { db, loaders: createLoaders(db), logger: logger.child({ requestId }), requestId, viewer, language };
}
