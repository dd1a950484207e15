/**
 * Browser journeys on the built app in Debian's Chromium: what a reader does, checked by
 * what they see, with axe on every view and screenshots at desktop and phone size
 * (tests/.artifacts/screenshots, git-ignored).
 */
import { describe, expect } from 'vitest';
import { splitDataset } from '../../src/domain/datasetTexts.ts';
import { dataSources, dataset, expectNoAxeViolations, screenshot, test, useBrowser, VIEWPORTS, type ViewportName } from './support.ts';

const session = useBrowser();
const { baseUrl } = session;
const sources = dataSources(session);

const recommendation = (id: string) => dataset.recommendations.find((rec) => rec.id === id)!;
const viewports = Object.keys(VIEWPORTS) as ViewportName[];

describe.each(sources)('on the %s', (_source, appUrl, shot) => {
  describe.each(viewports)('at %s size', (viewport) => {
    test('open the submission (zh-Hant): axe and a screenshot', async ({ openPage }) => {
      const { page, problems, cspViolations } = await openPage(viewport);
      await page.goto(`${appUrl}/structure`);
      await page.getByRole('heading', { level: 1, name: dataset.submission.title['zh-Hant'] }).waitFor();
      await expectNoAxeViolations(page, `submission (zh-Hant, ${viewport})`);
      await screenshot(page, `${shot}submission-zh-Hant-${viewport}`);
      expect(problems).toEqual([]);
      expect(cspViolations).toEqual([]);
    });

    test('in the submission, expand a section from the keyboard, see its recommendations verbatim', async ({ openPage }) => {
      const { page, problems, cspViolations } = await openPage(viewport);
      await page.goto(`${appUrl}/structure`);
      await page.getByRole('heading', { level: 1, name: dataset.submission.title['zh-Hant'] }).waitFor();

      const section = dataset.sections.find((s) => s.id === '1.4')!;
      const button = page.getByRole('button', { name: new RegExp(`^1\\.4 ${section.title['zh-Hant']}`) });
      await button.focus();
      await page.keyboard.press('Enter');
      await expect.poll(() => button.getAttribute('aria-expanded')).toBe('true');
      expect(new URL(page.url()).search).toBe('?open=1.4');

      const expected = dataset.recommendations.filter((rec) => rec.sectionId === '1.4');
      const items = page.getByRole('list', { name: '第 1.4 節的建議' }).locator(':scope > li');
      expect(await items.count()).toBe(expected.length);
      for (const [index, rec] of expected.entries()) {
        const text = await items.nth(index).textContent();
        expect(text).toContain(rec.text['zh-Hant']);
      }
      // The run-on bullet of 1.4 is one recommendation spanning two pages.
      const runOn = expected.find((rec) => rec.endPage > rec.page)!;
      expect(await items.nth(expected.indexOf(runOn)).textContent()).toContain(`第 ${runOn.page}–${runOn.endPage} 頁`);

      await expectNoAxeViolations(page, `submission with 1.4 open (${viewport})`);
      await button.scrollIntoViewIfNeeded();
      await screenshot(page, `${shot}submission-section-open-${viewport}`);
      expect(problems).toEqual([]);
      expect(cspViolations).toEqual([]);
    });

    test('open a recommendation by its URL, then follow it back to its section', async ({ openPage }) => {
      const rec = recommendation('R-5.2-1');
      const { page, problems, cspViolations } = await openPage(viewport);
      await page.goto(`${appUrl}/recommendations/R-5.2-1`);
      await page.getByRole('heading', { level: 1, name: '建議 5.2-1' }).waitFor();
      expect(await page.locator('figure.quote blockquote').textContent()).toContain(rec.text['zh-Hant']);
      await page.getByText(`香港工業總會意見書，第 5.2 節，第 ${rec.page} 頁`).waitFor();
      await expectNoAxeViolations(page, `recommendation (zh-Hant, ${viewport})`);
      await screenshot(page, `${shot}recommendation-zh-Hant-${viewport}`);

      await page.getByRole('link', { name: '返回第 5.2 節' }).click();
      const sectionButton = page.getByRole('button', { name: /^5\.2 / });
      await expect.poll(() => sectionButton.getAttribute('aria-expanded')).toBe('true');
      await expect.poll(() => sectionButton.evaluate((element) => element === document.activeElement)).toBe(true);
      expect(problems).toEqual([]);
      expect(cspViolations).toEqual([]);
    });

    test('switch language: the view and the open section stay, the URL says so', async ({ openPage }) => {
      const { page, problems, cspViolations } = await openPage(viewport);
      await page.goto(`${appUrl}/structure?open=5.2`);
      await page.getByRole('navigation', { name: '語言' }).getByRole('link', { name: 'English' }).click();
      await page.getByRole('button', { name: 'Expand all sections' }).waitFor();
      expect(new URL(page.url()).pathname).toBe('/en/structure');
      expect(new URL(page.url()).search).toBe('?open=5.2');
      expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
      expect(await page.getByRole('button', { name: /^5\.2 / }).getAttribute('aria-expanded')).toBe('true');
      await expectNoAxeViolations(page, `submission (en, ${viewport})`);
      await screenshot(page, `${shot}submission-en-${viewport}`);
      expect(problems).toEqual([]);
      expect(cspViolations).toEqual([]);
    });

    test('a reload keeps the language and the open section; switch again, to Mainland Chinese', async ({ openPage }) => {
      const { page, problems, cspViolations } = await openPage(viewport);
      // Where the switch to English above lands.
      await page.goto(`${appUrl}/en/structure?open=5.2`);
      await page.getByRole('button', { name: 'Expand all sections' }).waitFor();
      await page.reload();
      await page.getByRole('button', { name: 'Expand all sections' }).waitFor();
      expect(await page.getByRole('button', { name: /^5\.2 / }).getAttribute('aria-expanded')).toBe('true');

      await page.getByRole('link', { name: '简体中文' }).click();
      await page.getByRole('button', { name: '展开全部章节' }).waitFor();
      expect(await page.evaluate(() => document.documentElement.lang)).toBe('zh-Hans');
      await expectNoAxeViolations(page, `submission (zh-Hans, ${viewport})`);
      await screenshot(page, `${shot}submission-zh-Hans-${viewport}`);
      expect(problems).toEqual([]);
      expect(cspViolations).toEqual([]);
    });

    test('a section whose recommendations carry schemes and numbers (the ITSP fast track), in English', async ({ openPage }) => {
      const { page, problems, cspViolations } = await openPage(viewport);
      await page.goto(`${appUrl}/en/structure?open=2.3#section-2.3`);
      await page.getByText('Fast-track approval cap: total project value').waitFor();
      await page.getByText('HK$5M', { exact: true }).scrollIntoViewIfNeeded();
      await expectNoAxeViolations(page, `submission with numbers (en, ${viewport})`);
      await screenshot(page, `${shot}submission-numbers-en-${viewport}`);
      expect(problems).toEqual([]);
      expect(cspViolations).toEqual([]);
    });

    test('a recommendation in English', async ({ openPage }) => {
      const { page, problems, cspViolations } = await openPage(viewport);
      await page.goto(`${appUrl}/en/recommendations/R-14-7`);
      await page.getByRole('heading', { level: 1, name: 'Recommendation 14-7' }).waitFor();
      await expectNoAxeViolations(page, `recommendation (en, ${viewport})`);
      await screenshot(page, `${shot}recommendation-en-${viewport}`);
      expect(problems).toEqual([]);
      expect(cspViolations).toEqual([]);
    });
  });
});

