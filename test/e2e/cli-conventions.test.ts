/**
 * Every script of package.json that runs a program of ours behaves as a
 * command-line tool: `--help` prints its usage on stdout and exits 0 (doing
 * nothing else: no database started, nothing written); an unknown option
 * exits 2 with the option named and the usage on stderr, and nothing on
 * stdout. The list comes from package.json, so a new script is covered the
 * day it is added.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from '@jest/globals';
import { PROJECT_ROOT } from '../../lib/config.js';

const scripts = (
  JSON.parse(fs.readFileSync(path.join(PROJECT_ROOT, 'package.json'), 'utf8')) as {
    scripts: Record<string, string>;
  }
).scripts;

/** `tsx scripts/x.ts args` or `node scripts/x.mjs args`: a program of ours. */
const OURS = /^(tsx|node)\s+((?:scripts|bench)\/[\w./-]+\.(?:ts|mjs|js))((?:\s+[\w-]+)*)$/;

interface Program {
  /** The scripts that run it (postinstall and generate run the same command). */
  names: string[];
  node: string[];
}

const programs = new Map<string, Program>();
for (const [name, command] of Object.entries(scripts)) {
  const match = OURS.exec(command);
  if (!match) continue;
  const [, runner, file, fixed] = match;
  const node = [...(runner === 'tsx' ? ['--import', 'tsx'] : []), file!, ...fixed!.trim().split(/\s+/).filter(Boolean)];
  const known = programs.get(command);
  if (known) known.names.push(name);
  else programs.set(command, { names: [name], node });
}

function run(node: string[], ...args: string[]): Promise<{ status: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    // LOG_LEVEL=info: a script that logs before reading its command line would show it on stderr or stdout.
    const child = spawn(process.execPath, [...node, ...args], {
      cwd: PROJECT_ROOT,
      env: { ...process.env, LOG_LEVEL: 'info' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    // A bound, not a speed target: a benchmark loads the whole federation's code first, slow on a busy machine.
    const timer = setTimeout(() => child.kill('SIGKILL'), 120_000);
    child.on('error', reject);
    child.on('close', (status) => {
      clearTimeout(timer);
      resolve({ status, stdout, stderr });
    });
  });
}

/** How a script is named in its usage: `npm start`, `npm run token`, ... */
const invocations = (names: string[]) => names.flatMap((name) => [`npm run ${name}`, `npm ${name}`]);

describe('every script of ours is a command-line tool', () => {
  test('package.json has the scripts this test expects to find', () => {
    const found = [...programs.values()].flatMap((p) => p.names).sort();
    for (const name of ['start', 'seed', 'token', 'sync', 'import:iati', 'export:iati', 'import:rates', 'compose'])
      expect(found).toContain(name);
    expect(found.filter((name) => name.startsWith('bench:')).length).toBeGreaterThan(0);
    // A script that names one of our files but is not of the shape above would escape this test: refuse it.
    const unrecognised = Object.entries(scripts).filter(
      ([, command]) => /\b(scripts|bench)\//.test(command) && !OURS.test(command),
    );
    expect(unrecognised).toEqual([]);
  });

  test.each([...programs.values()].map((p) => [p.names.join(', '), p] as const))(
    '%s: --help, and an unknown option',
    async (_names, program) => {
      const [help, wrong] = await Promise.all([
        run(program.node, '--help'),
        run(program.node, '--no-such-option', 'x'),
      ]);
      expect({ status: help.status, stderr: help.stderr }).toEqual({ status: 0, stderr: '' });
      expect(help.stdout).toMatch(/^Usage: /);
      expect(invocations(program.names).some((call) => help.stdout.includes(call))).toBe(true);

      expect(wrong.status).toBe(2);
      expect(wrong.stdout).toBe('');
      expect(wrong.stderr).toMatch(/--no-such-option/);
      expect(wrong.stderr).toContain(help.stdout.trimEnd());
    },
    240_000,
  );
});
