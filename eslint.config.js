// ESLint flat config. Besides the usual TypeScript and React rules it enforces the
// architecture (docs/architecture.md): imports flow app → features → ui/sources/url/i18n → domain,
// domain code never imports React or app code, features never import each other, and
// the app never reaches into the data pipeline.
import { readdirSync } from 'node:fs';
import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import { createNodeResolver, importX } from 'eslint-plugin-import-x';

const features = readdirSync(new URL('./src/features', import.meta.url), { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name);

const featureIsolation = features.map((feature) => ({
  target: `./src/features/${feature}`,
  from: './src/features',
  except: [`./${feature}`],
  message: 'Features never import each other: move the shared piece to src/ui, src/domain or src/url.',
}));

export default tseslint.config(
  { ignores: ['dist', 'node_modules', 'coverage', 'public/mockServiceWorker.js', 'tests/.artifacts'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    plugins: { 'import-x': importX },
    settings: { 'import-x/resolver-next': [createNodeResolver({ extensions: ['.ts', '.tsx', '.js', '.json'] })] },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      'import-x/no-restricted-paths': [
        'error',
        {
          zones: [
            {
              target: './src/domain',
              from: ['./src/app', './src/features', './src/ui', './src/sources', './src/url', './src/i18n', './src/config'],
              message: 'Domain code is pure: it imports nothing from the app.',
            },
            { target: './src', from: ['./data', './mocks', './tests'], message: 'The app never imports the pipeline, mocks or tests.' },
            { target: './src/ui', from: ['./src/features', './src/app'], message: 'ui/ is shared by features; it cannot depend on them.' },
            { target: './src/features', from: './src/app', message: 'Features do not import the app shell.' },
            { target: './data', from: ['./src/app', './src/features', './src/ui', './src/sources', './src/i18n'], message: 'The pipeline only shares the domain schema with the app.' },
            ...featureIsolation,
          ],
        },
      ],
    },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks, 'jsx-a11y': jsxA11y },
    rules: {
      ...reactHooks.configs.recommended.rules,
      ...jsxA11y.flatConfigs.strict.rules,
      'no-restricted-syntax': [
        'error',
        { selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']", message: 'Never render data as HTML.' },
        { selector: "AssignmentExpression[left.property.name=/^(innerHTML|outerHTML|srcdoc)$/]", message: 'Never write HTML strings into the DOM: build nodes, set textContent.' },
        { selector: "CallExpression[callee.property.name='insertAdjacentHTML']", message: 'Never write HTML strings into the DOM: build nodes, set textContent.' },
        { selector: "MemberExpression[object.name='document'][property.name=/^(write|writeln)$/]", message: 'document.write is never needed.' },
        { selector: "CallExpression[callee.name=/^(eval|Function)$/], NewExpression[callee.name='Function']", message: 'No eval: the CSP forbids it.' },
      ],
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: ['node:*'], message: 'Browser code cannot use Node modules.' }] },
      ],
    },
  },
  {
    // After the src/** block: the same rule here replaces it, so it repeats node:*.
    files: ['src/domain/**/*.ts', 'src/url/viewState.ts', 'src/storage/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: ['react', 'react-*', 'react/*', '@tanstack/*', 'i18next', 'node:*'], message: 'Domain and URL code stays free of React, I/O and i18n.' }] },
      ],
    },
  },
  {
    // Test-only code runs in Node (MSW, fixtures read from disk).
    files: ['src/testing/**', 'src/**/*.test.{ts,tsx}'],
    rules: { 'no-restricted-imports': 'off' },
  },
);
