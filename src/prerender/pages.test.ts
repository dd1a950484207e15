// @vitest-environment jsdom
import { describe, expect, test } from 'vitest';
import { fileForPath, pageHtml } from './pages.ts';
import { readPreloads } from './preloads.ts';
import { readMark } from './prerendered.ts';

const SHELL = `<!doctype html>
<html lang="zh-Hant">
  <head>
    <link rel="preload" href="/config.json" as="fetch" crossorigin />
    <link rel="preload" href="/data/x.json" as="fetch" crossorigin />
    <title>工總</title>
  </head>
  <body>
    <div id="root"></div>
    <noscript>此儀表板需要 JavaScript。</noscript>
    <script type="module" src="/assets/index.js"></script>
  </body>
</html>`;

describe('where a static host finds each page', () => {
  test.each([
    ['/', 'index.html'],
    ['/en', 'en.html'],
    ['/zh-Hans/explore', 'zh-Hans/explore.html'],
    ['/en/recommendations/R-5.2-1', 'en/recommendations/R-5.2-1.html'],
  ])('%s → %s', (path, file) => expect(fileForPath(path)).toBe(file));
});

describe('the shell with a page in it', () => {
  const page = { html: '<h1>What &amp; why</h1>', lang: 'en', title: 'FHKI "2025"', queries: ['["dataset","x","core"]'] };
  const html = pageHtml(SHELL, '/en', page, 'a'.repeat(64), ['/assets/en-1.js']);

  test('its language, title, the shell script kept, no "needs JavaScript"', () => {
    expect(html).toContain('<html lang="en"');
    expect(html).toContain('<title>FHKI "2025"</title>');
    expect(html).toContain('<script type="module" src="/assets/index.js"></script>');
    expect(html).not.toContain('noscript');
  });

  test('nothing but the page and its stylesheet before the first paint: the data hints and the strings wait in data-preload', () => {
    expect(html).not.toMatch(/<link rel="(preload|modulepreload)"/);
    const root = new DOMParser().parseFromString(html, 'text/html').getElementById('root')!;
    expect(readPreloads(root)).toEqual(['/config.json', '/data/x.json', '/assets/en-1.js']);
  });

  test('the mark main.tsx reads back: the path, the revision, the queries', () => {
    const root = new DOMParser().parseFromString(html, 'text/html').getElementById('root')!;
    expect(readMark(root)).toEqual({ path: '/en', revision: 'a'.repeat(64), queries: page.queries });
    expect(root.innerHTML).toBe(page.html);
  });

  test('a root that is empty, or whose mark is not readable, is not a pre-rendered page', () => {
    const parse = (markup: string) => new DOMParser().parseFromString(markup, 'text/html').getElementById('root')!;
    expect(readMark(parse(SHELL))).toBeUndefined();
    expect(readMark(parse('<div id="root" data-prerendered="/" data-revision="x" data-queries="{not json"><p>x</p></div>'))).toBeUndefined();
    expect(readMark(parse('<div id="root" data-prerendered="/" data-revision="x" data-queries="[1]"><p>x</p></div>'))).toBeUndefined();
  });
});
