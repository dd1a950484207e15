import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { OverviewData } from '../../domain/overview.ts';
import { ChartFrame } from '../../ui/charts/ChartFrame.tsx';
import { useChartSpecs } from '../../ui/charts/useChartSpecs.ts';
import { PanelBoundary } from '../../ui/PanelBoundary.tsx';
import { useFilters } from '../../url/useFilters.ts';

/** The overview's charts, in the catalogue's order (loaded after the headline figures: the chart code is not in the first download). */
export default function ChartGrid({ data }: { data: OverviewData }) {
  const { t } = useTranslation();
  const { exploreWith } = useFilters();
  const specs = useChartSpecs(data);
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
