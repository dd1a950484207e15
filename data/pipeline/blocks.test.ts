import { describe, expect, test } from 'vitest';
import { joinRunOn, readBlocks, type Block } from './blocks.ts';
import type { SourcePage } from './pages.ts';

/** Builds pages from arrays of lines; line numbers run on across pages like in a file. */
function pages(...contents: string[][]): SourcePage[] {
  let lineNumber = 0;
  return contents.map((lines, index) => ({
    number: index + 1,
    lines: lines.map((text) => ({ lineNumber: ++lineNumber, text })),
  }));
}

const one = (line: string): Block => {
  const blocks = readBlocks(pages([line]));
  expect(blocks).toHaveLength(1);
  return blocks[0]!;
};

describe('readBlocks: classification', () => {
  test('pillar headings with their Chinese numeral', () => {
    expect(one('一、創新與創業—促進經濟多元發展 推動產業升級')).toMatchObject({
      kind: 'pillar', number: 1, title: '創新與創業—促進經濟多元發展 推動產業升級', page: 1, lineNumber: 1,
    });
    expect(one('三、區域與環球協作')).toMatchObject({ kind: 'pillar', number: 3, title: '區域與環球協作' });
  });

  test('chapter headings, one or two digits', () => {
    expect(one('1. 發掘新經濟增長點')).toMatchObject({ kind: 'chapter', number: 1, title: '發掘新經濟增長點' });
    expect(one('16. 大灣區融合發展')).toMatchObject({ kind: 'chapter', number: 16, title: '大灣區融合發展' });
  });

  test('section headings carry their chapter number', () => {
    expect(one('1.1. 推動銀髮經濟')).toMatchObject({ kind: 'section', number: '1.1', chapterNumber: 1, title: '推動銀髮經濟' });
    expect(one('10.3. 大健康產業')).toMatchObject({ kind: 'section', number: '10.3', chapterNumber: 10, title: '大健康產業' });
  });

  test('bullets lose their "- " marker; page and endPage are the same', () => {
    expect(one('- 加快制定低空飛行相關法規')).toEqual({
      kind: 'bullet', text: '加快制定低空飛行相關法規', page: 1, endPage: 1, lineNumber: 1, lineNumbers: [1],
    });
  });

  test('anything else is a paragraph, including text with an inner " - "', () => {
    expect(one('低空經濟潛力巨大。因此，工總建議：')).toMatchObject({ kind: 'paragraph', text: '低空經濟潛力巨大。因此，工總建議：' });
    expect(one('期望提高「BUD 專項基金 - 申請易」的資助額上限')).toMatchObject({ kind: 'paragraph' });
    expect(one('-無空格的連字號')).toMatchObject({ kind: 'paragraph', text: '-無空格的連字號' });
    expect(one('香港工業總會')).toMatchObject({ kind: 'paragraph', text: '香港工業總會' });
  });

  test('date lines, with or without spaces', () => {
    expect(one('2025 年 8 月')).toMatchObject({ kind: 'date', year: 2025, month: 8 });
    expect(one('2025年12月')).toMatchObject({ kind: 'date', year: 2025, month: 12 });
    // A sentence that merely mentions a date is a paragraph.
    expect(one('將今年 11 月到期的安排延期')).toMatchObject({ kind: 'paragraph' });
  });

  test('lines are trimmed and blank lines skipped', () => {
    const blocks = readBlocks(pages(['', '   ', '  - 甲  ', '\t', '1.2. 乙 ']));
    expect(blocks).toMatchObject([
      { kind: 'bullet', text: '甲', lineNumber: 3 },
      { kind: 'section', number: '1.2', title: '乙', lineNumber: 5 },
    ]);
  });
});

