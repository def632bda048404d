import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    ignores: [
      '**/dist/**',
      '**/node_modules/**',
      'storybook-static/**',
      'packages/cli/templates/**',
      // Projects the CLI tests generate (removed after each run; left behind if a run is killed).
      'packages/cli/.tmp-test/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      // Lit binds @click handlers itself.
      '@typescript-eslint/unbound-method': 'off',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-console': ['error', { allow: ['warn', 'error'] }],
    },
  },
  {
    files: [
      'scripts/**',
      'packages/*/scripts/**',
      'packages/sandbox/src/bin.ts',
      'packages/cli/src/**',
      'test/**',
    ],
    rules: { 'no-console': 'off' },
  },
  // TypeScript checks names itself (and knows DOM vs Node from each tsconfig).
  { files: ['**/*.ts'], rules: { 'no-undef': 'off' } },
  {
    files: ['demo/**/*.js', 'packages/widgets/**/*.js'],
    languageOptions: { globals: { ...globals.browser } },
  },
  { files: ['packages/*/bench/**'], rules: { 'no-console': 'off' } },
);
