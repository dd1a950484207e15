import { describe, expect, test } from 'vitest';
import type { Block } from './blocks.ts';
import { StructureError, buildStructure, recommendationBlocks } from './structure.ts';

type TextBlock = Extract<Block, { kind: 'bullet' | 'paragraph' }>;

/** Block factories; line numbers count up so error messages can be checked. */
function factory() {
  let line = 0;
  let page = 1;
  return {
    nextPage: () => void page++,
    pillar: (number: number, title = `支柱${number}`): Block => ({ kind: 'pillar', number, title, page, lineNumber: ++line }),
    chapter: (number: number, title = `章${number}`): Block => ({ kind: 'chapter', number, title, page, lineNumber: ++line }),
    section: (number: string, title = `節${number}`): Block => ({
      kind: 'section', number, chapterNumber: Number(number.split('.')[0]), title, page, lineNumber: ++line,
    }),
    bullet: (text: string): TextBlock => ({ kind: 'bullet', text, page, endPage: page, lineNumber: ++line, lineNumbers: [line] }),
    para: (text: string): TextBlock => ({ kind: 'paragraph', text, page, endPage: page, lineNumber: ++line, lineNumbers: [line] }),
    date: (year = 2025, month = 8): Block => ({ kind: 'date', year, month, page, lineNumber: ++line }),
  };
}

/** A small but complete document: cover letter, two pillars, every kind of section. */
function sample() {
  const b = factory();
  const blocks: Block[] = [
    b.para('標題'),
    b.para('封面信。'),
    b.bullet('第一，創新與創業；'),
    b.bullet('第二，高質量發展；'),
    b.chapter(7, '封面信裏的編號行'),
    b.para('懇請特區政府積極考慮。'),
  ];
  b.nextPage();
  blocks.push(
    b.pillar(1), b.para('支柱引言。'),
    b.chapter(1), b.para('章引言。'),
    b.section('1.1'), b.para('節引言：'), b.bullet('甲'), b.bullet('乙'), b.bullet('丙'),
    b.section('1.2'), b.para('唯一段落是建議。'),
  );
  b.nextPage();
  blocks.push(
    b.section('1.3'), b.para('背景。'), b.para('建議一。'), b.para('建議二。'),
    b.pillar(2, '第二支柱'),
    b.chapter(2, '大宗商品'), b.para('章引言。'), b.bullet('丁'), b.bullet('戊'),
    b.para('香港工業總會'), b.date(2025, 8),
  );
  return blocks;
}

