import type { ImportedBinResolvers } from '../generated/graphql.js';

export const ImportedBin: ImportedBinResolvers = {
  ngo: (entry) => (entry.status === 'INVALID' ? null : { bin: entry.bin }),
};
