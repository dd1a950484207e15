/**
 * The bar chart of a ChartFrame (loaded on demand: Recharts is the largest dependency).
 * Every bar is an SVG link, so it is reached with Tab and followed with Enter or a click,
 * and leads to the recommendations behind it.
 */
import type { MouseEvent } from 'react';
import { useNavigate } from 'react-router';
import { Bar, BarChart, LabelList, XAxis, YAxis } from 'recharts';
import { CHART_COLOURS, type ChartRow } from './chartTypes.ts';

const ROW_HEIGHT = 30;
const MAX_LABEL_CHARS = 16;

const shorten = (label: string) => (label.length > MAX_LABEL_CHARS ? `${label.slice(0, MAX_LABEL_CHARS - 1)}…` : label);

interface BarShape {
  x?: number;
  y?: number;
  width?: number;
  height?: number;
  payload?: ChartRow;
}

export default function BarChartView({ rows }: { rows: readonly ChartRow[] }) {
  const navigate = useNavigate();
  const height = rows.length * ROW_HEIGHT + 24;
  const follow = (event: MouseEvent, href: string) => {
    event.preventDefault();
    void navigate(href);
  };
  return (
    <div className="chart__canvas" style={{ height }}>
      <BarChart
        layout="vertical"
        data={[...rows]}
        responsive
        accessibilityLayer={false}
        style={{ width: '100%', height: '100%' }}
        margin={{ top: 4, right: 40, bottom: 4, left: 4 }}
      >
        <XAxis type="number" allowDecimals={false} hide />
        <YAxis
          type="category"
          dataKey="label"
          width={170}
          interval={0}
          tickLine={false}
          axisLine={false}
          tick={{ fill: CHART_COLOURS.text, fontSize: 13 }}
          tickFormatter={shorten}
        />
        <Bar
          dataKey="count"
          fill={CHART_COLOURS.mark}
          isAnimationActive={false}
          shape={(props: BarShape) => {
            const { x = 0, y = 0, width = 0, height: barHeight = 0, payload } = props;
            if (!payload) return <g />;
            return (
              <a href={payload.href} aria-label={payload.linkLabel} className="chart__bar-link" onClick={(event) => follow(event, payload.href)}>
                <rect x={x} y={y} width={Math.max(width, 2)} height={barHeight} rx={2} fill={CHART_COLOURS.mark} />
              </a>
            );
          }}
        >
          <LabelList dataKey="count" position="right" fill={CHART_COLOURS.text} fontSize={12} />
        </Bar>
      </BarChart>
    </div>
  );
}
