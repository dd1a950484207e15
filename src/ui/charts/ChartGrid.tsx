import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { ChartData, ChartId } from '../../domain/charts.ts';
import type { OverviewData } from '../../domain/overview.ts';
import { useFilters } from '../../url/useFilters.ts';
import { PanelBoundary } from '../PanelBoundary.tsx';
import { ChartFrame } from './ChartFrame.tsx';
import { isDrawable, useChartSpec } from './useChartSpec.ts';

export interface ChartGridProps {
  /** The figures, computed for the charts to show (`selectOverview(dataset, filters, charts)`). */
  data: OverviewData;
  /** The charts to show, in this order (a view's `chartsOf(page)`); by default every chart in `data`. */
  charts?: readonly ChartId[];
}

/**
 * Catalogue charts as a grid of panels, each with its table twin, its take-away menu and a link to
 * all the recommendations in scope; a chart with nothing to show (or that the dataset cannot draw)
 * is left out. The overview shows its charts with it, the response view its own.
 */
export function ChartGrid({ data, charts }: ChartGridProps) {
  const { t } = useTranslation();
  const { exploreWith } = useFilters();
  const shown = (charts ? charts.flatMap((id) => data.charts.filter((chart) => chart.id === id)) : data.charts).filter(isDrawable);
  const more = (
    <p className="chart__more">
      <Link to={exploreWith()}>{t('chart.seeRecommendations', { count: data.headline.recommendations })}</Link>
    </p>
  );
  return (
    <div className="chart-grid">
      {shown.map((chart) => (
        <PanelBoundary key={chart.id} label={t(`charts.${chart.id}.subtitle`)}>
          <ChartPanel data={data} chart={chart}>
            {more}
          </ChartPanel>
        </PanelBoundary>
      ))}
    </div>
  );
}

/** One chart of the grid: its words are made here, so React can yield between charts as it hydrates. */
function ChartPanel({ data, chart, children }: { data: OverviewData; chart: ChartData; children: ReactNode }) {
  const spec = useChartSpec(data, chart.id);
  return spec ? <ChartFrame spec={spec}>{children}</ChartFrame> : null;
}
