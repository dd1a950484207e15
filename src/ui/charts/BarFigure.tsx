/**
 * A bar chart drawn from the one label layout (barLayout.ts): the same scene the exports and
 * the printed pack draw, here as live SVG whose rows are links to the recommendations behind
 * them (reached with Tab, followed with Enter or a click). Recharts' Surface and Layer are the
 * SVG primitives; the geometry is ours, so nothing needs measuring before it can be drawn.
 *
 * The parts of a stacked row are links of their own, to the row's recommendations with that
 * verdict, named for screen readers ("Logistics — adopted: 3 recommendations, see them") but
 * left out of the Tab order: one stop per row, as on every chart, and the table twin carries a
 * link per verdict for the keyboard.
 */
import { memo, startTransition, useLayoutEffect, useMemo, useRef, useState, type MouseEvent } from 'react';
import { useNavigate } from 'react-router';
import { Layer, Surface } from 'recharts';
import { useLanguage } from '../../i18n/useLanguage.ts';
import { useBrowserValue } from '../../url/useBrowserValue.ts';
import { barInputs, layoutBars, type Shape } from './barLayout.ts';
import { CHART_FONT, type ChartRow, type ChartVariant } from './chartTypes.ts';
import { numberFormat } from '../../i18n/intl.ts';

/** The width used before the container is measured (and where it cannot be: tests). */
const DEFAULT_WIDTH = 640;
/**
 * A pre-rendered page cannot know its reader's screen: it holds the chart laid out for a phone's
 * panel and for a desktop's (324–346 px on phones, 518 px at 1280–1440 px wide), and the stylesheet
 * shows the one that fits (`.chart__layout--narrow`), until the app has measured the real width:
 * labels keep their size on a phone instead of a desktop drawing scaled down.
 */
const PRERENDERED_WIDTHS = { narrow: 326, wide: 518 } as const;
/** Where the stylesheet shows the narrow layout (styles.css, `.chart__layout--narrow`). */
const NARROW_MEDIA = '(max-width: 599px)';
/** True in the pre-render and in the render that hydrates it. */
const usePrerendering = () => useBrowserValue(() => false, true);

/** The content width of the element, kept current as it resizes; `fixed` when given. */
function useContentWidth(fixed: number | undefined) {
  const ref = useRef<HTMLDivElement>(null);
  const [width, setWidth] = useState(fixed ?? DEFAULT_WIDTH);
  const [measured, setMeasured] = useState(false);
  useLayoutEffect(() => {
    const element = ref.current;
    if (fixed !== undefined || !element) return;
    // Not urgent: on a pre-rendered page every chart is re-laid out for its real width right
    // after hydration, and as a transition React does that in slices, not one long task.
    const measure = () => {
      const measured = Math.floor(element.clientWidth);
      if (measured > 0)
        startTransition(() => {
          setWidth(measured);
          setMeasured(true);
        });
    };
    measure();
    if (typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    return () => observer.disconnect();
  }, [fixed]);
  return { ref, width: fixed ?? width, measured: fixed !== undefined || measured };
}

export function ShapeView({ shape }: { shape: Shape }) {
  if (shape.kind === 'bar')
    return <rect className="chart__mark" x={shape.x} y={shape.y} width={shape.width} height={shape.height} rx={shape.segment === undefined ? 2 : 0} fill={shape.fill} />;
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

/**
 * Both layouts from the pre-render until the real width is known, kept past hydration so the
 * page does not change meanwhile. Hydrating is over when React draws again with the browser's
 * value, at once for every chart: only this wrapper is drawn again then, not the chart (memo).
 */
export function BarFigure(props: BarFigureProps) {
  const [bothLayouts] = useState(usePrerendering());
  return <Bars {...props} bothLayouts={bothLayouts} />;
}

const Bars = memo(function Bars({ rows, variant, label, width: fixedWidth, bothLayouts }: BarFigureProps & { bothLayouts: boolean }) {
  const navigate = useNavigate();
  const lang = useLanguage();
  const { ref, width, measured } = useContentWidth(fixedWidth);
  const layout = (at: number) => layoutBars(barInputs(rows, numberFormat(lang)), { width: at, font: CHART_FONT[variant] });
  const both = bothLayouts && !measured;
  const scene = useMemo(() => layout(both ? PRERENDERED_WIDTHS.wide : width), [both, rows, width, variant, lang]); // eslint-disable-line react-hooks/exhaustive-deps -- layout reads these
  const narrowScene = useMemo(() => (both ? layout(PRERENDERED_WIDTHS.narrow) : undefined), [both, rows, variant, lang]); // eslint-disable-line react-hooks/exhaustive-deps
  // Which pre-rendered layout the stylesheet shows (styles.css: the phone's below 600 px).
  const [shown] = useState(() => (typeof matchMedia === 'function' && matchMedia(NARROW_MEDIA).matches ? 'narrow' : 'wide'));
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
  // Colours of its own (verdicts) are kept on hover and focus, which outline the bar instead of filling it.
  const keyed = rows.some((row) => row.fill !== undefined || row.segments !== undefined);
  const draw = (drawn: typeof scene) => (
    <Surface width={drawn.width} height={drawn.height} title={label} className="chart__svg" role="group" aria-label={label}>
      {drawn.rows.map((sceneRow) => {
        const row = byId.get(sceneRow.id)!;
        const segments = new Map((row.segments ?? []).map((segment) => [segment.id as string, segment]));
        const parts = sceneRow.shapes.filter((shape) => shape.kind === 'bar' && shape.segment !== undefined);
        return (
          <Layer key={row.id}>
            <a href={row.href} aria-label={row.linkLabel} className="chart__bar-link" onClick={(event) => follow(event, row.href)}>
              <rect className="chart__hit" x={0} y={sceneRow.y} width={drawn.width} height={sceneRow.height} fill="transparent" />
              {sceneRow.shapes
                .filter((shape) => !parts.includes(shape))
                .map((shape, index) => (
                  <ShapeView key={index} shape={shape} />
                ))}
            </a>
            {parts.map((shape) => {
              const segment = shape.kind === 'bar' && shape.segment !== undefined ? segments.get(shape.segment) : undefined;
              if (!segment?.link) return null;
              const { href, label: linkLabel } = segment.link;
              return (
                <a
                  key={segment.id}
                  href={href}
                  aria-label={linkLabel}
                  tabIndex={-1}
                  className="chart__bar-link chart__segment-link"
                  data-segment={segment.id}
                  onClick={(event) => follow(event, href)}
                >
                  <ShapeView shape={shape} />
                </a>
              );
            })}
          </Layer>
        );
      })}
    </Surface>
  );
  // The pre-rendered layouts, or the one at the measured width, drawn into the element of the
  // layout the stylesheet showed: its bars (and a bar with the focus) are updated in place.
  const layouts: [key: string, drawn: typeof scene, className: string][] = narrowScene
    ? [
        ['narrow', narrowScene, 'chart__layout chart__layout--narrow'],
        ['wide', scene, 'chart__layout chart__layout--wide'],
      ]
    : [[shown, scene, 'chart__layout']];
  return (
    <div ref={ref} className={`chart__canvas chart__canvas--${variant}${keyed ? ' chart__canvas--keyed' : ''}`} data-layout={scene.mode}>
      {layouts.map(([key, drawn, className]) => (
        <div key={key} className={className}>
          {draw(drawn)}
        </div>
      ))}
    </div>
  );
});
