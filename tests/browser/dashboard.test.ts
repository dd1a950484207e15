/**
 * The dashboard in Chromium: the drill-down journey from a chart to the words of the source,
 * URL round trips, and an axe sweep with screenshots of every view in three languages at
 * desktop and phone size.
 */
import { languagePath } from '../../src/url/languagePath.ts';
import { describe, expect } from 'vitest';
import { chartBars, dataSources, dataset, expectNoAxeViolations, screenshot, test, useBrowser, VIEWPORTS, type ViewportName } from './support.ts';

const session = useBrowser();
const { baseUrl } = session;
const sources = dataSources(session);

const viewports = Object.keys(VIEWPORTS) as ViewportName[];

describe.each(sources)('on the %s', (_source, appUrl, shot) => {
  describe.each(viewports)('at %s size', (viewport) => {
    test('from a chart bar to the recommendations behind it, to one of them, to its page in the source; a reload keeps the view', async ({ openPage }) => {
      const { page, problems, cspViolations } = await openPage(viewport);
      await page.goto(`${appUrl}/en`);
      const halal = dataset.themes.find((theme) => theme.id === 'halal')!;
      const halalRecs = dataset.recommendations.filter((rec) => rec.themes.includes('halal'));

      // The bar is a link inside the SVG: reach it from the keyboard and follow it with Enter.
      const bar = page.getByRole('link', { name: `${halal.label.en}: ${halalRecs.length} recommendations — see them` }).first();
      await bar.focus();
      await page.keyboard.press('Enter');
      await page.waitForURL(/\/en\/explore\?theme=halal$/);
      await page.getByText(`${halalRecs.length} of ${dataset.recommendations.length} recommendations`).waitFor();

      const first = halalRecs[0]!;
      await page.getByRole('link', { name: `Recommendation ${first.id.slice(2)}`, exact: true }).click();
      await page.getByRole('heading', { level: 1, name: `Recommendation ${first.id.slice(2)}` }).waitFor();
      expect(await page.locator('figure.quote blockquote').textContent()).toContain(first.text.en);

      await page.getByRole('link', { name: /of the source$/ }).click();
      await page.waitForURL(new RegExp(`/source\\?.*page=${first.page}#${first.id}$`));
      const mark = page.locator('mark').first();
      await mark.waitFor();
      expect(first.text['zh-Hant'].startsWith((await mark.textContent())!)).toBe(true);
      await expectNoAxeViolations(page, `source with a highlight (en, ${viewport})`);
      await screenshot(page, `${shot}journey-source-highlight-en-${viewport}`);

      const url = page.url();
      await page.reload();
      await page.locator('mark').first().waitFor();
      expect(page.url()).toBe(url);

      // Switching language keeps the page, the highlight and the filters.
      await page.getByRole('link', { name: '简体中文' }).click();
      await page.getByRole('heading', { level: 2, name: `第 ${first.page} 页，共 ${dataset.submission.pages} 页` }).waitFor();
      expect(new URL(page.url()).searchParams.get('theme')).toBe('halal');
      expect(await page.locator('mark').count()).toBeGreaterThan(0);
      expect(problems).toEqual([]);
      expect(cspViolations).toEqual([]);
    });

    test('the chart/table switch and the filters survive a reload', async ({ openPage }) => {
      const { page, problems, cspViolations } = await openPage(viewport);
      await page.goto(`${appUrl}/zh-Hans?place=gba`);
      const themes = page.locator('figure#chart-themes');
      await themes.getByRole('button', { name: '表格' }).click();
      await page.waitForURL(/table=themes/);
      await page.reload();
      await page.locator('figure#chart-themes').getByRole('table').waitFor();
      expect(await page.getByRole('button', { name: /^移除筛选：地点：/ }).count()).toBe(1);
      expect(problems).toEqual([]);
      expect(cspViolations).toEqual([]);
    });
  });
});

test.for(viewports)('on a phone the filters are a drawer behind a button; on a desktop they are always shown (%s)', async (viewport, { openPage }) => {
  const { page } = await openPage(viewport);
  await page.goto(`${baseUrl}/en/explore`);
  // The first filter (industry) is open; its halal option, named as the dataset names it.
  const halal = dataset.industries.find((value) => value.id === 'halal')!;
  const checkbox = page.getByRole('checkbox', { name: new RegExp(`^${halal.label.en} \\(`) });
  const toggle = page.getByRole('button', { name: 'Filters' });
  await page.getByRole('searchbox').waitFor();
  if (viewport === 'phone') {
    expect(await checkbox.isVisible()).toBe(false);
    await toggle.click();
    expect(await toggle.getAttribute('aria-expanded')).toBe('true');
    await checkbox.click();
    await page.waitForURL(/industry=halal/);
    await page.getByRole('button', { name: 'Filters (1)' }).waitFor();
    expect(await checkbox.isChecked()).toBe(true);
    await screenshot(page, 'explore-drawer-open-en-phone');
  } else {
    expect(await toggle.isVisible()).toBe(false);
    expect(await checkbox.isVisible()).toBe(true);
  }
});

const LANGUAGES = ['zh-Hant', 'zh-Hans', 'en'] as const;
const VIEWS = [
  { name: 'overview', path: '/', ready: 'figure' },
  { name: 'explore', path: '/explore?theme=gba-integration', ready: 'search' },
  { name: 'schemes', path: '/schemes', ready: 'region' },
  { name: 'source', path: '/source?page=13#R-5.2-1', ready: 'mark' },
  { name: 'structure', path: '/structure?open=2.3', ready: 'list' },
  { name: 'recommendation', path: '/recommendations/R-2.3-5', ready: 'blockquote' },
  { name: 'submissions', path: '/submissions', ready: 'table' },
] as const;

// The views render the same components whatever the source, so the API copy is swept at one size only.
const sweeps = sources.flatMap(([source, appUrl, shot]) => (shot === '' ? viewports : (['desktop'] as const)).map((viewport) => [source, viewport, appUrl, shot] as const));

// One test per view, language, source and size, so a slow or failing visit is named, and no test does much.
const visits = sweeps.flatMap(([source, viewport, appUrl, shot]) => VIEWS.flatMap((view) => LANGUAGES.map((lang) => [view.name, lang, source, viewport, view, appUrl, shot] as const)));

describe('every view, every language: axe and a screenshot', () => {
  test.for(visits)('%s in %s on the %s at %s size', async ([, lang, , viewport, view, appUrl, shot], { openPage }) => {
    const { page, problems, cspViolations } = await openPage(viewport);
    const cut = view.path.search(/[?#]|$/);
    await page.goto(`${appUrl}${languagePath(view.path.slice(0, cut), lang)}${view.path.slice(cut)}`);
    await page.getByRole('heading', { level: 1 }).first().waitFor();
    if (view.ready === 'figure') await chartBars(page).first().waitFor();
    if (view.ready === 'mark') await page.locator('mark').first().waitFor();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe(lang);
    await expectNoAxeViolations(page, `${view.name} (${lang}, ${viewport})`);
    await screenshot(page, `${shot}view-${view.name}-${lang}-${viewport}`);
    expect(problems).toEqual([]);
    expect(cspViolations).toEqual([]);
  });
});
