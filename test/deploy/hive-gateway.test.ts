/**
 * The committed supergraph served by another engine: Hive Gateway in front of
 * civic-graph's subgraphs (deploy/hive-gateway/gateway.config.mjs), with the
 * subgraphs verifying callers' own tokens (SUBGRAPH_ACCEPT_CALLER_TOKENS).
 * Every operation in examples/ answers exactly as civic-graph's gateway
 * answers it, for the public and for an analyst, and @access still holds:
 * the subgraphs enforce it themselves.
 */
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { PROJECT_ROOT } from '../../lib/config.js';
import { dataOf } from '../support/data-of.js';
import { expectEvery } from '../support/expect-every.js';
import { authHeaders, postGraphQL, startFederation, testEnv, type Federation } from '../support/federation.js';

const EXAMPLES = path.join(PROJECT_ROOT, 'examples');
const HIVE = path.join(PROJECT_ROOT, 'deploy', 'hive-gateway');

let federation: Federation;
let hive: ChildProcess | undefined;
let hiveUrl: string;
let output = '';

/** A port free right now. Hive Gateway cannot report a port it picked itself, so a taken one is retried (startHive). */
async function pickPort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as net.AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

async function startHive(): Promise<void> {
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await startHiveOn(await pickPort());
    } catch (error) {
      hive?.kill('SIGKILL');
      if (attempt === 3 || !/EADDRINUSE/.test(output)) throw error;
    }
  }
}

async function startHiveOn(port: number): Promise<void> {
  output = '';
  hive = spawn(
    process.execPath,
    [
      '--import',
      path.join(HIVE, 'polyfill.mjs'),
      path.join(
        path.dirname(createRequire(import.meta.url).resolve('@graphql-hive/gateway/package.json')),
        'dist',
        'bin.js',
      ),
      'supergraph',
      path.join(PROJECT_ROOT, 'schema', 'supergraph.graphql'),
      '--config-path',
      path.join(HIVE, 'gateway.config.mjs'),
      '--host',
      '127.0.0.1',
      '--port',
      String(port),
    ],
    {
      cwd: fs.mkdtempSync(path.join(os.tmpdir(), 'civic-hive-')),
      env: {
        PATH: process.env.PATH,
        NGOS_URL: federation.subgraphUrls.ngos,
        COUNCILS_URL: federation.subgraphUrls.councils,
        PARTNERS_URL: federation.subgraphUrls.partners,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  const keep = (chunk: Buffer) => void (output = (output + chunk.toString()).slice(-20_000));
  hive.stdout!.on('data', keep);
  hive.stderr!.on('data', keep);
  hiveUrl = `http://127.0.0.1:${port}/graphql`;
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (hive.exitCode !== null) throw new Error(`Hive Gateway exited (${hive.exitCode}):\n${output}`);
    try {
      const answer = await postGraphQL<{ __typename: string }>(hiveUrl, '{ __typename }');
      if (answer.data?.__typename === 'Query') return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`Hive Gateway did not answer within 60 s:\n${output}`);
}

beforeAll(async () => {
  federation = await startFederation({ env: testEnv({ SUBGRAPH_ACCEPT_CALLER_TOKENS: 'true' }) });
  await startHive();
}, 90_000);

afterAll(async () => {
  hive?.kill('SIGTERM');
  await federation?.stop();
});

const examples = fs.readdirSync(EXAMPLES).filter((f) => f.endsWith('.graphql'));

describe('Hive Gateway over the committed supergraph', () => {
  test('serves every example', () => {
    expect(examples.length).toBeGreaterThanOrEqual(4);
  });

  test.each(examples.flatMap((file) => [[file, 'public'] as const, [file, 'analyst'] as const]))(
    '%s as %s answers exactly as civic-graph does',
    async (file, role) => {
      const query = fs.readFileSync(path.join(EXAMPLES, file), 'utf8');
      const headers = await authHeaders(federation.env, role, false);
      const ours = await postGraphQL(federation.gatewayUrl, query, undefined, headers);
      const theirs = await postGraphQL(hiveUrl, query, undefined, headers);
      expect(ours.errors).toBeUndefined();
      expect(ours.data).toBeTruthy();
      expect(theirs.errors).toBeUndefined();
      expect(theirs.data).toEqual(ours.data);
    },
  );

  test('the subgraphs enforce @access behind Hive: contacts for analysts only, a forged token refused', async () => {
    const query = '{ councilMembers(first: 3) { nodes { fullName contact { email } } } }';
    const asAnalyst = await postGraphQL<{ councilMembers: { nodes: { contact: { email: string } | null }[] } }>(
      hiveUrl,
      query,
      undefined,
      await authHeaders(federation.env, 'analyst', false),
    );
    expect(asAnalyst.errors).toBeUndefined();
    expectEvery(dataOf(asAnalyst).councilMembers.nodes, (n) => n.contact !== null, { length: 3 });

    const asPublic = await postGraphQL<{ councilMembers: { nodes: { contact: unknown }[] } }>(hiveUrl, query);
    expect(asPublic.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(asPublic.data?.councilMembers.nodes.map((n) => n.contact)).toEqual([null, null, null]);

    const forged = await postGraphQL<{ councilMembers: unknown }>(hiveUrl, query, undefined, {
      authorization: 'Bearer eyJhbGciOiJub25lIn0.eyJyb2xlIjoiYWRtaW4ifQ.',
    });
    // councilMembers is nullable (one subgraph down nulls only its own fields): a refused caller gets no members.
    expect(forged.data?.councilMembers ?? null).toBeNull();
    expect(JSON.stringify(forged.errors)).toMatch(/401|UNAUTHENTICATED|token/i);
  });
});
