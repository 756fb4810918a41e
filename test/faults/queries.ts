/** What the fault tests ask: one query that needs all three subgraphs, and checks of its answer. */
import type { SubgraphName } from '../../lib/config.js';
import type { GraphQLResponse } from '../support/federation.js';

/** Regions come from ngos, each gaining council statistics (councils) and funding (partners); two more roots. */
export const SPANNING_QUERY = `{
  regions { code name councilStatistics { councils } funding { transactionCount } }
  councils(first: 2) { totalCount }
  partner(orgRef: "XI-IATI-EC_INTPA") { name }
}`;

export interface Spanning {
  regions:
    { code: string; name: string; councilStatistics: { councils: number } | null; funding: object | null }[] | null;
  councils: { totalCount: number } | null;
  partner: { name: string } | null;
}

export async function ask<T>(url: string, query: string, headers: Record<string, string> = {}) {
  const started = performance.now();
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query }),
  });
  const body = (await response.json()) as GraphQLResponse<T>;
  return { status: response.status, body, ms: performance.now() - started };
}

/** Whether the answer is whole: no errors and every part present. */
export function complete(body: GraphQLResponse<Spanning>): boolean {
  const data = body.data;
  return (
    !body.errors &&
    !!data?.regions?.length &&
    data.regions.every((r) => r.councilStatistics && r.funding) &&
    !!data.councils &&
    !!data.partner
  );
}

/** The parts of the spanning answer that do not need the subgraph that failed. */
export function partsStanding(body: GraphQLResponse<Spanning>, failed: SubgraphName): boolean {
  const data = body.data;
  if (failed === 'ngos') return !!data?.councils && !!data.partner;
  if (failed === 'councils')
    return !!data?.regions?.every((r) => r.name && r.funding && r.councilStatistics === null) && !!data.partner;
  return !!data?.regions?.every((r) => r.name && r.councilStatistics && r.funding === null) && !!data.councils;
}

/** Polls until the answer is whole again; resolves with how long that took. */
export async function untilComplete(url: string, limitMs: number): Promise<number> {
  const started = performance.now();
  while (performance.now() - started < limitMs) {
    const { body } = await ask<Spanning>(url, SPANNING_QUERY).catch(() => ({ body: {} }));
    if (complete(body)) return performance.now() - started;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`the answer was not whole again within ${limitMs} ms`);
}
