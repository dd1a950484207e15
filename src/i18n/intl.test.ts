import { describe, expect, test } from 'vitest';
import { dateTimeFormat, listFormat, numberFormat } from './intl.ts';

describe('Intl formatters made once', () => {
  test('the same language and options give the same formatter; other options another', () => {
    expect(numberFormat('zh-Hant')).toBe(numberFormat('zh-Hant'));
    expect(numberFormat('en', { style: 'percent' })).toBe(numberFormat('en', { style: 'percent' }));
    expect(numberFormat('en', { style: 'percent' })).not.toBe(numberFormat('en'));
    expect(numberFormat('en')).not.toBe(numberFormat('zh-Hans'));
  });

  test('each formats as Intl does', () => {
    expect(numberFormat('en').format(18000)).toBe(new Intl.NumberFormat('en').format(18000));
    const day = Date.UTC(2025, 8, 17);
    expect(dateTimeFormat('en-GB', { dateStyle: 'long', timeZone: 'UTC' }).format(day)).toBe('17 September 2025');
    expect(listFormat('zh-Hant', { type: 'conjunction' }).format(['甲', '乙', '丙'])).toBe(new Intl.ListFormat('zh-Hant', { type: 'conjunction' }).format(['甲', '乙', '丙']));
  });
});
