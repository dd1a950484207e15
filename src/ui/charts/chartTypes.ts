/** A row as a chart and its table show it: already labelled, with the link it drills down to. */
export interface ChartRow {
  id: string;
  label: string;
  count: number;
  /** Where clicking the bar or the row goes: Explore, filtered to the recommendations behind it. */
  href: string;
  /** What a screen reader hears on the bar: the label, the count and the action. */
  linkLabel: string;
  /** The chart's title talks about this row: drawn in the accent colour. */
  highlight: boolean;
  /** The recommendations behind the row (their ids go into the CSV). */
  recommendationIds: readonly string[];
}

/**
 * The charts' colours, used as they are by the screen, the exports and the print: one accent
 * for what the title talks about (12.5:1 on white), a neutral for the other bars (3.7:1 on
 * white, 3.4:1 against the accent: WCAG 1.4.11 and told apart without colour vision by
 * lightness), the text and the muted text (7.5:1).
 */
export const CHART_COLOURS = { accent: '#12355b', mark: '#74879e', text: '#1b2430', muted: '#4a5568', focus: '#0b57d0', background: '#ffffff' } as const;

/**
 * Type sizes in px for each place a chart is drawn: a dashboard panel, a slide or full screen
 * (read from across a room), the A4 pack (13 px is 9.75 pt on paper), and a 1200 px export.
 */
export const CHART_FONT = { panel: 14, slide: 22, print: 13, export: 20 } as const;
export type ChartVariant = keyof typeof CHART_FONT;

/** The A4 pack's chart width in CSS px: 170 mm of the 180 mm between the 15 mm margins. */
export const PRINT_WIDTH = 642;
