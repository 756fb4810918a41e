/**
 * Every GraphQL example in README.md runs through the gateway on the demo
 * data, as the public caller a newcomer is, without errors.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { PROJECT_ROOT } from '../../lib/config.js';
import { dataOf, present } from '../support/data-of.js';
import { startFederation, type Federation } from '../support/federation.js';
import { expectEvery } from '../support/expect-every.js';

const readme = fs.readFileSync(path.join(PROJECT_ROOT, 'README.md'), 'utf8');
const examples = [...readme.matchAll(/```graphql\n([\s\S]*?)```/g)].map((m) => m[1]!);

let federation: Federation;

beforeAll(async () => {
  federation = await startFederation();
});

afterAll(async () => {
  await federation?.stop();
});

describe('README examples', () => {
  test('there are examples for the ministry, the donor and the developer', () => {
    expect(examples.length).toBeGreaterThanOrEqual(3);
  });

  test.each(examples.map((query, i) => [i + 1, query] as const))(
    'example %i runs without errors and returns data',
    async (_i, query) => {
      const result = await federation.query(query);
      expect(result.errors).toBeUndefined();
      const values = Object.values(result.data ?? {});
      expect(values.length).toBeGreaterThan(0);
      expectEvery(values, (v) => v !== null);
    },
  );

  test('the developer example spans all three subgraphs with data from each', async () => {
    const developer = present(
      examples.find((query) => query.includes('ngo(bin:')),
      'the developer example',
    );
    // The document is README.md's own text, read at run time, which codegen does not scan: its shape is written here.
    const result = await federation.query<{
      ngo: { name: string; region: { code: string }; councilSeats: unknown[]; funding: { received: unknown[] } };
    }>(developer);
    // The showcase asks for the English name: it must be English, not the Russian fallback.
    expect(developer).toContain('name(language: EN)');
    const { ngo } = dataOf(result);
    expect(ngo.name).toMatch(/^[\x20-\x7e]+$/);
    expect(ngo.region.code).toMatch(/^KZ-/);
    expect(ngo.councilSeats.length).toBeGreaterThan(0);
    expect(ngo.funding.received.length).toBeGreaterThan(0);
  });
});
