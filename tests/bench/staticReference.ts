/**
 * The benchmark's reference pages (npm run bench): each language's first view as the build
 * pre-rendered it (decision 015), with everything that makes it an app taken out (its scripts,
 * module preloads, data preloads and manifest), i.e. the same markup, the same CSS and the same
 * CSP, and no JavaScript at all: the fastest a page showing the same content can be. Since the
 * pages are the app's own, the app and its limit differ only by what the JavaScript costs.
 */
import { copyFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { LANGUAGES, type Language } from '../../src/domain/constants.ts';
import { paths } from '../../src/config/paths.ts';
import { fileForPath } from '../../src/prerender/pages.ts';
import { languagePath } from '../../src/url/languagePath.ts';
import { builtAssets } from './sizes.ts';

/** A pre-rendered page without what makes it an app. */
export function withoutScripts(html: string): string {
  return html
    .replace(/<script[\s\S]*?<\/script>/g, '')
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/<link[^>]+rel="(?:modulepreload|preload|manifest)"[^>]*>/g, '')
    .replace(/\n\s*\n/g, '\n');
}

/** The overview's address in each language: `/`, `/zh-Hans`, `/en`. */
export const firstViewPath = (lang: Language): string => languagePath(paths.overview(), lang);

/** Writes the reference of each language's first view into `outDir`, where the bench's host serves it at the same path as the app's. */
export function writeStaticReference({ distDir, outDir }: { distDir: string; outDir: string }): Record<Language, string> {
  mkdirSync(outDir, { recursive: true });
  for (const file of [...builtAssets(distDir).css, 'favicon.svg']) {
    const from = join(distDir, file);
    if (!existsSync(from)) continue;
    mkdirSync(dirname(join(outDir, file)), { recursive: true });
    copyFileSync(from, join(outDir, file));
  }
  const pages = {} as Record<Language, string>;
  for (const lang of LANGUAGES) {
    const file = fileForPath(firstViewPath(lang));
    const built = join(distDir, file);
    if (!existsSync(built)) throw new Error(`${built} is missing: the build pre-renders the first view in each language`);
    pages[lang] = withoutScripts(readFileSync(built, 'utf8'));
    writeFileSync(join(outDir, file), pages[lang]);
  }
  return pages;
}
