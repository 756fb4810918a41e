/** What every subgraph's resolvers receive, built once per request. */
import { PUBLIC_VIEWER, type Viewer } from '../auth/viewer.js';
import type { Language } from '../domain/labels.js';
import type { Logger } from '../logger.js';
import { DEFAULT_LANGUAGE } from './language.js';

export interface SubgraphContext<TDb, TLoaders> {
  db: TDb;
  /** A fresh set of DataLoaders per request, so batching and caching never cross requests. */
  loaders: TLoaders;
  logger: Logger;
  requestId: string;
  /** Who is asking, as the gateway vouched for it; public when nobody is signed in. */
  viewer: Viewer;
  /** The language of labels when a field's `language` argument is omitted (from Accept-Language). */
  language: Language;
}

export function subgraphContext<TDb, TLoaders>(
  db: TDb,
  createLoaders: (db: TDb) => TLoaders,
  logger: Logger,
  requestId: string,
  viewer: Viewer = PUBLIC_VIEWER,
  language: Language = DEFAULT_LANGUAGE,
): SubgraphContext<TDb, TLoaders> {
  return { db, loaders: createLoaders(db), logger: logger.child({ requestId }), requestId, viewer, language };
}
