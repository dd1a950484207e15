import { useCallback, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { paths } from '../../config/paths.ts';
import { citeRecommendations, needsResponses, pageOf, drillFilters, segmentFilters, TAKEN_UP, type ChartData, type ChartId, type ChartPage, type CountRow, type Finding } from '../../domain/charts.ts';
import type { DatasetCore, RecommendationCore } from '../../domain/dataset.ts';
import { FILTER_DIMENSIONS, filterValues, type Filters } from '../../domain/filters.ts';
import type { OverviewData } from '../../domain/overview.ts';
import { useLanguage } from '../../i18n/useLanguage.ts';
import { formatDay } from '../../i18n/format.ts';
import { localize } from '../../domain/localize.ts';
import { useRowLabel } from '../useRowLabel.ts';
import { pageLabel } from '../pageLabel.ts';
import { useFilterValueLabel } from '../FilterChips.tsx';
import { languagePath } from '../../url/languagePath.ts';
import { toSearch, writeViewState } from '../../url/viewState.ts';
import { useLinkBuilder } from '../../url/useViewState.ts';
import type { LegendItem } from './barLayout.ts';
import { VERDICT_COLOURS, type ChartRow, type ChartSegment } from './chartTypes.ts';
import { VERDICTS, type Verdict } from '../../domain/vocabulary.ts';
import { dateTimeFormat, listFormat, numberFormat } from '../../i18n/intl.ts';

/** Where each view that shows catalogue charts lives (a chart's link opens it at the chart). */
const PAGE_PATHS: Record<ChartPage, () => string> = { overview: paths.overview, response: paths.response };

/**
 * Everything a chart shows, in words and rows: one spec serves the panel, the slide, the exports
 * and the print. `R`: the recommendations' type, the core's on the first screen (no words: an
 * export that quotes them loads the texts, `ChartActions`) or the full ones (slides, print).
 */
export interface ChartSpec<R extends RecommendationCore = RecommendationCore> {
  id: ChartId;
  /** The finding, true under the filters. */
  title: string;
  /** What is counted. */
  subtitle: string;
  /** The figures as one sentence, for screen readers. */
  summary: string;
  /** The filters in words ("Filters: Theme: Halal") or "All recommendations". */
  filterText: string;
  filters: Filters;
  /** The source as a citation: document, date, and the sections and pages (or chapters) behind the chart. */
  citation: string;
  /** The address (from the site's root, no origin) that reopens this chart with its filters: `chartLink` makes it a link. */
  path: string;
  rows: ChartRow[];
  categoryHeader: string;
  valueHeader: string;
  /** An extra column for the table and the CSV (what is asked of each scheme). */
  extraColumn?: { header: string; cell: (row: ChartRow) => string };
  /** The recommendations behind the row the title talks about (or the top row): the words a slide, export or pack may quote. */
  quoted: R[];
  /** A stacked chart's colours and what they mean, strongest first (the legend, and the table's columns). */
  legend?: LegendItem[];
}

/** Words for a chart's finding; `label(id)` names a row as the title does. */
function useFindingTitle() {
  const { t } = useTranslation();
  const lang = useLanguage();
  return useCallback(
    (id: ChartId, finding: Finding, label: (rowId: string) => string, ordinal: (rowId: string) => number | undefined) => {
      const item = (rowId: string) => t('chart.finding.item', { label: label(rowId) });
      const list = (ids: readonly string[]) => {
        const shown = ids.slice(0, 3).map(item);
        if (ids.length > 3) shown.push(t('chart.finding.more', { count: ids.length - 3 }));
        return listFormat(lang, { type: 'conjunction' }).format(shown);
      };
      const { count, total } = finding;
      switch (finding.kind) {
        case 'leads':
          return t(`charts.${id}.title`, { top: label(finding.rows[0]), number: ordinal(finding.rows[0]), count, total });
        case 'all':
          return t('chart.finding.all', { top: item(finding.rows[0]), count });
        case 'tied':
          return t('chart.finding.tied', { list: list(finding.rows), count, total });
        case 'chosen':
          return t('chart.finding.chosen', { list: list(finding.rows), count, total });
        case 'uptake':
          return t(`charts.${id}.title`, { count, total });
        case 'taken-up':
          return t(`charts.${id}.title`, { top: label(finding.rows[0]), number: ordinal(finding.rows[0]), count, total });
        case 'taken-up-tied':
          return t('chart.finding.takenUpTied', { list: list(finding.rows), count });
        case 'none-taken-up':
          return t('chart.finding.noneTakenUp', { count: total });
        case 'chosen-taken-up':
          return t('chart.finding.chosenTakenUp', { list: list(finding.rows), count, total });
      }
    },
    [lang, t],
  );
}

/** The filters as words, and the citation of a set of recommendations. */
export function useChartWords(dataset: DatasetCore) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const values = useMemo(() => filterValues(dataset), [dataset]);
  const labelOf = useFilterValueLabel(values);
  const filterText = (filters: Filters) => {
    const chosen = FILTER_DIMENSIONS.flatMap((dimension) =>
      filters[dimension].map((value) => t('filters.chip', { dimension: t(`filters.dimension.${dimension}`), value: labelOf(dimension, value) })),
    );
    return chosen.length === 0 ? t('briefing.filtersNone') : t('briefing.filters', { list: chosen.join(' · ') });
  };
  /** With `aboutResponse`, the response document the verdicts were judged against is cited too. */
  const citation = (recs: readonly RecommendationCore[], aboutResponse = false) => {
    const submission = submissionCitation(recs);
    const document = dataset.responseDocument;
    if (!aboutResponse || !document || submission === '') return submission;
    return t('cite.withResponse', { submission, document: localize(document.title, lang), date: formatDay(document.delivered, lang) });
  };
  const submissionCitation = (recs: readonly RecommendationCore[]) => {
    const cite = citeRecommendations(dataset, recs);
    const [year, month] = dataset.submission.date.split('-').map(Number);
    const date = dateTimeFormat(lang, { year: 'numeric', month: 'long', timeZone: 'UTC' }).format(Date.UTC(year!, (month ?? 1) - 1, 1));
    const list = (items: readonly string[]) => listFormat(lang, { type: 'conjunction' }).format(items);
    if (!cite) return '';
    if (cite.kind === 'sections')
      return t('cite.sections', { date, sections: list(cite.sections.map((section) => t('cite.section', { section }))), pages: pageLabel(t, cite.pages[0], cite.pages[1]) });
    const number = numberFormat(lang);
    const runs = cite.runs.map(([from, to]) => (from === to ? number.format(from) : `${number.format(from)}–${number.format(to)}`));
    return t('cite.chapters', { date, count: cite.count, chapters: t('cite.chapterList', { count: cite.chapters.length, list: list(runs) }) });
  };
  return { filterText, citation, values };
}

