/**
 * A chart as a standalone image: the scene of the one label layout (barLayout.ts), framed
 * with the title, subtitle, filters, citation and a footer (the dashboard's name, the export
 * date and a link back), in the language they are given in; and a PNG rendered from it.
 */
import { barInputs, layoutBars, layoutLegend, lineMetrics, type LegendItem, type Shape } from './barLayout.ts';
import { CHART_COLOURS, CHART_FONT, type ChartRow } from './chartTypes.ts';
import { wrapText, type FontWeight } from './textMetrics.ts';
import { numberFormat } from '../../i18n/intl.ts';

export interface ExportText {
  title: string;
  subtitle: string;
  /** e.g. "Filters: Theme: Halal industry" */
  filters: string;
  /** The source as a citation (document, date, sections and pages). */
  citation: string;
  /** The dashboard's name, the export date and a link back. */
  footer: string;
  /** Words of the source to print under the chart, with their citation (may be in another language). */
  quote?: { text: string; lang: string; citation: string };
  lang: string;
  /** A stacked chart's colours and their names, drawn above the bars. */
  legend?: readonly LegendItem[];
}

export const EXPORT_WIDTH = 1200;
const MARGIN = 48;
const FONT = "'Noto Sans CJK TC', 'Noto Sans CJK SC', 'PingFang TC', 'Microsoft JhengHei', 'DejaVu Sans', system-ui, sans-serif";

const escapeXml = (text: string) => text.replace(/[<>&"']/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;', "'": '&apos;' })[c]!);

/** One shape of a scene as SVG markup, moved by (dx, dy). */
export function shapeXml(shape: Shape, dx: number, dy: number, lang?: string): string {
  if (shape.kind === 'bar')
    return `<rect x="${(shape.x + dx).toFixed(1)}" y="${(shape.y + dy).toFixed(1)}" width="${shape.width.toFixed(1)}" height="${shape.height}"${shape.segment === undefined ? ' rx="2"' : ''} fill="${shape.fill}"/>`;
  const anchor = shape.anchor === 'end' ? ' text-anchor="end"' : '';
  const weight = shape.weight === 700 ? ' font-weight="700"' : '';
  const language = lang ? ` xml:lang="${escapeXml(lang)}"` : '';
  return `<text x="${(shape.x + dx).toFixed(1)}" y="${(shape.y + dy).toFixed(1)}" font-size="${shape.size}"${weight} fill="${shape.fill}"${anchor}${language}>${escapeXml(shape.text)}</text>`;
}

export function chartSvg(rows: readonly ChartRow[], text: ExportText): { svg: string; width: number; height: number } {
  const inner = EXPORT_WIDTH - 2 * MARGIN;
  const parts: string[] = [];
  let y = MARGIN;
  /** A paragraph wrapped to the width, each line a text shape. */
  const paragraph = (content: string, size: number, fill: string, weight: FontWeight = 400, lang?: string, after = size * 0.6) => {
    const { line: lineHeight, baseline } = lineMetrics(size);
    for (const line of wrapText(content, inner, size, weight)) {
      parts.push(shapeXml({ kind: 'text', x: 0, y: y + baseline, text: line, size, weight, fill, anchor: 'start' }, MARGIN, 0, lang));
      y += lineHeight;
    }
    y += after;
  };
  paragraph(text.title, 30, CHART_COLOURS.text, 700, undefined, 6);
  paragraph(text.subtitle, 20, CHART_COLOURS.muted, 400, undefined, 2);
  paragraph(text.filters, 18, CHART_COLOURS.muted, 400, undefined, 18);
  if (text.legend && text.legend.length > 0) {
    const legend = layoutLegend(text.legend, { width: inner, font: 18 });
    for (const shape of legend.shapes) parts.push(shapeXml(shape, MARGIN, y));
    y += legend.height + 14;
  }

  const scene = layoutBars(barInputs(rows, numberFormat(text.lang)), { width: inner, font: CHART_FONT.export });
  for (const row of scene.rows) for (const shape of row.shapes) parts.push(shapeXml(shape, MARGIN, y));
  y += scene.height + 24;

  if (text.quote) {
    paragraph(text.quote.text, 18, CHART_COLOURS.text, 400, text.quote.lang, 2);
    paragraph(text.quote.citation, 16, CHART_COLOURS.muted, 400, undefined, 14);
  }
  paragraph(text.citation, 16, CHART_COLOURS.muted, 400, undefined, 4);
  paragraph(text.footer, 16, CHART_COLOURS.muted, 400, undefined, 0);
  const height = Math.ceil(y + MARGIN / 2);
  const svg = `<?xml version="1.0" encoding="UTF-8"?>
<svg xmlns="http://www.w3.org/2000/svg" width="${EXPORT_WIDTH}" height="${height}" viewBox="0 0 ${EXPORT_WIDTH} ${height}" xml:lang="${escapeXml(text.lang)}" font-family="${escapeXml(FONT)}" role="img" aria-label="${escapeXml(text.title)}">
<title>${escapeXml(text.title)}</title>
<desc>${escapeXml(`${text.subtitle}. ${text.filters}. ${text.citation}`)}</desc>
<rect width="100%" height="100%" fill="${CHART_COLOURS.background}"/>
${parts.join('\n')}
</svg>
`;
  return { svg, width: EXPORT_WIDTH, height };
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
