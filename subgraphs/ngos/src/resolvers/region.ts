import { pickLabel } from '../../../../lib/domain/labels.js';
import { chosenLanguage } from '../../../../lib/graphql/language.js';
import { findRegion } from '../../../../lib/domain/regions.js';
import type { RegionResolvers } from '../generated/graphql.js';
import { inRegion, ngoScope } from '../services/ngo-scope.js';
import { listNgos, ngoWhere } from '../services/ngos.js';

export const Region: RegionResolvers = {
  // Regions are a fixed list in memory: no database lookup to batch.
  __resolveReference: (reference) => findRegion(String(reference.code)) ?? null,
  name: (region, { language }, context) => pickLabel(region.name, chosenLanguage(language, context.language)),
  names: (region) => region.name,
  ngos: (region, { filter, first, after }, { db }) =>
    listNgos(db, { ...ngoWhere(filter), regionCode: region.code }, { first, after }),
  // Batched: the statistics of every region in a request share one statement per breakdown (loaders.ngoCounts).
  ngoStatistics: (region, { filter }) =>
    inRegion(ngoScope(filter ? { ...filter, regionCodes: null } : null), region.code),
};
