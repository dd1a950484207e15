import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { askShape } from '../domain/annotations.ts';
import type { Ask } from '../domain/dataset.ts';
import { formatAskDate, formatQuantity } from '../i18n/format.ts';
import { useLanguage } from '../i18n/useLanguage.ts';
import { numberFormat } from '../i18n/intl.ts';

/** An ask's numbers as the reader should see them: "RMB800 → RMB3,000", "18,000–23,000 people", "2028". */
export function useAskText() {
  const { t } = useTranslation();
  const lang = useLanguage();
  return useCallback(
    (ask: Ask): { figure: string; ratio?: string; date?: string } => {
      const quantity = (value: number) =>
        formatQuantity(value, ask.unit ?? 'count', lang, (key, formatted) => t(`units.${key}`, { value: formatted }), ask.currency);
      const date = ask.date ? (ask.date.includes('/') ? t('units.academicYear', { value: ask.date }) : formatAskDate(ask.date, lang)) : undefined;
      const shape = askShape(ask);
      switch (shape.shape) {
        case 'change':
          return {
            figure: t('annotations.change', { from: quantity(shape.from), to: quantity(shape.to) }),
            ratio: shape.ratio && shape.ratio !== 1 ? t('annotations.ratio', { ratio: numberFormat(lang, { maximumFractionDigits: 2 }).format(shape.ratio) }) : undefined,
            date,
          };
        case 'range': {
          // "18,000–23,000 people", not "18,000 people–23,000 people".
          const unit = ask.unit;
          const number = (value: number) => numberFormat(lang).format(value);
          const figure =
            unit === 'people' || unit === 'sq-ft' || unit === 'sq-m' || unit === 'count'
              ? t(`units.${unit}`, { value: t('annotations.range', { from: number(shape.from), to: number(shape.to) }) })
              : t('annotations.range', { from: quantity(shape.from), to: quantity(shape.to) });
          return { figure, date };
        }
        case 'value':
          return { figure: quantity(shape.value), date };
        case 'date':
          return { figure: date ?? '' };
        case 'direction':
          return { figure: t('annotations.unquantified', { direction: t(`askDirections.${shape.direction}`) }) };
      }
    },
    [lang, t],
  );
}
