import { defineConfig, mergeConfig } from 'vitest/config';
import viteConfig from './vite.config.ts';

/**
 * Three projects, one runner:
 * - unit: pure code (pipeline steps, domain, URL codec) in Node;
 * - integration: features rendered with providers in jsdom, the dataset (or the submissions
 *   API, tests/integration) served by MSW;
 * - browser: journeys in Debian's Chromium against the built app (tests/browser).
 * The summary reporter prints the plain "N passed, N failed" line CI reads.
 */
export default mergeConfig(
  viteConfig,
  defineConfig({
    test: {
      globals: false,
      reporters: ['default', './tests/setup/summary-reporter.ts'],
      projects: [
        {
          extends: true,
          test: {
            name: 'unit',
            environment: 'node',
            include: ['data/**/*.test.ts', 'src/**/*.test.ts', 'mocks/**/*.test.ts'],
          },
        },
        {
          extends: true,
          test: {
            name: 'integration',
            environment: 'jsdom',
            include: ['src/**/*.test.tsx', 'tests/integration/**/*.test.tsx'],
            setupFiles: ['./tests/setup/integration.ts'],
            // CI may run on a busy machine: a rendered route with the real dataset can take
            // several seconds there, which is slowness, not failure.
            testTimeout: 30_000,
          },
        },
        {
          extends: true,
          test: {
            name: 'browser',
            environment: 'node',
            include: ['tests/browser/**/*.test.ts'],
            globalSetup: ['./tests/browser/global-setup.ts'],
            fileParallelism: false,
            testTimeout: 60_000,
            hookTimeout: 180_000,
          },
        },
      ],
    },
  }),
);
