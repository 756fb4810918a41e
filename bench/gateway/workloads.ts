/**
 * What the gateway benchmark sends: the dashboard overview, a fan-out over
 * the three subgraphs, and a tiny query, each as one JSON body.
 */
import fs from 'node:fs';
import path from 'node:path';
import { PROJECT_ROOT } from '../../lib/config.js';

export interface Workload {
  name: string;
  body: string;
  connections: number;
  /** Also sent straight to the ngos subgraph, for the latency ratio over a direct call. */
  direct?: boolean;
}

const FAN_OUT = `query FanOut {
  ngos(first: 50) {
    nodes {
      id
      name
      region { code name }
      councilSeats { id role council { id name } }
      funding { committed { amount currency } received { amount currency } }
    }
  }
}`;

const TINY = 'query Tiny { regions { code name } }';

export function workloads(): Workload[] {
  const overview = fs.readFileSync(path.join(PROJECT_ROOT, 'examples', 'overview.graphql'), 'utf8');
  const body = (query: string) => JSON.stringify({ query });
  return [
    { name: 'dashboard', body: body(overview), connections: 20 },
    { name: 'fan-out', body: body(FAN_OUT), connections: 20 },
    { name: 'tiny', body: body(TINY), connections: 20, direct: true },
    { name: 'fan-out-100', body: body(FAN_OUT), connections: 100 },
  ];
}