describe('buildStructure on a complete sample', () => {
  const structure = buildStructure(sample(), 3);

  test('title, author, date and page count', () => {
    expect(structure.title).toBe('標題');
    expect(structure.author).toBe('香港工業總會');
    expect(structure.date).toEqual({ year: 2025, month: 8 });
    expect(structure.pages).toBe(3);
  });

  test('pillars and chapters (a numbered line in the cover letter is not a chapter)', () => {
    expect(structure.pillars).toEqual([
      { id: 'P1', number: 1, title: '支柱1' },
      { id: 'P2', number: 2, title: '第二支柱' },
    ]);
    expect(structure.chapters).toEqual([
      { id: 'C1', pillarId: 'P1', number: 1, title: '章1', page: 2 },
      { id: 'C2', pillarId: 'P2', number: 2, title: '大宗商品', page: 3 },
    ]);
  });

  test('sections with their lead paragraphs, and an implicit stand-in numbered like the chapter for its bullets', () => {
    expect(structure.sections).toEqual([
      { id: '1.1', chapterId: 'C1', number: '1.1', title: '節1.1', page: 2, implicit: false, lead: ['節引言：'] },
      { id: '1.2', chapterId: 'C1', number: '1.2', title: '節1.2', page: 2, implicit: false, lead: [] },
      { id: '1.3', chapterId: 'C1', number: '1.3', title: '節1.3', page: 3, implicit: false, lead: ['背景。'] },
      // The stand-in section's lead is its chapter's introduction.
      { id: '2', chapterId: 'C2', number: '2', title: '大宗商品', page: 3, implicit: true, lead: ['章引言。'] },
    ]);
  });

  test('recommendations: bullets, a lone paragraph, all but the first of several; numbered per section', () => {
    expect(structure.recommendations.map(({ id, sectionId, kind, text }) => ({ id, sectionId, kind, text }))).toEqual([
      { id: 'R-1.1-1', sectionId: '1.1', kind: 'bullet', text: '甲' },
      { id: 'R-1.1-2', sectionId: '1.1', kind: 'bullet', text: '乙' },
      { id: 'R-1.1-3', sectionId: '1.1', kind: 'bullet', text: '丙' },
      { id: 'R-1.2-1', sectionId: '1.2', kind: 'paragraph', text: '唯一段落是建議。' },
      { id: 'R-1.3-1', sectionId: '1.3', kind: 'paragraph', text: '建議一。' },
      { id: 'R-1.3-2', sectionId: '1.3', kind: 'paragraph', text: '建議二。' },
      { id: 'R-2-1', sectionId: '2', kind: 'bullet', text: '丁' },
      { id: 'R-2-2', sectionId: '2', kind: 'bullet', text: '戊' },
    ]);
  });

  test('context is never a recommendation: cover letter, pillar, chapter and section leads, signature', () => {
    const texts = structure.recommendations.map((rec) => rec.text);
    for (const context of ['標題', '封面信。', '第一，創新與創業；', '第二，高質量發展；', '懇請特區政府積極考慮。', '支柱引言。', '章引言。', '節引言：', '背景。', '香港工業總會']) {
      expect(texts).not.toContain(context);
    }
  });

  test('recommendations keep the page and endPage of their block', () => {
    const byId = new Map(structure.recommendations.map((rec) => [rec.id, rec]));
    expect(byId.get('R-1.1-1')).toMatchObject({ page: 2, endPage: 2 });
    expect(byId.get('R-1.3-2')).toMatchObject({ page: 3, endPage: 3 });
  });

  test('a run-on block keeps its own page span', () => {
    const blocks = sample();
    const index = blocks.findIndex((block) => block.kind === 'bullet' && block.text === '乙');
    blocks[index] = { ...(blocks[index] as TextBlock), page: 2, endPage: 3 };
    const rec = buildStructure(blocks, 3).recommendations.find((r) => r.id === 'R-1.1-2');
    expect(rec).toMatchObject({ text: '乙', page: 2, endPage: 3 });
  });
});

