import { LEGAL_FORMS, NGO_STATUSES } from '../domain/registry-terms.js';
import { SECTORS } from '../domain/sectors.js';
import type {
  LegalFormTermResolvers,
  NgoLegalFormCountResolvers,
  NgoSectorCountResolvers,
  NgoStatisticsResolvers,
  NgoStatusCountResolvers,
  NgoStatusTermResolvers,
  SectorTermResolvers,
} from '../generated/graphql.js';
import { ngosByCode, ngosByRegion, ngosByYear, ngoTotal } from '../services/ngo-statistics.js';
import { labelIn, labelsOf as labels } from '../../../../lib/graphql/labels.js';

// The parent of NgoStatistics is the validated, normalized filter (NgoScope).
export const NgoStatistics: NgoStatisticsResolvers = {
  total: (scope, _args, { loaders }) => ngoTotal(loaders, scope),
  byRegion: (scope, _args, { loaders }) => ngosByRegion(loaders, scope),
  bySector: (scope, _args, { loaders }) => ngosByCode(loaders, scope, 'sector'),
  byStatus: (scope, _args, { loaders }) => ngosByCode(loaders, scope, 'status'),
  byLegalForm: (scope, _args, { loaders }) => ngosByCode(loaders, scope, 'legalForm'),
  byYear: (scope, _args, { loaders }) => ngosByYear(loaders, scope),
};

// Counts and terms carry vocabulary codes, typed by the GraphQL enums (see domain/).
export const NgoSectorCount: NgoSectorCountResolvers = { sector: (c) => c.code, label: labelIn(SECTORS) };
export const NgoStatusCount: NgoStatusCountResolvers = {
  status: (c) => c.code,
  label: labelIn(NGO_STATUSES),
};
export const NgoLegalFormCount: NgoLegalFormCountResolvers = {
  legalForm: (c) => c.code,
  label: labelIn(LEGAL_FORMS),
};

export const SectorTerm: SectorTermResolvers = { label: labelIn(SECTORS), labels };
export const NgoStatusTerm: NgoStatusTermResolvers = {
  label: labelIn(NGO_STATUSES),
  labels,
};
export const LegalFormTerm: LegalFormTermResolvers = {
  label: labelIn(LEGAL_FORMS),
  labels,
};
