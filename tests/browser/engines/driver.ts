/**
 * One journey spec, three engines: the little a journey needs from a browser, so that the same
 * test drives Chromium and Firefox (playwright-core) and WebKit (webdriverio, W3C WebDriver).
 * Roles and accessible names are found in the page by axe-core's own functions (the same code
 * in every engine, and the same notion of a name as the axe sweep), then acted on with the
 * engine's real input (a WebDriver element click, Playwright's mouse), never by dispatching
 * synthetic events.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

export type EngineName = 'chromium' | 'firefox' | 'webkit';
export const ENGINES: readonly EngineName[] = ['chromium', 'firefox', 'webkit'];

import type { ViewportName } from '../browsers.ts';

export { VIEWPORTS, type ViewportName } from '../browsers.ts';

/** A role and accessible name, as a reader (or a screen reader) finds a control. */
export interface ByRole {
  role: string;
  /** The whole accessible name (spaces collapsed), or a pattern it must match. */
  name?: string | RegExp;
  /** For headings. */
  level?: number;
  /** A CSS selector the element must be inside. */
  within?: string;
}

/** Keys as WebDriver and Playwright both know them. */
export type KeyName = 'ArrowRight' | 'ArrowLeft' | 'Home' | 'End' | 'Escape' | 'Enter' | 'Tab' | 'q' | '?';

export interface PageDriver {
  readonly engine: EngineName;
  readonly viewport: ViewportName;
  /** Navigates and waits until the app has taken over the pre-rendered page (app/start.tsx). */
  goto(url: string): Promise<void>;
  reload(): Promise<void>;
  url(): Promise<string>;
  /** Runs a self-contained function in the page (no closures over test code). */
  evaluate<R, A = undefined>(fn: (arg: A) => R | Promise<R>, arg?: A): Promise<R>;
  /** Waits until the function returns a truthy value in the page. */
  waitFor<A = undefined>(fn: (arg: A) => unknown, arg?: A, message?: string): Promise<void>;
  /** Waits for a visible element with that role and name. */
  waitForRole(query: ByRole): Promise<void>;
  waitForText(text: string): Promise<void>;
  /** Clicks the element with that role and name with the engine's own pointer. */
  click(query: ByRole): Promise<void>;
  /** Focuses the element with that role and name (for keyboard journeys). */
  focus(query: ByRole): Promise<void>;
  press(key: KeyName): Promise<void>;
  /** The print stylesheet on or off (Playwright emulates the media; WebDriver has no such command, see webdriverDriver.ts). */
  emulatePrint(on: boolean): Promise<void>;
  /** A PDF of the page where the engine can print (Chromium's page.pdf, WebDriver's printPage); null where it cannot. */
  printToPdf(): Promise<Buffer | null>;
  screenshot(name: string): Promise<void>;
  /** axe-core against WCAG 2.2 A/AA and best practice: one line per violation. */
  axe(): Promise<string[]>;
  /** Console errors and page errors seen so far (see each driver for how). */
  problems(): Promise<string[]>;
  /** `securitypolicyviolation` events seen so far, on every page opened. */
  cspViolations(): Promise<string[]>;
  close(): Promise<void>;
}

export interface EngineSession {
  readonly engine: EngineName;
  /** Versions as the engine reports them, for the reliability table. */
  readonly version: string;
  openPage(viewport: ViewportName): Promise<PageDriver>;
  close(): Promise<void>;
}

const require = createRequire(import.meta.url);
/** axe-core's source, injected as is (it is what @axe-core/playwright injects too). */
export const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

/** The tags of support.ts's expectNoAxeViolations. */
export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

export interface RoleQueryArg {
  role: string;
  name?: string | { source: string; flags: string };
  level?: number;
  within?: string;
  axeSource?: string;
}

export const toRoleQueryArg = (query: ByRole): RoleQueryArg => ({
  role: query.role,
  name: query.name instanceof RegExp ? { source: query.name.source, flags: query.name.flags } : query.name,
  level: query.level,
  within: query.within,
});

