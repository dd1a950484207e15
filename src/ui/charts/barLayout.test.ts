import { describe, expect, test } from 'vitest';
import { CHART_IDS, selectChart } from '../../domain/charts.ts';
import { LANGUAGES } from '../../domain/dataset.ts';
import { BUNDLE_LABELS, buildFilterIndex, NO_FILTERS, type FilterDimension } from '../../domain/filters.ts';
import type { Verdict } from '../../domain/vocabulary.ts';
import { readBundledDataset } from '../../testing/bundledData.ts';
import { BUNDLES } from '../../testing/bundles.ts';
import { layoutBars, layoutLegend, textExtent, type BarInput, type BarScene, type BarShape, type TextShape } from './barLayout.ts';
import { CHART_COLOURS, CHART_FONT, PRINT_WIDTH, VERDICT_COLOURS } from './chartTypes.ts';

const dataset = readBundledDataset();
const index = buildFilterIndex(dataset);

/** A vocabulary's label from the language's bundle (actions, verdicts). */
const bundleLabel = (lang: (typeof LANGUAGES)[number], dimension: FilterDimension, id: string): string => {
  const prefix = (BUNDLE_LABELS as Partial<Record<FilterDimension, string>>)[dimension] ?? 'actions';
  return (BUNDLES[lang] as unknown as Record<string, Record<string, string>>)[prefix]![id]!;
};

/**
 * Every chart of the catalogue, unfiltered, labelled in a language, with the rows the title talks
 * about highlighted, each verdict in its colour and each stacked row in its parts, as the app draws them.
 */
const chartsIn = (lang: (typeof LANGUAGES)[number]): { id: string; rows: BarInput[] }[] =>
  CHART_IDS.map((id) => {
    const { rows, finding } = selectChart(dataset, index, NO_FILTERS, id, dataset.recommendations.length);
    return {
      id,
      rows: rows.map((row) => ({
        id: row.id,
        label: `${row.ordinal === undefined ? '' : `${row.ordinal}.\u00a0`}${row.label?.[lang] ?? bundleLabel(lang, row.dimension, row.id)}`,
        value: row.count,
        valueText: String(row.count),
        highlight: finding?.rows.includes(row.id) ?? false,
        ...(row.dimension === 'verdict' ? { fill: VERDICT_COLOURS[row.id as Verdict] } : {}),
        ...(row.segments ? { segments: row.segments.map((segment) => ({ id: segment.verdict, value: segment.count, fill: VERDICT_COLOURS[segment.verdict] })) } : {}),
      })),
    };
  });

const barsOf = (scene: BarScene, index: number) => scene.rows[index]!.shapes.filter((shape): shape is BarShape => shape.kind === 'bar');

const texts = (scene: BarScene) => scene.rows.flatMap((row) => row.shapes.filter((shape): shape is TextShape => shape.kind === 'text'));
/** The label's lines of a row, joined back (a wrap drops the space it broke at). */
const labelOf = (scene: BarScene, index: number) =>
  scene.rows[index]!.shapes.filter((shape): shape is TextShape => shape.kind === 'text').slice(0, -1).map((shape) => shape.text);

/** Widths the figure is drawn at: a phone panel, a desktop panel, a 1280 and 1920 slide, the A4 pack, the export. */
const PLACES = [
  { width: 324, font: CHART_FONT.panel },
  { width: 500, font: CHART_FONT.panel },
  { width: 1180, font: CHART_FONT.slide },
  { width: 1820, font: CHART_FONT.slide },
  { width: 342, font: CHART_FONT.slide },
  { width: PRINT_WIDTH, font: CHART_FONT.print },
  { width: 1104, font: CHART_FONT.export },
];

