import { describe, expect, test } from 'vitest';
import { VERDICT_COLOURS } from './chartTypes.ts';
import { chartSvg, EXPORT_WIDTH } from './exportChart.ts';
import { textWidth } from './textMetrics.ts';

const LONG = 'The Loop (Hetao Shenzhen-Hong Kong Science and Technology Innovation Co-operation Zone)';
const rows = [
  { id: 'a', label: 'Greater Bay Area integration', count: 33, href: '/x', linkLabel: 'x', highlight: true, recommendationIds: ['R-1'] },
  { id: 'b', label: '大灣區融合 <&>', count: 11, href: '/y', linkLabel: 'y', highlight: false, recommendationIds: ['R-2'] },
  { id: 'c', label: LONG, count: 8, href: '/z', linkLabel: 'z', highlight: false, recommendationIds: ['R-3'] },
];
const text = {
  title: 'Greater Bay Area integration leads: 33 of 198 recommendations',
  subtitle: 'By theme',
  filters: 'All recommendations',
  citation: 'Source: FHKI submission to the 2025 Policy Address consultation, August 2025: 198 recommendations in chapters 1–16',
  footer: 'FHKI Policy Address Submission Dashboard · exported 1 December 2026 · https://example.org/?lang=en#chart-themes',
  lang: 'en',
};

/** Every <text> of the SVG with its position, size and anchor. */
const texts = (svg: string) =>
  [...svg.matchAll(/<text x="([\d.-]+)" y="([\d.-]+)" font-size="(\d+)"(?: font-weight="(\d+)")?[^>]*?(text-anchor="end")?[^>]*>([^<]*)</g)].map((m) => ({
    x: Number(m[1]),
    size: Number(m[3]),
    weight: (m[4] === '700' ? 700 : 400) as 400 | 700,
    end: m[5] !== undefined,
    text: m[6]!.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&'),
  }));

describe('chartSvg', () => {
  test('a standalone SVG with the title, subtitle, filters, rows, citation and footer baked in', () => {
    const { svg, width, height } = chartSvg(rows, text);
    expect(width).toBe(EXPORT_WIDTH);
    expect(svg).toMatch(new RegExp(`^<\\?xml[^>]*>\\n<svg xmlns="http://www.w3.org/2000/svg" width="${EXPORT_WIDTH}" height="${height}"`));
    expect(svg).toContain(`<title>${text.title}</title>`);
    const all = texts(svg).map((t) => t.text).join(' ');
    for (const part of [text.subtitle, text.filters, '>33<', '>11<']) expect(svg).toContain(part);
    for (const part of ['Source: FHKI submission', 'exported 1 December 2026', 'example.org']) expect(all).toContain(part);
    expect(svg).toContain('xml:lang="en"');
  });

  test('the longest label is there whole, and no text leaves the image', () => {
    const { svg } = chartSvg(rows, text);
    const shapes = texts(svg);
    const words = shapes.map((t) => t.text).join(' ');
    for (const word of LONG.split(/\s+/)) expect(words).toContain(word.replace(/-$/, ''));
    expect(words).not.toContain('…');
    for (const shape of shapes) {
      const width = textWidth(shape.text, shape.size, shape.weight);
      const [left, right] = shape.end ? [shape.x - width, shape.x] : [shape.x, shape.x + width];
      expect({ text: shape.text, left: left >= 0, right: right <= EXPORT_WIDTH }).toEqual({ text: shape.text, left: true, right: true });
    }
  });

  test('text from the data is escaped, never markup', () => {
    const { svg } = chartSvg(rows, { ...text, title: '<script>alert(1)</script>' });
    expect(svg).not.toContain('<script>');
    expect(svg).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(svg).toContain('大灣區融合 &lt;&amp;&gt;');
  });

  test('bars scale to the largest count; the highlighted row has the accent colour', () => {
    const { svg } = chartSvg(rows, text);
    const bars = [...svg.matchAll(/<rect x="[\d.]+" y="[\d.]+" width="([\d.]+)" height="\d+" rx="2" fill="(#[0-9a-f]+)"/g)].map((m) => ({ width: Number(m[1]), fill: m[2] }));
    expect(bars).toHaveLength(3);
    expect(bars[0]!.width / bars[1]!.width).toBeCloseTo(33 / 11, 1);
    expect(bars[0]!.fill).not.toBe(bars[1]!.fill);
    expect(bars[1]!.fill).toBe(bars[2]!.fill);
  });

  test('an optional quote in another language is marked with its language', () => {
    const { svg } = chartSvg(rows, { ...text, quote: { text: '建議特區政府積極向國家爭取', lang: 'zh-Hant', citation: '5.2-1 · p. 13' } });
    expect(svg).toContain('xml:lang="zh-Hant">建議特區政府積極向國家爭取');
    expect(svg).toContain('5.2-1 · p. 13');
  });

  test('a stacked chart: its legend in words above the bars, each part in its verdict’s colour, as long as its count', () => {
    const parts = (counts: number[]) =>
      (['adopted', 'partly', 'related', 'not-addressed'] as const).map((id, i) => ({ id, label: id, count: counts[i]!, colour: VERDICT_COLOURS[id], linkLabel: id, recommendationIds: [], ...(counts[i]! > 0 ? { href: `/${id}` } : {}) }));
    const stacked = [
      { ...rows[0]!, count: 9, segments: parts([3, 2, 0, 4]) },
      { ...rows[1]!, count: 3, segments: parts([0, 0, 3, 0]) },
    ];
    const legend = (['adopted', 'partly', 'related', 'not-addressed'] as const).map((id) => ({ label: `${id} in words`, colour: VERDICT_COLOURS[id] }));
    const { svg } = chartSvg(stacked, { ...text, legend });
    const all = texts(svg);
    for (const item of legend) expect(all.map((t) => t.text)).toContain(item.label);
    const rects = [...svg.matchAll(/<rect x="([\d.]+)" y="([\d.]+)" width="([\d.]+)" height="(\d+)"( rx="2")? fill="(#[0-9a-f]+)"/g)].map((m) => ({ x: Number(m[1]), y: Number(m[2]), width: Number(m[3]), rounded: m[5] !== undefined, fill: m[6] }));
    // Four swatches, then the parts of the two rows (empty parts not drawn).
    expect(rects.slice(0, 4).map((r) => r.fill)).toEqual(legend.map((item) => item.colour));
    const bars = rects.slice(4);
    expect(bars.map((r) => r.fill)).toEqual([VERDICT_COLOURS.adopted, VERDICT_COLOURS.partly, VERDICT_COLOURS['not-addressed'], VERDICT_COLOURS.related]);
    expect(bars.every((r) => !r.rounded)).toBe(true);
    expect(Math.max(...rects.slice(0, 4).map((r) => r.y))).toBeLessThan(bars[0]!.y);
    const unit = bars[3]!.width / 3;
    expect((bars[1]!.x - bars[0]!.x) / unit).toBeCloseTo(3, 1);
    expect((bars[2]!.x - bars[1]!.x) / unit).toBeCloseTo(2, 1);
    expect((bars[2]!.x + bars[2]!.width - bars[0]!.x) / unit).toBeCloseTo(9, 1);
  });
});
