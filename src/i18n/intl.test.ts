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

describe('numbers in the strings ({{count, number}})', () => {
  test("formatted as Intl does in each language, with no new formatter however many labels a chart's bars have", async () => {
    const { i18nFor, loadLanguage } = await import('./index.ts');
    await Promise.all([loadLanguage('en'), loadLanguage('zh-Hant')]);
    const en = i18nFor('en');
    const zhHant = i18nFor('zh-Hant');
    const thousands = new Intl.NumberFormat('en').format(18000);
    const one = new Intl.NumberFormat('zh-Hant').format(1);
    // Counts the formatters made while the strings are drawn (i18next's own made one per call).
    const Original = Intl.NumberFormat;
    let made = 0;
    Intl.NumberFormat = class extends Original {
      constructor(...args: ConstructorParameters<typeof Intl.NumberFormat>) {
        super(...args);
        made += 1;
      }
    } as typeof Intl.NumberFormat;
    try {
      for (const label of ['Logistics', 'Halal', 'Retail']) {
        expect(en.t('chart.barLink', { label, count: 18000 })).toBe(`${label}: ${thousands} recommendations — see them`);
        expect(zhHant.t('chart.barLink', { label, count: 1 })).toContain(`${label}：${one}`);
      }
    } finally {
      Intl.NumberFormat = Original;
    }
    expect(made).toBe(0);
  });
});