describe('layoutBars on every chart, in every language, at every size it is drawn', () => {
  for (const lang of LANGUAGES)
    for (const { id, rows } of chartsIn(lang))
      test.each(PLACES)(`${lang} ${id} at %o: every label whole, nothing outside the width, rows stacked`, ({ width, font }) => {
        const scene = layoutBars(rows, { width, font });
        for (const shape of texts(scene)) {
          const [left, right] = textExtent(shape);
          expect({ text: shape.text, left, right }).toEqual({ text: shape.text, left: expect.toSatisfy((x: number) => x >= 0), right: expect.toSatisfy((x: number) => x <= width + 0.5) });
          expect(shape.text).not.toMatch(/…$/);
        }
        rows.forEach((row, i) => {
          const lines = labelOf(scene, i);
          expect(lines.join('').replace(/\s/g, '')).toBe(row.label.replace(/\s/g, ''));
          if (scene.mode === 'side') expect(lines.length).toBeLessThanOrEqual(3);
        });
        for (let i = 1; i < scene.rows.length; i++) expect(scene.rows[i]!.y).toBe(scene.rows[i - 1]!.y + scene.rows[i - 1]!.height);
        expect(scene.height).toBe(scene.rows.reduce((sum, row) => sum + row.height, 0));
        for (const row of scene.rows) for (const shape of row.shapes) if (shape.kind === 'bar') expect(shape.x + shape.width).toBeLessThanOrEqual(width + 0.001);
        // A stacked row: its parts in the verdicts' order and colours, side by side, apart by a gap, as long together as its value; the total after them.
        rows.forEach((row, i) => {
          if (!row.segments) return;
          const parts = barsOf(scene, i);
          const drawn = row.segments.filter((segment) => segment.value > 0);
          expect(parts.map((part) => [part.segment, part.fill])).toEqual(drawn.map((segment) => [segment.id, segment.fill]));
          const unit = (parts.at(-1)!.x + parts.at(-1)!.width - parts[0]!.x) / row.value;
          parts.forEach((part, j) => {
            const next = parts[j + 1];
            if (next) expect(next.x - part.x).toBeCloseTo(drawn[j]!.value * unit, 6);
            if (next) expect(next.x).toBeGreaterThan(part.x + part.width - 0.001);
            expect(part.width).toBeGreaterThan(0);
          });
          const total = scene.rows[i]!.shapes.filter((shape): shape is TextShape => shape.kind === 'text').at(-1)!;
          expect(total.text).toBe(row.valueText);
          expect(total.x).toBeGreaterThan(parts.at(-1)!.x + parts.at(-1)!.width);
        });
      });
});

