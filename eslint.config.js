// Lint: type-aware typescript-eslint rules, no import cycles, and the layering of ARCHITECTURE.md:
// shared imports nothing of ours; frameworks/sdk imports only shared; master and agent never import each other.
import tseslint from 'typescript-eslint';
import importX from 'eslint-plugin-import-x';

const layer = (files, forbidden, why) => ({
  files,
  rules: {
    'no-restricted-imports': ['error', {
      patterns: forbidden.map((group) => ({ group: [group], message: why })),
    }],
  },
});

export default tseslint.config(
  { ignores: ['node_modules/', 'shared/proto/generated/', '.drover/', 'coverage/', 'dist/', 'test/support/*.cjs'] },
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: { allowDefaultProject: ['*.js', 'scripts/*.mjs', 'bin/*.js'] }, tsconfigRootDir: import.meta.dirname },
    },
    plugins: { 'import-x': importX },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'import-x/no-cycle': ['error', { ignoreExternal: true }],
      eqeqeq: ['error', 'always'],
    },
    settings: { 'import-x/resolver': { node: { extensions: ['.ts', '.js'] } }, 'import-x/extensions': ['.ts', '.js'] },
  },
  { files: ['**/*.js', '**/*.mjs'], ...tseslint.configs.disableTypeChecked },
  {
    // Mocha's `this` and chai's property assertions (`expect(x).to.be.true`) read as unused expressions.
    files: ['test/**/*.ts'],
    rules: { '@typescript-eslint/no-unused-expressions': 'off' },
  },
  layer(['shared/**/*.ts'], ['**/master/**', '**/agent/**', '**/frameworks/**', '**/cli/**'],
    'shared/ imports nothing of ours outside shared/'),
  layer(['frameworks/sdk/**/*.ts'], ['**/master/**', '**/agent/**', '**/cli/**', '**/marathon-like/**', '**/chronos-like/**', '**/batch/**'],
    'the SDK speaks only the protocol: it may import shared/ and nothing else of ours'),
  layer(['master/**/*.ts'], ['**/agent/**', '**/frameworks/**', '**/cli/**'], 'master never imports agent, frameworks or cli'),
  layer(['agent/**/*.ts'], ['**/master/**', '**/frameworks/**', '**/cli/**'], 'agent never imports master, frameworks or cli'),
);
