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
 */
import { CHART_COLOURS } from './chartTypes.ts';
import { textWidth, wrapText, linesWidth } from './textMetrics.ts';

export interface BarInput {
  id: string;
  label: string;
  value: number;
  /** The value as the reader's language writes it. */
  valueText: string;
  /** Rows the chart's title talks about, drawn in the accent colour. */
  highlight?: boolean;
}

export type TextShape = { kind: 'text'; x: number; y: number; text: string; size: number; weight: 400 | 700; fill: string; anchor: 'start' | 'end' };
export type BarShape = { kind: 'bar'; x: number; y: number; width: number; height: number; fill: string };
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
});

export function layoutBars(rows: readonly BarInput[], { width, font, maxLines = 3 }: LayoutOptions): BarScene {
  const m = metrics(font);
  const max = Math.max(1, ...rows.map((row) => row.value));
  const valueWidth = Math.max(0, ...rows.map((row) => textWidth(row.valueText, font))) + m.gap;
  const minBars = Math.max(80, width * 0.3);

  // Beside the bars: one line each if the column can hold the longest label, else wrapped.
  const natural = Math.max(0, ...rows.map((row) => textWidth(row.label, font)));
  const cap = Math.floor(width * LABEL_SHARE);
  let side: string[][] | undefined = rows.map((row) => (natural <= cap ? [row.label] : wrapText(row.label, cap, font)));
  if (side.some((lines) => lines.length > maxLines)) side = undefined;
  const labelWidth = side ? Math.ceil(Math.max(0, ...side.map((lines) => linesWidth(lines, font)))) : 0;
  if (side && width - labelWidth - m.gap - valueWidth < minBars) side = undefined;

  const fill = (row: BarInput) => (row.highlight ? CHART_COLOURS.accent : CHART_COLOURS.mark);
  const text = (x: number, y: number, line: string, anchor: 'start' | 'end'): TextShape => ({ kind: 'text', x, y, text: line, size: font, weight: 400, fill: CHART_COLOURS.text, anchor });
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
          ...lines.map((line, i) => text(labelWidth, textTop + i * m.line + m.baseline, line, 'end')),
          { kind: 'bar', x: barX, y: centre - m.bar / 2, width: barWidth, height: m.bar, fill: fill(row) },
          text(barX + barWidth + m.gap / 2, centre - m.line / 2 + m.baseline, row.valueText, 'start'),
        ],
      });
      y += height;
    });
    return { width, height: y, mode: 'side', rows: sceneRows };
  }

  const barSpace = width - valueWidth;
  rows.forEach((row) => {
    const lines = wrapText(row.label, width, font);
    const barTop = y + m.pad + lines.length * m.line + 2;
    const height = barTop + m.bar + m.pad - y;
    const barWidth = Math.max(2, (row.value / max) * barSpace);
    sceneRows.push({
      id: row.id,
      y,
      height,
      shapes: [
        ...lines.map((line, i) => text(0, y + m.pad + i * m.line + m.baseline, line, 'start')),
        { kind: 'bar', x: 0, y: barTop, width: barWidth, height: m.bar, fill: fill(row) },
        text(barWidth + m.gap / 2, barTop + m.bar / 2 - m.line / 2 + m.baseline, row.valueText, 'start'),
      ],
    });
    y += height;
  });
  return { width, height: y, mode: 'above', rows: sceneRows };
}

/** Where a text shape's ink can reach horizontally (for tests and for fitting an export). */
export function textExtent(shape: TextShape): [number, number] {
  const w = textWidth(shape.text, shape.size, shape.weight);
  return shape.anchor === 'end' ? [shape.x - w, shape.x] : [shape.x, shape.x + w];
}
