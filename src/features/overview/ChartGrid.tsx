import { chartsOf } from '../../domain/charts.ts';
import type { OverviewData } from '../../domain/overview.ts';
import { ChartGrid } from '../../ui/charts/ChartGrid.tsx';

const OVERVIEW_CHARTS = chartsOf('overview');

/** The overview's charts, in the catalogue's order (loaded after the headline figures: the chart code is not in the first download). */
export default function OverviewCharts({ data }: { data: OverviewData }) {
  return <ChartGrid data={data} charts={OVERVIEW_CHARTS} />;
}
