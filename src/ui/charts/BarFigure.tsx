/**
 * A bar chart drawn from the one label layout (barLayout.ts): the same scene the exports and
 * the printed pack draw, here as live SVG whose rows are links to the recommendations behind
 * them (reached with Tab, followed with Enter or a click). Recharts' Surface and Layer are the
 * SVG primitives; the geometry is ours, so nothing needs measuring before it can be drawn.
 */
import { useLayoutEffect, useMemo, useRef, useState, type MouseEvent } from 'react';
import { useNavigate } from 'react-router';
import { Layer, Surface } from 'recharts';
import { useLanguage } from '../../i18n/useLanguage.ts';
import { layoutBars, type Shape } from './barLayout.ts';
import { CHART_FONT, type ChartRow, type ChartVariant } from './chartTypes.ts';

/** The width used before the container is measured (and where it cannot be: tests, the server). */
const DEFAULT_WIDTH = 640;

/** The content width of the element, kept current as it resizes; `fixed` when given. */
function useContentWidth(fixed: number | undefined) {
  const ref = useRef<HTMLDivElement>(null);
  const [width, setWidth] = useState(fixed ?? DEFAULT_WIDTH);
  useLayoutEffect(() => {
    const element = ref.current;
    if (fixed !== undefined || !element) return;
    const measure = () => {
      const measured = Math.floor(element.clientWidth);
      if (measured > 0) setWidth(measured);
    };
    measure();
    if (typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    return () => observer.disconnect();
  }, [fixed]);
  return { ref, width: fixed ?? width };
}

export function ShapeView({ shape }: { shape: Shape }) {
  if (shape.kind === 'bar') return <rect x={shape.x} y={shape.y} width={shape.width} height={shape.height} rx={2} fill={shape.fill} />;
  return (
    <text x={shape.x} y={shape.y} fontSize={shape.size} fontWeight={shape.weight} fill={shape.fill} textAnchor={shape.anchor}>
      {shape.text}
    </text>
  );
}

export interface BarFigureProps {
  rows: readonly ChartRow[];
  variant: ChartVariant;
  /** The accessible name of the drawing (the chart's subtitle). */
  label: string;
  /** Draw at this width instead of the container's (the printed pack). */
  width?: number;
}

export function BarFigure({ rows, variant, label, width: fixedWidth }: BarFigureProps) {
  const navigate = useNavigate();
  const lang = useLanguage();
  const { ref, width } = useContentWidth(fixedWidth);
  const scene = useMemo(() => {
    const format = new Intl.NumberFormat(lang);
    return layoutBars(
      rows.map((row) => ({ id: row.id, label: row.label, value: row.count, valueText: format.format(row.count), highlight: row.highlight })),
      { width, font: CHART_FONT[variant] },
    );
  }, [rows, width, variant, lang]);
  const byId = new Map(rows.map((row) => [row.id, row]));
  if (variant === 'print') {
    // On paper each row is its own drawing, so a long chart breaks between rows instead of
    // being pushed whole to the next page; the table below carries the links.
    return (
      <div className="chart__canvas chart__canvas--print" data-layout={scene.mode} aria-hidden="true">
        {scene.rows.map((sceneRow) => (
          <Surface key={sceneRow.id} width={scene.width} height={sceneRow.height} viewBox={{ x: 0, y: sceneRow.y, width: scene.width, height: sceneRow.height }} className="chart__svg chart__row">
            {sceneRow.shapes.map((shape, index) => (
              <ShapeView key={index} shape={shape} />
            ))}
          </Surface>
        ))}
      </div>
    );
  }
  const follow = (event: MouseEvent, href: string) => {
    if (event.metaKey || event.ctrlKey || event.shiftKey || event.button !== 0) return;
    event.preventDefault();
    void navigate(href);
  };
  return (
    <div ref={ref} className={`chart__canvas chart__canvas--${variant}`} data-layout={scene.mode}>
      <Surface width={scene.width} height={scene.height} title={label} className="chart__svg" role="group" aria-label={label}>
        {scene.rows.map((sceneRow) => {
          const row = byId.get(sceneRow.id)!;
          return (
            <a key={row.id} href={row.href} aria-label={row.linkLabel} className="chart__bar-link" onClick={(event) => follow(event, row.href)}>
              <Layer>
                <rect className="chart__hit" x={0} y={sceneRow.y} width={scene.width} height={sceneRow.height} fill="transparent" />
                {sceneRow.shapes.map((shape, index) => (
                  <ShapeView key={index} shape={shape} />
                ))}
              </Layer>
            </a>
          );
        })}
      </Surface>
    </div>
  );
}
