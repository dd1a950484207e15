/**
 * Setup for integration tests (jsdom): jest-dom matchers, cleanup between tests,
 * and any console.error fails the test (React warnings are bugs here).
 */
import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { afterEach, beforeAll, beforeEach, vi } from 'vitest';
import { LANGUAGES } from '../../src/domain/dataset.ts';
import { loadLanguage } from '../../src/i18n/index.ts';

// In the app main.tsx loads the reader's language before rendering; tests render any language at once.
beforeAll(() => Promise.all(LANGUAGES.map(loadLanguage)));

// Views other than the overview, search and charts load on demand; on a busy 2-core CI
// machine that can take several seconds, far beyond the 1 s default of findBy/waitFor.
configure({ asyncUtilTimeout: 15_000 });

let consoleErrors: unknown[][] = [];

beforeEach(() => {
  consoleErrors = [];
  vi.spyOn(console, 'error').mockImplementation((...args: unknown[]) => {
    consoleErrors.push(args);
  });
});

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
  if (consoleErrors.length > 0) {
    throw new Error(`console.error was called:\n${consoleErrors.map((args) => args.map(String).join(' ')).join('\n')}`);
  }
});