/**
 * The link that reopens a chart, for the clipboard and the exports: made when it is used, in the
 * browser, so the spec is the same in the pre-render (which cannot know the site's origin) and
 * in the render that hydrates it, and nothing is drawn again once the origin is known.
 */
export const chartLink = (spec: Pick<ChartSpec, 'path'>): string => new URL(spec.path, window.location.origin).href;

/** Whether a chart has something to show: a finding and at least one row. */
export function isDrawable(chart: ChartData): chart is ChartData & { finding: Finding } {
  return chart.finding !== undefined && chart.rows.length > 0;
}

/**
 * The spec of one chart of `data` (`undefined` if `data` has no such chart or it has nothing to
 * show). One chart per call, so a grid of charts is a component per chart, and React can yield
 * between them while it hydrates or renders (the words of every bar are the costly part).
 */
export function useChartSpec<R extends RecommendationCore>(data: OverviewData<R>, chartId: ChartId): ChartSpec<R> | undefined {
  const { t } = useTranslation();
  const lang = useLanguage();
  const rowLabel = useRowLabel();
  const linkTo = useLinkBuilder();
  const findingTitle = useFindingTitle();
  const { filterText, citation } = useChartWords(data.dataset);
  const { filters } = data;
  const byId = data.recommendationsById;
  const number = numberFormat(lang);
  // The verdicts' names, made once for the chart rather than twice for each of its parts.
  const verdictLabels = useMemo(() => new Map(VERDICTS.map((verdict) => [verdict, t(`verdicts.${verdict}`)])), [t]);
  const verdictLabel = (verdict: Verdict) => verdictLabels.get(verdict)!;

  const chart = data.charts.find((candidate) => candidate.id === chartId);
  if (!chart || !isDrawable(chart)) return undefined;
  const { id, finding } = chart;
  const labelOf = (row: CountRow) => (row.ordinal === undefined ? rowLabel(row) : `${number.format(row.ordinal)}.\u00a0${rowLabel(row)}`);
  const rowsById = new Map(chart.rows.map((row) => [row.id, row]));
  const highlighted = new Set(finding.rows);
  const rows: ChartRow[] = chart.rows.map((row) => {
    const label = labelOf(row);
    const segments = row.segments?.map(
      (segment): ChartSegment => ({
        id: segment.verdict,
        label: verdictLabel(segment.verdict),
        count: segment.count,
        colour: VERDICT_COLOURS[segment.verdict],
        ...(segment.count > 0
          ? {
              link: {
                href: linkTo(paths.explore(), { filters: segmentFilters(id, filters, row.id, segment.verdict) }),
                label: t('chart.segmentLink', { label, verdict: verdictLabel(segment.verdict), count: segment.count }),
              },
            }
          : {}),
        recommendationIds: segment.recommendationIds,
      }),
    );
    const breakdown = segments
      ?.filter((segment) => segment.count > 0)
      .map((segment) => t('chart.breakdownItem', { verdict: segment.label, count: segment.count }))
      .join(t('chart.breakdownJoin'));
    return {
      id: row.id,
      label,
      count: row.count,
      href: linkTo(paths.explore(), { filters: drillFilters(id, filters, row.id) }),
      linkLabel: segments ? t('chart.stackedBarLink', { label, count: row.count, breakdown }) : t('chart.barLink', { label, count: row.count }),
      highlight: highlighted.has(row.id),
      recommendationIds: row.recommendationIds,
      // The chart by verdict draws each verdict in its colour; a stacked row, each of its parts.
      ...(row.dimension === 'verdict' ? { fill: VERDICT_COLOURS[row.id as Verdict] } : {}),
      ...(segments ? { segments } : {}),
    };
  });
  const subtitle = t(`charts.${id}.subtitle`);
  const title = findingTitle(id, finding, (rowId) => rowLabel(rowsById.get(rowId)!), (rowId) => rowsById.get(rowId)?.ordinal);
  const list = listFormat(lang, { style: 'narrow', type: 'unit' }).format(rows.slice(0, 8).map((row) => `${row.label} ${number.format(row.count)}`));
  const quotedRow = chart.rows.find((row) => highlighted.has(row.id));
  // A stacked row the title talks about is quoted by what was taken up, adopted first.
  const takenUpIds = quotedRow?.segments?.filter((segment) => TAKEN_UP.includes(segment.verdict)).flatMap((segment) => segment.recommendationIds);
  const quotedIds = takenUpIds ?? quotedRow?.recommendationIds ?? chart.rows[0]!.recommendationIds;
  const path = `${languagePath(PAGE_PATHS[pageOf(id)](), lang)}${toSearch(writeViewState({ filters }))}#chart-${id}`;
  return {
    id,
    title,
    subtitle,
    summary: t('chart.summary', { subtitle, list: rows.length > 8 ? `${list} …` : list }),
    filterText: filterText(filters),
    filters,
    citation: citation(data.recommendations, needsResponses(id)),
    path,
    rows,
    categoryHeader: t(`charts.${id}.header`),
    valueHeader: chart.rows.some((row) => row.segments) ? t('chart.total') : t('chart.count'),
    // Charts whose catalogue entry says what is asked of each row (schemes) get a column for it.
    ...(chart.rows.some((row) => row.requests)
      ? {
          extraColumn: {
            header: t(`charts.${id}.asked` as 'charts.schemes.asked'),
            cell: (row: ChartRow) =>
              (rowsById.get(row.id)?.requests ?? []).map(({ request, count }) => `${t(`schemeRequests.${request}`)} (${number.format(count)})`).join(' · '),
          },
        }
      : {}),
    quoted: quotedIds.map((recId) => byId.get(recId)!).filter(Boolean),
    ...(chart.rows.some((row) => row.segments) ? { legend: VERDICTS.map((verdict) => ({ label: verdictLabel(verdict), colour: VERDICT_COLOURS[verdict] })) } : {}),
  };
}
