/**
 * The bar chart of a ChartFrame (loaded on demand: Recharts is the largest dependency).
 * Every bar is an SVG link, so it is reached with Tab and followed with Enter or a click,
 * and leads to the recommendations behind it.
 */
import type { MouseEvent } from 'react';
import { useNavigate } from 'react-router';
import { Bar, BarChart, LabelList, XAxis, YAxis } from 'recharts';
import { CHART_COLOURS, CHART_SIZES as SIZES, chartHeight, shortenLabel as shorten, type ChartRow, type ChartSize as Size } from './chartTypes.ts';


const tick = (size: Size) =>
  function Tick({ x, y, payload }: { x?: number | string; y?: number | string; payload?: { value?: unknown } }) {
    const label = String(payload?.value ?? '');
    return (
      <text x={Number(x ?? 0) - 6} y={Number(y ?? 0)} textAnchor="end" dominantBaseline="central" fill={CHART_COLOURS.text} fontSize={SIZES[size].font}>
        <title>{label}</title>
        {shorten(label, SIZES[size].labelUnits)}
      </text>
    );
  };
const TICKS = { normal: tick('normal'), large: tick('large') };

interface BarShape {
  x?: number;
  y?: number;
  width?: number;
  height?: number;
  payload?: ChartRow;
}

export default function BarChartView({ rows, size = 'normal' }: { rows: readonly ChartRow[]; size?: Size }) {
  const navigate = useNavigate();
  const { labelWidth, font } = SIZES[size];
  const height = chartHeight(rows.length, size);
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
          width={labelWidth}
          interval={0}
          tickLine={false}
          axisLine={false}
          tick={TICKS[size]}
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
          <LabelList dataKey="count" position="right" fill={CHART_COLOURS.text} fontSize={font - 1} />
        </Bar>
      </BarChart>
    </div>
  );
}
