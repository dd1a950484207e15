import { lazy, Suspense, useEffect, useRef, useState } from 'react';
import { PanelBoundary } from '../PanelBoundary.tsx';
import { chartHeight, type ChartRow, type ChartSize } from './chartTypes.ts';

const BarChartView = lazy(() => import('./BarChartView.tsx'));

/** How far below the fold a chart starts drawing, so it is ready before it scrolls in. */
const DRAW_AHEAD = '600px';

/**
 * True once the element is near the viewport, or focus enters its figure (a keyboard user
 * tabbing to the chart's toolbar gets its bars before the next Tab). Immediately true where
 * IntersectionObserver is missing, and when `eager` (print).
 */
function useNearViewport(eager: boolean) {
  const ref = useRef<HTMLDivElement>(null);
  const [near, setNear] = useState(eager || typeof IntersectionObserver === 'undefined');
  useEffect(() => {
    const element = ref.current;
    if (near || !element) return;
    const show = () => setNear(true);
    const observer = new IntersectionObserver((entries) => entries.some((entry) => entry.isIntersecting) && show(), { rootMargin: DRAW_AHEAD });
    observer.observe(element);
    const figure = element.closest('figure');
    figure?.addEventListener('focusin', show);
    return () => {
      observer.disconnect();
      figure?.removeEventListener('focusin', show);
    };
  }, [near]);
  return { ref, near };
}

/**
 * The bar chart, loaded on demand (Recharts is the largest dependency) and drawn when it
 * comes near the screen, with a placeholder of its final height (nothing shifts when it
 * arrives) and a boundary of its own: a chart that fails, or whose code cannot be fetched,
 * leaves the title, the table and the page.
 */
export function LazyBarChart({ rows, size = 'normal', label, eager = false }: { rows: readonly ChartRow[]; size?: ChartSize; label: string; eager?: boolean }) {
  const { ref, near } = useNearViewport(eager);
  const placeholder = <div ref={ref} className="chart__canvas" style={{ height: chartHeight(rows.length, size) }} />;
  if (!near) return placeholder;
  return (
    <PanelBoundary label={label}>
      <Suspense fallback={placeholder}>
        <BarChartView rows={rows} size={size} />
      </Suspense>
    </PanelBoundary>
  );
}
