import js from '@eslint/js';
import globals from 'globals';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

const reactImports = ['react', 'react-dom', 'react-dom/*', 'recharts', '@tanstack/*'];

export default tseslint.config(
  { ignores: ['dist', 'node_modules', 'coverage', 'public'] },
  {
    extends: [js.configs.recommended, ...tseslint.configs.recommended],
    files: ['**/*.{ts,tsx,js,mjs}'],
    languageOptions: {
      ecmaVersion: 2023,
      globals: { ...globals.browser, ...globals.node },
    },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    // The domain is pure: no React, no charts, no DOM. Features and the app build on it.
    files: ['src/domain/**/*.ts'],
    languageOptions: { globals: { ...globals.es2023 } },
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: reactImports,
              message: 'src/domain is pure: no React, Recharts or UI libraries.',
            },
            {
              group: ['**/features/**', '**/app/**', '**/components/**', '**/workers/**'],
              message: 'src/domain must not import from the UI layers.',
            },
          ],
        },
      ],
      'no-restricted-globals': [
        'error',
        'window',
        'document',
        'navigator',
        'localStorage',
        'indexedDB',
        'HTMLElement',
      ],
    },
  },
  {
    files: ['src/features/**/*.{ts,tsx}', 'src/components/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: ['**/app/**'], message: 'Features never import from src/app.' }] },
      ],
    },
  },
  {
    // AssemblyScript (compiled to WebAssembly): its integers are 64-bit where typed so.
    files: ['wasm/**/*.ts'],
    rules: { 'no-loss-of-precision': 'off' },
  },
);
