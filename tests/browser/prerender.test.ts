/**
 * The pre-rendered first views (issue 17, decision 015) in Chromium, served by `vite preview`
 * as a static host would: a page by its path, the shell for every other address. With
 * JavaScript off the page is readable (the finding, the charts as SVG) and its links lead to
 * other pre-rendered pages; with it on, the page is hydrated (the same DOM nodes, no mismatch
 * reported) rather than drawn again; old `?lang=` links land on the path form.
 */
import { expect } from 'vitest';
import { collectCspViolations, collectProblems } from './listeners.ts';
import { dataset, SIZES, test, useBrowser } from './support.ts';

const session = useBrowser();
const recs = dataset.recommendations;

test('with JavaScript off, /en is the first screen, charts as SVG, and its links lead to pre-rendered pages (en, desktop)', async ({ newContext }) => {
  const context = await newContext({ viewport: SIZES.desktop, javaScriptEnabled: false });
  const page = await context.newPage();
  const response = await page.goto(`${session.baseUrl}/en`);
  expect(response?.status()).toBe(200);
  expect(await page.locator('html').getAttribute('lang')).toBe('en');
  await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('What FHKI asked for, and what came of it');
  const finding = await page.getByRole('region', { name: 'Summary' }).locator('.summary__finding').textContent();
  expect(finding).toContain(`FHKI made ${recs.length} recommendations to the 2025 Policy Address.`);
  // Every chart on the first screen is drawn: a figure with an SVG that has a bar per row of its table.
  const figures = page.locator('figure.chart');
  expect(await figures.count()).toBeGreaterThan(3);
  const first = figures.first();
  expect(await first.locator('svg .chart__mark').count()).toBeGreaterThan(0);
  // The navigation is links to pages that exist without the app.
  await page.getByRole('navigation', { name: 'Views' }).getByRole('link', { name: 'Explore' }).click();
  await page.waitForURL(`${session.baseUrl}/en/explore`);
  await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Explore the recommendations');
  expect(await page.getByText(`${recs.length} of ${recs.length} recommendations`).count()).toBeGreaterThan(0);
});

