/**
 * The verdict colours (decision 013), checked where they are declared: WCAG 2.2 non-text contrast
 * (1.4.11, ≥ 3:1 against the chart's background), and every pair told apart under simulated
 * protanopia, deuteranopia and tritanopia (Machado, Oliveira & Fernandes 2009, severity 1) and in
 * greyscale, by CIEDE2000 distance. The stylesheet's mirror of them must say the same.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import { VERDICTS } from '../../domain/vocabulary.ts';
import { CHART_COLOURS, VERDICT_COLOURS } from './chartTypes.ts';

type Rgb = [number, number, number];

const linear = (hex: string): Rgb =>
  [1, 3, 5].map((i) => {
    const c = parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  }) as Rgb;
const luminance = ([r, g, b]: Rgb) => 0.2126 * r + 0.7152 * g + 0.0722 * b;
const contrast = (a: string, b: string) => {
  const [hi, lo] = [luminance(linear(a)), luminance(linear(b))].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
};

const MACHADO: Record<string, number[][]> = {
  protanopia: [[0.152286, 1.052583, -0.204868], [0.114503, 0.786281, 0.099216], [-0.003882, -0.048116, 1.051998]],
  deuteranopia: [[0.367322, 0.860646, -0.227968], [0.280085, 0.672501, 0.047413], [-0.01182, 0.04294, 0.968881]],
  tritanopia: [[1.255528, -0.076749, -0.178779], [-0.078411, 0.930809, 0.147602], [0.004733, 0.691367, 0.3039]],
};
const simulate = (rgb: Rgb, vision: string): Rgb => {
  if (vision === 'normal') return rgb;
  if (vision === 'greyscale') return [luminance(rgb), luminance(rgb), luminance(rgb)];
  return MACHADO[vision]!.map((row) => Math.min(1, Math.max(0, row[0]! * rgb[0] + row[1]! * rgb[1] + row[2]! * rgb[2]))) as Rgb;
};

const lab = ([r, g, b]: Rgb): Rgb => {
  const xyz = [(0.4124564 * r + 0.3575761 * g + 0.1804375 * b) / 0.95047, 0.2126729 * r + 0.7151522 * g + 0.072175 * b, (0.0193339 * r + 0.119192 * g + 0.9503041 * b) / 1.08883];
  const [fx, fy, fz] = xyz.map((t) => (t > 216 / 24389 ? Math.cbrt(t) : (24389 / 27) * t / 116 + 16 / 116)) as Rgb;
  return [116 * fy - 16, 500 * (fx - fy), 200 * (fy - fz)];
};

/** CIEDE2000 colour difference (Sharma, Wu & Dalal 2005). */
function deltaE2000([l1, a1, b1]: Rgb, [l2, a2, b2]: Rgb): number {
  const rad = Math.PI / 180;
  const cBar = (Math.hypot(a1, b1) + Math.hypot(a2, b2)) / 2;
  const g = 0.5 * (1 - Math.sqrt(cBar ** 7 / (cBar ** 7 + 25 ** 7)));
  const [ap1, ap2] = [(1 + g) * a1, (1 + g) * a2];
  const [cp1, cp2] = [Math.hypot(ap1, b1), Math.hypot(ap2, b2)];
  const hue = (b: number, a: number) => ((Math.atan2(b, a) / rad) % 360 + 360) % 360;
  const [hp1, hp2] = [hue(b1, ap1), hue(b2, ap2)];
  let dh = 0;
  if (cp1 * cp2 !== 0) dh = hp2 - hp1 > 180 ? hp2 - hp1 - 360 : hp2 - hp1 < -180 ? hp2 - hp1 + 360 : hp2 - hp1;
  const dH = 2 * Math.sqrt(cp1 * cp2) * Math.sin((dh / 2) * rad);
  const lBar = (l1 + l2) / 2;
  const cpBar = (cp1 + cp2) / 2;
  const hBar = cp1 * cp2 === 0 ? hp1 + hp2 : Math.abs(hp1 - hp2) <= 180 ? (hp1 + hp2) / 2 : hp1 + hp2 < 360 ? (hp1 + hp2 + 360) / 2 : (hp1 + hp2 - 360) / 2;
  const t = 1 - 0.17 * Math.cos((hBar - 30) * rad) + 0.24 * Math.cos(2 * hBar * rad) + 0.32 * Math.cos((3 * hBar + 6) * rad) - 0.2 * Math.cos((4 * hBar - 63) * rad);
  const sl = 1 + (0.015 * (lBar - 50) ** 2) / Math.sqrt(20 + (lBar - 50) ** 2);
  const sc = 1 + 0.045 * cpBar;
  const sh = 1 + 0.015 * cpBar * t;
  const rt = -Math.sin(2 * 30 * Math.exp(-(((hBar - 275) / 25) ** 2)) * rad) * 2 * Math.sqrt(cpBar ** 7 / (cpBar ** 7 + 25 ** 7));
  return Math.sqrt(((l2 - l1) / sl) ** 2 + ((cp2 - cp1) / sc) ** 2 + (dH / sh) ** 2 + rt * ((cp2 - cp1) / sc) * (dH / sh));
}

const pairs = VERDICTS.flatMap((a, i) => VERDICTS.slice(i + 1).map((b) => [a, b] as const));
const closest = (vision: string) =>
  Math.min(...pairs.map(([a, b]) => deltaE2000(lab(simulate(linear(VERDICT_COLOURS[a]), vision)), lab(simulate(linear(VERDICT_COLOURS[b]), vision)))));

describe('the verdict colours', () => {
  test.each(VERDICTS)('%s has at least 3:1 against the background (WCAG 1.4.11)', (verdict) => {
    expect(contrast(VERDICT_COLOURS[verdict], CHART_COLOURS.background)).toBeGreaterThanOrEqual(3);
  });

  test('strongest is darkest: the order reads without colour', () => {
    const lightness = VERDICTS.map((verdict) => lab(linear(VERDICT_COLOURS[verdict]))[0]);
    expect(lightness).toEqual([...lightness].sort((a, b) => a - b));
  });

  // Decision 013 records the figures: 18.8 normal, 18.0 protanopia, 16.0 deuteranopia, 18.3 tritanopia, 10.7 greyscale.
  test.each([
    ['normal', 15],
    ['protanopia', 15],
    ['deuteranopia', 15],
    ['tritanopia', 15],
    ['greyscale', 10],
  ] as const)('any two are at least ΔE2000 %s apart with %s vision', (vision, least) => {
    expect(closest(vision)).toBeGreaterThanOrEqual(least);
  });

  test('the stylesheet mirrors them for HTML (--verdict-*), with the same values', () => {
    const css = readFileSync(resolve('src/styles.css'), 'utf8');
    for (const verdict of VERDICTS) expect(css.match(new RegExp(`--verdict-${verdict}:\\s*(#[0-9a-f]{6});`))?.[1]).toBe(VERDICT_COLOURS[verdict]);
  });
});
