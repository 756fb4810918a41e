/** Builds the ngos subgraph (schema, resolvers, per-request context); index.ts only starts it. */
import { defineSubgraph } from '../../../lib/graphql/subgraph.js';
import { createContext } from './context.js';
import { resolvers } from './resolvers/index.js';

export const ngosService = defineSubgraph('ngos', resolvers, createContext);
