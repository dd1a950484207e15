import { createHash } from 'node:crypto';
import { describe, expect, test } from 'vitest';
import { Dataset, SCHEMA_VERSION } from '../../src/domain/dataset.ts';
import { SUBMISSION_ID, ValidationError, buildDataset, serializeDataset } from './dataset.ts';
import { LETTERHEAD } from './pages.ts';
import { StructureError } from './structure.ts';

const HEAD = `\n\n${LETTERHEAD.join('\n\n')}\n\n`;

/** Two pages: cover letter and the start of pillar 1 on page 1, a bullet running on to page 2. */
const SOURCE = [
  HEAD,
  '測試標題 共迎挑戰 — 香港工業總會意見書\n\n',
  '封面信的段落。\n\n',
  '- 第一，創新與創業；\n- 第二，高質量發展。\n\n',
  '一、創新與創業—促進經濟多元發展\n\n',
  '支柱引言。\n\n',
  '1. 發掘新經濟增長點\n\n',
  '章引言。\n\n',
  '1.1. 推動銀髮經濟\n\n',
  '節引言，工總建議：\n\n',
  '- 鼓勵企業對產品進行認證\n',
  '- 例如，增設導覽設施需\n\n',
  HEAD,
  '要經過繁瑣的審批程序\n\n',
  '- 推廣 ESG 及 AI 教育\n\n',
  '2. 第二章\n\n',
  '- 章下直接的要點\n\n',
  '香港工業總會\n\n',
  '2025 年 8 月',
].join('');

const sha256 = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');
const SHA = sha256(SOURCE);

describe('buildDataset on a small synthetic source', () => {
  const dataset = buildDataset(SOURCE, SHA);

  test('validates with the app schema', () => {
    const parsed = Dataset.safeParse(dataset);
    expect(parsed.success, JSON.stringify(parsed.error?.issues)).toBe(true);
    expect(Dataset.safeParse(JSON.parse(serializeDataset(dataset))).success).toBe(true);
  });

  test('submission', () => {
    expect(dataset.schemaVersion).toBe(SCHEMA_VERSION);
    expect(dataset.submission).toEqual({
      id: SUBMISSION_ID,
      title: { 'zh-Hant': '測試標題 共迎挑戰 — 香港工業總會意見書' },
      author: { 'zh-Hant': '香港工業總會' },
      date: '2025-08',
      pages: 2,
      sourceSha256: SHA,
    });
  });

  test('pillars, chapters and sections; implicit only where true', () => {
    expect(dataset.pillars).toEqual([{ id: 'P1', number: 1, title: { 'zh-Hant': '創新與創業—促進經濟多元發展' } }]);
    expect(dataset.chapters.map((chapter) => [chapter.id, chapter.pillarId, chapter.page])).toEqual([['C1', 'P1', 1], ['C2', 'P1', 2]]);
    expect(dataset.sections).toEqual([
      { id: '1.1', chapterId: 'C1', number: '1.1', title: { 'zh-Hant': '推動銀髮經濟' }, page: 1 },
      { id: '2', chapterId: 'C2', number: '2', title: { 'zh-Hant': '第二章' }, page: 2, implicit: true },
    ]);
    expect(dataset.sections[0]).not.toHaveProperty('implicit');
  });

  test('recommendations, with the run-on joined and empty annotations', () => {
    expect(dataset.recommendations.map((rec) => [rec.id, rec.kind, rec.text['zh-Hant'], rec.page, rec.endPage])).toEqual([
      ['R-1.1-1', 'bullet', '鼓勵企業對產品進行認證', 1, 1],
      ['R-1.1-2', 'bullet', '例如，增設導覽設施需要經過繁瑣的審批程序', 1, 2],
      ['R-1.1-3', 'bullet', '推廣 ESG 及 AI 教育', 2, 2],
      ['R-2-1', 'bullet', '章下直接的要點', 2, 2],
    ]);
    for (const rec of dataset.recommendations) {
      expect(rec).toMatchObject({ sectionId: expect.any(String), themes: [], addressees: [], places: [], action: null, schemeIds: [], askIds: [] });
      expect(Object.keys(rec.text)).toEqual(['zh-Hant']);
    }
    expect([dataset.themes, dataset.schemes, dataset.asks, dataset.addressees, dataset.places]).toEqual([[], [], [], [], []]);
  });

  test('cover-letter bullets and lead paragraphs are not recommendations', () => {
    const texts = serializeDataset(dataset);
    for (const context of ['第一，創新與創業', '封面信的段落', '支柱引言', '章引言', '節引言']) expect(texts).not.toContain(context);
  });

  test('CRLF line endings give the same dataset', () => {
    expect(buildDataset(SOURCE.replace(/\n/g, '\r\n'), SHA)).toEqual(dataset);
  });
});

