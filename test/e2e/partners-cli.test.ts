/**
 * The partners CLIs as an operator runs them, each a process of its own on a
 * database of the test's own: stdout carries the report (JSON) or the
 * document (XML) alone, logs go to stderr; exit codes say what happened.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { PROJECT_ROOT } from '../../lib/config.js';
import { parseNbkRates } from '../../lib/domain/nbk-rates.js';
import { dropDatabase, emptyDatabase } from '../support/databases.js';
import { iatiSchemaErrors } from '../support/iati-schema.js';

let url: string;
const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'civic-graph-cli-'));

beforeAll(async () => {
  url = await emptyDatabase('partners');
});

afterAll(async () => {
  fs.rmSync(scratch, { recursive: true, force: true });
  await dropDatabase(url);
});

function run(script: string, ...args: string[]) {
  return spawnSync(process.execPath, ['--import', 'tsx', path.join(PROJECT_ROOT, 'scripts', script), ...args], {
    cwd: PROJECT_ROOT,
    env: { ...process.env, PARTNERS_DATABASE_URL: url, LOG_LEVEL: 'info' },
    encoding: 'utf8',
    timeout: 60_000,
  });
}

const fixture = (name: string) => path.join(PROJECT_ROOT, 'test', 'fixtures', 'iati', name);

describe('the partners CLIs', () => {
  test('import:iati prints its report alone on stdout, logs on stderr', () => {
    const result = run('import-iati.ts', fixture('activities-2.03.xml'));
    expect(result.status).toBe(0);
    const report = JSON.parse(result.stdout) as { ok: boolean; outcome: string; created: number };
    expect(report).toMatchObject({ ok: true, outcome: 'IMPORTED', created: 2 });
    expect(result.stderr).toMatch(/import finished/);
  });

  test('import:iati of a file that breaks off exits 1 and says what was stored', () => {
    const xml = fs.readFileSync(fixture('activities-2.03.xml'), 'utf8');
    const cut = path.join(scratch, 'cut.xml');
    fs.writeFileSync(cut, xml.slice(0, xml.indexOf('<title><narrative>Climate')));
    const result = run('import-iati.ts', cut);
    expect(result.status).toBe(1);
    expect(JSON.parse(result.stdout)).toMatchObject({ ok: false, outcome: 'NOT_IMPORTED', unchanged: 1 });
  });

  test('export:iati writes every stored activity as one valid document; none matching exits 1', async () => {
    const result = run('export-iati.ts');
    expect(result.status).toBe(0);
    expect(result.stdout.match(/<iati-activity[ >]/g)?.length).toBe(2);
    expect(await iatiSchemaErrors(result.stdout)).toEqual([]);
    const out = path.join(scratch, 'export.xml');
    expect(run('export-iati.ts', '--out', out, '--identifier', 'XI-IATI-EC_INTPA-KZ-TEST-203-01').status).toBe(0);
    expect(fs.readFileSync(out, 'utf8').match(/<iati-activity[ >]/g)?.length).toBe(1);
    const none = run('export-iati.ts', '--reporting-org', 'NO-SUCH-ORG');
    expect(none.status).toBe(1);
    expect(none.stdout).toBe('');
    expect(none.stderr).toMatch(/no activity matches/);
  });

  test('import:rates loads the bank’s files, once', () => {
    const file = path.join(PROJECT_ROOT, 'demo', 'nbk-rates', 'get_rates-20.11.2025.xml');
    const first = run('import-rates.ts', file);
    expect(first.status).toBe(0);
    const [report] = JSON.parse(first.stdout) as { ok: boolean; created: number; unchanged: number }[];
    expect(report!.ok).toBe(true);
    expect(report!.created).toBe(parseNbkRates(fs.readFileSync(file, 'utf8')).length);
    const again = JSON.parse(run('import-rates.ts', file).stdout) as { created: number; unchanged: number }[];
    expect(again[0]).toMatchObject({ created: 0, unchanged: report!.created });
    const notRates = path.join(scratch, 'not-rates.xml');
    fs.writeFileSync(notRates, '<rates><oops></rates>');
    const bad = run('import-rates.ts', notRates);
    expect(bad.status).toBe(1);
    expect(JSON.parse(bad.stdout)).toMatchObject([{ ok: false, error: { code: 'NOT_NBK_RATES' } }]);
  });
});
