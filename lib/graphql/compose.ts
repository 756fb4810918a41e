/**
 * Composes the supergraph from the subgraphs' SDL files with
 * @apollo/composition. `npm run compose` writes the result to
 * schema/supergraph.graphql; a test recomposes it and fails when the
 * committed file is stale.
 */
import fs from 'node:fs';
import path from 'node:path';
import { composeServices } from '@apollo/composition';
import { parse } from 'graphql';
import { DEFAULT_PORTS, PROJECT_ROOT, SUBGRAPH_NAMES, type SubgraphName } from '../config.js';

export function subgraphSdlPath(name: SubgraphName): string {
  return path.join(PROJECT_ROOT, 'subgraphs', name, 'schema.graphql');
}

/**
 * SDL every subgraph includes: the provenance and sync-history value types,
 * declared identically in each subgraph (@shareable), written once.
 */
const SHARED_SDL_PATHS = [path.join(PROJECT_ROOT, 'schema', 'shared', 'sync.graphql')];

/** A subgraph's schema.graphql followed by the shared SDL. */
export function readSubgraphSdl(name: SubgraphName): string {
  return [subgraphSdlPath(name), ...SHARED_SDL_PATHS].map((file) => fs.readFileSync(file, 'utf8')).join('\n');
}

const HEADER = `# The civic-graph supergraph, composed by \`npm run compose\` from
# subgraphs/*/schema.graphql and schema/shared/*.graphql. Do not edit: edit a
# subgraph's SDL and recompose.
# The subgraph URLs below are defaults; the gateway takes NGOS_URL,
# COUNCILS_URL and PARTNERS_URL from its environment.
`;

export function composeSupergraph(): string {
  const result = composeServices(
    SUBGRAPH_NAMES.map((name) => ({
      name,
      url: `http://localhost:${DEFAULT_PORTS[name]}/graphql`,
      typeDefs: parse(readSubgraphSdl(name)),
    })),
  );
  if (result.errors) {
    throw new Error(`Composition failed:\n${result.errors.map((e) => `  - ${e.message}`).join('\n')}`);
  }
  return `${HEADER}\n${result.supergraphSdl.trim()}\n`;
}