describe('serializeDataset', () => {
  test('is deterministic: same input, identical bytes', () => {
    const first = serializeDataset(buildDataset(SOURCE, SHA));
    const second = serializeDataset(buildDataset(SOURCE, SHA));
    expect(second).toBe(first);
  });

  test('two-space JSON with a final newline, key order as built', () => {
    const text = serializeDataset(buildDataset(SOURCE, SHA));
    expect(text.endsWith('}\n')).toBe(true);
    expect(text.endsWith('\n\n')).toBe(false);
    expect(text.startsWith('{\n  "schemaVersion": 1,\n  "submission": {\n    "id": ')).toBe(true);
    expect(Object.keys(JSON.parse(text))).toEqual(['schemaVersion', 'submission', 'pillars', 'chapters', 'sections', 'recommendations', 'themes', 'schemes', 'asks', 'addressees', 'places']);
  });

  test('the output changes when the source changes', () => {
    const other = SOURCE.replace('鼓勵企業對產品進行認證', '鼓勵企業對產品進行檢測');
    expect(serializeDataset(buildDataset(other, sha256(other)))).not.toBe(serializeDataset(buildDataset(SOURCE, SHA)));
  });
});

describe('buildDataset errors', () => {
  test('a chapter out of order is a StructureError naming the source line', () => {
    const broken = SOURCE.replace('2. 第二章', '3. 第二章');
    const line = broken.split('\n').findIndex((text) => text === '3. 第二章') + 1;
    expect(() => buildDataset(broken, SHA)).toThrow(StructureError);
    expect(() => buildDataset(broken, SHA)).toThrow(`line ${line}: chapter 3 is out of order`);
  });

  test('a paragraph after the bullets is a StructureError', () => {
    const broken = SOURCE.replace('- 推廣 ESG 及 AI 教育', '推廣 ESG 及 AI 教育。');
    expect(() => buildDataset(broken, SHA)).toThrow(/section 1.1 has a paragraph after its bullets/);
  });

  test('a missing date is a StructureError', () => {
    expect(() => buildDataset(SOURCE.replace('2025 年 8 月', ''), SHA)).toThrow(StructureError);
  });

  test('text before the first letterhead is reported', () => {
    expect(() => buildDataset(`草稿\n${SOURCE}`, SHA)).toThrow(/line 1: text before the first letterhead/);
  });

  test('schema violations surface as a ValidationError listing each issue with its path', () => {
    const attempt = (source: string, sha: string) => {
      try {
        buildDataset(source, sha);
      } catch (error) {
        return error;
      }
      throw new Error('expected buildDataset to throw');
    };
    const badSha = attempt(SOURCE, 'not-a-sha');
    expect(badSha).toBeInstanceOf(ValidationError);
    expect((badSha as ValidationError).issues).toEqual([expect.stringMatching(/^submission\.sourceSha256: /)]);
    expect((badSha as ValidationError).message).toMatch(/^the dataset does not validate:\n {2}- submission\.sourceSha256: /);

  });

  test('an impossible closing month stops the parse at its line', () => {
    expect(() => buildDataset(SOURCE.replace('2025 年 8 月', '2025 年 13 月'), SHA)).toThrow(StructureError);
    expect(() => buildDataset(SOURCE.replace('2025 年 8 月', '2025 年 13 月'), SHA)).toThrow(/no month 13/);
  });

  test('a repeated section number stops the parse before any bullet is lost', () => {
    const broken = SOURCE.replace('- 推廣 ESG 及 AI 教育', '1.1. 推動銀髮經濟\n\n- 推廣 ESG 及 AI 教育');
    expect(() => buildDataset(broken, SHA)).toThrow(StructureError);
    expect(() => buildDataset(broken, SHA)).toThrow(/section 1\.1 is out of order \(expected 1\.2\)/);
  });
});
