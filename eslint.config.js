// ESLint flat config. Besides the usual TypeScript and React rules it enforces the
// architecture (docs/architecture.md): imports flow app/prerender → features → ui →
// sources/url/i18n/search/storage → config → http → domain (each layer's zone below names what it
// may not import), domain code never imports React or app code, features never import each other,
// and the app never reaches into the data pipeline.
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

/** `./src/<folder>` for each folder: the layers a zone forbids (src/testing, test-only helpers, is no layer). */
const layers = (...folders) => folders.map((folder) => `./src/${folder}`);
/** What no layer below the features may import: the app shell, the pre-render and the views. */
const TOP = ['app', 'prerender', 'features'];

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
              from: layers(...TOP, 'ui', 'sources', 'url', 'i18n', 'search', 'storage', 'config', 'http'),
              message: 'Domain code is pure: it imports nothing else from src/. A piece both need belongs in src/domain.',
            },
            {
              target: './src/http',
              from: layers(...TOP, 'ui', 'sources', 'url', 'i18n', 'search', 'storage', 'config'),
              message: 'src/http (the one HTTP helper and DatasetLoadError) is a leaf: it imports only src/domain. Source-specific code belongs in src/sources, configuration in src/config.',
            },
            {
              target: './src/config',
              from: layers(...TOP, 'ui', 'sources', 'url', 'i18n', 'storage'),
              message: 'src/config (paths, the runtime configuration, the CSP) imports only src/domain and src/http: a piece it shares with a higher layer belongs in src/config, src/http or src/domain.',
            },
            {
              // The Trusted Types policy vouches for the search worker's URL. Only that import form (`?worker&url`:
              // a string, not the worker's code) is excepted; the worker's code or any other search module is refused.
              target: './src/config',
              from: './src/search',
              except: ['./recommendationSearch.worker.ts?worker&url'],
              message: "src/config takes only the search worker's URL from src/search: search code belongs in src/search, and the view wires it up (features/explore).",
            },
            {
              target: './src/sources',
              from: layers(...TOP, 'ui', 'url', 'i18n', 'search', 'storage'),
              message: 'src/sources loads the submission it is given and imports only src/domain, src/http and src/config: no router or URL (the caller passes the id: useSubmissionId in src/url), no i18n, no UI.',
            },
            {
              target: './src/url',
              from: layers(...TOP, 'ui', 'sources', 'http', 'i18n', 'search', 'storage'),
              message: 'src/url (view state ⇄ URL) imports only src/domain and src/config: it knows nothing of loading, search, storage, i18n or UI. A piece both need belongs in src/domain.',
            },
            {
              target: './src/i18n',
              from: layers(...TOP, 'ui', 'sources', 'http', 'url', 'search', 'storage', 'config'),
              message: 'src/i18n imports only src/domain: a piece it shares with a higher layer belongs in src/domain.',
            },
            {
              target: './src/search',
              from: layers(...TOP, 'ui', 'sources', 'http', 'url', 'i18n', 'storage', 'config'),
              message: 'src/search (the index and its worker) imports only src/domain: the view that searches wires it to the URL and the data (features/explore).',
            },
            {
              target: './src/storage',
              from: layers(...TOP, 'ui', 'sources', 'http', 'url', 'i18n', 'search', 'config'),
              message: 'src/storage (what the browser remembers) imports only src/domain: the app or a view connects it to the URL and the data.',
            },
            { target: './src', from: ['./data', './mocks', './tests'], message: 'The app never imports the pipeline, mocks or tests.' },
            { target: './src/ui', from: layers(...TOP), message: 'ui/ is shared by features; it cannot depend on them, the app shell or the pre-render: move the shared piece to src/ui or lower.' },
            { target: './src/features', from: layers('app', 'prerender'), message: 'Features do not import the app shell or the pre-render: move the shared piece to src/ui, src/url or src/domain.' },
            { target: './data', from: './src', except: ['./domain'], message: 'The pipeline only shares the domain schema (src/domain) with the app.' },
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
    files: ['src/domain/**/*.ts', 'src/url/viewState.ts', 'src/storage/**/*.ts', 'src/http/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: ['react', 'react-*', 'react/*', '@tanstack/*', 'i18next', 'node:*'], message: 'Domain, URL, storage and HTTP-leaf code stays free of React, I/O libraries and i18n.' }] },
      ],
    },
  },
  {
    // The sources load the submission they are given: the caller reads it from the address
    // (src/url), so they never reach for the router. Repeats node:* (this replaces the src/** rule).
    files: ['src/sources/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [{ name: 'react-router', message: 'The sources do not read the address: take the submission id as an argument (useSubmissionId in src/url/useViewState.ts).' }],
          patterns: [{ group: ['node:*'], message: 'Browser code cannot use Node modules.' }],
        },
      ],
    },
  },
  {
    // Test-only code runs in Node (MSW, fixtures read from disk).
    files: ['src/testing/**', 'src/**/*.test.{ts,tsx}'],
    rules: { 'no-restricted-imports': 'off' },
  },
);
