/**
 * The reader's language is the first segment of the path: `/` is Traditional Chinese (the
 * submission's own language), `/zh-Hans/…` Simplified Chinese, `/en/…` English. A static
 * host (and the service worker) chooses a file by path, never by query string, so each
 * language's pre-rendered pages are files of their own (docs/decisions/015-pre-render-and-language-in-path.md).
 *
 * Links written before the language moved into the path (`/explore?lang=en`) still open in
 * their language, and the address is rewritten to the path form (`canonicalLocation`).
 * Pure: no React, no router.
 */
import { LANGUAGES, SOURCE_LANGUAGE, type Language } from '../domain/constants.ts';
import { canonicalParams, toSearch, type UrlIssue } from './viewState.ts';

/** The path segment of each language; the source language has none. Declared once: routes, links and the pre-render follow it. */
export const LANGUAGE_SEGMENT: Readonly<Record<Language, string>> = { 'zh-Hant': '', 'zh-Hans': 'zh-Hans', en: 'en' };

/** The query parameter that carried the language before (`?lang=en`): read, then moved into the path. */
export const LEGACY_LANGUAGE_PARAM = 'lang';

const BY_SEGMENT = new Map(LANGUAGES.filter((lang) => LANGUAGE_SEGMENT[lang] !== '').map((lang) => [LANGUAGE_SEGMENT[lang], lang]));

/** A path split into its language and the view's own path (`/en/explore` → en, `/explore`). */
export function splitLanguagePath(pathname: string): { lang: Language | undefined; path: string } {
  const match = /^\/([^/]+)(\/.*)?$/.exec(pathname);
  const lang = match ? BY_SEGMENT.get(match[1]!) : undefined;
  if (!lang) return { lang: undefined, path: pathname || '/' };
  return { lang, path: match![2] || '/' };
}

/** A view's path in a language: `('/explore', 'en')` → `/en/explore`, `('/', 'en')` → `/en`. */
export function languagePath(path: string, lang: Language): string {
  const segment = LANGUAGE_SEGMENT[lang];
  if (segment === '') return path;
  return path === '/' ? `/${segment}` : `/${segment}${path}`;
}

const isLanguage = (value: string): value is Language => (LANGUAGES as readonly string[]).includes(value);

/** The language an address is read in: its path's, else its legacy `?lang=`, else the source language. */
export function languageOf(pathname: string, search: string | URLSearchParams): Language {
  const fromPath = splitLanguagePath(pathname).lang;
  if (fromPath) return fromPath;
  const legacy = new URLSearchParams(search).get(LEGACY_LANGUAGE_PARAM);
  return legacy !== null && isLanguage(legacy) ? legacy : SOURCE_LANGUAGE;
}

/**
 * An address with its language where it belongs: a legacy `?lang=` moves into the path (or is
 * dropped when the path names a language already), and an unsupported one is reported.
 */
export function canonicalLocation(pathname: string, search: string): { pathname: string; params: URLSearchParams; issues: UrlIssue[] } {
  const params = new URLSearchParams(search);
  const legacy = params.getAll(LEGACY_LANGUAGE_PARAM);
  if (legacy.length === 0) return { pathname, params, issues: [] };
  params.delete(LEGACY_LANGUAGE_PARAM);
  const [first, ...repeated] = legacy;
  const issues: UrlIssue[] = repeated.map((value) => ({ param: LEGACY_LANGUAGE_PARAM, value, reason: 'duplicate' }));
  const { lang: fromPath, path } = splitLanguagePath(pathname);
  if (fromPath || first === undefined) return { pathname, params, issues };
  if (!isLanguage(first)) return { pathname, params, issues: [{ param: LEGACY_LANGUAGE_PARAM, value: first, reason: 'unsupported-language' }, ...issues] };
  return { pathname: languagePath(path, first), params, issues };
}

/**
 * The address as the app would have written it: the language in the path (above), then the
 * query's canonical form (viewState.ts `canonicalParams`), with everything that was ignored.
 * Never throws, whatever the input.
 */
export function canonicalAddress(pathname: string, search: string): { pathname: string; search: string; ignored: UrlIssue[] } {
  const located = canonicalLocation(pathname, search);
  const { params, ignored } = canonicalParams(located.params);
  // As for any parameter: what was invalid first, then what was repeated or unknown.
  const repeated = located.issues.filter((issue) => issue.reason === 'duplicate');
  const invalid = located.issues.filter((issue) => issue.reason !== 'duplicate');
  return { pathname: located.pathname, search: toSearch(params), ignored: [...invalid, ...ignored, ...repeated] };
}
