/**
 * README's configuration table names every environment variable the code
 * reads (lib/config.ts for the services and CLIs, sync/config.ts for the
 * open-data sync), and nothing the code does not read: a new variable is
 * documented the day it is added, a removed one leaves the table.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from '@jest/globals';
import { ENV_VARIABLES, PROJECT_ROOT } from '../../lib/config.js';
import { SYNC_ENV_VARIABLES } from '../../sync/config.js';

const readme = fs.readFileSync(path.join(PROJECT_ROOT, 'README.md'), 'utf8');

/** The variables in the first column of the table under "## Configuration". */
function documented(): string[] {
  const start = readme.indexOf('\n## Configuration\n');
  expect(start).toBeGreaterThan(0);
  const end = readme.indexOf('\n## ', start + 1);
  const section = readme.slice(start, end < 0 ? undefined : end);
  return section
    .split('\n')
    .filter((line) => line.startsWith('| `'))
    .flatMap((line) => [...line.split('|')[1]!.matchAll(/`([A-Z][A-Z0-9_]*)`/g)].map((m) => m[1]!));
}

describe("README's configuration table", () => {
  test('lists every variable of lib/config.ts and sync/config.ts, and no other', () => {
    const inCode = [...new Set<string>([...ENV_VARIABLES, ...SYNC_ENV_VARIABLES])].sort();
    const inTable = [...new Set(documented())].sort();
    expect(inCode.length).toBeGreaterThan(30);
    expect({ missingFromTable: inCode.filter((name) => !inTable.includes(name)) }).toEqual({ missingFromTable: [] });
    expect({ notInCode: inTable.filter((name) => !inCode.includes(name)) }).toEqual({ notInCode: [] });
  });
});
