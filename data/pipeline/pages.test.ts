import { describe, expect, test } from 'vitest';
import { LETTERHEAD, splitPages, type SourcePage } from './pages.ts';

/** The letterhead as the PDF export prints it: one line each, blank lines between. */
const HEAD = [
  '香港工業總會',
  '',
  'Federation of Hong Kong Industries',
  '',
  '香港九龍長沙灣長裕街8號',
  '',
  '億京廣場31樓',
  '',
  '31/F, Billion Plaza, 8 Cheung Yue Street',
  '',
  'Cheung Sha Wan, Kowloon, Hong Kong',
  '',
  '電話 Tel +852 2732 3188 傳真 Fax +852 2721 3494',
  '',
  '電郵 Email fhki@fhki.org.hk',
].join('\n');

/** Non-blank texts of a page. */
const texts = (page: SourcePage | undefined) => (page?.lines ?? []).map((line) => line.text).filter((text) => text.trim() !== '');

describe('splitPages', () => {
  test('LETTERHEAD lists the eight letterhead lines in print order', () => {
    expect(LETTERHEAD).toEqual(HEAD.split('\n').filter((line) => line !== ''));
  });

  test('one page: the letterhead is dropped and the content kept', () => {
    const pages = splitPages(`${HEAD}\n\n標題\n\n第一段。\n`);
    expect(pages).toHaveLength(1);
    expect(texts(pages[0])).toEqual(['標題', '第一段。']);
    for (const line of pages[0]!.lines) {
      expect(LETTERHEAD).not.toContain(line.text.trim());
    }
  });

  test('counts pages and numbers them from 1', () => {
    const pages = splitPages(`${HEAD}\n\n甲\n\n${HEAD}\n\n乙\n\n${HEAD}\n\n丙`);
    expect(pages.map((page) => page.number)).toEqual([1, 2, 3]);
    expect(pages.map(texts)).toEqual([['甲'], ['乙'], ['丙']]);
  });

  test('leading blank lines before the first letterhead are allowed (the real source starts with four)', () => {
    const pages = splitPages(`\n\n\n\n${HEAD}\n\n內容`);
    expect(pages).toHaveLength(1);
    expect(texts(pages[0])).toEqual(['內容']);
  });

  test('tolerates any number of blank lines (and blank-looking lines) between letterhead lines', () => {
    const loose = LETTERHEAD.join('\n\n   \n\t\n');
    const tight = LETTERHEAD.join('\n');
    const pages = splitPages(`${loose}\n甲\n${tight}\n乙`);
    expect(pages.map(texts)).toEqual([['甲'], ['乙']]);
  });

  test('keeps source line numbers (1-based) on content lines', () => {
    const pages = splitPages(`${HEAD}\n甲\n\n乙`);
    // HEAD occupies lines 1-15, so 甲 is on line 16 and 乙 on line 18.
    expect(pages[0]!.lines.filter((line) => line.text !== '')).toEqual([
      { lineNumber: 16, text: '甲' },
      { lineNumber: 18, text: '乙' },
    ]);
  });

  test('a lone "香港工業總會" (the closing signature) stays as content', () => {
    const pages = splitPages(`${HEAD}\n\n最後一段。\n\n香港工業總會\n\n2025 年 8 月`);
    expect(pages).toHaveLength(1);
    expect(texts(pages[0])).toEqual(['最後一段。', '香港工業總會', '2025 年 8 月']);
  });

  test('a partial letterhead (name lines only) is content, not a page break', () => {
    const pages = splitPages(`${HEAD}\n\n香港工業總會\n\nFederation of Hong Kong Industries\n\n正文`);
    expect(pages).toHaveLength(1);
    expect(texts(pages[0])).toEqual(['香港工業總會', 'Federation of Hong Kong Industries', '正文']);
  });

  test('CRLF and lone CR line endings give the same pages as LF', () => {
    const lf = `${HEAD}\n\n甲\n\n${HEAD}\n\n乙\n`;
    const expected = splitPages(lf);
    for (const eol of ['\r\n', '\r']) {
      const pages = splitPages(lf.replace(/\n/g, eol));
      expect(pages).toEqual(expected);
      for (const page of pages) for (const line of page.lines) expect(line.text).not.toMatch(/\r/);
    }
  });

  test('throws on text before the first letterhead, naming the line', () => {
    expect(() => splitPages(`前言\n${HEAD}\n內容`)).toThrow(/line 1: text before the first letterhead/);
    expect(() => splitPages(`\n\n前言\n${HEAD}\n內容`)).toThrow(/line 3/);
  });

  test('throws when there is no letterhead at all', () => {
    expect(() => splitPages('')).toThrow(/no letterhead found/);
    expect(() => splitPages('\n\n\n')).toThrow(/no letterhead found/);
  });

  test('throws on a broken letterhead at the start (it is then text before the first page)', () => {
    const broken = HEAD.replace('億京廣場31樓', '億京廣場32樓');
    expect(() => splitPages(`${broken}\n內容`)).toThrow(/text before the first letterhead/);
  });
});
