import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/** Imports a layer may not make (ARCHITECTURE.md: arrows point one way). */
const layerRule = (patterns) => ['error', { patterns }];
const outsideNodeOrUi = [
  {
    group: [
      'node:*',
      'electron',
      'better-sqlite3-multiple-ciphers',
      'fastify',
      'react',
      'react-dom',
    ],
    message: 'core/ is pure TypeScript: no I/O, Electron or React.',
  },
];

export default tseslint.config(
  {
    ignores: [
      'dist',
      'release',
      'node_modules',
      'test-results',
      'playwright-report',
      'bench/results',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-non-null-assertion': 'off',
    },
  },
  {
    files: ['core/**'],
    rules: {
      'no-restricted-imports': layerRule([
        ...outsideNodeOrUi,
        {
          group: ['../main/*', '../db/*', '../renderer/*', '../server/*', '../preload/*'],
          message: 'core/ imports nothing of ours.',
        },
      ]),
    },
  },
  {
    files: ['renderer/**'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-imports': layerRule([
        {
          group: ['**/main/*', '**/db/*', '**/server/*', '**/preload/*', 'electron', 'node:*'],
          message: 'The renderer talks only to window.workability.',
        },
      ]),
    },
  },
  {
    files: ['preload/web-bridge.ts'],
    languageOptions: { globals: { ...globals.browser } },
  },
  {
    // Playwright fixtures that need nothing take an empty destructuring.
    files: ['tests/e2e/**'],
    rules: { 'no-empty-pattern': 'off' },
  },
  {
    files: ['server/**'],
    rules: {
      'no-restricted-imports': layerRule([
        {
          group: ['**/main/*', '**/db/*', '**/renderer/*', '**/preload/*', 'electron'],
          message: 'server/ has its own tables: it imports only core.',
        },
      ]),
    },
  },
  {
    files: ['db/**'],
    rules: {
      'no-restricted-imports': layerRule([
        {
          group: ['**/main/*', '**/renderer/*', '**/server/*', 'electron'],
          message: 'db/ sits below main: it imports only core.',
        },
      ]),
    },
  },
);
