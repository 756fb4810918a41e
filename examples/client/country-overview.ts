/**
 * A typed client of civic-graph with Apollo Client: the committed operations
 * of examples/, typed by GraphQL Code Generator's client preset
 * (generated/), sent to the gateway's /graphql as a public caller, and
 * cached with civic-graph's type policies (type-policies.ts). The README's
 * Apollo Client example is this code; test/integration/client-example.test.ts
 * runs it against the gateway.
 */
import { ApolloClient, HttpLink, InMemoryCache } from '@apollo/client';
import { FundingDocument, OverviewDocument, type Language, type OverviewQuery } from './generated/graphql.js';
import { typePolicies } from './type-policies.js';

export function createClient(endpoint: string, fetchImpl: typeof fetch = fetch): ApolloClient {
  return new ApolloClient({
    link: new HttpLink({ uri: endpoint, fetch: fetchImpl }),
    cache: new InMemoryCache({ typePolicies }),
  });
}

export interface CountryOverview {
  activeNgos: number;
  councils: number;
  members: number;
  projects: number;
  /** The largest region by active NGOs, with its name in the language asked for. */
  largestRegion: { code: string; name: string; count: number };
  /** Every donor's disbursements converted to USD, as exact decimal strings. */
  disbursedUsd: { donor: string; amount: string }[];
  /** The overview as the client got it: typed by the generated document. */
  overview: OverviewQuery;
}

export async function countryOverview(client: ApolloClient, language: Language): Promise<CountryOverview> {
  const [{ data: overview }, { data: funding }] = await Promise.all([
    client.query({ query: OverviewDocument, variables: { language } }),
    client.query({ query: FundingDocument, variables: { currency: 'USD' } }),
  ]);
  if (!overview || !funding) throw new Error('civic-graph answered without data');
  const largest = [...overview.activeNgos.byRegion].sort((a, b) => b.count - a.count)[0];
  if (!largest) throw new Error('civic-graph listed no regions');
  return {
    activeNgos: overview.activeNgos.total,
    councils: overview.councilStatistics.councils,
    members: overview.councilStatistics.members,
    projects: overview.projects.total,
    largestRegion: { code: largest.region.code, name: largest.region.name, count: largest.count },
    disbursedUsd: funding.fundingByDonor.map((d) => ({
      donor: d.donor?.acronym ?? d.donor?.name ?? d.donorOrgRef,
      amount: d.converted?.disbursed.amount ?? '0.00',
    })),
    overview,
  };
}
