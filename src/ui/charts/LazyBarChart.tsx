import { lazy, Suspense } from 'react';
import { PanelBoundary } from '../PanelBoundary.tsx';
import { chartHeight, type ChartRow, type ChartSize } from './chartTypes.ts';

const BarChartView = lazy(() => import('./BarChartView.tsx'));

/**
 * The bar chart, loaded on demand (Recharts is the largest dependency), with a placeholder
 * of its final height (nothing shifts when it arrives) and a boundary of its own: a chart
 * that fails, or whose code cannot be fetched, leaves the title, the table and the page.
 */
export function LazyBarChart({ rows, size = 'normal', label }: { rows: readonly ChartRow[]; size?: ChartSize; label: string }) {
  return (
    <PanelBoundary label={label}>
      <Suspense fallback={<div className="chart__canvas" style={{ height: chartHeight(rows.length, size) }} />}>
        <BarChartView rows={rows} size={size} />
      </Suspense>
    </PanelBoundary>
  );
}
