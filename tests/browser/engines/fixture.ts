/**
 * The test of the cross-engine journeys: `engineTest('…', async ({ open }) => …)`. The engine is
 * the Vitest project's (`DASHBOARD_ENGINE`, vitest.config.ts); one browser per test file, one
 * context (Playwright) or session (WebDriver) per page, always closed after the test, passed or
 * not. Every page opened is checked at the end for console errors and CSP violations unless the
 * test takes them itself (`page.expectProblems`).
 */
import { expect, inject, test } from 'vitest';
import type { Dataset } from '../../../src/domain/dataset.ts';
import { readBundledDataset } from '../../../src/testing/bundledData.ts';
import type { EngineName, EngineSession, PageDriver, ViewportName } from './driver.ts';
import { launchPlaywright } from './playwrightDriver.ts';
import { launchWebKit } from './webdriverDriver.ts';

export const engine = (process.env.DASHBOARD_ENGINE ?? 'chromium') as EngineName;

/** The dataset as the views other than the first screen read it (support.ts does the same). */
export const dataset: Dataset = readBundledDataset();

const launch = (): Promise<EngineSession> => (engine === 'webkit' ? launchWebKit() : launchPlaywright(engine));

export interface CheckedPage extends PageDriver {
  /** Ends the automatic check: the test looks at problems and violations itself. */
  expectProblems(): void;
}

export const engineTest = test.extend<{ session: EngineSession; baseUrl: string; open: (viewport: ViewportName) => Promise<CheckedPage> }>({
  session: [
    // eslint-disable-next-line no-empty-pattern -- Vitest's fixtures take their dependencies from the first argument
    async ({}, use) => {
      const session = await launch();
      try {
        await use(session);
      } finally {
        await session.close();
      }
    },
    { scope: 'worker' },
  ],
  // eslint-disable-next-line no-empty-pattern -- as above
  baseUrl: async ({}, use) => use(inject('baseUrl')),
  open: async ({ session }, use) => {
    const pages: { page: PageDriver; checked: boolean }[] = [];
    try {
      await use(async (viewport) => {
        const page = await session.openPage(viewport);
        const entry = { page, checked: true };
        pages.push(entry);
        return Object.assign(page, { expectProblems: () => void (entry.checked = false) });
      });
      for (const { page, checked } of pages) {
        if (!checked) continue;
        expect(await page.problems(), `console errors in ${engine}`).toEqual([]);
        expect(await page.cspViolations(), `CSP violations in ${engine}`).toEqual([]);
      }
    } finally {
      for (const { page } of pages) await page.close().catch(() => undefined);
    }
  },
});
