import { DateScalar } from '../../../../lib/graphql/scalars.js';
import type { Resolvers } from '../generated/graphql.js';
import { Ngo } from './ngo.js';
import { Query } from './query.js';
import { Region } from './region.js';

export const resolvers: Resolvers = { Date: DateScalar, Query, Ngo, Region };
