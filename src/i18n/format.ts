/** Intl helpers for values that i18next's built-in formatters do not cover. */
import type { Language } from '../domain/dataset.ts';

/** "2025-08" → "2025年8月" / "August 2025". */
export function formatYearMonth(yearMonth: string, lang: Language): string {
  const [year, month] = yearMonth.split('-').map(Number);
  const date = new Date(Date.UTC(year!, month! - 1, 1));
  return new Intl.DateTimeFormat(lang, { year: 'numeric', month: 'long', timeZone: 'UTC' }).format(date);
}

/** The pillar's numeral as the source writes it in Chinese (一、二、三), plain digits in English. */
export function pillarNumeral(number: number, lang: Language): string {
  const locale = lang === 'en' ? 'en' : `${lang}-u-nu-hanidec`;
  return new Intl.NumberFormat(locale, { useGrouping: false }).format(number);
}
