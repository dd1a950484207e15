import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import { forbiddenFormsIn, toMainlandUsage } from './mainlandTerms.ts';

/** Both documents of the dataset: the core and the texts (most zh-Hans words are in the texts). */
const dataset = ['.json', '.texts.json'].map((suffix) => JSON.parse(readFileSync(resolve(`public/data/fhki-2025-policy-address${suffix}`), 'utf8')) as unknown);
const zhHansStrings = (value: unknown, out: string[] = []): string[] => {
  if (Array.isArray(value)) value.forEach((item) => zhHansStrings(item, out));
  else if (value && typeof value === 'object')
    for (const [key, inner] of Object.entries(value)) {
      if (key === 'zh-Hans' && typeof inner === 'string') out.push(inner);
      else zhHansStrings(inner, out);
    }
  return out;
};
/** Every string of a locale bundle. */
const strings = (value: unknown): string[] => (typeof value === 'string' ? [value] : value && typeof value === 'object' ? Object.values(value).flatMap(strings) : []);

describe('zh-Hans for Mainland readers', () => {
  test('the dictionary: Hong Kong forms replaced, official names kept', () => {
    expect(toMainlandUsage('随著资讯科技发展，透过数码方式检讨私隐')).toBe('随着信息技术发展，通过数字方式检视隐私');
    expect(toMainlandUsage('数码港推行的数码转型支援先导计划')).toBe('数码港推行的数码转型支援先导计划');
    expect(toMainlandUsage('著名')).toBe('著名');
    expect(toMainlandUsage('推广「银色品质保证」及『大湾区标准』')).toBe('推广“银色品质保证”及‘大湾区标准’');
  });

  test('no Hong Kong form in any zh-Hans text of the dataset', () => {
    const found = zhHansStrings(dataset).flatMap((text) => forbiddenFormsIn(text).map((form) => `${form} in “${text.slice(0, 40)}”`));
    expect(found).toEqual([]);
  });

  test('no Hong Kong form in the zh-Hans interface', () => {
    const bundle = JSON.parse(readFileSync(resolve('src/i18n/locales/zh-Hans.json'), 'utf8')) as unknown;
    expect(strings(bundle).flatMap((text) => forbiddenFormsIn(text).map((form) => `${form} in “${text}”`))).toEqual([]);
  });
});
