import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { SourceDocument, type SourceParagraph } from '../../src/domain/sourceDocument.ts';
import { SUBMISSION_ID } from './dataset.ts';
import { LETTERHEAD } from './pages.ts';
import { readCommittedDataset } from './committed.ts';
import { SOURCE_DOCUMENT_PATH, SOURCE_PATH } from './paths.ts';
import { SourceDocumentError, buildSourceDocument, serializeSourceDocument } from './sourceDocument.ts';
import { SHA, SOURCE, sha256 } from './testFixtures.ts';

const linesOf = (document: SourceDocument, id: string) =>
  document.pages.flatMap((page) => page.paragraphs.filter((p) => p.recommendationId === id).map((p) => ({ page: page.number, text: p.text })));

describe('buildSourceDocument on a small synthetic source', () => {
  const document = buildSourceDocument(SOURCE, SHA, 'test-submission');

  test('header, and it validates with the app schema', () => {
    expect(document).toMatchObject({ schemaVersion: 1, submissionId: 'test-submission', sourceSha256: SHA });
    expect(SourceDocument.safeParse(JSON.parse(serializeSourceDocument(document))).success).toBe(true);
  });

  test('every page, line by line: letterhead removed, kinds, bullets without "- ", recommendation ids', () => {
    const para = (text: string, recommendationId?: string): SourceParagraph => ({ text, kind: 'paragraph', ...(recommendationId ? { recommendationId } : {}) });
    const bullet = (text: string, recommendationId?: string): SourceParagraph => ({ text, kind: 'bullet', ...(recommendationId ? { recommendationId } : {}) });
    const heading = (text: string): SourceParagraph => ({ text, kind: 'heading' });
    expect(document.pages).toEqual([
      {
        number: 1,
        paragraphs: [
          para('測試標題 共迎挑戰 — 香港工業總會意見書'),
          para('封面信的段落。'),
          bullet('第一，創新與創業；'),
          bullet('第二，高質量發展。'),
          heading('一、創新與創業—促進經濟多元發展'),
          para('支柱引言。'),
          heading('1. 發掘新經濟增長點'),
          para('章引言。'),
          heading('1.1. 推動銀髮經濟'),
          para('節引言，工總建議：'),
          bullet('鼓勵企業對產品進行認證', 'R-1.1-1'),
          bullet('例如，增設導覽設施需', 'R-1.1-2'),
        ],
      },
      {
        number: 2,
        paragraphs: [
          para('要經過繁瑣的審批程序', 'R-1.1-2'),
          bullet('推廣 ESG 及 AI 教育，於 2 個月內完成', 'R-1.1-3'),
          heading('2. 第二章'),
          bullet('章下直接的要點', 'R-2-1'),
          para('香港工業總會'),
          para('2025 年 8 月'),
        ],
      },
    ]);
  });

  test('a run-on recommendation has one line on each of its pages, joining to its text', () => {
    const lines = linesOf(document, 'R-1.1-2');
    expect(lines.map((line) => line.page)).toEqual([1, 2]);
    expect(lines.map((line) => line.text).join('')).toBe('例如，增設導覽設施需要經過繁瑣的審批程序');
  });

  test('the same input gives the same bytes; CRLF line ends change nothing', () => {
    expect(serializeSourceDocument(buildSourceDocument(SOURCE, SHA, 'test-submission'))).toBe(serializeSourceDocument(document));
    expect(buildSourceDocument(SOURCE.replace(/\n/g, '\r\n'), SHA, 'test-submission')).toEqual(document);
  });

  test('a numbered line in the cover letter is a paragraph, not a heading', () => {
    const source = SOURCE.replace('封面信的段落。', '7. 封面信裏的編號行');
    const page1 = buildSourceDocument(source, sha256(source), 'test-submission').pages[0]!;
    expect(page1.paragraphs[1]).toEqual({ text: '7. 封面信裏的編號行', kind: 'paragraph' });
  });

  test('fails when a run-on recommendation\'s lines cannot spell out its text (Latin words joined with a space)', () => {
    const source = SOURCE.replace('增設導覽設施需', 'ACCESS').replace('要經過繁瑣的審批程序', 'Consortium');
    const build = () => buildSourceDocument(source, sha256(source), 'test-submission');
    expect(build).toThrow(SourceDocumentError);
    expect(build).toThrow(/R-1\.1-2: its lines join to "例如，ACCESSConsortium", not to its text "例如，ACCESS Consortium"/);
  });

  test('fails on a bad sha256 or submission id (schema validation)', () => {
    expect(() => buildSourceDocument(SOURCE, 'not-a-sha', 'test-submission')).toThrow(/sourceSha256/);
    expect(() => buildSourceDocument(SOURCE, SHA, 'Not An Id')).toThrow(/submissionId/);
  });
});

