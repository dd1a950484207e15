/**
 * The benchmark's reference page (npm run bench): the overview's first view as plain HTML
 * and SVG, no JavaScript at all, i.e. the fastest a page showing the same content can be.
 * It holds what a reader sees first at `/` in the default language (zh-Hant): the site
 * header and navigation, the h1, the finding and the count cards of the executive summary
 * (issue 16) and a chart (recommendations by theme) with its title, subtitle, screen-reader
 * summary, bars and labels, each bar a link to Explore, and the link to all recommendations.
 * Figures and words come from the same functions the app uses (executiveSummary, selectOverview,
 * the i18n bundles), and
 * the page links the app's own built CSS, so it looks the same and passes the same CSP.
 */
import { copyFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { LANGUAGES, type Dataset, type Language } from '../../src/domain/dataset.ts';
import { NO_FILTERS } from '../../src/domain/filters.ts';
import { localize } from '../../src/domain/localize.ts';
import { selectOverview } from '../../src/domain/overview.ts';
import { findingText } from '../../src/features/overview/finding.ts';
import { i18nFor, loadLanguage } from '../../src/i18n/index.ts';
import { executiveSummary } from '../../src/domain/summary.ts';
import { layoutBars } from '../../src/ui/charts/barLayout.ts';
import { CHART_FONT } from '../../src/ui/charts/chartTypes.ts';
import { shapeXml } from '../../src/ui/charts/exportChart.ts';

/** The overview's chart panel on a 412 px phone (Lighthouse's mobile viewport), inside its padding. */
const PHONE_PANEL_WIDTH = 346;
import { builtAssets } from './sizes.ts';

const escape = (text: string | number) =>
  String(text).replace(/[&<>"']/g, (char) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[char]!);

/**
 * The built index.html's <head> (meta tags, icon, the app's stylesheet) without what makes
 * it an app: its scripts, preloads and manifest. So the two pages differ only in their body.
 */
function referenceHead(builtIndexHtml: string, title: string): string {
  const head = /<head>([\s\S]*?)<\/head>/.exec(builtIndexHtml)?.[1];
  if (head === undefined) throw new Error('the built index.html has no <head>');
  return head
    .replace(/<script[\s\S]*?<\/script>/g, '')
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/<link[^>]+rel="(?:modulepreload|preload|manifest)"[^>]*>/g, '')
    .replace(/<title>[\s\S]*?<\/title>/, `<title>${escape(title)}</title>`)
    .replace(/\n\s*\n/g, '\n');
}

/** The address of a view in a language (zh-Hant, the default, is not written), as the app builds it. */
const withLang = (path: string, lang: Language, params: Record<string, string> = {}) => {
  const search = new URLSearchParams(params);
  if (lang !== 'zh-Hant') search.set('lang', lang);
  const query = search.toString();
  return query ? `${path}?${query}` : path;
};

/**
 * The first chart as SVG, laid out by the app's own label layout for a phone-width panel
 * (the Lighthouse mobile viewport), each row a link as in the app.
 */
function barChartSvg(rows: { id: string; label: string; count: number; href: string; linkLabel: string; highlight: boolean }[], title: string, lang: Language): string {
  const format = new Intl.NumberFormat(lang);
  const scene = layoutBars(
    rows.map((row) => ({ id: row.id, label: row.label, value: row.count, valueText: format.format(row.count), highlight: row.highlight })),
    { width: PHONE_PANEL_WIDTH, font: CHART_FONT.panel },
  );
  const marks = scene.rows
    .map((sceneRow, i) => `<a href="${escape(rows[i]!.href)}" aria-label="${escape(rows[i]!.linkLabel)}" class="chart__bar-link">${sceneRow.shapes.map((shape) => shapeXml(shape, 0, 0)).join('')}</a>`)
    .join('\n');
  return `<div class="chart__canvas"><svg class="chart__svg" width="${scene.width}" height="${scene.height}" viewBox="0 0 ${scene.width} ${scene.height}" role="img" aria-label="${escape(title)}">\n${marks}\n</svg></div>`;
}

/** The reference page's HTML for a dataset, with the head of the built app's index.html (the language's strings loaded: `loadLanguage`). */
export function staticReferenceHtml(dataset: Dataset, builtIndexHtml: string, lang: Language = 'zh-Hant'): string {
  const t = i18nFor(lang).t;
  const number = (value: number) => new Intl.NumberFormat(lang).format(value);
  const data = selectOverview(dataset, NO_FILTERS);
  const total = data.headline.recommendations;
  const themes = data.charts.find((chart) => chart.id === 'themes')!;
  const rows = themes.rows.map((row) => {
    const label = row.label ? localize(row.label, lang) : row.id;
    return {
      id: row.id,
      label,
      count: row.count,
      href: withLang('/explore', lang, { [row.dimension]: row.id }),
      linkLabel: t('chart.barLink', { label, count: row.count }),
      highlight: themes.finding?.rows.includes(row.id) ?? false,
    };
  });
  const top = rows[0];
  if (!top) throw new Error('the dataset has no theme with a recommendation');
  const subtitle = t('charts.themes.subtitle');
  const items = rows.slice(0, 8).map((row) => `${row.label} ${number(row.count)}`);
  const list = new Intl.ListFormat(lang, { style: 'narrow', type: 'unit' }).format(items);
  const summary = t('chart.summary', { subtitle, list: rows.length > 8 ? `${list} …` : list });
  const title = t('charts.themes.title', { top: top.label, count: top.count, total });
  // The first screen's finding and count cards, from the same domain function and words as the app.
  const story = executiveSummary(dataset, NO_FILTERS);
  const finding = findingText(story, dataset.responseDocument, false, t, lang);
  const counts: (readonly [number, string, string])[] = [
    [story.total, t('overview.counts.recommendations'), withLang('/explore', lang)],
    ...(story.uptake
      ? [
          [story.uptake.takenUp, t('overview.counts.takenUp'), withLang('/explore', lang, { verdict: 'adopted,partly' })] as const,
          [story.uptake.notAddressed.length, t('overview.counts.open'), withLang('/explore', lang, { verdict: 'not-addressed' })] as const,
        ]
      : []),
    [story.asks, t('overview.counts.asks'), `${withLang('/', lang)}#asks`],
    [story.schemes, t('overview.counts.schemes'), `${withLang('/', lang)}#chart-schemes`],
  ];
  const figures = counts
    .map(([count, label, href]) => `<li><a class="count-card" href="${escape(href)}"><span class="count-card__number">${number(count)}</span> <span class="count-card__label">${escape(label)}</span></a></li>`)
    .join('');
  const views = [
    ['overview', '/'],
    ['explore', '/explore'],
    ['response', '/response'],
    ['schemes', '/schemes'],
    ['source', '/source'],
    ['address', '/address'],
    ['structure', '/structure'],
    ['briefing', '/briefing'],
  ] as const;
  const nav = views
    .map(([key, path]) => `<li><a href="${escape(withLang(path, lang))}"${path === '/' ? ' aria-current="page" class="active"' : ''}>${escape(t(`nav.${key}`))}</a></li>`)
    .join('');
  const languages = LANGUAGES.map(
    (other) => `<li><a lang="${other}" hreflang="${other}" href="${escape(withLang('/', other))}"${other === lang ? ' aria-current="true"' : ''}>${escape(t(`language.${other}`))}</a></li>`,
  ).join('');

  return `<!doctype html>
<html lang="${lang}">
  <head>${referenceHead(builtIndexHtml, t('app.name'))}  </head>
  <body>
    <a class="skip-link" href="#main">${escape(t('app.skipToContent'))}</a>
    <header class="site-header">
      <div class="site-header__inner"><a class="site-title" href="${escape(withLang('/', lang))}">${escape(t('app.name'))}</a>
        <nav class="language-switch" aria-label="${escape(t('language.label'))}"><ul>${languages}</ul></nav>
      </div>
      <div class="site-header__nav"><nav class="site-nav" aria-label="${escape(t('nav.label'))}"><ul>${nav}</ul></nav></div>
    </header>
    <main id="main" tabindex="-1" class="site-main">
      <article class="overview" aria-labelledby="overview-title">
        <header class="page-header">
          <h1 id="overview-title">${escape(t('overview.title'))}</h1>
        </header>
        <section class="summary" aria-labelledby="summary-title">
          <h2 id="summary-title" class="visually-hidden">${escape(t('overview.summary.label'))}</h2>
          <p class="summary__finding">${escape(finding)}</p>
          <ul class="summary__counts">${figures}</ul>
        </section>
        <div class="chart-grid">
          <figure class="chart" id="chart-themes" aria-labelledby="chart-themes-title" aria-describedby="chart-themes-summary">
            <figcaption class="chart__caption">
              <h2 id="chart-themes-title" class="chart__title">${escape(title)}</h2>
              <p class="chart__subtitle">${escape(subtitle)}</p>
            </figcaption>
            <p id="chart-themes-summary" class="visually-hidden">${escape(summary)}</p>
            ${barChartSvg(rows, subtitle, lang)}
            <p class="chart__more"><a href="${escape(withLang('/explore', lang))}">${escape(t('chart.seeRecommendations', { count: total }))}</a></p>
          </figure>
        </div>
      </article>
    </main>
    <footer class="site-footer"><p>${escape(t('app.footer'))}</p></footer>
  </body>
</html>
`;
}

/**
 * Writes the reference site into `outDir`: index.html, the build's stylesheets (same
 * files, same paths) and the favicon. Returns the stylesheet paths it links.
 */
export async function writeStaticReference({ dataset, distDir, outDir, lang = 'zh-Hant' }: { dataset: Dataset; distDir: string; outDir: string; lang?: Language }): Promise<{ stylesheets: string[]; html: string }> {
  await loadLanguage(lang);
  const stylesheets = builtAssets(distDir).css;
  if (stylesheets.length === 0) throw new Error(`${distDir}/index.html links no stylesheet`);
  mkdirSync(outDir, { recursive: true });
  for (const file of [...stylesheets, 'favicon.svg']) {
    const from = join(distDir, file);
    if (!existsSync(from)) continue;
    mkdirSync(dirname(join(outDir, file)), { recursive: true });
    copyFileSync(from, join(outDir, file));
  }
  const html = staticReferenceHtml(dataset, readFileSync(join(distDir, 'index.html'), 'utf8'), lang);
  writeFileSync(join(outDir, 'index.html'), html);
  return { stylesheets, html };
}
