/**
 * The design tokens are declared once in the stylesheet's :root and once for what is drawn outside
 * it (the charts' SVG and PNG exports and the printed pack, src/ui/charts/chartTypes.ts): these
 * tests keep the two the same, and the stylesheet on its scales.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import { CHART_COLOURS } from './charts/chartTypes.ts';

const css = readFileSync(resolve('src/styles.css'), 'utf8');
const root = css.slice(css.indexOf(':root {'), css.indexOf('}', css.indexOf(':root {')));
const token = (name: string) => new RegExp(`--${name}:\\s*([^;]+);`).exec(root)?.[1]?.trim();

describe('design tokens', () => {
  test('the charts draw with the app’s own colours: the accent, the ink, the muted ink, the focus ring', () => {
    expect(CHART_COLOURS.accent).toBe(token('brand'));
    expect(CHART_COLOURS.text).toBe(token('ink'));
    expect(CHART_COLOURS.muted).toBe(token('ink-muted'));
    expect(CHART_COLOURS.focus).toBe(token('focus'));
  });

  test('every font size on screen is a step of the type scale (print sizes in points, headings by clamp, and relative em aside)', () => {
    const sizes = [...css.matchAll(/font-size:\s*([^;}]+)/g)].map((m) => m[1]!.trim());
    const offScale = sizes.filter((size) => !/^var\(--text-(xs|sm|base|md|lg|xl|2xl)\)$/.test(size) && !/^(clamp\(|[\d.]+pt$|[\d.]+em$|[\d.]+%$)/.test(size));
    expect(offScale).toEqual([]);
    const steps = ['xs', 'sm', 'base', 'md', 'lg', 'xl', '2xl'].map((step) => parseFloat(token(`text-${step}`)!));
    expect(steps).toEqual([...steps].sort((a, b) => a - b));
  });

  test('the spacing scale rises in steps', () => {
    const steps = [1, 2, 3, 4, 5, 6, 7, 8].map((step) => parseFloat(token(`space-${step}`)!));
    expect(steps).toEqual([...steps].sort((a, b) => a - b));
    expect(new Set(steps).size).toBe(steps.length);
  });
});