describe('buildSourceDocument on the real FHKI source', () => {
  const bytes = readFileSync(SOURCE_PATH);
  const sha = createHash('sha256').update(bytes).digest('hex');
  const document = buildSourceDocument(bytes.toString('utf8'), sha, SUBMISSION_ID);
  const dataset = readCommittedDataset();
  const paragraphs = document.pages.flatMap((page) => page.paragraphs);

  test('29 pages, numbered 1..29, every one with text', () => {
    expect(document.pages).toHaveLength(29);
    expect(document.pages.map((page) => page.number)).toEqual(Array.from({ length: 29 }, (_, i) => i + 1));
    for (const page of document.pages) expect(page.paragraphs.length, `page ${page.number}`).toBeGreaterThan(0);
    expect(document.sourceSha256).toBe(dataset.submission.sourceSha256);
  });

  test('every recommendation: one line on each of its pages page..endPage, joining to its zh-Hant text', () => {
    expect(dataset.recommendations).toHaveLength(198);
    for (const rec of dataset.recommendations) {
      const lines = linesOf(document, rec.id);
      const expectedPages = Array.from({ length: rec.endPage - rec.page + 1 }, (_, i) => rec.page + i);
      expect(lines.map((line) => line.page), rec.id).toEqual(expectedPages);
      expect(lines.map((line) => line.text).join(''), rec.id).toBe(rec.text['zh-Hant']);
    }
  });

  test('R-1.4-1 runs on from page 3 to page 4', () => {
    const lines = linesOf(document, 'R-1.4-1');
    expect(lines.map((line) => line.page)).toEqual([3, 4]);
    expect(lines[0]!.text.endsWith('增設導覽設施需')).toBe(true);
    expect(lines[1]!.text.startsWith('要經過繁瑣的審批程序')).toBe(true);
    expect(document.pages[3]!.paragraphs[0]).toMatchObject({ kind: 'paragraph', recommendationId: 'R-1.4-1' });
  });

  test('no id that is not a recommendation of the dataset', () => {
    const ids = new Set(dataset.recommendations.map((rec) => rec.id));
    const tagged = new Set(paragraphs.flatMap((p) => (p.recommendationId ? [p.recommendationId] : [])));
    expect([...tagged].filter((id) => !ids.has(id))).toEqual([]);
    expect(tagged.size).toBe(ids.size);
  });

  test('the letterhead is gone: none of its lines is left, "香港工業總會" is only the signature', () => {
    for (const line of LETTERHEAD.slice(1)) {
      expect(paragraphs.filter((p) => p.text.includes(line)), line).toEqual([]);
    }
    expect(paragraphs.filter((p) => p.text.includes('Federation of Hong Kong Industries'))).toEqual([]);
    expect(paragraphs.filter((p) => p.text === LETTERHEAD[0])).toEqual([{ text: '香港工業總會', kind: 'paragraph' }]);
    expect(document.pages.at(-1)!.paragraphs.slice(-2)).toEqual([
      { text: '香港工業總會', kind: 'paragraph' },
      { text: '2025 年 8 月', kind: 'paragraph' },
    ]);
  });

  test('page 1 starts with the submission title line', () => {
    expect(document.pages[0]!.paragraphs[0]).toEqual({ text: dataset.submission.title['zh-Hant'], kind: 'paragraph' });
    expect(document.pages[0]!.paragraphs[0]!.text.startsWith('強化產業導向注入新動力')).toBe(true);
  });

  test('kinds: 185 bullets ("- " lines in the file), a heading per pillar, chapter and printed section', () => {
    const count = (kind: SourceParagraph['kind']) => paragraphs.filter((p) => p.kind === kind).length;
    expect(count('bullet')).toBe(185);
    const printedSections = dataset.sections.filter((section) => !section.implicit).length;
    expect(count('heading')).toBe(dataset.pillars.length + dataset.chapters.length + printedSections);
    expect(count('heading')).toBe(3 + 16 + 57);
    expect(paragraphs.filter((p) => p.kind === 'bullet' && p.text.startsWith('- '))).toEqual([]);
  });

  test('the committed public/data file is what the pipeline builds', () => {
    expect(readFileSync(SOURCE_DOCUMENT_PATH, 'utf8')).toBe(serializeSourceDocument(document));
  });
});
