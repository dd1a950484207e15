/** Intl helpers for values that i18next's built-in formatters do not cover. */
import type { Language } from '../domain/dataset.ts';
import { dateTimeFormat, numberFormat } from './intl.ts';

/** "2025-08" → "2025年8月" / "August 2025". */
export function formatYearMonth(yearMonth: string, lang: Language): string {
  const [year, month] = yearMonth.split('-').map(Number);
  const date = new Date(Date.UTC(year!, month! - 1, 1));
  return dateTimeFormat(lang, { year: 'numeric', month: 'long', timeZone: 'UTC' }).format(date);
}

/** The pillar's numeral as the source writes it in Chinese (一、二、三), plain digits in English. */
export function pillarNumeral(number: number, lang: Language): string {
  const locale = lang === 'en' ? 'en' : `${lang}-u-nu-hanidec`;
  return numberFormat(locale, { useGrouping: false }).format(number);
}

/** Units Intl formats itself (the rest get words from the bundles: units.*). */
const INTL_UNITS = { year: 'year', month: 'month', hour: 'hour' } as const;

/**
 * A number of an ask in the reader's language. Large sums are compact ("HK$5M",
 * "HK$500萬"); `words` supplies the bundle's wording for people, areas and RMB.
 */
export function formatQuantity(
  value: number,
  unit: string,
  lang: Language,
  words: (key: 'people' | 'sq-ft' | 'sq-m' | 'count' | 'cny', value: string) => string,
  currency?: string,
): string {
  const plain = (options: Intl.NumberFormatOptions = {}) => numberFormat(lang, options).format(value);
  switch (unit) {
    case 'money':
      if (currency === 'CNY') return words('cny', plain({ notation: value >= 1e6 ? 'compact' : 'standard' }));
      return plain({ style: 'currency', currency: currency ?? 'HKD', notation: value >= 1e6 ? 'compact' : 'standard', minimumFractionDigits: 0, maximumFractionDigits: value >= 1e6 ? 1 : 0 });
    case 'year':
    case 'month':
    case 'hour':
      return plain({ style: 'unit', unit: INTL_UNITS[unit], unitDisplay: 'long' });
    case 'percent':
      return numberFormat(lang, { style: 'percent', maximumFractionDigits: 1 }).format(value / 100);
    case 'people':
    case 'count':
      // A million or more the way each language writes it: "2 billion", "20億", "20亿".
      return words(unit, value >= 1e6 ? plain({ notation: 'compact', compactDisplay: 'long', maximumFractionDigits: 1 }) : plain());
    case 'sq-ft':
    case 'sq-m':
      return words(unit, plain());
    default:
      return plain();
  }
}

/** "2028" → "2028年" / "2028"; "2026-09" → a month; an academic year "2029/30" stays as written. */
export function formatAskDate(date: string, lang: Language): string {
  if (/^\d{4}-\d{2}$/.test(date)) return formatYearMonth(date, lang);
  if (/^\d{4}$/.test(date)) return dateTimeFormat(lang, { year: 'numeric', timeZone: 'UTC' }).format(new Date(Date.UTC(Number(date), 0, 1)));
  return date;
}

/** The locale dates are written in: Hong Kong English puts the day first ("17 September 2025"). */
const dateLocale = (lang: Language) => (lang === 'en' ? 'en-HK' : lang);

/** "2025-09-17" → "2025年9月17日" / "17 September 2025". */
export function formatDay(day: string, lang: Language): string {
  const [year, month, date] = day.split('-').map(Number);
  return dateTimeFormat(dateLocale(lang), { dateStyle: 'long', timeZone: 'UTC' }).format(Date.UTC(year!, month! - 1, date!));
}

/** Today, the same way (an export's or a printed pack's date). */
export const formatToday = (lang: Language): string => dateTimeFormat(dateLocale(lang), { dateStyle: 'long' }).format(new Date());
