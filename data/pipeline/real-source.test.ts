/**
 * The pipeline on the real FHKI submission. Every expected number below was read off the
 * source text by hand (grep -n / sed -n on the .txt), not copied from the parser's output.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { Dataset } from '../../src/domain/dataset.ts';
import { readAnnotations } from './annotationFiles.ts';
import { buildDataset } from './dataset.ts';
import { ANNOTATIONS_DIR } from './paths.ts';
import { LETTERHEAD } from './pages.ts';
import { readResponseSource } from './realDataset.ts';

const SOURCE_PATH = fileURLToPath(new URL('../source/fhki-2025-policy-address.zh-Hant.txt', import.meta.url));
const bytes = readFileSync(SOURCE_PATH);
const source = bytes.toString('utf8');
const sha256 = createHash('sha256').update(bytes).digest('hex');
const dataset = buildDataset(source, sha256, readAnnotations(ANNOTATIONS_DIR), readResponseSource());
const recs = dataset.recommendations;
const rec = (id: string) => {
  const found = recs.find((r) => r.id === id);
  if (!found) throw new Error(`no recommendation ${id}`);
  return found;
};
const text = (id: string) => rec(id).text['zh-Hant'];

/** Recommendations per section, counted in the source: bullets, or the paragraph rule. */
const EXPECTED_COUNTS: Record<string, number> = {
  '1.1': 5, '1.2': 4, '1.3': 5, '1.4': 2, '1.5': 8, '1.6': 6, '1.7': 5, '1.8': 7,
  '2.1': 9, '2.2': 2, '2.3': 7, '2.4': 9,
  '3.1': 3, '3.2': 1, '3.3': 2, '3.4': 4, '3.5': 2, '3.6': 3,
  '4.1': 2, '4.2': 2, '4.3': 1, '4.4': 1,
  '5.1': 4, '5.2': 1,
  '6.1': 3, '6.2': 7, '6.3': 4, '6.4': 3,
  '7.1': 2, '7.2': 1, '7.3': 1, '7.4': 2, '7.5': 2,
  '8.1': 6, '8.2': 1, '8.3': 1, '8.4': 1,
  '9.1': 1, '9.2': 1, '9.3': 1, '9.4': 3, '9.5': 1,
  '10.1': 1, '10.2': 2, '10.3': 9,
  '11.1': 8, '11.2': 4, '11.3': 2,
  '12.1': 4, '12.2': 6,
  '13.1': 4, '13.2': 2,
  '14': 7,
  '15.1': 1, '15.2': 1,
  '16.1': 5, '16.2': 2, '16.3': 4,
};
/** 185 "- " lines in the file, minus the 3 on the cover page, plus 16 paragraph asks. */
const EXPECTED_TOTAL = 182 + 16;

/** Sections with no bullets: their recommendation is a paragraph. */
const PARAGRAPH_SECTIONS = ['3.2', '4.3', '4.4', '5.2', '7.2', '7.3', '8.2', '8.3', '8.4', '9.1', '9.2', '9.3', '9.5', '10.1', '15.1', '15.2'];

