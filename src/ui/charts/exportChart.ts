/**
 * A chart as a standalone image: an SVG document built from the same rows as the chart
 * and its table, with the title, subtitle, filters and source line baked in (in the
 * language they are given in), and a PNG rendered from it at twice the size.
 */
import { CHART_COLOURS, type ChartRow } from './chartTypes.ts';

export interface ExportText {
  title: string;
  subtitle: string;
  /** e.g. "Filters: Theme: Halal industry" */
  filters: string;
  /** e.g. "FHKI submission to the 2025 Policy Address, §1.2–16.3, pp. 2–29" */
  source: string;
  /** Optional words of the source to print under the chart (may be in another language). */
  quote?: { text: string; lang: string; citation: string };
  lang: string;
}

const WIDTH = 1200;
const ROW = 34;
const LABEL_WIDTH = 420;
const FONT = "'Noto Sans CJK TC', 'Noto Sans CJK SC', 'PingFang TC', 'Microsoft JhengHei', system-ui, sans-serif";

const escapeXml = (text: string) => text.replace(/[<>&"']/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;', "'": '&apos;' })[c]!);

const unitsOf = (text: string) => [...text].reduce((total, char) => total + (/[\u2e80-\uffff]/.test(char) ? 2 : 1), 0);

/**
 * Splits text into lines of at most `units` half-width units (CJK counts double),
 * breaking Latin text between words and CJK text between characters.
 */
function wrap(text: string, units: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const token of text.match(/[\u2e80-\uffff]|[^\s\u2e80-\uffff]+\s*|\s+/g) ?? []) {
    if (line !== '' && unitsOf(line + token.trimEnd()) > units) {
      lines.push(line.trimEnd());
      line = '';
    }
    line += token;
  }
  if (line.trim()) lines.push(line.trimEnd());
  return lines;
}

export function chartSvg(rows: readonly ChartRow[], text: ExportText): { svg: string; width: number; height: number } {
  const max = Math.max(1, ...rows.map((r) => r.count));
  const barSpace = WIDTH - LABEL_WIDTH - 120;
  const titleLines = wrap(text.title, 60);
  let y = 56;
  const parts: string[] = [];
  for (const line of titleLines) {
    parts.push(`<text x="40" y="${y}" font-size="30" font-weight="700" fill="${CHART_COLOURS.text}">${escapeXml(line)}</text>`);
    y += 40;
  }
  parts.push(`<text x="40" y="${y}" font-size="20" fill="#4a5568">${escapeXml(text.subtitle)}</text>`);
  y += 30;
  parts.push(`<text x="40" y="${y}" font-size="18" fill="#4a5568">${escapeXml(text.filters)}</text>`);
  y += 30;
  rows.forEach((row, index) => {
    const top = y + index * ROW;
    const width = Math.max(2, (row.count / max) * barSpace);
    const label = wrap(row.label, 46)[0]! + (wrap(row.label, 46).length > 1 ? '…' : '');
    parts.push(
      `<text x="${LABEL_WIDTH + 20}" y="${top + 22}" font-size="18" text-anchor="end" fill="${CHART_COLOURS.text}">${escapeXml(label)}</text>`,
      `<rect x="${LABEL_WIDTH + 32}" y="${top + 5}" width="${width.toFixed(1)}" height="${ROW - 10}" rx="3" fill="${CHART_COLOURS.mark}"/>`,
      `<text x="${LABEL_WIDTH + 40 + width}" y="${top + 22}" font-size="18" fill="${CHART_COLOURS.text}">${row.count}</text>`,
    );
  });
  y += rows.length * ROW + 30;
  if (text.quote) {
    for (const line of wrap(text.quote.text, 96)) {
      parts.push(`<text x="40" y="${y}" font-size="18" fill="${CHART_COLOURS.text}" xml:lang="${escapeXml(text.quote.lang)}">${escapeXml(line)}</text>`);
      y += 28;
    }
    parts.push(`<text x="40" y="${y}" font-size="16" fill="#4a5568">${escapeXml(text.quote.citation)}</text>`);
    y += 34;
  }
  parts.push(`<text x="40" y="${y}" font-size="16" fill="#4a5568">${escapeXml(text.source)}</text>`);
  const height = y + 30;
  const svg = `<?xml version="1.0" encoding="UTF-8"?>
<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH}" height="${height}" viewBox="0 0 ${WIDTH} ${height}" xml:lang="${escapeXml(text.lang)}" font-family="${escapeXml(FONT)}" role="img" aria-label="${escapeXml(text.title)}">
<title>${escapeXml(text.title)}</title>
<desc>${escapeXml(`${text.subtitle}. ${text.source}`)}</desc>
<rect width="100%" height="100%" fill="#ffffff"/>
${parts.join('\n')}
</svg>
`;
  return { svg, width: WIDTH, height };
}

/** Renders the SVG at `scale` times its size (2 for crisp slides) and returns a PNG. */
export async function svgToPng(svg: string, width: number, height: number, scale = 2): Promise<Blob> {
  const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' }));
  try {
    const image = new Image();
    image.src = url;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = width * scale;
    canvas.height = height * scale;
    const context = canvas.getContext('2d');
    if (!context) throw new Error('no 2D canvas');
    context.scale(scale, scale);
    context.drawImage(image, 0, 0, width, height);
    return await new Promise<Blob>((resolve, reject) => canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('PNG encoding failed'))), 'image/png'));
  } finally {
    URL.revokeObjectURL(url);
  }
}
