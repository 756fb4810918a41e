/**
 * The committed resolver types (subgraphs/<name>/src/generated/graphql.ts)
 * are what graphql-codegen makes from the SDL now: a stale file would let a
 * resolver drift from its schema without the type checker noticing. Codegen
 * runs in a child process (its plugins load as ES modules jest's VM cannot).
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, test } from '@jest/globals';
import { PROJECT_ROOT } from '../../lib/config.js';

describe('generated resolver types', () => {
  test('match the SDL (run `npm run codegen` after changing a schema.graphql)', () => {
    const result = spawnSync(
      process.execPath,
      ['--import', 'tsx', path.join(PROJECT_ROOT, 'scripts', 'codegen-check.ts')],
      {
        cwd: PROJECT_ROOT,
        encoding: 'utf8',
        timeout: 120_000,
      },
    );
    expect({ status: result.status, stderr: result.stderr.trim() }).toEqual({ status: 0, stderr: '' });
    expect(result.stdout).toMatch(/fresh \(3 files\)/);
  }, 150_000);
});