describe('layoutBars', () => {
  const rows: BarInput[] = [
    { id: 'a', label: 'Short', value: 10, valueText: '10', highlight: true },
    { id: 'b', label: 'A somewhat longer label', value: 5, valueText: '5' },
  ];

  test('the label column is as wide as the longest label, when it fits', () => {
    const scene = layoutBars(rows, { width: 800, font: 14 });
    expect(scene.mode).toBe('side');
    const ends = texts(scene).filter((shape) => shape.anchor === 'end').map((shape) => shape.x);
    expect(new Set(ends).size).toBe(1);
    const [left] = textExtent(texts(scene).find((shape) => shape.text === 'A somewhat longer label')!);
    expect(left).toBeGreaterThanOrEqual(0);
    expect(left).toBeLessThan(2);
  });

  test('bars are proportional to the values; the highlighted row has the accent colour', () => {
    const bars = layoutBars(rows, { width: 800, font: 14 }).rows.map((row) => row.shapes.find((shape) => shape.kind === 'bar')!);
    expect(bars[0]!.kind === 'bar' && bars[1]!.kind === 'bar' && bars[0]!.width / bars[1]!.width).toBeCloseTo(2, 5);
    expect(bars.map((bar) => bar.kind === 'bar' && bar.fill)).toEqual([CHART_COLOURS.accent, CHART_COLOURS.mark]);
  });

  test('labels that would need more than three lines beside the bars go above them', () => {
    const long: BarInput[] = [{ id: 'x', label: 'The Loop (Hetao Shenzhen-Hong Kong Science and Technology Innovation Co-operation Zone)', value: 8, valueText: '8' }];
    expect(layoutBars(long, { width: 900, font: 14 }).mode).toBe('side');
    const narrow = layoutBars(long, { width: 320, font: 22 });
    expect(narrow.mode).toBe('above');
    const [label, bar] = [texts(narrow)[0]!, narrow.rows[0]!.shapes.find((shape) => shape.kind === 'bar')!];
    expect(label.y).toBeLessThan(bar.y);
  });

  test('a stacked row: parts as long as their values on the chart’s one scale, a gap between them, empty parts not drawn', () => {
    const stacked: BarInput[] = [
      { id: 'a', label: 'Logistics', value: 9, valueText: '9', highlight: true, segments: [{ id: 'adopted', value: 3, fill: '#111111' }, { id: 'partly', value: 2, fill: '#222222' }, { id: 'related', value: 0, fill: '#333333' }, { id: 'not-addressed', value: 4, fill: '#444444' }] },
      { id: 'b', label: 'Food', value: 3, valueText: '3', segments: [{ id: 'adopted', value: 0, fill: '#111111' }, { id: 'partly', value: 0, fill: '#222222' }, { id: 'related', value: 3, fill: '#333333' }, { id: 'not-addressed', value: 0, fill: '#444444' }] },
      { id: 'c', label: 'Plain', value: 6, valueText: '6' },
    ];
    for (const [width, font] of [[800, CHART_FONT.panel], [1200, CHART_FONT.slide]] as const) {
      const scene = layoutBars(stacked, { width, font });
      const [logistics, food, plain] = [barsOf(scene, 0), barsOf(scene, 1), barsOf(scene, 2)];
      expect(logistics.map((part) => part.segment)).toEqual(['adopted', 'partly', 'not-addressed']);
      expect(food.map((part) => [part.segment, part.fill])).toEqual([['related', '#333333']]);
      const gap = Math.max(1, Math.round(font / 11));
      const unit = plain[0]!.width / 6;
      expect(logistics[1]!.x - logistics[0]!.x).toBeCloseTo(3 * unit, 6);
      expect(logistics[2]!.x - logistics[1]!.x).toBeCloseTo(2 * unit, 6);
      expect(logistics[0]!.width).toBeCloseTo(3 * unit - gap, 6);
      expect(logistics[2]!.x + logistics[2]!.width - logistics[0]!.x).toBeCloseTo(9 * unit, 6);
      expect(food[0]!.width).toBeCloseTo(3 * unit, 6);
      expect(plain[0]!.segment).toBeUndefined();
      // The row the title talks about has its colours already: its label is bold instead.
      expect(texts(scene).find((shape) => shape.text === 'Logistics')!.weight).toBe(700);
      expect(texts(scene).find((shape) => shape.text === 'Food')!.weight).toBe(400);
    }
  });

  test('a legend: swatch then name, flowing onto a new line when the width is used up', () => {
    const items = ['Adopted', 'Partly adopted', 'Related, no commitment', 'Not addressed'].map((label, i) => ({ label, colour: `#00000${i}` }));
    const wide = layoutLegend(items, { width: 1100, font: 18 });
    const swatches = wide.shapes.filter((shape): shape is BarShape => shape.kind === 'bar');
    const names = wide.shapes.filter((shape): shape is TextShape => shape.kind === 'text');
    expect(swatches.map((swatch) => swatch.fill)).toEqual(items.map((item) => item.colour));
    expect(names.map((name) => name.text)).toEqual(items.map((item) => item.label));
    expect(new Set(names.map((name) => name.y)).size).toBe(1);
    names.forEach((name, i) => expect(name.x).toBeGreaterThan(swatches[i]!.x + swatches[i]!.width));
    const narrow = layoutLegend(items, { width: 300, font: 18 });
    const lines = narrow.shapes.filter((shape): shape is TextShape => shape.kind === 'text');
    expect(new Set(lines.map((name) => name.y)).size).toBeGreaterThan(1);
    expect(narrow.height).toBeGreaterThan(wide.height);
    for (const line of lines) expect(textExtent(line)[1]).toBeLessThanOrEqual(300);
  });

  test('the same input gives the same scene', () => {
    expect(layoutBars(rows, { width: 400, font: 13 })).toEqual(layoutBars(rows, { width: 400, font: 13 }));
  });
});
