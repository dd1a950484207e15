import { describe, expect, test } from 'vitest';
import { localize } from './localize.ts';

describe('localize', () => {
  const value = { 'zh-Hant': '推動銀髮經濟', 'zh-Hans': '推动银发经济', en: 'Promoting the silver economy' };

  test.each([
    ['zh-Hant', '推動銀髮經濟'],
    ['zh-Hans', '推动银发经济'],
    ['en', 'Promoting the silver economy'],
  ] as const)('gives the %s text', (lang, expected) => {
    expect(localize(value, lang)).toBe(expected);
  });
});
