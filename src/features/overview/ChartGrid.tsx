import type { OverviewData } from '../../domain/overview.ts';
import { ChartGrid } from '../../ui/charts/ChartGrid.tsx';

/**
 * The overview's charts: those `selectOverview` computed for this dataset (`chartsOf('overview', dataset)`,
 * with the plain kind-of-help chart standing in where there is no response yet), in that order. A default
 * export, loaded after the summary: the chart code is not in the first download.
 */
export default function OverviewCharts({ data }: { data: OverviewData }) {
  return <ChartGrid data={data} />;
}
