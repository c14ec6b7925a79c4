// ESLint 10 flat config: @eslint/js recommended + typescript-eslint 8 recommended (no type info, fast).
import js from '@eslint/js';
import { defineConfig, globalIgnores } from 'eslint/config';
import tseslint from 'typescript-eslint';

/** The engine (src/core) must stay host-free: no UI, no Excel/Office tooling, no Node APIs. */
const HOST_MODULES_MESSAGE =
  'src/core is the host-free engine: no React/Fluent UI, exceljs, Node built-ins or office-addin-* here. ' +
  'Pass data in from src/taskpane, src/cli or the parsers instead.';
const HOST_MODULE_NAMES = ['react', 'react-dom', 'exceljs', 'fs', 'path'];
const HOST_MODULE_PATTERNS = [
  'react/*',
  'react-dom/*',
  '@fluentui/*',
  'exceljs/*',
  'fs/*',
  'path/*',
  'node:*',
  'office-addin-*',
];
/** The same modules as an esquery regex (no "/" allowed inside, hence \x2F), for require() and import(). */
const HOST_MODULE_REGEX =
  '/^(react|react-dom|exceljs|fs|path)($|\\x2F)|^(@fluentui\\x2F|node:|office-addin-)/';

const readonly = (names) => Object.fromEntries(names.map((name) => [name, 'readonly']));
/** Node's CommonJS globals, for the few .js/.cjs files (the `globals` package is not installed). */
const NODE_CJS_GLOBALS = readonly(['require', 'module', 'exports', '__dirname', '__filename', 'process', 'console', 'Buffer', 'URL']);
/** Globals no-implied-eval must know about to see setTimeout('code') and friends. */
const TIMER_GLOBALS = readonly(['setTimeout', 'setInterval', 'setImmediate', 'execScript', 'window', 'self', 'globalThis']);

export default defineConfig([
  globalIgnores(['dist/', 'build/', 'coverage/', 'node_modules/', 'test-artifacts/']),

  {
    files: ['{src,test,scripts,bench}/**/*.{ts,tsx,js,mjs,cjs}', '*.{js,mjs,cjs}'],
    extends: [js.configs.recommended],
    languageOptions: { globals: TIMER_GLOBALS },
    rules: {
      // No string-to-code anywhere (also keeps a strict CSP possible for the task pane).
      'no-eval': 'error',
      'no-implied-eval': 'error',
      'no-new-func': 'error',
    },
  },

  {
    files: ['{src,test,scripts,bench}/**/*.{ts,tsx}'],
    extends: [tseslint.configs.recommended],
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },

  {
    files: ['**/*.{js,cjs}'],
    languageOptions: { sourceType: 'commonjs', globals: NODE_CJS_GLOBALS },
  },

  {
    files: ['src/core/**/*.{ts,tsx}'],
    // Tests of the engine may read fixtures from disk; the shipped engine code may not.
    ignores: ['src/core/**/*.test.{ts,tsx}', 'src/core/**/__tests__/**'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          paths: HOST_MODULE_NAMES.map((name) => ({ name, message: HOST_MODULES_MESSAGE })),
          patterns: [{ group: HOST_MODULE_PATTERNS, message: HOST_MODULES_MESSAGE }],
        },
      ],
      'no-restricted-syntax': [
        'error',
        { selector: `ImportExpression[source.value=${HOST_MODULE_REGEX}]`, message: HOST_MODULES_MESSAGE },
        {
          selector: `CallExpression[callee.name="require"][arguments.0.value=${HOST_MODULE_REGEX}]`,
          message: HOST_MODULES_MESSAGE,
        },
      ],
    },
  },
]);
