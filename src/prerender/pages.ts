/**
 * Where pre-rendered pages go and what they hold (docs/decisions/015-pre-render-and-language-in-path.md): the
 * views pre-rendered, the file a static host serves for each path, and the shell with a page
 * in it. Pure; the build step that uses it is in vite.config.ts (`prerender()`).
 */
import { paths } from '../config/paths.ts';
import type { RenderedPage } from './entry.tsx';
import { PRELOAD_LINK } from './preloads.ts';
import { markAttributes } from './prerendered.ts';

/** The views whose first screen is pre-rendered (by their path within a language), and each recommendation. */
export const PRERENDERED_VIEWS = [paths.overview(), paths.explore(), paths.response(), paths.schemes(), paths.submission(), paths.about()];

/** The untouched app shell, served for every address that has no pre-rendered page. */
export const SHELL = 'shell.html';

/** The file a static host serves for a path: `/` → index.html, `/en` → en.html, `/en/explore` → en/explore.html. */
export const fileForPath = (path: string): string => (path === '/' ? 'index.html' : `${decodeURIComponent(path.slice(1))}.html`);

/** What pre-rendered markup may not hold: the CSP blocks inline style attributes, and scripts and links belong to the shell. */
export const FORBIDDEN_MARKUP = [/<script\b/i, /<link\b/i, /\sstyle="/i];

const escapeAttribute = (value: string) => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
const escapeText = (value: string) => value.replace(/&/g, '&amp;').replace(/</g, '&lt;');

/**
 * The shell with a page in it: its language, title, the mark main.tsx checks and the markup.
 * The shell's data hints and the language's strings (`later`) are not fetched before the first
 * paint: their addresses wait in `data-preload` (preloads.ts), and main.tsx asks for them once
 * the page has been painted, with the app's code.
 */
export function pageHtml(shell: string, path: string, page: RenderedPage, revision: string, later: readonly string[]): string {
  const held = [...shell.matchAll(PRELOAD_LINK)].map((match) => match[1]!);
  const attributes = Object.entries({ ...markAttributes({ path, revision, queries: page.queries }), 'data-preload': JSON.stringify([...held, ...later]) })
    .map(([name, value]) => ` ${name}="${escapeAttribute(value)}"`)
    .join('');
  return shell
    .replace(PRELOAD_LINK, '')
    .replace(/<html lang="[^"]*"/, `<html lang="${escapeAttribute(page.lang)}"`)
    .replace(/<title>[^<]*<\/title>/, `<title>${escapeText(page.title)}</title>`)
    .replace(/<noscript>[\s\S]*?<\/noscript>\s*/, '')
    .replace('<div id="root"></div>', `<div id="root"${attributes}>${page.html}</div>`);
}

