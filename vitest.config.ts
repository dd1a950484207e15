import { defineConfig, mergeConfig } from 'vitest/config';
import viteConfig from './vite.config.ts';

/**
 * Three projects, one runner:
 * - unit: pure code (pipeline steps, domain, URL codec) in Node;
 * - integration: features rendered with providers in jsdom, the dataset (or the submissions
 *   API, tests/integration) served by MSW;
 * - browser: journeys in Debian's Chromium against the built app (tests/browser);
 * - browser-firefox, browser-webkit: the cross-engine journeys (tests/browser/engines) in
 *   Firefox ESR and WebKitGTK's MiniBrowser, against the same build.
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
        // The cross-engine journeys (tests/browser/engines, which `browser` runs in Chromium too)
        // in Firefox ESR and WebKitGTK: docs/decisions/017-three-browser-engines.md.
        ...(['firefox', 'webkit'] as const).map((engine) => ({
          extends: true as const,
          test: {
            name: `browser-${engine}`,
            environment: 'node',
            include: ['tests/browser/engines/**/*.test.ts'],
            env: { DASHBOARD_ENGINE: engine },
            // The same setup file as `browser`: it builds and serves the app once per run, whatever the projects.
            globalSetup: ['./tests/browser/global-setup.ts'],
            // One file at a time, like `browser`: Vitest puts every project whose files run
            // one by one in a single sequential group, so no two browsers run at once.
            fileParallelism: false,
            testTimeout: 30_000,
            hookTimeout: 60_000,
          },
        })),
      ],
    },
  }),
);