test('with JavaScript off on a phone, each chart is the phone layout drawn at its own size, not a desktop one shrunk (zh-Hant, phone)', async ({ newContext }) => {
  const context = await newContext({ viewport: SIZES.phone, javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(`${session.baseUrl}/`);
  const scales = await page.locator('figure.chart svg.chart__svg').evaluateAll((svgs) =>
    svgs.filter((svg) => svg.getBoundingClientRect().width > 0).map((svg) => svg.getBoundingClientRect().width / (svg as SVGSVGElement).width.baseVal.value),
  );
  expect(scales.length).toBeGreaterThan(3);
  for (const scale of scales) expect(scale).toBeGreaterThan(0.9);
});

test('with JavaScript on, the pre-rendered page is hydrated: the same nodes, no mismatch (zh-Hans, phone)', async ({ openPage }) => {
  const { page, problems, cspViolations } = await openPage('phone');
  // Keep a handle on the pre-rendered heading before any script runs: hydration keeps it, a fresh render replaces it.
  await page.addInitScript(() => {
    document.addEventListener('DOMContentLoaded', () => {
      (window as unknown as { prerenderedHeading: Element | null }).prerenderedHeading = document.querySelector('h1');
    });
  });
  await page.goto(`${session.baseUrl}/zh-Hans`);
  // The app's code arrives after the first paint; React marks the root it has taken over.
  await page.waitForFunction(() => Object.keys(document.getElementById('root')!).some((key) => key.startsWith('__reactContainer')));
  // Hydrated: a control works (the table switch of the first chart shows its table).
  const firstChart = page.locator('figure.chart').first();
  await firstChart.getByRole('button', { name: /表格/ }).first().click();
  await firstChart.locator('table').waitFor();
  expect(await page.evaluate(() => document.querySelector('h1') === (window as unknown as { prerenderedHeading: Element | null }).prerenderedHeading)).toBe(true);
  expect(await page.locator('html').getAttribute('lang')).toBe('zh-Hans');
  expect(problems).toEqual([]);
  expect(cspViolations).toEqual([]);
});

test('an old ?lang= link opens in its language and lands on the path form (en, desktop)', async ({ openPage }) => {
  const { page, problems } = await openPage('desktop');
  await page.goto(`${session.baseUrl}/explore?lang=en&industry=logistics-trading`);
  await page.waitForURL(`${session.baseUrl}/en/explore?industry=logistics-trading`);
  await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Explore the recommendations');
  const logistics = recs.filter((rec) => rec.industries.includes('logistics-trading')).length;
  await page.getByText(`${logistics} of ${recs.length} recommendations`).first().waitFor();
  expect(problems).toEqual([]);
});

test('an address with no pre-rendered page gets the shell, and the app draws it (zh-Hant, desktop)', async ({ openPage }) => {
  const { page, problems } = await openPage('desktop');
  const response = await page.goto(`${session.baseUrl}/source?page=3`);
  const html = await response!.text();
  // The shell: an empty root, no page of its own.
  expect(html).toContain('<div id="root"></div>');
  await page.getByRole('heading', { name: /第 3 頁/ }).first().waitFor();
  expect(problems).toEqual([]);
});

const PRERENDERED = ['/', '/explore', '/response', '/schemes', '/structure', '/about', `/recommendations/${recs[0]!.id}`, `/recommendations/${recs.at(-1)!.id}`];

test.for([
  ['zh-Hant', ''],
  ['zh-Hans', '/zh-Hans'],
  ['en', '/en'],
] as const)('the build wrote each view and recommendation in %s, marked for hydration, with nothing a CSP would block', async ([, prefix]) => {
  for (const path of PRERENDERED) {
    const url = `${session.baseUrl}${prefix}${path === '/' && prefix ? '' : path}`;
    const response = await fetch(url, { headers: { Accept: 'text/html' } });
    const html = await response.text();
    expect(html, url).toMatch(/<div id="root" data-prerendered="[^"]+" data-revision="[0-9a-f]{64}"/);
    const root = html.slice(html.indexOf('<div id="root"'));
    expect(root, url).not.toMatch(/<script\b|\sstyle="/i);
  }
});

test('a chart bar focused before the app takes over keeps the focus when the chart is drawn at its width (en, phone)', async ({ newContext }) => {
  // A page of its own (not openPage's, whose goto waits for the app): the test holds the app back.
  const context = await newContext({ viewport: SIZES.phone });
  const cspViolations = await collectCspViolations(context);
  const page = await context.newPage();
  const problems = collectProblems(page);
  // The app's start is held back until a bar of the pre-rendered page has the focus.
  let release = () => undefined as void;
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route(/\/assets\/start-[\w-]+\.js$/, async (route) => {
    await held;
    await route.continue();
  });
  await page.goto(`${session.baseUrl}/en`);
  const drawing = page.locator('figure#chart-themes svg[role="group"]:visible');
  const bar = drawing.getByRole('link').first();
  await bar.focus();
  const focused = () => page.evaluate(() => (document.activeElement?.matches('figure#chart-themes a.chart__bar-link') ? document.activeElement.getAttribute('aria-label') : null));
  const name = await focused();
  expect(name).toMatch(/recommendations? — see (it|them)$/);
  expect(await page.locator('figure#chart-themes .chart__layout--narrow').count()).toBe(1);
  release();
  // Taken over and drawn at the panel's measured width: the phone's and the desktop's pre-rendered layouts are gone.
  await page.waitForFunction(() => !document.getElementById('root')!.hasAttribute('data-prerendered') && document.querySelector('figure#chart-themes :is(.chart__layout--narrow, .chart__layout--wide)') === null);
  expect(await focused()).toBe(name);
  expect(problems).toEqual([]);
  expect(cspViolations).toEqual([]);
});
