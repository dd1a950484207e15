/**
 * The axe sweep in each engine: the main views at phone and desktop size, WCAG 2.2 A/AA and
 * best practice, no violation at all; one test per view and size (so a failing view is named),
 * a screenshot of each (tests/.artifacts/screenshots/<engine>/).
 */
import { describe, expect } from 'vitest';
import { VIEWPORTS, type ViewportName } from './driver.ts';
import { engine, engineTest as test } from './fixture.ts';
import { at, type Language } from './words.ts';

const VIEWS: { name: string; path: string; lang: Language; ready: string }[] = [
  { name: 'overview', path: '/', lang: 'zh-Hant', ready: 'figure.chart .chart__bar-link' },
  { name: 'explore', path: '/explore?theme=gba-integration', lang: 'zh-Hans', ready: '.result-list, [role="search"]' },
  { name: 'recommendation', path: '/recommendations/R-5.2-1', lang: 'en', ready: 'figure.quote blockquote' },
  { name: 'source', path: '/source?page=13#R-5.2-1', lang: 'zh-Hant', ready: 'mark' },
  { name: 'schemes', path: '/schemes', lang: 'zh-Hans', ready: 'main h2' },
  { name: 'response', path: '/response', lang: 'en', ready: 'figure.chart .chart__bar-link' },
  { name: 'about', path: '/about', lang: 'zh-Hans', ready: 'main h2' },
];
const viewports = Object.keys(VIEWPORTS) as ViewportName[];

describe.each(viewports)(`axe in ${engine} at %s size`, (viewport) => {
  test.for(VIEWS)('$name ($lang)', async ({ name, path, lang, ready }, { open, baseUrl }) => {
    const page = await open(viewport);
    await page.goto(`${baseUrl}${at(lang, path)}`);
    // A plain wait for the view (its h1 and what it draws last): looking up the heading by role
    // builds axe's tree of the whole page on every poll, a second or more on the largest view in
    // WebKit; whether the h1 is a proper heading is axe's own business just below.
    await page.waitFor((selector) => document.querySelector('main h1') !== null && document.querySelector(selector) !== null, ready, `${name} is not ready (main h1, ${ready})`);
    expect(await page.axe(), `axe violations on ${name} (${lang}, ${viewport}, ${engine})`).toEqual([]);
    await page.screenshot(`view-${name}-${lang}-${viewport}`);
  });
});
