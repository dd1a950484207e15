import { describe, expect, test } from 'vitest';
import { textWidth, wrapText } from './textMetrics.ts';

describe('textWidth', () => {
  test('CJK characters are an em; ASCII from the table; bold is wider', () => {
    expect(textWidth('大灣區', 10)).toBe(30);
    expect(textWidth('iii', 100)).toBeLessThan(textWidth('WWW', 100));
    expect(textWidth('Loop', 13, 700)).toBeGreaterThan(textWidth('Loop', 13));
  });
});

describe('wrapText', () => {
  const width = (lines: string[], size = 14) => Math.max(...lines.map((line) => textWidth(line, size)));

  test('Latin text breaks between words, never inside one, and loses nothing', () => {
    const text = 'The Loop (Hetao Shenzhen-Hong Kong Science and Technology Innovation Co-operation Zone)';
    const lines = wrapText(text, 180, 14);
    expect(lines.length).toBeGreaterThan(1);
    expect(width(lines)).toBeLessThanOrEqual(180);
    expect(lines.join(' ').replace(/- /g, '-')).toBe(text);
    for (const line of lines) expect(line).not.toMatch(/…/);
  });

  test('a CJK label never leaves one character alone on its last line', () => {
    // Seven characters fit at 14 px in 100 px: greedily, "中小企資助與融" and "資" alone.
    expect(wrapText('中小企資助與融資', 100, 14)).toEqual(['中小企資助與', '融資']);
    expect(wrapText('中小企資助與融資）', 100, 14)).toEqual(['中小企資助與', '融資）']);
    for (const text of ['中小企資助與融資', '河套深港科技創新合作區（香港園區），及新田科技城。', '人工智能、數據及數字產業', '创新科技及再工业化']) {
      for (let max = 30; max <= 200; max += 5) {
        const lines = wrapText(text, max, 14);
        expect(lines.join('')).toBe(text);
        expect(width(lines)).toBeLessThanOrEqual(max);
        if (lines.length > 1 && [...lines.at(-2)!].length >= 3) expect([...lines.at(-1)!.replace(/[，。）、]/g, '')].length).toBeGreaterThan(1);
      }
    }
    // Latin before it is not split to keep it company.
    expect(wrapText('SME 資', 40, 14)).toEqual(['SME', '資']);
  });

  test('CJK text breaks between characters; closing punctuation never starts a line', () => {
    const text = '河套深港科技創新合作區（香港園區），及新田科技城。';
    for (const max of [60, 75, 90, 120]) {
      const lines = wrapText(text, max, 14);
      expect(lines.join('')).toBe(text);
      for (const line of lines) expect(line).not.toMatch(/^[，。）]/);
    }
  });

  test('a word wider than the line is split between letters rather than cut', () => {
    const lines = wrapText('Supercalifragilistic', 40, 14);
    expect(lines.join('')).toBe('Supercalifragilistic');
    expect(width(lines)).toBeLessThanOrEqual(40);
  });

  test('a line break after a hyphen or slash', () => {
    expect(wrapText('Mainland/Hong Kong co-operation', 90, 14)).toEqual(['Mainland/', 'Hong Kong', 'co-operation']);
  });
});
