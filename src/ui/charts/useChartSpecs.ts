import { useTranslation } from 'react-i18next';
import type { ChartId } from '../../domain/briefing.ts';
import type { OverviewData } from '../../domain/overview.ts';
import type { ChartRow } from './chartTypes.ts';
import { useChartRows, useRowList } from './useChartRows.ts';

/** Everything a chart shows, in words and rows; the overview frames it, a slide presents it. */
export interface ChartSpec {
  id: ChartId;
  title: string;
  subtitle: string;
  summary: string;
  rows: ChartRow[];
  categoryHeader: string;
  valueHeader: string;
  extraColumn?: { header: string; cell: (row: ChartRow) => string };
}

/** The overview's charts for these figures, leaving out those with nothing to show. */
export function useChartSpecs(data: OverviewData): ChartSpec[] {
  const { t } = useTranslation();
  const toRows = useChartRows();
  const listOf = useRowList();
  const total = data.headline.recommendations;
  const requestsById = new Map(data.schemes.map((row) => [row.id, row.requests]));
  const numbered = (row: { id: string }) => `${data.ordinals.get(row.id)}.\u00a0`;

  const sources: { id: ChartId; rows: ChartRow[] }[] = [
    { id: 'themes', rows: toRows(data.themes) },
    { id: 'pillars', rows: toRows(data.pillars) },
    { id: 'chapters', rows: toRows(data.chapters, numbered) },
    { id: 'addressees', rows: toRows(data.addressees) },
    { id: 'places', rows: toRows(data.places) },
    { id: 'actions', rows: toRows(data.actions) },
    { id: 'schemes', rows: toRows(data.schemes) },
  ];
  return sources.flatMap(({ id, rows }) => {
    const top = rows[0];
    if (!top) return []; // nothing to show under these filters (no place named, say)
    const subtitle = t(`overview.${id}.subtitle`);
    return [
      {
        id,
        title: t(`overview.${id}.title`, { top: top.label.replace(/^\d+\.\s/, ''), number: data.ordinals.get(top.id), count: top.count, total }),
        subtitle,
        summary: t('chart.summary', { subtitle, list: listOf(rows) }),
        rows,
        categoryHeader: t(`overview.${id}.header`),
        valueHeader: t('chart.count'),
        ...(id === 'schemes'
          ? {
              extraColumn: {
                header: t('overview.schemes.asked'),
                cell: (row: ChartRow) => (requestsById.get(row.id) ?? []).map(({ request, count }) => `${t(`schemeRequests.${request}`)} (${count})`).join(' · '),
              },
            }
          : {}),
      },
    ];
  });
}
