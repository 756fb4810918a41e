import { LEGAL_FORMS, NGO_STATUSES } from '../domain/registry-terms.js';
import { SECTORS } from '../../../../lib/domain/sectors.js';
import type {
  LegalForm,
  LegalFormTermResolvers,
  NgoLegalFormCountResolvers,
  NgoSectorCountResolvers,
  NgoStatisticsResolvers,
  NgoStatus,
  NgoStatusCountResolvers,
  NgoStatusTermResolvers,
  Sector,
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

// Counts and terms carry vocabulary codes; the enums are the same codes.
export const NgoSectorCount: NgoSectorCountResolvers = { sector: (c) => c.code as Sector, label: labelIn(SECTORS) };
export const NgoStatusCount: NgoStatusCountResolvers = {
  status: (c) => c.code as NgoStatus,
  label: labelIn(NGO_STATUSES),
};
export const NgoLegalFormCount: NgoLegalFormCountResolvers = {
  legalForm: (c) => c.code as LegalForm,
  label: labelIn(LEGAL_FORMS),
};

export const SectorTerm: SectorTermResolvers = { code: (t) => t.code as Sector, label: labelIn(SECTORS), labels };
export const NgoStatusTerm: NgoStatusTermResolvers = {
  code: (t) => t.code as NgoStatus,
  label: labelIn(NGO_STATUSES),
  labels,
};
export const LegalFormTerm: LegalFormTermResolvers = {
  code: (t) => t.code as LegalForm,
  label: labelIn(LEGAL_FORMS),
  labels,
};