export const describeQuery = (query: ByRole) => `${query.role}${query.level ? ` (level ${query.level})` : ''}${query.name === undefined ? '' : ` named ${String(query.name)}`}`;

/**
 * In the page: the first visible element with that role and accessible name, or null. Needs
 * axe-core in the page (the drivers inject it). Self-contained: it is sent to the page as text.
 */
export function findByRoleInPage(query: RoleQueryArg): Element | null {
  type Axe = {
    setup(node?: Document): unknown;
    teardown(): void;
    commons: { aria: { getRole(node: Element): string | null }; text: { accessibleText(node: Element): string } };
  };
  const axe = (window as unknown as { axe?: Axe }).axe;
  if (!axe) throw new Error('axe-core is not in the page');
  // Candidates by the markup each role can come from, so that a query is not a walk of every node.
  const SELECTORS: Record<string, string> = {
    link: 'a[href], area[href], [role~="link"]',
    button: 'button, summary, input[type="button"], input[type="submit"], input[type="reset"], [role~="button"]',
    heading: 'h1, h2, h3, h4, h5, h6, [role~="heading"]',
    checkbox: 'input[type="checkbox"], [role~="checkbox"]',
    searchbox: 'input[type="search"], [role~="searchbox"]',
    navigation: 'nav, [role~="navigation"]',
    region: 'section, [role~="region"]',
    figure: 'figure, [role~="figure"]',
    dialog: 'dialog, [role~="dialog"]',
    img: 'img, svg, [role~="img"]',
    table: 'table, [role~="table"]',
    list: 'ul, ol, [role~="list"]',
    status: '[role~="status"], output',
    alert: '[role~="alert"]',
  };
  const selector = SELECTORS[query.role] ?? `[role~="${query.role}"]`;
  const root = query.within ? document.querySelector(query.within) : document;
  if (!root) return null;
  const candidates = [...root.querySelectorAll(selector)].filter((element) => {
    if (element.getClientRects().length === 0) return false;
    const style = getComputedStyle(element);
    return style.visibility !== 'hidden' && !element.closest('[aria-hidden="true"], [inert]');
  });
  if (candidates.length === 0) return null;
  const pattern = typeof query.name === 'object' ? new RegExp(query.name.source, query.name.flags) : null;
  axe.setup(document);
  try {
    for (const element of candidates) {
      if (axe.commons.aria.getRole(element) !== query.role) continue;
      if (query.level !== undefined) {
        const level = Number(element.getAttribute('aria-level') ?? element.tagName.match(/^H(\d)$/)?.[1]);
        if (level !== query.level) continue;
      }
      if (query.name !== undefined) {
        const name = axe.commons.text.accessibleText(element).replace(/\s+/g, ' ').trim();
        if (pattern ? !pattern.test(name) : name !== query.name) continue;
      }
      return element;
    }
    return null;
  } finally {
    axe.teardown();
  }
}

/** In the page: whether the text appears in a visible part of the body (spaces collapsed). */
export function textInPage(text: string): boolean {
  const squash = (value: string) => value.replace(/\s+/g, ' ');
  return squash(document.body.innerText).includes(squash(text));
}

/** In the page: axe-core's run, reduced to one line per violation. */
export async function axeInPage(tags: string[]): Promise<string[]> {
  type Result = { violations: { id: string; impact?: string; help: string; nodes: { target: string[] }[] }[] };
  const axe = (window as unknown as { axe: { run(context: Document, options: object): Promise<Result> } }).axe;
  const results = await axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] });
  return results.violations.map(
    (violation) => `${violation.id} (${violation.impact}): ${violation.help} — ${violation.nodes.map((node) => node.target.join(' ')).slice(0, 3).join(', ')}`,
  );
}

/** In the page: whether the root still carries the pre-render mark (decision 015). */
export const appHasTakenOver = () => !document.getElementById('root')?.hasAttribute('data-prerendered');
