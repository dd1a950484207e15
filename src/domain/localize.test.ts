import { describe, expect, test } from 'vitest';
import type { Localized } from './dataset.ts';
import { localize } from './localize.ts';

const full: Localized = { 'zh-Hant': '繁體', 'zh-Hans': '简体', en: 'English' };
const sourceOnly: Localized = { 'zh-Hant': '只有繁體' };

describe('localize', () => {
  test.each([
    ['zh-Hant', '繁體'],
    ['zh-Hans', '简体'],
    ['en', 'English'],
  ] as const)('returns the %s translation when present, not marked as fallback', (lang, text) => {
    expect(localize(full, lang)).toEqual({ text, lang, isFallback: false });
  });

  test.each(['zh-Hans', 'en'] as const)('falls back to zh-Hant for a missing %s translation', (lang) => {
    expect(localize(sourceOnly, lang)).toEqual({ text: '只有繁體', lang: 'zh-Hant', isFallback: true });
  });

  test('asking for zh-Hant is never a fallback', () => {
    expect(localize(sourceOnly, 'zh-Hant')).toEqual({ text: '只有繁體', lang: 'zh-Hant', isFallback: false });
  });

  test('each missing language falls back independently', () => {
    const partial: Localized = { 'zh-Hant': '繁體', en: 'English only' };
    expect(localize(partial, 'en')).toEqual({ text: 'English only', lang: 'en', isFallback: false });
    expect(localize(partial, 'zh-Hans')).toEqual({ text: '繁體', lang: 'zh-Hant', isFallback: true });
  });
});
