import { describe, expect, test } from 'vitest';
import { formatYearMonth, pillarNumeral } from './format.ts';

describe('formatYearMonth', () => {
  test('English spells the month out', () => {
    expect(formatYearMonth('2025-08', 'en')).toBe('August 2025');
    expect(formatYearMonth('2024-01', 'en')).toBe('January 2024');
    expect(formatYearMonth('2024-12', 'en')).toBe('December 2024');
  });

  test.each(['zh-Hant', 'zh-Hans'] as const)('%s shows the year and the month number', (lang) => {
    const text = formatYearMonth('2025-08', lang);
    expect(text).toContain('2025');
    expect(text).toContain('8');
    expect(text).not.toContain('7');
    expect(formatYearMonth('2025-12', lang)).toContain('12');
  });

  test('the month does not shift with the time zone (UTC is used)', () => {
    expect(formatYearMonth('2025-01', 'en')).toBe('January 2025');
  });
});

describe('pillarNumeral', () => {
  test.each(['zh-Hant', 'zh-Hans'] as const)('%s uses Chinese numerals', (lang) => {
    expect([1, 2, 3].map((n) => pillarNumeral(n, lang))).toEqual(['一', '二', '三']);
  });

  test('English uses plain digits', () => {
    expect([1, 2, 3].map((n) => pillarNumeral(n, 'en'))).toEqual(['1', '2', '3']);
  });
});
