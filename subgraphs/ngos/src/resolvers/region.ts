import { languageKey, pickLabel } from '../../../../lib/domain/labels.js';
import { findRegion } from '../../../../lib/domain/regions.js';
import type { RegionResolvers } from '../generated/graphql.js';
import { listNgos, ngoWhere } from '../services/ngos.js';

export const Region: RegionResolvers = {
  // Regions are a fixed list in memory: no database lookup to batch.
  __resolveReference: (reference) => findRegion(String(reference.code)) ?? null,
  name: (region, { language }) => pickLabel(region.name, languageKey(language)),
  names: (region) => region.name,
  ngos: (region, { filter, first, after }, { db }) =>
    listNgos(db, { ...ngoWhere(filter), regionCode: region.code }, { first, after }),
};
