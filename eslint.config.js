// ESLint (flat config) with type-aware typescript-eslint rules: the ones that
// catch real bugs (floating and misused promises, conditions that are always
// true or false), plus the project's import boundaries. Formatting is
// prettier's job (`.prettierrc.yml`), so no stylistic rules here.
import tseslint from 'typescript-eslint';

/**
 * Test assertions that pass whatever the code does, refused in test/: a count is never below 0, and
 * `[].every(...)` is true, so `expect(list.every(check)).toBe(true)` passes on an empty list (and
 * `expect(list.some(check)).toBe(false)` likewise). expectEvery() in test/support/expect-every.ts
 * asserts the length first and names the failing items.
 */
const VACUOUS_ASSERTIONS = [
  {
    selector:
      "CallExpression[callee.property.name='toBeGreaterThanOrEqual'][arguments.0.type='Literal'][arguments.0.value<=0]",
    message:
      'A count is never below 0, so this cannot fail: assert the exact value (counted independently, e.g. in SQL), or at least toBeGreaterThan(0).',
  },
  {
    selector:
      "CallExpression[callee.property.name='toBeGreaterThan'][arguments.0.type='UnaryExpression'][arguments.0.operator='-']",
    message: 'A count is never negative, so this cannot fail: assert the exact value, or at least toBeGreaterThan(0).',
  },
  {
    selector: "CallExpression[callee.name='expect'] > CallExpression.arguments[callee.property.name='every']",
    message:
      'expect(list.every(...)) passes on an empty list: use expectEvery(list, check, { length }) from test/support/expect-every.ts.',
  },
  {
    selector:
      "CallExpression[callee.property.name='toBe'][arguments.0.value=false] > MemberExpression.callee > CallExpression.object[callee.name='expect'] > CallExpression.arguments[callee.property.name='some']",
    message:
      'expect(list.some(...)).toBe(false) passes on an empty list: assert the length, then expect(list.filter(...)).toEqual([]).',
  },
];

/** `no-restricted-imports` patterns for a folder that may not reach into others. */
const forbid = (folders, why) => ({
  'no-restricted-imports': [
    'error',
    { patterns: folders.map((folder) => ({ group: [`**/${folder}/**`, `**/${folder}`], message: why })) },
  ],
});

export default tseslint.config(
  {
    ignores: [
      'node_modules/',
      'dist/',
      'coverage/',
      'test-results/',
      'bench/results/',
      '.data/',
      'subgraphs/*/src/generated/',
      'test/generated/',
      'examples/client/generated/',
      '**/*.js',
      '**/*.mjs',
    ],
  },
  {
    files: ['**/*.ts'],
    extends: [tseslint.configs.base],
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': [
        'error',
        { checksVoidReturn: { arguments: false, attributes: false } },
      ],
      '@typescript-eslint/no-unnecessary-condition': ['error', { allowConstantLoopConditions: true }],
      '@typescript-eslint/await-thenable': 'error',
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/only-throw-error': 'error',
      '@typescript-eslint/switch-exhaustiveness-check': ['error', { considerDefaultExhaustiveForUnions: true }],
      '@typescript-eslint/no-unnecessary-type-assertion': 'error',
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      eqeqeq: ['error', 'always', { null: 'ignore' }],
      'no-console': 'off',
    },
  },
  // Functions short enough to read at once in the services and what they share;
  // a longer one says why in its eslint-disable comment.
  {
    files: ['lib/**/*.ts', 'subgraphs/**/*.ts', 'gateway/**/*.ts'],
    rules: { 'max-lines-per-function': ['error', { max: 60, skipBlankLines: true, skipComments: true }] },
  },
  // Import boundaries: lib/ is what several services share, so it depends on none of them.
  {
    files: ['lib/**/*.ts'],
    rules: forbid(
      ['demo', 'subgraphs', 'gateway', 'scripts', 'bench', 'test'],
      'lib/ holds only what several services share: it may not import demo/, subgraphs/, gateway/, scripts/, bench/ or test/. Inject the dependency from the entry point instead.',
    ),
  },
  {
    files: ['subgraphs/ngos/**/*.ts'],
    rules: forbid(
      ['councils', 'partners', 'gateway'],
      'A subgraph imports no other subgraph (nor the gateway): share through lib/.',
    ),
  },
  {
    files: ['subgraphs/councils/**/*.ts'],
    rules: forbid(
      ['ngos', 'partners', 'gateway'],
      'A subgraph imports no other subgraph (nor the gateway): share through lib/.',
    ),
  },
  {
    files: ['subgraphs/partners/**/*.ts'],
    rules: forbid(
      ['ngos', 'councils', 'gateway'],
      'A subgraph imports no other subgraph (nor the gateway): share through lib/.',
    ),
  },
  {
    files: ['gateway/**/*.ts'],
    rules: forbid(
      ['subgraphs', 'demo'],
      'The gateway knows the subgraphs only through the supergraph: it imports no subgraph code.',
    ),
  },
  {
    files: ['test/**/*.ts'],
    rules: {
      // Teardown guards against a setup that failed (`let server: T` assigned in beforeAll, `server?.stop()` after).
      '@typescript-eslint/no-unnecessary-condition': 'off',
      // Assertions that cannot fail (test/unit/lint-rules.test.ts shows each refused).
      'no-restricted-syntax': ['error', ...VACUOUS_ASSERTIONS],
      ...forbid(['bench'], 'Tests do not import benchmarks: move what both need to test/support/ or lib/.'),
    },
  },
);