describe('buildStructure errors', () => {
  const build = (blocks: Block[]) => () => buildStructure(blocks, 3);
  const replace = (blocks: Block[], match: (block: Block) => boolean, replacement: Block[]) => {
    const index = blocks.findIndex(match);
    expect(index).toBeGreaterThanOrEqual(0);
    blocks.splice(index, 1, ...replacement);
    return blocks;
  };

  test('a chapter out of order, with its line number', () => {
    const b = factory();
    const blocks = [b.para('標題'), b.pillar(1), b.chapter(1), b.section('1.1'), b.bullet('甲'), b.chapter(3), b.para('香港工業總會'), b.date()];
    expect(build(blocks)).toThrow(StructureError);
    expect(build(blocks)).toThrow('line 6: chapter 3 is out of order');
  });

  test('a repeated chapter is out of order too', () => {
    const blocks = replace(sample(), (block) => block.kind === 'chapter' && block.number === 2, [factory().chapter(1)]);
    expect(build(blocks)).toThrow(/chapter 1 is out of order/);
  });

  test('a pillar out of order', () => {
    const blocks = replace(sample(), (block) => block.kind === 'pillar' && block.number === 2, [factory().pillar(3)]);
    expect(build(blocks)).toThrow(/pillar 3 is out of order/);
  });

  test('a section under the wrong chapter, or before any chapter', () => {
    const wrong = replace(sample(), (block) => block.kind === 'section' && block.number === '1.2', [factory().section('2.2')]);
    expect(build(wrong)).toThrow(/section 2.2 is not under chapter 2/);
    const b = factory();
    const orphan = [b.para('標題'), b.pillar(1), b.section('1.1'), b.bullet('甲'), b.para('香港工業總會'), b.date()];
    expect(build(orphan)).toThrow(StructureError);
  });

  test('a paragraph after the bullets of a section', () => {
    const blocks = replace(sample(), (block) => block.kind === 'bullet' && block.text === '丙', [factory().bullet('丙'), { ...factory().para('尾段。'), lineNumber: 99 }]);
    expect(build(blocks)).toThrow(StructureError);
    expect(build(blocks)).toThrow('line 99: section 1.1 has a paragraph after its bullets');
  });

  test('a paragraph after the bullets of an implicit section', () => {
    const blocks = sample();
    blocks.splice(blocks.length - 2, 0, factory().para('章尾段落。'));
    expect(build(blocks)).toThrow(/section 2 has a paragraph after its bullets/);
  });

  test('the closing date is missing', () => {
    expect(build(sample().slice(0, -1))).toThrow(StructureError);
    expect(build(sample().slice(0, -1))).toThrow(/must end with its date/);
  });

  test('the date is not the last block', () => {
    const blocks = sample();
    blocks.push(factory().para('附言'));
    expect(build(blocks)).toThrow(/must end with its date/);
  });

  test('the date without a signature before it', () => {
    const blocks = sample();
    blocks.splice(blocks.length - 2, 1);
    expect(build(blocks)).toThrow(/the date must follow the signature/);
  });

  test('a date line inside the body', () => {
    const blocks = sample();
    blocks.splice(blocks.findIndex((block) => block.kind === 'bullet' && block.text === '乙'), 0, factory().date(2024, 1));
    expect(build(blocks)).toThrow(/a date line in the body/);
  });

  test('the document does not open with a title paragraph', () => {
    const b = factory();
    expect(build([b.pillar(1), b.para('香港工業總會'), b.date()])).toThrow(/must open with the title/);
    expect(build([])).toThrow(StructureError);
  });

  test('a section out of order or repeated, with its line number', () => {
    const skipped = replace(sample(), (block) => block.kind === 'section' && block.number === '1.2', [{ ...factory().section('1.4'), lineNumber: 77 }]);
    expect(build(skipped)).toThrow('line 77: section 1.4 is out of order (expected 1.2)');
    const repeated = replace(sample(), (block) => block.kind === 'section' && block.number === '1.2', [factory().section('1.1')]);
    expect(build(repeated)).toThrow(/section 1.1 is out of order \(expected 1.2\)/);
  });

  test('nothing vanishes: a chapter with neither sections nor bullets, a pillar with no chapters', () => {
    const b = factory();
    const emptyChapter = [b.para('標題'), b.pillar(1), b.chapter(1), b.para('只有引言。'), b.para('香港工業總會'), b.date()];
    expect(build(emptyChapter)).toThrow('chapter 1 has neither sections nor bullets');
    const c = factory();
    const emptyPillar = [c.para('標題'), c.pillar(1), c.chapter(1), c.bullet('甲'), c.pillar(2), c.para('香港工業總會'), c.date()];
    expect(build(emptyPillar)).toThrow('pillar 2 has no chapters');
  });

  test('a section with no text at all', () => {
    const blocks = replace(sample(), (block) => block.kind === 'paragraph' && block.text === '唯一段落是建議。', []);
    expect(build(blocks)).toThrow(/section 1.2 has no text/);
  });
});

describe('recommendationBlocks', () => {
  const b = factory();

  test('a bulleted section: every bullet, never the lead paragraphs', () => {
    const blocks = [b.para('引言一。'), b.para('引言二：'), b.bullet('甲'), b.bullet('乙')];
    expect(recommendationBlocks('1.1', blocks)).toEqual(blocks.slice(2));
  });

  test('a section of one paragraph: that paragraph', () => {
    const blocks = [b.para('唯一。')];
    expect(recommendationBlocks('5.2', blocks)).toEqual(blocks);
  });

  test('a section of several paragraphs: all but the first', () => {
    const blocks = [b.para('背景。'), b.para('建議一。'), b.para('建議二。')];
    expect(recommendationBlocks('7.3', blocks)).toEqual(blocks.slice(1));
  });

  test('errors: no text; paragraph after bullets', () => {
    expect(() => recommendationBlocks('9.9', [])).toThrow(StructureError);
    expect(() => recommendationBlocks('9.9', [b.bullet('甲'), b.para('乙')])).toThrow(/section 9.9 has a paragraph after its bullets/);
  });
});
