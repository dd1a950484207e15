/**
 * The reader's journeys, written once and run in Chromium, Firefox and WebKit (one Vitest
 * project per engine, vitest.config.ts): the first screen, a drill-down to the words of the
 * source, a language switch, a briefing from the keyboard, a chart export, the printed pack,
 * a reload offline, and the Trusted Types guard. Each at phone and desktop size, in one
 * language per test; expected counts come from the bundled dataset. Console errors and CSP
 * violations fail every test (fixture.ts). Screenshots: tests/.artifacts/screenshots/<engine>/.
 */
import { describe, expect, inject } from 'vitest';
import { VIEWPORTS, type PageDriver, type ViewportName } from './driver.ts';
import { dataset, engine, engineTest as test } from './fixture.ts';
import { serveBuild } from './staticServer.ts';
import { at, escapeRegExp, words, type Language } from './words.ts';

const viewports = Object.keys(VIEWPORTS) as ViewportName[];
/** One language per test, varied across sizes and journeys. */
const langFor = (viewport: ViewportName, journey: number): Language => (['zh-Hant', 'zh-Hans', 'en'] as const)[(journey + (viewport === 'phone' ? 0 : 1)) % 3]!;

const recommendationsWith = (theme: string) => dataset.recommendations.filter((rec) => rec.themes.includes(theme));
const label = (id: string) => id.slice(2);

/**
 * Until the app has measured its panel, the pre-rendered page holds the themes chart twice (a
 * phone's layout and a desktop's); then it is drawn once at its width. Waits for that.
 */
const chartSettled = (page: PageDriver) =>
  page.waitFor(
    () => {
      const figure = document.querySelector('figure#chart-themes');
      return figure !== null && figure.querySelector('.chart__layout--narrow, .chart__layout--wide') === null && figure.querySelector('a.chart__bar-link') !== null;
    },
    undefined,
    'the chart was not drawn at its measured width',
  );

