// Hive Gateway (@graphql-hive/gateway) serving civic-graph's committed
// supergraph in front of its subgraphs: the path for deployments that need
// Hive's features instead of civic-graph's own gateway. See README, "Another
// gateway engine". The subgraphs must run with SUBGRAPH_ACCEPT_CALLER_TOKENS=true
// (they then verify the caller's bearer token themselves, against the same
// JWKS or secret, and keep enforcing @access), and must be reachable only by
// this gateway.
//
//   node --import ./deploy/hive-gateway/polyfill.mjs node_modules/.bin/hive-gateway \
//     supergraph schema/supergraph.graphql -c deploy/hive-gateway/gateway.config.mjs --port 4000
import { defineConfig } from '@graphql-hive/gateway';

// The supergraph names the subgraphs' development URLs; a deployment gives its own.
const locations = Object.fromEntries(
  [
    ['ngos', process.env.NGOS_URL],
    ['councils', process.env.COUNCILS_URL],
    ['partners', process.env.PARTNERS_URL],
  ]
    .filter(([, url]) => url)
    .map(([name, location]) => [name, { location }]),
);

// What each subgraph needs from the caller's request: who is asking, the
// labels' language, and the request id that ties the logs together.
const PROPAGATED = ['authorization', 'accept-language', 'x-request-id'];

export const gatewayConfig = defineConfig({
  transportEntries: locations,
  propagateHeaders: {
    fromClientToSubgraphs: ({ request }) =>
      Object.fromEntries(PROPAGATED.map((name) => [name, request.headers.get(name)]).filter(([, v]) => v)),
  },
  // The civic-graph gateway's limits do not travel with the supergraph: set Hive's own.
  maskedErrors: process.env.NODE_ENV === 'production',
});
