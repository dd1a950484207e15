/** A row as a chart and its table show it: already labelled, with the link it drills down to. */
export interface ChartRow {
  id: string;
  label: string;
  count: number;
  /** Where clicking the bar or the row goes: Explore, filtered to the recommendations behind it. */
  href: string;
  /** What a screen reader hears on the bar: the label, the count and the action. */
  linkLabel: string;
}

/** One accessible colour for marks (12.5:1 on white) and one for the focused mark. */
export const CHART_COLOURS = { mark: '#12355b', focus: '#0b57d0', text: '#1b2430' } as const;

/** Sizes for a dashboard panel and for a slide (projectors: larger type, wider labels). */
export const CHART_SIZES = {
  normal: { row: 30, labelWidth: 190, labelUnits: 26, font: 13 },
  large: { row: 44, labelWidth: 360, labelUnits: 34, font: 20 },
} as const;
export type ChartSize = keyof typeof CHART_SIZES;

/** The drawn chart's height, known before Recharts loads, so its placeholder takes the same room. */
export const chartHeight = (rowCount: number, size: ChartSize) => rowCount * CHART_SIZES[size].row + 24;

/** A bar's label on one line, cut to `budget` units where CJK counts double (the table and the bar's name carry the full label). */
export function shortenLabel(label: string, budget: number): string {
  let units = 0;
  let end = 0;
  for (const char of label) {
    units += /[\u2e80-\uffff]/.test(char) ? 2 : 1;
    if (units > budget - 1) return `${label.slice(0, end)}…`;
    end += char.length;
  }
  return label;
}
