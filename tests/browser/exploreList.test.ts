/**
 * Explore's results are virtualised (issue 17, decision 016): in a real browser, every result
 * is reachable by scrolling and by Tab, only those near the screen are in the page, the
 * screen is never blank between them, the list announces its size, and nothing moves when
 * the list starts to follow the scrolling. Checked at desktop and phone size on the bundled
 * data (198 recommendations), counts taken from the dataset.
 */
import type { Page } from 'playwright-core';
import { describe, expect } from 'vitest';
import { dataset, expectNoAxeViolations, test, useBrowser, VIEWPORTS, type ViewportName } from './support.ts';

const session = useBrowser();
const total = dataset.recommendations.length;
const EXPLORE = '/en/explore';

/** The drawn items' positions (aria-posinset) and set sizes, and whether the drawn ones cover the screen. */
function drawn(page: Page) {
  return page.evaluate(() => {
    const items = [...document.querySelectorAll<HTMLLIElement>('ol.results > li')];
    const rects = items.map((item) => item.getBoundingClientRect());
    const list = document.querySelector('ol.results')!.getBoundingClientRect();
    // The part of the screen the list occupies must be covered by drawn results (or the gaps between them).
    const top = Math.max(0, list.top);
    const bottom = Math.min(window.innerHeight, list.bottom);
    const covered = rects.length > 0 && (bottom <= top || (rects[0]!.top <= top + 1 && rects.at(-1)!.bottom >= bottom - 1));
    return {
      positions: items.map((item) => Number(item.getAttribute('aria-posinset'))),
      setSizes: [...new Set(items.map((item) => Number(item.getAttribute('aria-setsize'))))],
      covered,
    };
  });
}

const contiguous = (positions: number[]) => positions.every((position, i) => i === 0 || position === positions[i - 1]! + 1);

async function settle(page: Page) {
  // Two frames: the scroll event, then the virtualizer's render and its measurements.
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
}

describe.each(Object.keys(VIEWPORTS) as ViewportName[])('Explore’s results at %s size', (viewport) => {
  test('only the results near the screen are drawn, in order, each counting them all; scrolling reaches the last and back', async ({ openPage }) => {
    const { page, cspViolations, problems } = await openPage(viewport);
    await page.goto(`${session.baseUrl}${EXPLORE}`);
    await page.getByRole('status').filter({ hasText: `${total} of ${total} recommendations` }).waitFor();
    await settle(page);

    const start = await drawn(page);
    expect(start.positions[0]).toBe(1);
    expect(start.positions.length).toBeLessThan(total);
    expect(contiguous(start.positions)).toBe(true);
    expect(start.setSizes).toEqual([total]);
    expect(start.covered).toBe(true);

    // Through the middle to the end: the screen is covered by drawn results at every stop.
    const height = await page.evaluate(() => document.documentElement.scrollHeight);
    for (const fraction of [0.25, 0.5, 0.75, 1]) {
      await page.evaluate((y) => window.scrollTo(0, y), Math.round(fraction * height));
      await settle(page);
      const now = await drawn(page);
      expect(contiguous(now.positions), `at ${fraction}`).toBe(true);
      expect(now.covered, `the screen is covered at ${fraction} of the page`).toBe(true);
    }
    await page.locator(`ol.results > li[aria-posinset="${total}"]`).waitFor();
    const last = dataset.recommendations.at(-1)!;
    expect(await page.getByRole('link', { name: `Recommendation ${last.id.replace(/^R-/, '')}`, exact: true }).isVisible()).toBe(true);

    await page.evaluate(() => window.scrollTo(0, 0));
    await settle(page);
    expect((await drawn(page)).positions[0]).toBe(1);
    await expectNoAxeViolations(page, `explore, ${viewport}`);
    expect(cspViolations).toEqual([]);
    expect(problems).toEqual([]);
  });
});

test('Tab goes through the results one after another, past those drawn at first', async ({ openPage }) => {
  const { page } = await openPage('desktop');
  await page.goto(`${session.baseUrl}${EXPLORE}`);
  await page.getByRole('status').filter({ hasText: `${total} of ${total} recommendations` }).waitFor();
  const drawnAtFirst = (await drawn(page)).positions.length;
  await page.getByRole('link', { name: `Recommendation ${dataset.recommendations[0]!.id.replace(/^R-/, '')}`, exact: true }).focus();
  const visited: number[] = [];
  // Each result has two links (the recommendation, its page in the source); go well past the first ones drawn.
  for (let i = 0; i < 2 * (drawnAtFirst + 10); i++) {
    const position = await page.evaluate(() => Number(document.activeElement?.closest('li[aria-posinset]')?.getAttribute('aria-posinset') ?? NaN));
    visited.push(position);
    await page.keyboard.press('Tab');
  }
  expect(visited.every(Number.isFinite), 'the focus stays in the results').toBe(true);
  expect(visited).toEqual([...visited].sort((a, b) => a - b));
  expect(new Set(visited).size).toBe(drawnAtFirst + 10);
});

test('nothing moves when the list starts to follow the scrolling (no layout shift)', async ({ openPage }) => {
  const { page } = await openPage('desktop');
  await page.addInitScript(() => {
    (window as unknown as { __shifts: number[] }).__shifts = [];
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[]) {
        if (!entry.hadRecentInput) (window as unknown as { __shifts: number[] }).__shifts.push(entry.value);
      }
    }).observe({ type: 'layout-shift', buffered: true });
  });
  await page.goto(`${session.baseUrl}${EXPLORE}`);
  await page.getByRole('status').filter({ hasText: `${total} of ${total} recommendations` }).waitFor();
  // The list follows the scrolling once it has measured itself: it then stands in for the results
  // off screen with its bottom padding (ResultList.tsx). Then a frame or two for a shift to be reported.
  await page.waitForFunction(() => {
    const list = document.querySelector<HTMLElement>('ol.results');
    return list !== null && list.style.paddingBottom !== '';
  });
  await page.evaluate(() => document.fonts.ready.then(() => undefined));
  await settle(page);
  await settle(page);
  const shifts = await page.evaluate(() => (window as unknown as { __shifts: number[] }).__shifts);
  expect(shifts.reduce((a, b) => a + b, 0)).toBeLessThan(0.02);
});
