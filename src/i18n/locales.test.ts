import { beforeAll, describe, expect, test, vi } from 'vitest';
import { LANGUAGES, type Language } from '../domain/dataset.ts';
import { BUNDLES } from '../testing/bundles.ts';
import { i18nFor, loadLanguage } from './index.ts';

type Bundle = { [key: string]: string | Bundle };

/** "a.b.c" → string for every leaf of a nested bundle. */
function flatten(bundle: Bundle, prefix = ''): Map<string, string> {
  const flat = new Map<string, string>();
  for (const [key, value] of Object.entries(bundle)) {
    const path = prefix === '' ? key : `${prefix}.${key}`;
    if (typeof value === 'string') flat.set(path, value);
    else for (const [k, v] of flatten(value, path)) flat.set(k, v);
  }
  return flat;
}

const PLURAL_SUFFIX = /_(zero|one|two|few|many|other)$/;
const baseKey = (key: string) => key.replace(PLURAL_SUFFIX, '');

/** Placeholder names of `{{name}}` / `{{name, format}}`. */
const placeholders = (text: string) =>
  [...text.matchAll(/\{\{\s*([^,}]+?)\s*(?:,[^}]*)?\}\}/g)].map((match) => match[1]!);

const bundles = Object.fromEntries(
  LANGUAGES.map((lang) => [lang, flatten(BUNDLES[lang] as unknown as Bundle)]),
) as Record<Language, Map<string, string>>;

/** Base key → set of placeholders used by any of its (plural) forms. */
function placeholdersByBaseKey(flat: Map<string, string>): Map<string, string[]> {
  const byKey = new Map<string, Set<string>>();
  for (const [key, text] of flat) {
    const set = byKey.get(baseKey(key)) ?? new Set<string>();
    placeholders(text).forEach((name) => set.add(name));
    byKey.set(baseKey(key), set);
  }
  return new Map([...byKey].map(([key, set]) => [key, [...set].sort()]));
}

/**
 * Known, deliberate difference: OutlineTree passes both `numeral` (一、二…) and `number`;
 * the Chinese bundles use the numeral, English the digit. Every other key must agree.
 */
const KNOWN_PLACEHOLDER_DIFFERENCES: Record<string, Record<Language, string[]>> = {
  'submission.pillarNumber': { 'zh-Hant': ['numeral'], 'zh-Hans': ['numeral'], en: ['number'] },
};

describe('locale bundles', () => {
  test('the helpers see nested keys, plural forms and formatted placeholders', () => {
    expect(bundles.en.get('counts.recommendations_one')).toContain('recommendation');
    expect(placeholders('{{count, number}} of {{ total }}')).toEqual(['count', 'total']);
  });

  test('all three bundles have the same set of keys (plural forms counted once)', () => {
    const keySets = LANGUAGES.map((lang) => [...new Set([...bundles[lang].keys()].map(baseKey))].sort());
    expect(keySets[0]!.length).toBeGreaterThan(40);
    expect(keySets[1]).toEqual(keySets[0]);
    expect(keySets[2]).toEqual(keySets[0]);
  });

  test('every plural key has an _other form, and English also has _one', () => {
    for (const lang of LANGUAGES) {
      const keys = [...bundles[lang].keys()];
      for (const key of keys.filter((k) => PLURAL_SUFFIX.test(k))) {
        expect(keys, `${lang}: ${key}`).toContain(`${baseKey(key)}_other`);
        if (lang === 'en') expect(keys, key).toContain(`${baseKey(key)}_one`);
      }
    }
  });

  test('no translation is an empty or blank string', () => {
    for (const lang of LANGUAGES) {
      for (const [key, text] of bundles[lang]) expect(text.trim(), `${lang}: ${key}`).not.toBe('');
    }
  });

  test('each key uses the same placeholders in every language', () => {
    const byLang = Object.fromEntries(LANGUAGES.map((lang) => [lang, placeholdersByBaseKey(bundles[lang])])) as Record<
      Language,
      Map<string, string[]>
    >;
    for (const [key, reference] of byLang['zh-Hant']) {
      const known = KNOWN_PLACEHOLDER_DIFFERENCES[key];
      for (const lang of LANGUAGES) {
        expect(byLang[lang].get(key), `${lang}: ${key}`).toEqual(known ? known[lang] : reference);
      }
    }
  });

  test('language names are the same endonyms in every bundle', () => {
    for (const lang of LANGUAGES) {
      expect(bundles[lang].get('language.zh-Hant'), lang).toBe('繁體中文');
      expect(bundles[lang].get('language.zh-Hans'), lang).toBe('简体中文');
      expect(bundles[lang].get('language.en'), lang).toBe('English');
    }
  });
});

describe('i18nFor', () => {
  beforeAll(() => Promise.all(LANGUAGES.map(loadLanguage)));

  test('English plural forms and Intl grouping', () => {
    const { t } = i18nFor('en');
    expect(t('counts.recommendations', { count: 1 })).toBe('1 recommendation');
    expect(t('counts.recommendations', { count: 2 })).toBe('2 recommendations');
    expect(t('counts.recommendations', { count: 1234 })).toBe('1,234 recommendations');
  });

  test('Chinese uses the single _other form', () => {
    expect(i18nFor('zh-Hant').t('counts.recommendations', { count: 1 })).toBe('1 項建議');
    expect(i18nFor('zh-Hans').t('counts.recommendations', { count: 1234 })).toBe('1,234 项建议');
  });

  test('each language gets its own instance, reused on the next call', () => {
    expect(i18nFor('en')).toBe(i18nFor('en'));
    expect(i18nFor('en')).not.toBe(i18nFor('zh-Hans'));
    expect(i18nFor('zh-Hans').language).toBe('zh-Hans');
  });
});

describe('loadLanguage', () => {
  test('a language is rendered only once its strings are loaded; loading twice is one download', async () => {
    vi.resetModules();
    const { i18nFor: fresh, loadLanguage: load, isLanguageLoaded } = await import('./index.ts');
    expect(isLanguageLoaded('zh-Hans')).toBe(false);
    expect(() => fresh('zh-Hans')).toThrow('not loaded yet');
    expect(load('zh-Hans')).toBe(load('zh-Hans'));
    await load('zh-Hans');
    expect(fresh('zh-Hans').t('counts.recommendations', { count: 2 })).toBe('2 项建议');
  });
});
