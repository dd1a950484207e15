import type { Verdict } from '../../domain/vocabulary.ts';

/** One part of a stacked row as the chart and its table show it: a verdict, its count and its drill-down. */
export interface ChartSegment {
  id: Verdict;
  /** The verdict's name in the reader's language. */
  label: string;
  count: number;
  colour: string;
  /**
   * Where the part leads, absent when it has no recommendations: Explore, filtered to the row's
   * recommendations with this verdict, and the link's name ("Logistics — adopted: 3
   * recommendations, see them").
   */
  link?: { href: string; label: string };
  recommendationIds: readonly string[];
}

/** A row as a chart and its table show it: already labelled, with the link it drills down to. */
export interface ChartRow {
  id: string;
  label: string;
  count: number;
  /** Where clicking the bar or the row goes: Explore, filtered to the recommendations behind it. */
  href: string;
  /** What a screen reader hears on the bar: the label, the count and the action. */
  linkLabel: string;
  /** The chart's title talks about this row: drawn in the accent colour (or, for rows in colours of their own, with a bold label). */
  highlight: boolean;
  /** The recommendations behind the row (their ids go into the CSV). */
  recommendationIds: readonly string[];
  /** A colour of its own (a verdict's, on the chart by verdict) instead of the accent or the neutral. */
  fill?: string;
  /** A stacked row's parts, strongest verdict first (VERDICTS order), empty ones included. */
  segments?: readonly ChartSegment[];
}

/**
 * The charts' colours, used as they are by the screen, the exports and the print: one accent
 * for what the title talks about (12.5:1 on white), a neutral for the other bars (3.7:1 on
 * white, 3.4:1 against the accent: WCAG 1.4.11 and told apart without colour vision by
 * lightness), the text and the muted text (7.5:1).
 */
export const CHART_COLOURS = { accent: '#12355b', mark: '#74879e', text: '#1b2430', muted: '#4a5568', focus: '#0b57d0', background: '#ffffff' } as const;

/**
 * One colour per verdict of the response, strongest first and darkest first (decision 013):
 * each at least 3:1 on white (13.96, 7.32, 4.76, 3.23) for WCAG 1.4.11; hue and lightness both
 * differ, so any two stay at least ΔE2000 16 apart under simulated protanopia, deuteranopia and
 * tritanopia (18.8 with normal vision) and 10.7 in greyscale. Stacked parts are separated by a
 * thin gap of the background, and every chart that uses them has a legend in words and a table.
 */
export const VERDICT_COLOURS: Readonly<Record<Verdict, string>> = {
  adopted: '#212b48',
  partly: '#05589a',
  related: '#bb5500',
  'not-addressed': '#8f8f8f',
};

/**
 * Type sizes in px for each place a chart is drawn: a dashboard panel, a slide or full screen
 * (read from across a room), the A4 pack (13 px is 9.75 pt on paper), and a 1200 px export.
 */
export const CHART_FONT = { panel: 14, slide: 22, print: 13, export: 20 } as const;
export type ChartVariant = keyof typeof CHART_FONT;

/** The A4 pack's chart width in CSS px: 170 mm of the 180 mm between the 15 mm margins. */
export const PRINT_WIDTH = 642;
