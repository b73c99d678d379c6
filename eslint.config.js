import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['.output/', '.wxt/', 'node_modules/', 'demo-output/', 'test-results/', 'playwright-report/'] },
  js.configs.recommended,
  ...tseslint.configs.strict,
  reactHooks.configs.flat.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      // Captured data must never become markup (DESIGN.md §6).
      'no-restricted-properties': [
        'error',
        { property: 'innerHTML', message: 'Use textContent or React; captured data is never markup.' },
        { property: 'outerHTML', message: 'Use textContent or React; captured data is never markup.' },
        { property: 'insertAdjacentHTML', message: 'Use DOM methods; captured data is never markup.' },
      ],
      'no-eval': 'error',
      'no-implied-eval': 'error',
      '@typescript-eslint/no-non-null-assertion': 'off',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['tests/**'],
    languageOptions: { globals: { ...globals.vitest } },
  },
  {
    // Playwright fixtures call `use()`, which is not React's hook.
    files: ['tests/e2e/**', 'tests/e2e-firefox/**'],
    rules: { 'react-hooks/rules-of-hooks': 'off' },
  },
);
