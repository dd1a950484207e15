import { describe, expect, test } from 'vitest';
import { formatAskDate, formatDay, formatQuantity, formatYearMonth, pillarNumeral } from './format.ts';

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

describe('formatQuantity and formatAskDate', () => {
  const words = (key: string, value: string) => `${key}:${value}`;

  test('Hong Kong dollars are compact from a million, in each language', () => {
    expect(formatQuantity(5_000_000, 'money', 'en', words, 'HKD')).toBe('HK$5M');
    expect(formatQuantity(2_500_000, 'money', 'en', words, 'HKD')).toBe('HK$2.5M');
    expect(formatQuantity(5_000_000, 'money', 'zh-Hant', words, 'HKD')).toBe('HK$500萬');
    expect(formatQuantity(5_000_000, 'money', 'zh-Hans', words, 'HKD')).toBe('HK$500万');
    expect(formatQuantity(800, 'money', 'en', words, 'HKD')).toBe('HK$800');
  });

  test('renminbi, people and areas take their words from the bundle', () => {
    expect(formatQuantity(3000, 'money', 'en', words, 'CNY')).toBe('cny:3,000');
    expect(formatQuantity(18_000, 'people', 'en', words)).toBe('people:18,000');
    expect(formatQuantity(10_000, 'sq-ft', 'zh-Hant', words)).toBe('sq-ft:10,000');
  });

  test('a population of two billion is written as each language writes it: 2 billion, 20億, 20亿', () => {
    expect(formatQuantity(2_000_000_000, 'people', 'en', words)).toBe('people:2 billion');
    expect(formatQuantity(2_000_000_000, 'people', 'zh-Hant', words)).toBe('people:20億');
    expect(formatQuantity(2_000_000_000, 'people', 'zh-Hans', words)).toBe('people:20亿');
  });

  test('durations and shares through Intl units', () => {
    expect(formatQuantity(2, 'month', 'en', words)).toBe('2 months');
    expect(formatQuantity(1, 'year', 'en', words)).toBe('1 year');
    expect(formatQuantity(24, 'hour', 'zh-Hant', words)).toBe('24 小時');
    expect(formatQuantity(25, 'percent', 'en', words)).toBe('25%');
  });

  test('dates: a year, a month, an academic year as written', () => {
    expect(formatAskDate('2028', 'en')).toBe('2028');
    expect(formatAskDate('2026-09', 'en')).toBe('September 2026');
    expect(formatAskDate('2026-09', 'zh-Hant')).toBe('2026年9月');
    expect(formatAskDate('2029/30', 'en')).toBe('2029/30');
  });
});

describe('formatDay', () => {
  test('day first in English, as Hong Kong writes it; the Chinese way in Chinese', () => {
    expect(formatDay('2025-09-17', 'en')).toBe('17 September 2025');
    expect(formatDay('2025-09-17', 'zh-Hant')).toBe('2025年9月17日');
  });
});
