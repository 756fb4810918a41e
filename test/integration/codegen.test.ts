/**
 * The committed generated types (subgraphs/<name>/src/generated/graphql.ts)
 * are what graphql-codegen makes from the SDL now: a stale file would let a
 * resolver drift from its schema without the type checker noticing.
 * `graphql-codegen --check` (`npm run codegen:check`) compares without
 * writing; it runs in a child process (its plugins load as ES modules jest's
 * VM cannot).
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, test } from '@jest/globals';
import config from '../../codegen.js';
import clientConfig from '../../examples/client/codegen.js';
import { PROJECT_ROOT } from '../../lib/config.js';

/** `graphql-codegen --check` with a config, and the outputs it checked (under NODE_ENV=test codegen prints nothing). */
function check(configFile: string) {
  const result = spawnSync(
    process.execPath,
    [path.join(PROJECT_ROOT, 'node_modules', '.bin', 'graphql-codegen'), '--config', configFile, '--check'],
    { cwd: PROJECT_ROOT, env: { ...process.env, NODE_ENV: 'development' }, encoding: 'utf8', timeout: 120_000 },
  );
  expect({ status: result.status, stderr: result.stderr.trim() }).toEqual({ status: 0, stderr: '' });
  // The list of files it checked is what proves it checked them all.
  return [...result.stdout.matchAll(/✔ Generate to (\S+)/g)].map((m) => m[1]).sort();
}

describe('generated types', () => {
  test('match the SDL (run `npm run codegen` after changing a schema.graphql)', () => {
    const checked = check('codegen.ts');
    expect(checked).toEqual(Object.keys(config.generates).sort());
    expect(checked.length).toBeGreaterThanOrEqual(3);
  }, 150_000);

  test('of the client example match the schema and examples/ (run `npm run codegen:client`)', () => {
    expect(check('examples/client/codegen.ts')).toEqual(Object.keys(clientConfig.generates));
  }, 150_000);
});
