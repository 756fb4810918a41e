import { DateScalar } from '../../../../lib/graphql/scalars.js';
import type { Resolvers } from '../generated/graphql.js';
import { CivilForum, CouncilMember, CouncilProject, PublicCouncil } from './council.js';
import { Ngo, Region } from './entities.js';
import { Query } from './query.js';
import {
  CouncilLevelCount,
  CouncilLevelTerm,
  CouncilProjectStatistics,
  CouncilStatistics,
  PolicyFieldCount,
  PolicyFieldTerm,
  ProjectLevelCount,
  ProjectOutcomeCount,
  ProjectOutcomeTerm,
} from './statistics.js';

export const resolvers: Resolvers = {
  Date: DateScalar,
  Query,
  PublicCouncil,
  CouncilMember,
  CouncilProject,
  CivilForum,
  Ngo,
  Region,
  CouncilStatistics,
  CouncilProjectStatistics,
  CouncilLevelCount,
  PolicyFieldCount,
  ProjectOutcomeCount,
  ProjectLevelCount,
  PolicyFieldTerm,
  ProjectOutcomeTerm,
  CouncilLevelTerm,
};
