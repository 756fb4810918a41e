/**
 * Which BINs the NGO registry knows. The registry is the ngos subgraph's, in
 * its own database, which this subgraph never reads: the importer is GIVEN a
 * registry, either the list of registered BINs (a file, one BIN a line,
 * optionally followed by a comma and the region code) or the GraphQL API
 * (`ngo(bin:)` through the gateway). Without one, BINs are checked by their
 * check digit only and reported as not checked against the registry.
 */
import fs from 'node:fs';
import readline from 'node:readline';

export interface RegisteredNgo {
  regionCode: string | null;
}

export interface BinRegistry {
  /** Where the answers come from, for reports. */
  source: string;
  /** The registered ones among `bins`, with their regions. */
  registered(bins: readonly string[]): Promise<Map<string, RegisteredNgo>>;
}

export function binSetRegistry(
  entries: ReadonlyMap<string, RegisteredNgo>,
  source = 'a list of registered BINs',
): BinRegistry {
  return {
    source,
    registered: async (bins) =>
      new Map(bins.flatMap((bin) => (entries.has(bin) ? [[bin, entries.get(bin)!] as const] : []))),
  };
}

/** A file of registered BINs: `950440001673` or `950440001673,KZ-75` per line; blank lines and `#` comments skipped. */
export async function binFileRegistry(file: string): Promise<BinRegistry> {
  const entries = new Map<string, RegisteredNgo>();
  const lines = readline.createInterface({ input: fs.createReadStream(file, 'utf8'), crlfDelay: Infinity });
  let number = 0;
  for await (const raw of lines) {
    number += 1;
    const line = raw.trim();
    if (!line || line.startsWith('#')) continue;
    const [bin, region] = line.split(',').map((part) => part.trim());
    if (!bin || !/^\d{12}$/.test(bin))
      throw new Error(`${file}:${number}: "${line}" is not a BIN (12 digits), optionally followed by ",<region code>"`);
    entries.set(bin, { regionCode: region || null });
  }
  return binSetRegistry(entries, file);
}

// Kept small: the gateway limits aliases per operation.
const BINS_PER_REQUEST = 10;

/** The registry asked through GraphQL (the gateway's URL), a few BINs per request. */
export function graphqlBinRegistry(url: string, headers: Record<string, string> = {}): BinRegistry {
  return {
    source: url,
    async registered(bins) {
      const found = new Map<string, RegisteredNgo>();
      for (let start = 0; start < bins.length; start += BINS_PER_REQUEST) {
        const chunk = bins.slice(start, start + BINS_PER_REQUEST);
        const variables = Object.fromEntries(chunk.map((bin, i) => [`b${i}`, bin]));
        const query = `query RegisteredBins(${chunk.map((_, i) => `$b${i}: String!`).join(', ')}) {
          ${chunk.map((_, i) => `n${i}: ngo(bin: $b${i}) { bin region { code } }`).join('\n')} }`;
        const response = await fetch(url, {
          method: 'POST',
          headers: { 'content-type': 'application/json', 'apollo-require-preflight': 'true', ...headers },
          body: JSON.stringify({ query, variables }),
        });
        const body = (await response.json()) as {
          data?: Record<string, { bin: string; region: { code: string } | null } | null>;
          errors?: { message: string }[];
        };
        if (!body.data)
          throw new Error(
            `the NGO registry at ${url} did not answer: ${body.errors?.map((e) => e.message).join('; ') ?? response.status}`,
          );
        for (const ngo of Object.values(body.data))
          if (ngo) found.set(ngo.bin, { regionCode: ngo.region?.code ?? null });
      }
      return found;
    },
  };
}
