/**
 * CI's last line (`.ci/summary.mjs`) against real jest reports: a throwaway
 * jest project in the temporary folder, run with the repository's own jest,
 * whose suites fail in the ways that do not fail a test (an afterAll that
 * throws, a file that cannot load), next to a passing and a skipped test.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { PROJECT_ROOT } from '../../lib/config.js';

const SUMMARY = path.join(PROJECT_ROOT, '.ci', 'summary.mjs');
let project: string;

beforeAll(() => {
  project = fs.mkdtempSync(path.join(os.tmpdir(), 'civic-graph-ci-summary-'));
  // The project's tests are plain CommonJS: no transform, so jest starts in about a second.
  fs.writeFileSync(path.join(project, 'package.json'), '{ "private": true }\n');
  fs.symlinkSync(path.join(PROJECT_ROOT, 'node_modules'), path.join(project, 'node_modules'), 'dir');
});

afterAll(() => {
  if (project) fs.rmSync(project, { recursive: true, force: true });
});

/** Writes the test files, runs jest on them with --json, then the summary script on its report. */
function runJest(files: Record<string, string>): { jestStatus: number | null; line: string } {
  for (const [name, text] of Object.entries(files)) fs.writeFileSync(path.join(project, name), text);
  const report = path.join(project, 'jest.json');
  const env = { ...process.env, NODE_OPTIONS: '' };
  const jest = spawnSync(
    process.execPath,
    [
      path.join(PROJECT_ROOT, 'node_modules', 'jest', 'bin', 'jest.js'),
      '--rootDir',
      project,
      '--config',
      JSON.stringify({ transform: {}, testEnvironment: 'node' }),
      '--json',
      '--outputFile',
      report,
      '--ci',
    ],
    { cwd: project, env, encoding: 'utf8', timeout: 60_000 },
  );
  const summary = spawnSync(process.execPath, [SUMMARY, report, String(jest.status)], { encoding: 'utf8' });
  expect(summary.status).toBe(0);
  return { jestStatus: jest.status, line: summary.stdout.trim() };
}

describe('.ci/summary.mjs on a real jest report', () => {
  test('an afterAll that throws and a file that cannot load are failures; a failing test counts once; skipped tests are shown', () => {
    const { jestStatus, line } = runJest({
      'cleanup.test.js': `
        test('passes', () => expect(1 + 1).toBe(2));
        test.skip('is skipped', () => {});
        afterAll(() => { throw new Error('cleanup failed'); });
      `,
      'broken.test.js': `require('./no-such-module');\ntest('never runs', () => {});\n`,
      'one.test.js': `test('fails', () => expect(1).toBe(2));\ntest('passes', () => {});\ntest.todo('later');\n`,
    });
    expect(jestStatus).toBe(1);
    // Passed: one in cleanup, one in one. Failed: cleanup's afterAll, broken's load, one's failing test (once).
    expect(line).toBe('2 passed, 3 failed, 2 skipped');
  }, 60_000);

  test('a non-zero exit from jest never reads "0 failed", even when the report looks green; no report is a failure', () => {
    const green = path.join(project, 'green.json');
    fs.writeFileSync(
      green,
      JSON.stringify({ success: true, numPassedTests: 3, numFailedTests: 0, numPendingTests: 0, testResults: [] }),
    );
    const run = (file: string, code: string) =>
      spawnSync(process.execPath, [SUMMARY, file, code], { encoding: 'utf8' }).stdout.trim();
    expect(run(green, '0')).toBe('3 passed, 0 failed, 0 skipped');
    expect(run(green, '1')).toBe('3 passed, 1 failed, 0 skipped');
    expect(run(path.join(project, 'missing.json'), '1')).toBe('0 passed, 1 failed, 0 skipped');
  });
});