describe('keyboard and failure', () => {
  test('the skip link is the first stop and moves focus to the main content, with a visible focus ring', async ({ openPage }) => {
    const { page } = await openPage('desktop');
    await page.goto(`${baseUrl}/structure`);
    await page.getByRole('heading', { level: 1 }).waitFor();
    await page.keyboard.press('Tab');
    const skip = page.getByRole('link', { name: '跳至主要內容' });
    expect(await skip.evaluate((element) => element === document.activeElement)).toBe(true);
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('main');

    // Tab onwards to the first section button and check the focus ring is drawn.
    await page.getByRole('button', { name: '展開全部章節' }).focus();
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    const outline = await page.evaluate(() => {
      const style = getComputedStyle(document.activeElement!);
      return { tag: document.activeElement!.tagName, style: style.outlineStyle, width: style.outlineWidth };
    });
    expect(outline).toEqual({ tag: 'BUTTON', style: 'solid', width: '3px' });
    await screenshot(page, 'focus-ring-desktop');
  });

  test('a dataset that fails validation shows what is wrong, not a blank page', async ({ openPage }) => {
    const { page } = await openPage('desktop');
    // The first screen reads the dataset's core (the texts file is another request): a section's title is in it.
    const broken = structuredClone(splitDataset(dataset).core) as unknown as { sections: Record<string, unknown>[] };
    broken.sections[0]!.title = {};
    await page.route('**/data/fhki-2025-policy-address.json', (route) => route.fulfill({ json: broken }));
    await page.goto(`${baseUrl}/en`);
    const alert = page.getByRole('alert');
    await alert.waitFor();
    expect(await alert.textContent()).toContain('sections.0.title.zh-Hant');
    await expectNoAxeViolations(page, 'dataset error');
    await screenshot(page, 'dataset-error-desktop');
  });
});
