import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import { CHART_IDS, selectChart } from '../../domain/charts.ts';
import { Dataset, LANGUAGES } from '../../domain/dataset.ts';
import { buildFilterIndex, NO_FILTERS } from '../../domain/filters.ts';
import { layoutBars, textExtent, type BarInput, type BarScene, type TextShape } from './barLayout.ts';
import { CHART_COLOURS, CHART_FONT, PRINT_WIDTH } from './chartTypes.ts';

const dataset = Dataset.parse(JSON.parse(readFileSync(resolve('public/data/fhki-2025-policy-address.json'), 'utf8')));
const index = buildFilterIndex(dataset);

/** Every chart of the catalogue, unfiltered, labelled in a language (actions by their id: the bundle labels them). */
const chartsIn = (lang: (typeof LANGUAGES)[number]): { id: string; rows: BarInput[] }[] =>
  CHART_IDS.map((id) => ({
    id,
    rows: selectChart(dataset, index, NO_FILTERS, id, dataset.recommendations.length).rows.map((row) => ({
      id: row.id,
      label: `${row.ordinal === undefined ? '' : `${row.ordinal}.\u00a0`}${row.label?.[lang] ?? row.id}`,
      value: row.count,
      valueText: String(row.count),
    })),
  }));

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
        for (const row of scene.rows) for (const shape of row.shapes) if (shape.kind === 'bar') expect(shape.x + shape.width).toBeLessThanOrEqual(width);
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

  test('the same input gives the same scene', () => {
    expect(layoutBars(rows, { width: 400, font: 13 })).toEqual(layoutBars(rows, { width: 400, font: 13 }));
  });
});
