/**
 * The page driver on playwright-core: Debian's Chromium, and Firefox ESR through WebDriver BiDi
 * (the `moz-firefox` channel; playwright-core 1.64.1 at most, 1.65 cannot drive it:
 * docs/decisions/017-three-browser-engines.md).
 */
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { chromium, firefox, type Browser, type ElementHandle, type Page } from 'playwright-core';
import {
  appHasTakenOver,
  AXE_SOURCE,
  AXE_TAGS,
  axeInPage,
  describeQuery,
  findByRoleInPage,
  textInPage,
  toRoleQueryArg,
  VIEWPORTS,
  type ByRole,
  type EngineSession,
  type PageDriver,
  type ViewportName,
} from './driver.ts';
import { CHROME_PATH, CHROMIUM_ARGS } from '../browsers.ts';
import { collectCspViolations, collectProblems } from '../listeners.ts';

export const FIREFOX_PATH = process.env.FIREFOX_PATH || '/usr/bin/firefox-esr';
const WAIT_MS = 10_000;


export const screenshotDir = (engine: string) => resolve('tests/.artifacts/screenshots', engine);

export async function launchPlaywright(engine: 'chromium' | 'firefox'): Promise<EngineSession> {
  const browser: Browser =
    engine === 'chromium'
      ? await chromium.launch({ executablePath: CHROME_PATH, args: CHROMIUM_ARGS })
      : await firefox.launch({ channel: 'moz-firefox', executablePath: FIREFOX_PATH, headless: true });
  return {
    engine,
    version: browser.version(),
    openPage: (viewport) => openPlaywrightPage(browser, engine, viewport),
    close: () => browser.close(),
  };
}

async function openPlaywrightPage(browser: Browser, engine: 'chromium' | 'firefox', viewport: ViewportName): Promise<PageDriver> {
  const context = await browser.newContext({ viewport: VIEWPORTS[viewport], deviceScaleFactor: 1 });
  // Installed before any script of the page, on every page of the context.
  const cspViolations = await collectCspViolations(context);
  const page: Page = await context.newPage();
  page.setDefaultTimeout(WAIT_MS);
  const problems = collectProblems(page);

  const ensureAxe = async () => {
    if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(AXE_SOURCE);
  };
  const find = async (query: ByRole): Promise<ElementHandle> => {
    await ensureAxe();
    try {
      const handle = await page.waitForFunction(findByRoleInPage, toRoleQueryArg(query), { polling: 100, timeout: WAIT_MS });
      return handle.asElement() as ElementHandle;
    } catch (error) {
      // A navigation drops the injected axe: inject again and look once more.
      await ensureAxe();
      const handle = await page.waitForFunction(findByRoleInPage, toRoleQueryArg(query), { polling: 100, timeout: WAIT_MS }).catch(() => {
        throw new Error(`no ${describeQuery(query)} on ${page.url()} (${String(error).split('\n')[0]})`);
      });
      return handle.asElement() as ElementHandle;
    }
  };
  const waitForApp = () => page.waitForFunction(appHasTakenOver, undefined, { polling: 50 }).then(() => undefined);

  return {
    engine,
    viewport,
    goto: async (url) => {
      await page.goto(url);
      await waitForApp();
    },
    reload: async () => {
      await page.reload();
      await waitForApp();
    },
    url: async () => page.url(),
    evaluate: (fn, arg) => page.evaluate(fn, arg as never),
    waitFor: async (fn, arg, message) => {
      await page.waitForFunction(fn, arg as never, { polling: 100 }).catch((error: unknown) => {
        throw new Error(`${message ?? 'waiting'}: ${String(error).split('\n')[0]}`);
      });
    },
    waitForRole: async (query) => void (await find(query)),
    waitForText: async (text) => {
      await page.waitForFunction(textInPage, text, { polling: 100 }).catch(() => {
        throw new Error(`the text “${text}” did not appear on ${page.url()}`);
      });
    },
    click: async (query) => {
      // React may replace the element between finding and clicking it: find it again once.
      await (await find(query)).click().catch(async (error: unknown) => {
        if (!/not attached/.test(String(error))) throw error;
        await (await find(query)).click();
      });
    },
    focus: async (query) => {
      await (await find(query)).focus().catch(async (error: unknown) => {
        if (!/not attached/.test(String(error))) throw error;
        await (await find(query)).focus();
      });
    },
    press: (key) => page.keyboard.press(key),
    emulatePrint: (on) => page.emulateMedia({ media: on ? 'print' : 'screen' }),
    printToPdf: async () => (engine === 'chromium' ? page.pdf({ format: 'A4', printBackground: true }) : null),
    screenshot: async (name) => {
      mkdirSync(screenshotDir(engine), { recursive: true });
      const before = { problems: problems.length, csp: cspViolations.length };
      await page.screenshot({ path: resolve(screenshotDir(engine), `${name}.png`), caret: 'initial', animations: 'allow' });
      if (engine === 'firefox') {
        // Playwright's screenshot through BiDi puts a <style> of its own in the page, which the
        // app's CSP refuses (style-src 'self'): that one report is the tool's, not the app's.
        await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
        const own = (entry: string) => /style-src/.test(entry);
        problems.splice(before.problems, Infinity, ...problems.slice(before.problems).filter((entry) => !own(entry)));
        cspViolations.splice(before.csp, Infinity, ...cspViolations.slice(before.csp).filter((entry) => !own(entry)));
      }
    },
    axe: async () => {
      await ensureAxe();
      return page.evaluate(axeInPage, AXE_TAGS);
    },
    problems: async () => [...problems],
    cspViolations: async () => [...cspViolations],
    close: () => context.close(),
  };
}