describe('the real FHKI source', () => {
  test('submission metadata', () => {
    expect(Dataset.safeParse(dataset).success).toBe(true);
    expect(dataset.submission.pages).toBe(29);
    expect(dataset.submission.date).toBe('2025-08');
    expect(dataset.submission.author['zh-Hant']).toBe('香港工業總會');
    expect(dataset.submission.title['zh-Hant'].startsWith('強化產業導向注入新動力')).toBe(true);
    expect(dataset.submission.title['zh-Hant']).toBe('強化產業導向注入新動力 共迎挑戰再創高峰 2025年《施政報告》公眾諮詢 — 香港工業總會意見書');
    expect(dataset.submission.sourceSha256).toBe(readFileSync(`${SOURCE_PATH}.sha256`, 'utf8').split(/\s+/)[0]);
  });

  test('3 pillars and 16 chapters in order', () => {
    expect(dataset.pillars.map((p) => p.id)).toEqual(['P1', 'P2', 'P3']);
    expect(dataset.chapters.map((c) => c.number)).toEqual(Array.from({ length: 16 }, (_, i) => i + 1));
    const pillarOf = Object.fromEntries(dataset.chapters.map((c) => [c.number, c.pillarId]));
    expect([pillarOf[1], pillarOf[6], pillarOf[7], pillarOf[11], pillarOf[12], pillarOf[16]]).toEqual(['P1', 'P1', 'P2', 'P2', 'P3', 'P3']);
    expect(dataset.chapters.find((c) => c.number === 14)?.page).toBe(27);
  });

  test('sections: 57 numbered ones plus the implicit "14"', () => {
    expect(dataset.sections.map((s) => s.id)).toEqual(Object.keys(EXPECTED_COUNTS).sort((a, b) => {
      const [a1, a2 = 0] = a.split('.').map(Number);
      const [b1, b2 = 0] = b.split('.').map(Number);
      return a1! - b1! || a2 - b2;
    }));
    expect(dataset.sections.filter((s) => s.implicit)).toEqual([
      expect.objectContaining({ id: '14', chapterId: 'C14', number: '14', page: 27, implicit: true }),
    ]);
    expect(dataset.sections.find((s) => s.implicit)!.title['zh-Hant']).toBe('構建香港成國際大宗商品交易中心');
    // The stand-in section's lead is chapter 14's introduction.
    expect(dataset.sections.find((s) => s.implicit)!.lead?.['zh-Hant']).toMatch(/^國際環境競爭愈趨劇烈/);
  });

  test('the number of recommendations in every section, and the total', () => {
    const counts: Record<string, number> = {};
    for (const r of recs) counts[r.sectionId] = (counts[r.sectionId] ?? 0) + 1;
    expect(counts).toEqual(EXPECTED_COUNTS);
    expect(Object.values(EXPECTED_COUNTS).reduce((a, b) => a + b, 0)).toBe(EXPECTED_TOTAL);
    expect(recs).toHaveLength(EXPECTED_TOTAL);
  });

  test('ids are R-<section>-<n>, from 1, in source order', () => {
    const seen: Record<string, number> = {};
    for (const r of recs) {
      seen[r.sectionId] = (seen[r.sectionId] ?? 0) + 1;
      expect(r.id).toBe(`R-${r.sectionId}-${seen[r.sectionId]}`);
    }
    const offsets = recs.map((r) => source.replace(/\n/g, '').indexOf(r.text['zh-Hant'].slice(0, 20)));
    expect(offsets).toEqual([...offsets].sort((a, b) => a - b));
  });

  test('kinds: paragraphs exactly in the sections without bullets', () => {
    expect([...new Set(recs.filter((r) => r.kind === 'paragraph').map((r) => r.sectionId))]).toEqual(PARAGRAPH_SECTIONS);
  });

  test.each([
    ['R-1.1-1', 2, 2, '欣見特區政府積極推廣「銀色品質保證」'],
    ['R-2.1-1', 6, 6, '訂立推廣策略宣傳「品牌•香港」的產品及服務'],
    ['R-2.1-2', 7, 7, '拓展「電商易」的適用範圍至「一帶一路」市場'],
    ['R-3.2-1', 10, 10, '企業的經營狀況日趨困難'],
    ['R-5.2-1', 13, 13, '建議特區政府積極向國家爭取'],
    ['R-6.1-3', 13, 13, '於課程中加入智能製造、綠色科技、機器人等元素'],
    ['R-7.2-1', 16, 16, '北部都會區作為香港未來創科發展重要樞紐'],
    ['R-9.2-1', 20, 20, '香港園區已開始動工'],
    ['R-10.3-1', 21, 21, '邀請國家藥監局在北都設立分部'],
    ['R-10.3-2', 22, 22, '建議 CMPR 可向國家藥監局爭取'],
    ['R-15.2-1', 28, 28, '建議加強「總部經濟」思維'],
    ['R-16.3-1', 29, 29, '就香港的數碼基建發展進行更新研究'],
    ['R-16.3-4', 29, 29, '成立專用以過河的數據傳輸中心'],
  ])('%s is on page %i (to %i) and starts "%s"', (id, page, endPage, start) => {
    expect(rec(id)).toMatchObject({ page, endPage });
    expect(text(id).startsWith(start)).toBe(true);
  });

  test.each([
    ['R-1.4-1', 3, '增設導覽設施需要經過繁瑣的審批程序'],
    ['R-2.4-2', 8, '並於現時環保署的廢物轉運站試行'],
    ['R-3.1-3', 9, '容許企業同時申請多項推廣活動的資助'],
    ['R-5.1-1', 12, '分享內地不同城市的營商資訊'],
    ['R-7.5-2', 17, '確保它們能夠在香港紮根並持續成長'],
    ['R-12.2-2', 25, '主動與當地商會及專業服務機構'],
    ['R-14-7', 27, '推動跨境商品交易效率，並在合規前提下'],
    ['R-16.1-2', 28, '讓貨物無須重複安檢程序直接轉運海外'],
  ])('run-on %s is one recommendation from page %i to the next, joined as "%s"', (id, page, joined) => {
    expect(rec(id)).toMatchObject({ kind: 'bullet', page, endPage: page + 1 });
    expect(text(id)).toContain(joined);
  });

  test('exactly those eight recommendations span a page break', () => {
    expect(recs.filter((r) => r.page !== r.endPage).map((r) => r.id)).toEqual([
      'R-1.4-1', 'R-2.4-2', 'R-3.1-3', 'R-5.1-1', 'R-7.5-2', 'R-12.2-2', 'R-14-7', 'R-16.1-2',
    ]);
  });

  test('no recommendation contains a letterhead line', () => {
    for (const r of recs) {
      for (const line of LETTERHEAD.slice(1)) expect(r.text['zh-Hant']).not.toContain(line);
      expect(r.text['zh-Hant']).not.toMatch(/Federation of Hong Kong Industries|電郵 Email|fhki@fhki\.org\.hk|Billion Plaza/);
      expect(r.text['zh-Hant']).not.toMatch(/[\r\n]/);
    }
  });

  test('every recommendation occurs verbatim in the source (letterhead and line breaks removed)', () => {
    const letterhead = new RegExp(LETTERHEAD.map((line) => line.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')).join('\\n+'), 'g');
    const stripped = source.replace(letterhead, '');
    expect(stripped).not.toContain('Federation of Hong Kong Industries');
    const flat = stripped.replace(/\n/g, '');
    const lines = source.split('\n');
    for (const r of recs) {
      const t = r.text['zh-Hant'];
      expect(flat, r.id).toContain(t);
      if (r.page === r.endPage) expect(lines.some((line) => line.includes(t)), r.id).toBe(true);
    }
  });

  test('the cover page\'s three pillar bullets are not recommendations', () => {
    for (const start of ['第一，創新與創業', '第二，香港經濟高質量與持續發展', '第三，區域與環球協作']) {
      expect(recs.filter((r) => r.text['zh-Hant'].includes(start))).toEqual([]);
    }
    expect(recs.some((r) => r.page === 1)).toBe(false);
  });

  test('the typo in 2.4 is kept verbatim', () => {
    expect(text('R-2.4-2')).toContain('建議在北都建設在北都建設能夠處理有機及無機垃圾的大型回收分類設施');
  });

  test('5.2 has one recommendation: the paragraph after the context', () => {
    const inSection = recs.filter((r) => r.sectionId === '5.2');
    expect(inSection).toHaveLength(1);
    expect(inSection[0]).toMatchObject({ id: 'R-5.2-1', kind: 'paragraph', page: 13, endPage: 13 });
    expect(text('R-5.2-1').startsWith('建議特區政府積極向國家爭取')).toBe(true);
    expect(text('R-5.2-1')).toContain('由現行的 800 元人民幣提升至 3000 元人民幣');
    expect(recs.some((r) => r.text['zh-Hant'].startsWith('目前，從香港寄往內地的小額包裹'))).toBe(false);
  });

  test('multi-paragraph sections keep all but their first paragraph', () => {
    expect(text('R-7.3-1').startsWith('為吸引發展商積極參與土地投標和開發')).toBe(true);
    expect(text('R-15.1-1').startsWith('進一步加強跨地區招商策略')).toBe(true);
    expect(text('R-9.5-1').startsWith('建議早日公佈兩地園區互聯互通')).toBe(true);
  });

  test('lead paragraphs of bulleted sections are context', () => {
    for (const lead of ['低空經濟不僅能夠衍生一系列產業', '香港的人口正在快速老化', '國際環境競爭愈趨劇烈']) {
      expect(recs.some((r) => r.text['zh-Hant'].includes(lead))).toBe(false);
    }
  });
});
