import { describe, expect, test } from 'vitest';
import { LANGUAGES, SOURCE_LANGUAGE } from '../domain/dataset.ts';
import { paths } from '../config/paths.ts';
import { canonicalLocation, LANGUAGE_SEGMENT, languageOf, languagePath, splitLanguagePath } from './languagePath.ts';

const VIEW_PATHS = [paths.overview(), paths.explore(), paths.response(), paths.about(), paths.briefing(), paths.recommendation('R-5.2-1')];

describe('the language in the path', () => {
  test.each(LANGUAGES)('%s: every view path round-trips through its language path', (lang) => {
    for (const path of VIEW_PATHS) {
      const localized = languagePath(path, lang);
      expect(splitLanguagePath(localized)).toEqual({ lang: lang === SOURCE_LANGUAGE ? undefined : lang, path });
      expect(languageOf(localized, '')).toBe(lang);
    }
  });

  test('the source language has no segment; the others their code', () => {
    expect(languagePath('/', 'zh-Hant')).toBe('/');
    expect(languagePath('/', 'en')).toBe('/en');
    expect(languagePath('/explore', 'zh-Hans')).toBe('/zh-Hans/explore');
    expect(new Set(Object.values(LANGUAGE_SEGMENT)).size).toBe(LANGUAGES.length);
  });

  test('a path that only starts like a language is a view path', () => {
    expect(splitLanguagePath('/english')).toEqual({ lang: undefined, path: '/english' });
    expect(splitLanguagePath('/EN/explore')).toEqual({ lang: undefined, path: '/EN/explore' });
    expect(splitLanguagePath('/en/')).toEqual({ lang: 'en', path: '/' });
  });
});

describe('legacy ?lang= links', () => {
  test('are read in their language and moved into the path, the rest of the query kept', () => {
    expect(languageOf('/explore', 'lang=en&theme=halal')).toBe('en');
    const moved = canonicalLocation('/explore', '?lang=en&theme=halal');
    expect(moved.pathname).toBe('/en/explore');
    expect(moved.params.toString()).toBe('theme=halal');
    expect(moved.issues).toEqual([]);
    expect(canonicalLocation('/', '?lang=zh-Hans').pathname).toBe('/zh-Hans');
    expect(canonicalLocation('/', '?lang=zh-Hant').pathname).toBe('/');
  });

  test('the path wins over a legacy parameter, which is dropped', () => {
    expect(languageOf('/en/explore', 'lang=zh-Hans')).toBe('en');
    const kept = canonicalLocation('/en/explore', 'lang=zh-Hans');
    expect(kept).toEqual({ pathname: '/en/explore', params: new URLSearchParams(), issues: [] });
  });

  test('an unsupported language is reported and the source language used', () => {
    expect(languageOf('/explore', 'lang=fr')).toBe(SOURCE_LANGUAGE);
    expect(canonicalLocation('/explore', 'lang=fr')).toEqual({ pathname: '/explore', params: new URLSearchParams(), issues: [{ param: 'lang', value: 'fr', reason: 'unsupported-language' }] });
  });

  test('an address without one is left as it is', () => {
    expect(canonicalLocation('/en/explore', 'theme=halal').params.toString()).toBe('theme=halal');
  });
});
