/**
 * The lint rule against assertions that cannot fail (eslint.config.js,
 * VACUOUS_ASSERTIONS): each pattern is refused in a test file, and the
 * assertions that replace them are not.
 */
import path from 'node:path';
import { expect, test } from '@jest/globals';
import { ESLint, Linter } from 'eslint';
import tseslint from 'typescript-eslint';
import { PROJECT_ROOT } from '../../lib/config.js';

const SOURCE = `import { expect } from '@jest/globals';
import { expectEvery } from '../support/expect-every.js';
const list: number[] = [];
expect(list.length).toBeGreaterThanOrEqual(0);
expect(list.length).toBeGreaterThan(-1);
expect(list.every((n) => n > 0)).toBe(true);
expect(list.some((n) => n < 0)).toBe(false);
expect(list.length).toBeGreaterThan(0);
expect(list.length).toBeGreaterThanOrEqual(3);
expect(list.some((n) => n > 0)).toBe(true);
expectEvery(list, (n) => n > 0, { length: 3 });
`;

test('refuses counts compared with 0 or less and every/some checks that pass on an empty list, and nothing else', async () => {
  // The rule as the project's configuration sets it for a test file (no parsing, so no type information
  // to build), applied with the TypeScript parser alone.
  const config = await new ESLint({ cwd: PROJECT_ROOT }).calculateConfigForFile(
    path.join(PROJECT_ROOT, 'test', 'unit', 'lint-rules.test.ts'),
  );
  const rule = config?.rules?.['no-restricted-syntax'] as Linter.RuleEntry | undefined;
  expect(rule).toBeDefined();
  const messages = new Linter().verify(
    SOURCE,
    { files: ['**/*.ts'], languageOptions: { parser: tseslint.parser }, rules: { 'no-restricted-syntax': rule! } },
    'lint-rules.test.ts',
  );
  expect(messages.map((m) => [m.line, m.ruleId])).toEqual([
    [4, 'no-restricted-syntax'],
    [5, 'no-restricted-syntax'],
    [6, 'no-restricted-syntax'],
    [7, 'no-restricted-syntax'],
  ]);
  expect(messages[2]!.message).toMatch(/expectEvery/);
});
