import { requireExactlyOne } from '../../../../lib/graphql/errors.js';
import { findRegion, REGIONS } from '../../../../lib/domain/regions.js';
import type { QueryResolvers } from '../generated/graphql.js';
import { listNgos, ngoWhere, validateBin } from '../services/ngos.js';

export const Query: QueryResolvers = {
  ngo: async (_parent, args, { loaders }) => {
    requireExactlyOne(args, ['id', 'bin']);
    if (args.bin != null) {
      validateBin(args.bin);
      return loaders.ngoByBin.load(args.bin);
    }
    return loaders.ngoById.load(String(args.id));
  },
  ngos: (_parent, { filter, first, after }, { db }) => listNgos(db, ngoWhere(filter), { first, after }),
  regions: () => [...REGIONS],
  region: (_parent, { code }) => findRegion(code) ?? null,
};
