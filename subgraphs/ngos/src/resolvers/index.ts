import { DateTimeResolver, JSONObjectResolver } from 'graphql-scalars';
import { DateScalar } from '../../../../lib/graphql/scalars.js';
import type { Resolvers } from '../generated/graphql.js';
import { NgoAuditEntry } from './audit.js';
import { Mutation } from './mutation.js';
import { Ngo } from './ngo.js';
import { Query } from './query.js';
import { Region } from './region.js';
import {
  LegalFormTerm,
  NgoLegalFormCount,
  NgoSectorCount,
  NgoStatistics,
  NgoStatusCount,
  NgoStatusTerm,
  SectorTerm,
} from './statistics.js';

export const resolvers: Resolvers = {
  Date: DateScalar,
  DateTime: DateTimeResolver,
  JSONObject: JSONObjectResolver,
  Query,
  Mutation,
  Ngo,
  Region,
  NgoStatistics,
  NgoSectorCount,
  NgoStatusCount,
  NgoLegalFormCount,
  SectorTerm,
  NgoStatusTerm,
  LegalFormTerm,
  NgoAuditEntry,
};
