import { describe, expect, test } from 'vitest';
import { chartSvg } from './exportChart.ts';

const rows = [
  { id: 'a', label: 'Greater Bay Area integration', count: 33, href: '/x', linkLabel: 'x' },
  { id: 'b', label: '大灣區融合 <&>', count: 11, href: '/y', linkLabel: 'y' },
];
const text = { title: 'Greater Bay Area integration leads: 33 of 198 recommendations', subtitle: 'By theme', filters: 'All recommendations', source: 'FHKI submission, §1.1–16.3, pp. 2–29', lang: 'en' };

describe('chartSvg', () => {
  test('a standalone SVG with the title, subtitle, filters, rows and source baked in', () => {
    const { svg, width, height } = chartSvg(rows, text);
    expect(width).toBe(1200);
    expect(svg).toMatch(new RegExp(`^<\\?xml[^>]*>\\n<svg xmlns="http://www.w3.org/2000/svg" width="1200" height="${height}"`));
    expect(svg).toContain(`<title>${text.title}</title>`);
    for (const part of [text.subtitle, text.filters, text.source, 'Greater Bay Area integration', '>33<', '>11<']) expect(svg).toContain(part);
    expect(svg).toContain('xml:lang="en"');
  });

  test('text from the data is escaped, never markup', () => {
    const { svg } = chartSvg(rows, { ...text, title: '<script>alert(1)</script>' });
    expect(svg).not.toContain('<script>');
    expect(svg).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(svg).toContain('大灣區融合 &lt;&amp;&gt;');
  });

  test('long English titles wrap between words; bars scale to the largest count', () => {
    const { svg } = chartSvg(rows, { ...text, title: 'word '.repeat(30).trim() });
    const titleLines = [...svg.matchAll(/font-size="30"[^>]*>([^<]*)</g)].map((match) => match[1]!);
    expect(titleLines.length).toBeGreaterThan(1);
    for (const line of titleLines) expect(line).toMatch(/^(word )*word$/);
    const widths = [...svg.matchAll(/<rect x="452" [^>]*width="([\d.]+)"/g)].map((match) => Number(match[1]));
    expect(widths[0]! / widths[1]!).toBeCloseTo(33 / 11, 1);
  });

  test('an optional quote in another language is marked with its language', () => {
    const { svg } = chartSvg(rows, { ...text, quote: { text: '建議特區政府積極向國家爭取', lang: 'zh-Hant', citation: '5.2-1 · p. 13' } });
    expect(svg).toContain('xml:lang="zh-Hant">建議特區政府積極向國家爭取');
    expect(svg).toContain('5.2-1 · p. 13');
  });
});