describe('readBlocks: run-on across a page break', () => {
  test('a bullet cut at the foot of a page is joined with the next page\'s first line', () => {
    const blocks = readBlocks(pages(
      ['1.4. 拓展工業旅遊', '', '- 例如，增設導覽設施需', ''],
      ['', '要經過繁瑣的審批程序', '', '- 下一點'],
    ));
    expect(blocks).toHaveLength(3);
    expect(blocks[1]).toEqual({
      kind: 'bullet', text: '例如，增設導覽設施需要經過繁瑣的審批程序', page: 1, endPage: 2, lineNumber: 3, lineNumbers: [3, 6],
    });
    expect(blocks[2]).toMatchObject({ kind: 'bullet', text: '下一點', page: 2, endPage: 2 });
  });

  test('an unfinished paragraph is joined too', () => {
    const blocks = readBlocks(pages(['為吸引發展商積極參與'], ['土地投標和開發。']));
    expect(blocks).toEqual([
      { kind: 'paragraph', text: '為吸引發展商積極參與土地投標和開發。', page: 1, endPage: 2, lineNumber: 1, lineNumbers: [1, 2] },
    ]);
  });

  test.each(['。', '！', '？', '；'])('a paragraph ending in "%s" is not joined with the next page\'s text', (stop) => {
    const blocks = readBlocks(pages([`第一段${stop}`], ['第二段']));
    expect(blocks).toMatchObject([
      { kind: 'paragraph', text: `第一段${stop}`, page: 1, endPage: 1 },
      { kind: 'paragraph', text: '第二段', page: 2, endPage: 2 },
    ]);
  });

  test('a bullet ending in "。" is not joined either', () => {
    const blocks = readBlocks(pages(['- 完整的一點。'], ['新的段落']));
    expect(blocks.map((block) => block.kind)).toEqual(['bullet', 'paragraph']);
  });

  test('only the first line of the next page is a continuation', () => {
    const blocks = readBlocks(pages(['- 甲'], ['乙', '丙']));
    expect(blocks).toMatchObject([
      { kind: 'bullet', text: '甲乙', page: 1, endPage: 2 },
      { kind: 'paragraph', text: '丙', page: 2, endPage: 2 },
    ]);
  });

  test('a page opening with a heading or a bullet does not continue anything', () => {
    const blocks = readBlocks(pages(['- 甲'], ['- 乙'], ['1.2. 丙'], ['- 丁'], ['二、戊']));
    expect(blocks.map((block) => block.kind)).toEqual(['bullet', 'bullet', 'section', 'bullet', 'pillar']);
    expect(blocks[0]).toMatchObject({ text: '甲', endPage: 1 });
  });

  test('text after a heading at the foot of a page is not joined to the heading', () => {
    const blocks = readBlocks(pages(['3.2. 延長安排'], ['企業的經營狀況日趨困難']));
    expect(blocks).toMatchObject([
      { kind: 'section', number: '3.2' },
      { kind: 'paragraph', text: '企業的經營狀況日趨困難', page: 2, endPage: 2 },
    ]);
  });

  test('a bullet can run on over two page breaks, keeping its first page', () => {
    const blocks = readBlocks(pages(['- 甲'], ['乙'], ['丙']));
    expect(blocks).toEqual([{ kind: 'bullet', text: '甲乙丙', page: 1, endPage: 3, lineNumber: 1, lineNumbers: [1, 2, 3] }]);
  });

  test('Latin words split by the break get a space, Chinese does not', () => {
    const blocks = readBlocks(pages(['- 加入「跨國醫藥聯盟」(ACCESS'], ['Consortium)，與機構合作'], ['- 提升在職人士的 AI'], ['素養']));
    expect(blocks.map((block) => (block.kind === 'bullet' ? block.text : ''))).toEqual([
      '加入「跨國醫藥聯盟」(ACCESS Consortium)，與機構合作',
      '提升在職人士的 AI素養',
    ]);
  });
});

describe('joinRunOn', () => {
  test('no separator between Chinese characters', () => {
    expect(joinRunOn('增設導覽設施需', '要經過繁瑣的審批程序')).toBe('增設導覽設施需要經過繁瑣的審批程序');
  });

  test('a space between two Latin letters or digits', () => {
    expect(joinRunOn('ACCESS', 'Consortium')).toBe('ACCESS Consortium');
    expect(joinRunOn('2029', '30')).toBe('2029 30');
    expect(joinRunOn('Web3', 'A')).toBe('Web3 A');
  });

  test('no space when only one side is Latin, or at punctuation', () => {
    expect(joinRunOn('使用 AI', '技術')).toBe('使用 AI技術');
    expect(joinRunOn('共', '2025 年')).toBe('共2025 年');
    expect(joinRunOn('(ESG)', '及')).toBe('(ESG)及');
    expect(joinRunOn('ESG', '(MRA)')).toBe('ESG(MRA)');
    expect(joinRunOn('甲，', '乙')).toBe('甲，乙');
  });

  test('empty halves', () => {
    expect(joinRunOn('', '乙')).toBe('乙');
    expect(joinRunOn('甲', '')).toBe('甲');
  });
});
