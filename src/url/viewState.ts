/**
 * Shareable view state ⇄ URL search parameters. Only values that differ from the
 * defaults are written; every parameter parses to valid, invalid (falls back to the
 * default and is reported so the UI can say what it ignored) or missing.
 * Pure: no React, no router, so `parse(write(x))` is unit-tested directly.
 */
import { LANGUAGES, SectionId, SOURCE_LANGUAGE, type Language } from '../domain/dataset.ts';

export interface ViewState {
  lang: Language;
  /** Sections expanded in the submission outline: all of them, or these ids. */
  open: 'all' | readonly string[];
}

export const DEFAULT_VIEW_STATE: ViewState = { lang: SOURCE_LANGUAGE, open: [] };

/** Parameters that follow the reader from page to page (the rest belong to one view). */
export const GLOBAL_PARAMS = ['lang'] as const satisfies readonly (keyof ViewState)[];

export interface UrlIssue {
  param: keyof ViewState;
  value: string;
  reason: 'unsupported-language' | 'invalid-section-id';
}

export interface ParsedViewState {
  state: ViewState;
  issues: UrlIssue[];
}

const isLanguage = (value: string): value is Language => (LANGUAGES as readonly string[]).includes(value);

export function parseViewState(params: URLSearchParams): ParsedViewState {
  const issues: UrlIssue[] = [];
  const state: ViewState = { ...DEFAULT_VIEW_STATE };

  const lang = params.get('lang');
  if (lang !== null) {
    if (isLanguage(lang)) state.lang = lang;
    else issues.push({ param: 'lang', value: lang, reason: 'unsupported-language' });
  }

  const open = params.get('open');
  if (open !== null) {
    if (open === 'all') {
      state.open = 'all';
    } else {
      const ids: string[] = [];
      for (const id of open.split(',').filter((part) => part !== '')) {
        if (!SectionId.safeParse(id).success) issues.push({ param: 'open', value: id, reason: 'invalid-section-id' });
        else if (!ids.includes(id)) ids.push(id);
      }
      state.open = ids;
    }
  }
  return { state, issues };
}

/** Writes `state` over `base` (other parameters are kept), omitting defaults. */
export function writeViewState(state: Partial<ViewState>, base = new URLSearchParams()): URLSearchParams {
  const params = new URLSearchParams(base);
  if (state.lang !== undefined) {
    if (state.lang === DEFAULT_VIEW_STATE.lang) params.delete('lang');
    else params.set('lang', state.lang);
  }
  if (state.open !== undefined) {
    const value = state.open === 'all' ? 'all' : state.open.join(',');
    if (value === '') params.delete('open');
    else params.set('open', value);
  }
  return params;
}

/** Keeps only the parameters that follow the reader to another page. */
export function globalParams(params: URLSearchParams): URLSearchParams {
  const kept = new URLSearchParams();
  for (const name of GLOBAL_PARAMS) {
    const value = params.get(name);
    if (value !== null) kept.set(name, value);
  }
  return kept;
}

/** `?a=b` or the empty string. Commas stay literal (RFC 3986 allows them) so `open=1.1,14` reads as written. */
export const toSearch = (params: URLSearchParams): string => {
  const search = params.toString().replaceAll('%2C', ',');
  return search === '' ? '' : `?${search}`;
};
