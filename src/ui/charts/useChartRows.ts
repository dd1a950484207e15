import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { CountRow } from '../../domain/metrics.ts';
import { useLanguage } from '../../i18n/useLanguage.ts';
import type { ChartRow } from './chartTypes.ts';
import { useRowLabel } from '../useRowLabel.ts';
import { useFilters } from '../../url/useFilters.ts';

/** Labels rows in the reader's language and points each at Explore, filtered to it. */
export function useChartRows() {
  const { t } = useTranslation();
  const rowLabel = useRowLabel();
  const { exploreWith } = useFilters();
  return useCallback(
    (rows: readonly CountRow[], prefix: (row: CountRow) => string = () => ''): ChartRow[] =>
      rows.map((row) => {
        const label = `${prefix(row)}${rowLabel(row)}`;
        return { id: row.id, label, count: row.count, href: exploreWith(row.dimension, row.id), linkLabel: t('chart.barLink', { label, count: row.count }) };
      }),
    [exploreWith, rowLabel, t],
  );
}

/** "A 33, B 30, C 17 …": the largest rows as a sentence for screen readers. */
export function useRowList() {
  const lang = useLanguage();
  return useCallback(
    (rows: readonly ChartRow[], limit = 8) => {
      const items = rows.slice(0, limit).map((row) => `${row.label} ${new Intl.NumberFormat(lang).format(row.count)}`);
      const list = new Intl.ListFormat(lang, { style: 'narrow', type: 'unit' }).format(items);
      return rows.length > limit ? `${list} …` : list;
    },
    [lang],
  );
}
