/**
 * The one label layout of the dashboard's bar charts. The screen, full screen, slides, the
 * SVG/PNG exports and the printed pack all draw the scene this returns; none lays labels
 * out on its own. Pure: the same rows, width and type size give the same scene on the
 * server, in the browser and in an export.
 *
 * - Labels are measured (textMetrics), never cut: the label column is as wide as the
 *   longest label needs, up to a share of the width; longer labels wrap to up to three lines.
 * - When three lines are not enough, or the bars would be left too little room (a phone, a
 *   slide on a phone), every label goes above its bar, across the full width, on as many
 *   lines as it takes.
 * - A stacked row (the uptake charts) splits its bar into parts, left to right, each in its own
 *   colour, with a thin gap of the background between them; every part is as long as its value
 *   on the chart's one scale, so the parts of a row together are as long as an unstacked bar.
 */
import { CHART_COLOURS, type ChartRow } from './chartTypes.ts';
import { textWidth, wrapText, linesWidth, type FontWeight } from './textMetrics.ts';

export interface BarInput {
  id: string;
  label: string;
  value: number;
  /** The value as the reader's language writes it. */
  valueText: string;
  /** Rows the chart's title talks about: drawn in the accent colour, or with a bold label when the row has colours of its own. */
  highlight?: boolean;
  /** A colour of its own (a verdict's) instead of the accent or the neutral. */
  fill?: string;
  /** The bar in parts, left to right (a stacked row): their values sum to `value`; empty parts are not drawn. */
  segments?: readonly { id: string; value: number; fill: string }[];
}

export type TextShape = { kind: 'text'; x: number; y: number; text: string; size: number; weight: 400 | 700; fill: string; anchor: 'start' | 'end' };
/** A bar, or one part of a stacked bar (`segment`: the part's id). */
export type BarShape = { kind: 'bar'; x: number; y: number; width: number; height: number; fill: string; segment?: string };
export type Shape = TextShape | BarShape;

export interface SceneRow {
  id: string;
  /** The row's band, top and height (a link's target area). */
  y: number;
  height: number;
  shapes: Shape[];
}

export interface BarScene {
  width: number;
  height: number;
  mode: 'side' | 'above';
  rows: SceneRow[];
}

export interface LayoutOptions {
  /** The width to fill, in px. */
  width: number;
  /** The labels' type size, in px. */
  font: number;
  /** Most lines a label may take beside its bar before labels go above the bars. */
  maxLines?: number;
}

/** The share of the width the label column may take beside the bars. */
const LABEL_SHARE = 0.45;

/** A line of text at this size: its height, and the distance from its top to its baseline (the em box centred in the line). */
export const lineMetrics = (font: number) => ({ line: Math.round(font * 1.3), baseline: Math.round(font * 1.3 * 0.5 + font * 0.36) });

/** Line height, bar thickness, gaps: all proportional to the type size. */
const metrics = (font: number) => ({
  ...lineMetrics(font),
  bar: Math.round(font * 1.25),
  gap: Math.round(font * 0.6),
  pad: Math.round(font * 0.35),
  /** The gap between the parts of a stacked bar: 1 px on a panel or paper, 2 px on a slide or an export. */
  separator: Math.max(1, Math.round(font / 11)),
});

/** The label's weight: bold marks what the title talks about where colour cannot (rows in colours of their own). */
const labelWeight = (row: BarInput): FontWeight => (row.highlight && (row.fill !== undefined || row.segments !== undefined) ? 700 : 400);

/** A row's bar at (x, y), `width` long: one rectangle, or its parts each as long as its share, a gap of the background between them. */
function barShapes(row: BarInput, x: number, y: number, width: number, height: number, separator: number): BarShape[] {
  if (!row.segments) return [{ kind: 'bar', x, y, width, height, fill: row.fill ?? (row.highlight ? CHART_COLOURS.accent : CHART_COLOURS.mark) }];
  const parts = row.segments.filter((part) => part.value > 0);
  const total = parts.reduce((sum, part) => sum + part.value, 0);
  let start = x;
  return parts.map((part, index) => {
    const share = (part.value / total) * width;
    // The gap is taken from the part's right end, so each part starts where its share does; a part
    // too thin for it keeps up to 1 px (or its share, if less) and touches the next.
    const drawn = index === parts.length - 1 ? share : Math.max(share - separator, Math.min(share, 1));
    const shape: BarShape = { kind: 'bar', x: start, y, width: drawn, height, fill: part.fill, segment: part.id };
    start += share;
    return shape;
  });
}

