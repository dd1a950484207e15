import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { ChartId } from '../../domain/charts.ts';
import type { OverviewData } from '../../domain/overview.ts';
import { useFilters } from '../../url/useFilters.ts';
import { PanelBoundary } from '../PanelBoundary.tsx';
import { ChartFrame } from './ChartFrame.tsx';
import { useChartSpecs } from './useChartSpecs.ts';

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
  const all = useChartSpecs(data);
  const specs = charts ? charts.flatMap((id) => all.filter((spec) => spec.id === id)) : all;
  const seeAllHref = exploreWith();
  const seeAllLabel = t('chart.seeRecommendations', { count: data.headline.recommendations });
  return (
    <div className="chart-grid">
      {specs.map((spec) => (
        <PanelBoundary key={spec.id} label={spec.subtitle}>
          <ChartFrame spec={spec}>
            <p className="chart__more">
              <Link to={seeAllHref}>{seeAllLabel}</Link>
            </p>
          </ChartFrame>
        </PanelBoundary>
      ))}
    </div>
  );
}
