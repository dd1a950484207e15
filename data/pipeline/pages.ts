/**
 * Step 1: split the source text into pages.
 *
 * Every page of the PDF-to-text export starts with the same letterhead block (the
 * federation's name and address). A page break is exactly that block; the block itself
 * is dropped. Page 1 is the cover letter.
 */

/** The letterhead's lines in order; blank lines between them are ignored. */
export const LETTERHEAD: readonly string[] = [
  '香港工業總會',
  'Federation of Hong Kong Industries',
  '香港九龍長沙灣長裕街8號',
  '億京廣場31樓',
  '31/F, Billion Plaza, 8 Cheung Yue Street',
  'Cheung Sha Wan, Kowloon, Hong Kong',
  '電話 Tel +852 2732 3188 傳真 Fax +852 2721 3494',
  '電郵 Email fhki@fhki.org.hk',
];

export interface SourceLine {
  /** 1-based line number in the source file, for error messages. */
  readonly lineNumber: number;
  readonly text: string;
}

export interface SourcePage {
  /** 1-based page number. */
  readonly number: number;
  /** The page's lines after the letterhead, blank lines included (they separate paragraphs). */
  readonly lines: readonly SourceLine[];
}

/** Returns the index just past the letterhead if one starts at `start`, else -1. */
function letterheadEnd(lines: readonly string[], start: number): number {
  let index = start;
  for (const expected of LETTERHEAD) {
    while (index < lines.length && lines[index]!.trim() === '' && expected !== LETTERHEAD[0]) index++;
    if (lines[index]?.trim() !== expected) return -1;
    index++;
  }
  return index;
}

export function splitPages(raw: string): SourcePage[] {
  const lines = raw.replace(/\r\n?/g, '\n').split('\n');
  const pages: { number: number; lines: SourceLine[] }[] = [];
  let index = 0;
  while (index < lines.length) {
    const end = letterheadEnd(lines, index);
    if (end >= 0) {
      pages.push({ number: pages.length + 1, lines: [] });
      index = end;
      continue;
    }
    const text = lines[index]!;
    const current = pages.at(-1);
    if (!current) {
      if (text.trim() !== '') {
        throw new Error(`line ${index + 1}: text before the first letterhead ("${text.slice(0, 30)}…"); the source must start with a page`);
      }
    } else {
      current.lines.push({ lineNumber: index + 1, text });
    }
    index++;
  }
  if (pages.length === 0) throw new Error('no letterhead found: the source has no pages');
  return pages;
}
