import { pickLabel } from '../../../../lib/domain/labels.js';
import { chosenLanguage } from '../../../../lib/graphql/language.js';
import { provenanceOf } from '../../../../lib/graphql/provenance.js';
import { findRegion } from '../../../../lib/domain/regions.js';
import { knownCodes } from '../../../../lib/domain/terms.js';
import { SECTORS } from '../domain/sectors.js';
import type { NgoResolvers } from '../generated/graphql.js';
import type { Ngo as NgoRow } from '../generated/prisma/client.js';

function names(ngo: NgoRow) {
  return { kk: ngo.nameKk, ru: ngo.nameRu, en: ngo.nameEn };
}

export const Ngo: NgoResolvers = {
  // The gateway refers to an NGO by id (councils) or by BIN (partners).
  __resolveReference: (reference, { loaders }) =>
    'id' in reference ? loaders.ngoById.load(reference.id) : loaders.ngoByBin.load(reference.bin),
  name: (ngo, { language }, context) => pickLabel(names(ngo), chosenLanguage(language, context.language)),
  names,
  region: (ngo) => {
    const region = findRegion(ngo.regionCode);
    if (!region) throw new Error(`NGO ${ngo.id} has unknown region code ${ngo.regionCode}`);
    return region;
  },
  // The column holds Sector codes only: the registry writes them through the GraphQL enum.
  sectors: (ngo) => knownCodes(SECTORS, ngo.sectors),
  contacts: (ngo) => ngo,
  provenance: (ngo) => provenanceOf(ngo),
};