describe.each(viewports)(`${engine} at %s size`, (viewport) => {
  test('the first screen: its heading, the finding, charts with bars inside the screen', async ({ open, baseUrl }) => {
    const lang = langFor(viewport, 0);
    const page = await open(viewport);
    await page.goto(`${baseUrl}${at(lang, '/')}`);
    await page.waitForRole({ role: 'heading', level: 1, name: words(lang, 'overview.title') });
    // The bars are drawn once their container is measured.
    await page.waitFor(
      () => {
        const bars = [...document.querySelectorAll('figure.chart')][0]?.querySelectorAll('.chart__bar-link rect:not(.chart__hit)') ?? [];
        return bars.length > 0 && [...bars].every((bar) => bar.getBoundingClientRect().width > 0);
      },
      undefined,
      'no chart with drawn bars',
    );
    const finding = await page.evaluate(() => document.querySelector('.summary__finding')?.textContent ?? '');
    expect(finding).toContain(String(dataset.recommendations.length));
    const bars = await page.evaluate(() => {
      const width = document.documentElement.clientWidth;
      const figure = document.querySelector('figure.chart')!;
      return [...figure.querySelectorAll('.chart__bar-link rect:not(.chart__hit)')].map((bar) => {
        const box = bar.getBoundingClientRect();
        return { width: box.width, height: box.height, inside: box.left >= -1 && box.right <= width + 1 };
      });
    });
    expect(bars.length).toBeGreaterThan(0);
    expect(bars.filter((bar) => !(bar.width > 0 && bar.height > 0 && bar.inside))).toEqual([]);
    expect(await page.evaluate(() => document.documentElement.lang)).toBe(lang);
    await page.screenshot(`first-screen-${lang}-${viewport}`);
  });

  test('filter from a chart, open a recommendation, then its page of the source with the words marked', async ({ open, baseUrl }) => {
    const lang = langFor(viewport, 1);
    const theme = dataset.themes.find((t) => t.id === 'halal')!;
    const behind = recommendationsWith('halal');
    const first = behind[0]!;
    const page = await open(viewport);
    await page.goto(`${baseUrl}${at(lang, '/')}`);
    // What the reader sees settle first: the chart drawn at its measured width (a focused bar would keep the focus meanwhile: prerender.test.ts).
    await chartSettled(page);
    // The bar is a link inside the SVG, followed from the keyboard in every engine (WebKitWebDriver
    // cannot click an SVG <a>, "element not interactable": docs/reliability.md). Enter on it makes
    // the same click as a pointer in all three engines, so the app's own navigation runs.
    await page.focus({ role: 'link', name: words(lang, 'chart.barLink_other', { label: theme.label[lang], count: behind.length }), within: 'figure#chart-themes' });
    expect(await page.evaluate(() => document.activeElement?.matches('figure#chart-themes a.chart__bar-link') ?? false)).toBe(true);
    await page.press('Enter');
    // The overview also says “4 of 198 recommendations” (in its finding): the new view's heading first.
    await page.waitForRole({ role: 'heading', level: 1, name: words(lang, 'explore.title') });
    await page.waitForText(words(lang, 'explore.results', { count: behind.length, total: dataset.recommendations.length }));
    const filtered = new URL(await page.url());
    expect(`${filtered.pathname}${filtered.search}`).toBe(`${at(lang, '/explore')}?theme=halal`);

    await page.click({ role: 'link', name: words(lang, 'recommendation.heading', { label: label(first.id) }) });
    await page.waitForRole({ role: 'heading', level: 1, name: words(lang, 'recommendation.heading', { label: label(first.id) }) });
    const inSource = words(lang, 'recommendationLinks.inSource', { page: '(.+)' });
    await page.click({ role: 'link', name: new RegExp(`^${escapeRegExp(inSource).replace(escapeRegExp('(.+)'), '.+')}$`) });
    // The recommendation's page has a <mark> of its own (the quote): the source's heading first.
    await page.waitForRole({ role: 'heading', level: 1, name: words(lang, 'source.title') });
    await page.waitFor(() => document.querySelector('main mark') !== null, undefined, 'no highlight in the source');
    const url = new URL(await page.url());
    expect(url.searchParams.get('page')).toBe(String(first.page));
    expect(url.hash).toBe(`#${first.id}`);
    const marked = await page.evaluate(() => document.querySelector('mark')?.textContent ?? '');
    expect(first.text['zh-Hant'].startsWith(marked)).toBe(true);
    await page.screenshot(`source-highlight-${lang}-${viewport}`);
  });

  test('switch language from the header: the view and its filters stay', async ({ open, baseUrl }) => {
    const from = langFor(viewport, 2);
    const to: Language = from === 'en' ? 'zh-Hant' : 'en';
    const behind = recommendationsWith('gba-integration');
    const page = await open(viewport);
    await page.goto(`${baseUrl}${at(from, '/explore?theme=gba-integration')}`);
    await page.waitForText(words(from, 'explore.results', { count: behind.length, total: dataset.recommendations.length }));
    await page.click({ role: 'link', name: words(from, `language.${to}`), within: 'header' });
    await page.waitForText(words(to, 'explore.results', { count: behind.length, total: dataset.recommendations.length }));
    const url = new URL(await page.url());
    expect(url.pathname).toBe(at(to, '/explore'));
    expect(url.search).toBe('?theme=gba-integration');
    expect(await page.evaluate(() => document.documentElement.lang)).toBe(to);
    await page.screenshot(`explore-${to}-${viewport}`);
  });

  test('present a briefing from the keyboard: next, first, last, the shortcut list, full screen or its fallback', async ({ open, baseUrl }) => {
    const lang = langFor(viewport, 3);
    const page = await open(viewport);
    await page.goto(`${baseUrl}${at(lang, '/briefing?brief=themes,schemes&slide=1')}`);
    await page.waitForText(words(lang, 'briefing.slideOf', { slide: 1, count: 2 }));
    const slide = async () => new URL(await page.url()).searchParams.get('slide');
    const slideIs = (n: string) => page.waitFor((n) => new URLSearchParams(location.search).get('slide') === n, n, `slide ${n}`);
    await page.press('ArrowRight');
    await slideIs('2');
    await page.waitForText(words(lang, 'briefing.slideOf', { slide: 2, count: 2 }));
    await page.press('Home');
    await slideIs('1');
    await page.press('End');
    await slideIs('2');
    await page.press('ArrowLeft');
    await slideIs('1');
    expect(await slide()).toBe('1');

    await page.press('?');
    await page.waitForRole({ role: 'dialog', name: words(lang, 'briefing.help') });
    await page.press('Escape');
    await page.waitFor(() => !document.querySelector('dialog[open]'), undefined, 'the shortcut list did not close');

    // Full screen: the Fullscreen API where the engine has it for elements, else the slides fill the window and the page says so.
    await page.click({ role: 'button', name: words(lang, 'briefing.fullscreen') });
    await page.waitForRole({ role: 'button', name: words(lang, 'briefing.exitFullscreen') });
    const mode = await page.evaluate(() => (document.fullscreenElement ? 'native' : document.documentElement.classList.contains('has-fullscreen-fallback') ? 'fallback' : 'none'));
    expect(mode).not.toBe('none');
    if (mode === 'fallback') await page.waitForText(words(lang, 'chart.fullscreenFallback'));
    await page.screenshot(`briefing-fullscreen-${mode}-${lang}-${viewport}`);
    await page.press('ArrowRight');
    await slideIs('2');
    await page.click({ role: 'button', name: words(lang, 'briefing.exitFullscreen') });
    await page.waitForRole({ role: 'button', name: words(lang, 'briefing.fullscreen') });
    expect(await page.evaluate(() => document.fullscreenElement === null && !document.documentElement.classList.contains('has-fullscreen-fallback'))).toBe(true);
  });

  test('export a chart as SVG and PNG from its menu: the files the page makes', async ({ open, baseUrl }) => {
    const lang = langFor(viewport, 4);
    const page = await open(viewport);
    await page.goto(`${baseUrl}${at(lang, '/')}`);
    const menu = { role: 'button', name: new RegExp(`^${escapeRegExp(words(lang, 'chart.menuLabel', { title: 'X' }).split('X')[0]!)}`), within: 'figure#chart-themes' };
    await page.waitForRole(menu);
    // The menu opened before the chart is drawn at its width may be drawn again, closed.
    await chartSettled(page);
    // No engine has one download API (WebDriver has none): the file is caught where the page makes it.
    await page.evaluate(() => {
      const w = window as unknown as { __exports: { name: string; blob: Blob }[] };
      w.__exports = [];
      const createObjectURL = URL.createObjectURL.bind(URL);
      let last: Blob | undefined;
      URL.createObjectURL = (object: Blob | MediaSource) => {
        if (object instanceof Blob) last = object;
        return createObjectURL(object);
      };
      const click = HTMLAnchorElement.prototype.click;
      HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
        if (this.download && last) w.__exports.push({ name: this.download, blob: last });
        else click.call(this);
      };
    });
    const exported = (index: number) =>
      page.evaluate(async (index) => {
        const file = (window as unknown as { __exports: { name: string; blob: Blob }[] }).__exports[index]!;
        const bytes = new Uint8Array(await file.blob.arrayBuffer());
        const view = new DataView(bytes.buffer);
        return {
          name: file.name,
          type: file.blob.type,
          head: String.fromCharCode(...bytes.slice(0, 200)),
          text: file.blob.type.includes('svg') ? new TextDecoder().decode(bytes) : '',
          pngSize: bytes[1] === 0x50 ? [view.getUint32(16), view.getUint32(20)] : [],
        };
      }, index);
    const count = () => page.evaluate(() => (window as unknown as { __exports: unknown[] }).__exports.length);

    await page.click(menu);
    await page.click({ role: 'button', name: words(lang, 'chart.downloadSvg'), within: 'figure#chart-themes' });
    await page.waitFor(() => (window as unknown as { __exports: unknown[] }).__exports.length >= 1, undefined, 'no SVG export');
    const svg = await exported(0);
    expect(svg.name).toBe(`fhki-2025-themes-${lang}.svg`);
    expect(svg.text).toContain(`xml:lang="${lang}"`);
    const svgWidth = Number(svg.text.match(/<svg[^>]* width="(\d+)"/)?.[1]);
    expect(svgWidth).toBeGreaterThan(0);

    if (!(await page.evaluate(() => document.querySelector('figure#chart-themes [aria-expanded="true"]') !== null))) await page.click(menu);
    await page.click({ role: 'button', name: words(lang, 'chart.downloadPng'), within: 'figure#chart-themes' });
    await page.waitFor(() => (window as unknown as { __exports: unknown[] }).__exports.length >= 2, undefined, 'no PNG export');
    const png = await exported(1);
    expect(png.name).toBe(`fhki-2025-themes-${lang}.png`);
    expect(png.head.slice(1, 4)).toBe('PNG');
    expect(png.pngSize[0]).toBe(svgWidth * 2);
    expect(await count()).toBe(2);
  });

  test('the printable pack: a cover with a QR code, the charts, and a print stylesheet that leaves out the screen’s controls', async ({ open, baseUrl }) => {
    const lang = langFor(viewport, 5);
    const page = await open(viewport);
    await page.goto(`${baseUrl}${at(lang, '/briefing?brief=themes,schemes&print=1')}`);
    await page.waitForRole({ role: 'heading', level: 1, name: words(lang, 'briefing.cover') });
    await page.waitFor(() => document.querySelectorAll('.recharts-surface, figure.chart svg').length >= 2, undefined, 'the pack’s charts');
    // The print rules, read from the CSSOM: the same in every engine, whatever it can emulate.
    const hidden = await page.evaluate(() => {
      const rules: string[] = [];
      for (const sheet of document.styleSheets)
        for (const rule of sheet.cssRules)
          if (rule instanceof CSSMediaRule && rule.media.mediaText.includes('print'))
            for (const inner of rule.cssRules) if (inner instanceof CSSStyleRule && /display:\s*none/.test(inner.cssText)) rules.push(inner.selectorText);
      return rules.join(', ');
    });
    expect(hidden).toContain('.site-header');
    expect(hidden).toContain('.chart__toolbar');
    await page.emulatePrint(true);
    // Only Chromium emulates print media here (Firefox through BiDi and WebKit through WebDriver cannot).
    if (await page.evaluate(() => matchMedia('print').matches)) {
      expect(await page.evaluate(() => getComputedStyle(document.querySelector('.site-header')!).display)).toBe('none');
      await page.screenshot(`print-pack-${lang}-${viewport}`);
    }
    await page.emulatePrint(false);
    const pdf = await page.printToPdf();
    if (engine === 'chromium') expect(pdf?.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    if (pdf) expect(pdf.length).toBeGreaterThan(10_000);
  });

  test('after one visit, the view reloads with the server gone (service worker)', async ({ open }) => {
    const lang = langFor(viewport, 6);
    const server = await serveBuild(inject('distDir'));
    const page = await open(viewport);
    try {
      await page.goto(`${server.url}${at(lang, '/explore?theme=halal')}`);
      await page.evaluate(async () => {
        await navigator.serviceWorker.ready;
      });
      await page.reload();
      await page.waitFor(() => navigator.serviceWorker.controller !== null, undefined, 'the service worker does not control the page');
      await page.waitForText(words(lang, 'explore.results', { count: recommendationsWith('halal').length, total: dataset.recommendations.length }));
    } finally {
      await server.stop();
    }
    await page.reload();
    await page.waitForRole({ role: 'heading', level: 1, name: words(lang, 'explore.title') });
    await page.waitForText(words(lang, 'explore.results', { count: recommendationsWith('halal').length, total: dataset.recommendations.length }));
    await page.screenshot(`offline-explore-${lang}-${viewport}`);
  });

  test('Trusted Types: a string assigned to innerHTML is blocked and reported; nothing else is', async ({ open, baseUrl }) => {
    const lang = langFor(viewport, 7);
    const page = await open(viewport);
    page.expectProblems();
    await page.goto(`${baseUrl}${at(lang, '/')}`);
    await page.waitForRole({ role: 'heading', level: 1, name: words(lang, 'overview.title') });
    expect(await page.cspViolations()).toEqual([]);
    expect(await page.problems()).toEqual([]);
    const outcome = await page.evaluate(() => {
      const target = document.createElement('div');
      document.body.append(target);
      try {
        target.innerHTML = '<img src=x>';
        return 'assigned';
      } catch (error) {
        return (error as Error).name;
      } finally {
        target.remove();
      }
    });
    expect(outcome).toBe('TypeError');
    let violations: string[] = [];
    for (let tries = 0; tries < 50 && violations.length === 0; tries++) {
      violations = await page.cspViolations();
      if (violations.length === 0) await page.waitFor(() => new Promise((done) => requestAnimationFrame(() => done(true))));
    }
    expect(violations).toHaveLength(1);
    expect(violations[0]).toMatch(/^require-trusted-types-for /);
    // Firefox also reports the blocked assignment as a page error (ENGINES.md); no other engine does, and nothing else may appear.
    const problems = await page.problems();
    expect(problems.every((problem) => /trusted|TrustedHTML/i.test(problem))).toBe(true);
  });
});
