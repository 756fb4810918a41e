import { COUNCIL_LEVELS, PROJECT_OUTCOMES } from '../domain/council-terms.js';
import { POLICY_FIELDS } from '../domain/policy-fields.js';
import { labelIn, labelsOf as labels } from '../../../../lib/graphql/labels.js';
import type {
  CouncilLevelCountResolvers,
  CouncilLevelTermResolvers,
  CouncilProjectStatisticsResolvers,
  CouncilStatisticsResolvers,
  PolicyFieldCountResolvers,
  PolicyFieldTermResolvers,
  ProjectLevelCountResolvers,
  ProjectOutcomeCountResolvers,
  ProjectOutcomeTermResolvers,
} from '../generated/graphql.js';
import {
  councilsByLevel,
  councilsByRegion,
  councilTotals,
  projectsByCode,
  projectsByRegion,
  projectsByYear,
  projectTotal,
} from '../services/council-statistics.js';

// The parents are the validated, normalized filters (CouncilScope, ProjectScope).
export const CouncilStatistics: CouncilStatisticsResolvers = {
  councils: async (scope, _args, { loaders }) => (await councilTotals(loaders, scope)).councils,
  members: async (scope, _args, { loaders }) => (await councilTotals(loaders, scope)).members,
  membersRepresentingNgos: async (scope, _args, { loaders }) => (await councilTotals(loaders, scope)).ngoMembers,
  byLevel: (scope, _args, { loaders }) => councilsByLevel(loaders, scope),
  byRegion: (scope, _args, { loaders }) => councilsByRegion(loaders, scope),
};

export const CouncilProjectStatistics: CouncilProjectStatisticsResolvers = {
  total: (scope, _args, { loaders }) => projectTotal(loaders, scope),
  byField: (scope, _args, { loaders }) => projectsByCode(loaders, scope, 'field'),
  byOutcome: (scope, _args, { loaders }) => projectsByCode(loaders, scope, 'outcome'),
  byYear: (scope, _args, { loaders }) => projectsByYear(loaders, scope),
  byRegion: (scope, _args, { loaders }) => projectsByRegion(loaders, scope),
  byLevel: (scope, _args, { loaders }) => projectsByCode(loaders, scope, 'level'),
};

// Counts and terms carry vocabulary codes, typed by the GraphQL enums (see domain/).
export const CouncilLevelCount: CouncilLevelCountResolvers = {
  level: (c) => c.code,
  label: labelIn(COUNCIL_LEVELS),
};
export const PolicyFieldCount: PolicyFieldCountResolvers = {
  field: (c) => c.code,
  label: labelIn(POLICY_FIELDS),
};
export const ProjectOutcomeCount: ProjectOutcomeCountResolvers = {
  outcome: (c) => c.code,
  label: labelIn(PROJECT_OUTCOMES),
};
export const ProjectLevelCount: ProjectLevelCountResolvers = {
  level: (c) => c.code,
  label: labelIn(COUNCIL_LEVELS),
};

export const PolicyFieldTerm: PolicyFieldTermResolvers = {
  label: labelIn(POLICY_FIELDS),
  labels,
};
export const ProjectOutcomeTerm: ProjectOutcomeTermResolvers = {
  label: labelIn(PROJECT_OUTCOMES),
  labels,
};
export const CouncilLevelTerm: CouncilLevelTermResolvers = {
  label: labelIn(COUNCIL_LEVELS),
  labels,
};