export function layoutBars(rows: readonly BarInput[], { width, font, maxLines = 3 }: LayoutOptions): BarScene {
  const m = metrics(font);
  const max = Math.max(1, ...rows.map((row) => row.value));
  const valueWidth = Math.max(0, ...rows.map((row) => textWidth(row.valueText, font))) + m.gap;
  const minBars = Math.max(80, width * 0.3);

  // Beside the bars: one line each if the column can hold the longest label, else wrapped.
  const natural = Math.max(0, ...rows.map((row) => textWidth(row.label, font, labelWeight(row))));
  const cap = Math.floor(width * LABEL_SHARE);
  let side: string[][] | undefined = rows.map((row) => (natural <= cap ? [row.label] : wrapText(row.label, cap, font, labelWeight(row))));
  if (side.some((lines) => lines.length > maxLines)) side = undefined;
  const labelWidth = side ? Math.ceil(Math.max(0, ...side.map((lines, index) => linesWidth(lines, font, labelWeight(rows[index]!))))) : 0;
  if (side && width - labelWidth - m.gap - valueWidth < minBars) side = undefined;

  const text = (x: number, y: number, line: string, anchor: 'start' | 'end', weight: FontWeight = 400): TextShape => ({ kind: 'text', x, y, text: line, size: font, weight, fill: CHART_COLOURS.text, anchor });
  const sceneRows: SceneRow[] = [];
  let y = 0;

  if (side) {
    const barX = labelWidth + m.gap;
    const barSpace = width - barX - valueWidth;
    rows.forEach((row, index) => {
      const lines = side[index]!;
      const height = Math.max(lines.length * m.line, m.bar) + 2 * m.pad;
      const centre = y + height / 2;
      const textTop = centre - (lines.length * m.line) / 2;
      const barWidth = Math.max(2, (row.value / max) * barSpace);
      sceneRows.push({
        id: row.id,
        y,
        height,
        shapes: [
          ...lines.map((line, i) => text(labelWidth, textTop + i * m.line + m.baseline, line, 'end', labelWeight(row))),
          ...barShapes(row, barX, centre - m.bar / 2, barWidth, m.bar, m.separator),
          text(barX + barWidth + m.gap / 2, centre - m.line / 2 + m.baseline, row.valueText, 'start'),
        ],
      });
      y += height;
    });
    return { width, height: y, mode: 'side', rows: sceneRows };
  }

  const barSpace = width - valueWidth;
  rows.forEach((row) => {
    const lines = wrapText(row.label, width, font, labelWeight(row));
    const barTop = y + m.pad + lines.length * m.line + 2;
    const height = barTop + m.bar + m.pad - y;
    const barWidth = Math.max(2, (row.value / max) * barSpace);
    sceneRows.push({
      id: row.id,
      y,
      height,
      shapes: [
        ...lines.map((line, i) => text(0, y + m.pad + i * m.line + m.baseline, line, 'start', labelWeight(row))),
        ...barShapes(row, 0, barTop, barWidth, m.bar, m.separator),
        text(barWidth + m.gap / 2, barTop + m.bar / 2 - m.line / 2 + m.baseline, row.valueText, 'start'),
      ],
    });
    y += height;
  });
  return { width, height: y, mode: 'above', rows: sceneRows };
}

/** A chart's rows as the layout takes them, the values written by `format` (the reader's language). */
export const barInputs = (rows: readonly ChartRow[], format: Intl.NumberFormat): BarInput[] =>
  rows.map((row) => ({
    id: row.id,
    label: row.label,
    value: row.count,
    valueText: format.format(row.count),
    highlight: row.highlight,
    ...(row.fill ? { fill: row.fill } : {}),
    ...(row.segments ? { segments: row.segments.map((segment) => ({ id: segment.id, value: segment.count, fill: segment.colour })) } : {}),
  }));

/** A legend entry: a swatch of the colour, then its name. */
export interface LegendItem {
  label: string;
  colour: string;
}

/**
 * A legend as shapes, for images (the live figure writes its legend as HTML): swatch and name
 * side by side, entries flowing left to right and onto a new line when the width is used up
 * (a name longer than the width wraps under its swatch).
 */
export function layoutLegend(items: readonly LegendItem[], { width, font }: { width: number; font: number }): { height: number; shapes: Shape[] } {
  const { line, baseline } = lineMetrics(font);
  const swatch = Math.round(font * 0.85);
  const gap = Math.round(font * 0.4);
  const spacing = Math.round(font * 1.2);
  const shapes: Shape[] = [];
  let x = 0;
  let y = 0;
  for (const item of items) {
    const lines = wrapText(item.label, width - swatch - gap, font);
    const entry = swatch + gap + linesWidth(lines, font);
    if (x > 0 && x + entry > width) {
      x = 0;
      y += line;
    }
    shapes.push({ kind: 'bar', x, y: y + (line - swatch) / 2, width: swatch, height: swatch, fill: item.colour });
    lines.forEach((text, i) => shapes.push({ kind: 'text', x: x + swatch + gap, y: y + i * line + baseline, text, size: font, weight: 400, fill: CHART_COLOURS.text, anchor: 'start' }));
    y += (lines.length - 1) * line;
    x = lines.length > 1 ? width : x + entry + spacing;
  }
  return { height: items.length === 0 ? 0 : y + line, shapes };
}

/** Where a text shape's ink can reach horizontally (for tests and for fitting an export). */
export function textExtent(shape: TextShape): [number, number] {
  const w = textWidth(shape.text, shape.size, shape.weight);
  return shape.anchor === 'end' ? [shape.x - w, shape.x] : [shape.x, shape.x + w];
}
