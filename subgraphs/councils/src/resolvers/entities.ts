import type { NgoResolvers, RegionResolvers } from '../generated/graphql.js';
import { councilScope } from '../services/council-scope.js';
import { councilWhere, listCouncils } from '../services/councils.js';
import { projectScope } from '../services/project-scope.js';

export const Ngo: NgoResolvers = {
  // Only the key is needed here; the seats are batched by the loader.
  __resolveReference: (reference) => ({ id: reference.id }),
  councilSeats: (ngo, _args, { loaders }) => loaders.seatsByNgoId.load(ngo.id),
};

export const Region: RegionResolvers = {
  __resolveReference: (reference) => ({ code: reference.code }),
  councils: (region, { filter, first, after }, { db }) =>
    listCouncils(db, { ...councilWhere({ ...filter, regionCodes: null }), regionCode: region.code }, { first, after }),
  // Batched: the statistics of every region in a request share one statement per breakdown (loaders.councilCounts, projectCounts).
  councilStatistics: (region, { filter }) => ({
    ...councilScope({ ...filter, regionCodes: null }),
    regionCodes: [region.code],
  }),
  councilProjectStatistics: (region, { filter }) => ({
    ...projectScope({ ...filter, regionCodes: null }),
    regionCodes: [region.code],
  }),
};
