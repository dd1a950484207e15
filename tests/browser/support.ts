/** Shared pieces of the browser journeys: Chromium, axe, screenshots, the dataset. */
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { chromium, type Browser, type BrowserContext, type BrowserContextOptions, type Page } from 'playwright-core';
import { afterAll, beforeAll, expect, inject, test as baseTest } from 'vitest';
import type { Dataset } from '../../src/domain/dataset.ts';
import { readBundledDataset } from '../../src/testing/bundledData.ts';
import { CHROME_PATH, CHROMIUM_ARGS, VIEWPORTS } from './browsers.ts';
import { collectCspViolations, collectProblems } from './listeners.ts';

export { CHROME_PATH, VIEWPORTS, type ViewportName } from './browsers.ts';

/** The screens a briefing is shown on, for the tests that look at the first screen there too. */
export const SIZES = { ...VIEWPORTS, projector: { width: 1920, height: 1080 }, 'small-projector': { width: 1280, height: 720 } } as const;
export type SizeName = keyof typeof SIZES;

export const launchBrowser = (): Promise<Browser> => chromium.launch({ executablePath: CHROME_PATH, args: CHROMIUM_ARGS });

/** The bundled dataset as the views other than the first screen read it: the core merged with its texts. */
export const dataset: Dataset = readBundledDataset();

const SCREENSHOT_DIR = resolve('tests/.artifacts/screenshots');

/**
 * A pre-rendered page is on screen before the app has taken it over (its code comes after the
 * first paint, decision 015); what a test does next is what a reader does once the page works,
 * so `goto` and `reload` also wait for that: the root loses its `data-prerendered` mark
 * (app/start.tsx). An empty shell has no mark: nothing to wait for.
 */
export function waitForTheAppOnNavigation(page: Page): Page {
  for (const name of ['goto', 'reload'] as const) {
    const navigate = page[name].bind(page) as (...args: unknown[]) => ReturnType<Page['goto']>;
    Object.assign(page, {
      [name]: async (...args: unknown[]) => {
        const response = await navigate(...args);
        await page.waitForFunction(() => !document.getElementById('root')?.hasAttribute('data-prerendered'));
        return response;
      },
    });
  }
  return page;
}

/** A page opened by the `openPage` fixture, with what it heard. */
export interface OpenedPage {
  page: Page;
  /** Console errors seen so far (a test that provokes a failure on purpose may expect some). */
  problems: string[];
  /** CSP violations seen so far, on every page this context opened. */
  cspViolations: string[];
}

/**
 * Opens a page at a viewport size in a new context. It collects console errors and page crashes
 * (`problems`), and every Content Security Policy violation (`cspViolations`), across
 * navigations: the built app runs under a strict CSP with Trusted Types (vite preview serves it).
 */
async function openPageIn(context: BrowserContext): Promise<OpenedPage> {
  const cspViolations = await collectCspViolations(context);
  const page = waitForTheAppOnNavigation(await context.newPage());
  const problems = collectProblems(page);
  return { page, problems, cspViolations };
}

/** The bars of the charts on the page, as a reader finds them: links (to the recommendations behind each) in a figure. */
export const chartBars = (page: Page) => page.getByRole('figure').getByRole('link');

/** The number on one of the overview's count cards (English UI), once they are there. */
export async function headlineFigure(page: Page, label: string): Promise<string | null> {
  const summary = page.getByRole('region', { name: 'Summary' });
  await summary.waitFor();
  return summary.locator('.count-card', { has: page.getByText(label, { exact: true }) }).locator('.count-card__number').textContent();
}

/** axe-core against WCAG 2.2 A/AA: the page must have no violations at all. */
export async function expectNoAxeViolations(page: Page, label: string): Promise<void> {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'])
    .analyze();
  const summary = results.violations.map(
    (violation) => `${violation.id} (${violation.impact}): ${violation.help} — ${violation.nodes.map((node) => node.target.join(' ')).slice(0, 3).join(', ')}`,
  );
  expect(summary, `axe violations on ${label}`).toEqual([]);
}

export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  await page.screenshot({ path: `${SCREENSHOT_DIR}/${name}.png`, fullPage: false });
}

/**
 * The two ways the built app gets its data, for journeys that must pass on both: the
 * bundled JSON, and the submissions API (the mock behind a real HTTP server).
 */
export const dataSources = (session: { baseUrl: string; apiAppUrl: string }) =>
  [
    // [name, the app's address, a prefix for screenshot names]
    ['bundled data', session.baseUrl, ''],
    ['submissions API', session.apiAppUrl, 'api-'],
  ] as const;

/** This file's Chromium (each test file has its own copy of this module), started by `useBrowser`. */
let launched: Browser | undefined;
const theBrowser = (): Browser => {
  if (!launched) throw new Error('the browser has not started: call useBrowser() in the test file');
  return launched;
};

/**
 * One Chromium per test file, started before its tests and closed after; returns the
 * address of the built app and a getter for the browser.
 */
export function useBrowser(): { baseUrl: string; apiAppUrl: string; browser: () => Browser } {
  beforeAll(async () => {
    launched = await launchBrowser();
  });
  afterAll(async () => {
    await launched?.close();
    launched = undefined;
  });
  return { baseUrl: inject('baseUrl'), apiAppUrl: inject('apiAppUrl'), browser: theBrowser };
}

interface BrowserFixtures {
  /** The contexts this test opened, closed when it ends, whether it passed or not. */
  contexts: BrowserContext[];
  /** A new context in this file's Chromium, closed when the test ends. */
  newContext: (options?: BrowserContextOptions) => Promise<BrowserContext>;
  /** A new context and a page in it at a viewport size (see openPageIn), closed when the test ends. */
  openPage: (viewport: SizeName) => Promise<OpenedPage>;
}

/**
 * `test` with pages that are always closed: `test('…', async ({ openPage }) => { const { page } = await openPage('phone'); … })`.
 * A failing assertion ends the test, and the fixture's teardown still closes every context the test opened.
 */
export const test = baseTest.extend<BrowserFixtures>({
  // eslint-disable-next-line no-empty-pattern -- Vitest reads a fixture's dependencies from this pattern: none
  contexts: async ({}, use) => {
    const contexts: BrowserContext[] = [];
    await use(contexts);
    await Promise.all(contexts.map((context) => context.close().catch(() => undefined)));
  },
  newContext: async ({ contexts }, use) => {
    await use(async (options) => {
      const context = await theBrowser().newContext(options);
      contexts.push(context);
      return context;
    });
  },
  openPage: async ({ newContext }, use) => {
    await use(async (viewport) => openPageIn(await newContext({ viewport: SIZES[viewport], deviceScaleFactor: 1 })));
  },
});
