/**
 * Step 3: find the submission's structure in the blocks: the cover letter, pillars,
 * chapters, sections and recommendations, and the closing signature and date.
 *
 * What counts as a recommendation (documented in docs/methodology.md):
 * - every bullet under a section (or directly under a chapter that has no sections:
 *   those go to a stand-in section numbered like the chapter, e.g. "14");
 * - in a section with no bullets, its paragraphs: a single paragraph is the ask; when
 *   there are several, the first sets the scene (like the lead of a bulleted section)
 *   and each following paragraph is an ask.
 * Everything before the first pillar is the cover letter (its list of the three
 * pillars is not a recommendation); lead paragraphs of pillars, chapters and bulleted
 * sections are context.
 */
import type { Block } from './blocks.ts';

export interface ParsedRecommendation {
  id: string;
  sectionId: string;
  kind: 'bullet' | 'paragraph';
  text: string;
  page: number;
  endPage: number;
  /** The source lines the text comes from (two or more when it runs on across a page break). */
  lineNumbers: number[];
}

export interface ParsedSection {
  id: string;
  chapterId: string;
  number: string;
  title: string;
  page: number;
  implicit: boolean;
  /** The paragraphs that set the scene and are not asks (for chapter 14's stand-in: the chapter's). */
  lead: string[];
}

export interface ParsedStructure {
  title: string;
  author: string;
  date: { year: number; month: number };
  pages: number;
  pillars: { id: string; number: number; title: string }[];
  chapters: { id: string; pillarId: string; number: number; title: string; page: number }[];
  sections: ParsedSection[];
  recommendations: ParsedRecommendation[];
}

type TextBlock = Extract<Block, { kind: 'bullet' | 'paragraph' }>;

export class StructureError extends Error {
  constructor(message: string, lineNumber?: number) {
    super(lineNumber === undefined ? message : `line ${lineNumber}: ${message}`);
    this.name = 'StructureError';
  }
}

const chapterIdOf = (number: number) => `C${number}`;
export const recommendationId = (sectionId: string, ordinal: number) => `R-${sectionId}-${ordinal}`;

/** Splits off the closing "signature, date" lines that end the letter. */
function takeSignature(blocks: Block[]): { body: Block[]; author: string; date: { year: number; month: number } } {
  const dateIndex = blocks.findLastIndex((block) => block.kind === 'date');
  const dateBlock = blocks[dateIndex];
  if (!dateBlock || dateBlock.kind !== 'date' || dateIndex !== blocks.length - 1) {
    throw new StructureError('the submission must end with its date, e.g. "2025 年 8 月"');
  }
  const signature = blocks[dateIndex - 1];
  if (!signature || signature.kind !== 'paragraph') {
    throw new StructureError('the date must follow the signature (the author\'s name)', dateBlock.lineNumber);
  }
  if (dateBlock.month < 1 || dateBlock.month > 12) {
    throw new StructureError(`the closing date has no month ${dateBlock.month}`, dateBlock.lineNumber);
  }
  return { body: blocks.slice(0, dateIndex - 1), author: signature.text, date: { year: dateBlock.year, month: dateBlock.month } };
}

export function buildStructure(allBlocks: readonly Block[], pageCount: number): ParsedStructure {
  const first = allBlocks[0];
  if (!first || first.kind !== 'paragraph') throw new StructureError('the cover letter must open with the title');
  const { body, author, date } = takeSignature(allBlocks.slice(1));

  const result: ParsedStructure = {
    title: first.text, author, date, pages: pageCount, pillars: [], chapters: [], sections: [], recommendations: [],
  };
  /** Text blocks of each section, in order, before classification. */
  const sectionBlocks = new Map<string, TextBlock[]>();
  let pillarId: string | undefined;
  let chapter: ParsedStructure['chapters'][number] | undefined;
  let section: ParsedSection | undefined;
  /** The current chapter's paragraphs before any section: the lead of a stand-in section. */
  let chapterLead: TextBlock[] = [];

  for (const block of body) {
    switch (block.kind) {
      case 'pillar':
        if (block.number !== result.pillars.length + 1) {
          throw new StructureError(`pillar ${block.number} is out of order`, block.lineNumber);
        }
        pillarId = `P${block.number}`;
        result.pillars.push({ id: pillarId, number: block.number, title: block.title });
        chapter = undefined;
        section = undefined;
        break;
      case 'chapter':
        if (!pillarId) break; // a numbered line in the cover letter
        if (block.number !== (result.chapters.at(-1)?.number ?? 0) + 1) {
          throw new StructureError(`chapter ${block.number} is out of order`, block.lineNumber);
        }
        chapter = { id: chapterIdOf(block.number), pillarId, number: block.number, title: block.title, page: block.page };
        result.chapters.push(chapter);
        section = undefined;
        chapterLead = [];
        break;
      case 'section': {
        if (!chapter || block.chapterNumber !== chapter.number) {
          throw new StructureError(`section ${block.number} is not under chapter ${block.chapterNumber}`, block.lineNumber);
        }
        const expected = `${chapter.number}.${(section && !section.implicit ? Number(section.number.split('.')[1]) : 0) + 1}`;
        if (block.number !== expected) {
          throw new StructureError(`section ${block.number} is out of order (expected ${expected})`, block.lineNumber);
        }
        section = { id: block.number, chapterId: chapter.id, number: block.number, title: block.title, page: block.page, implicit: false, lead: [] };
        result.sections.push(section);
        sectionBlocks.set(section.id, []);
        break;
      }
      case 'bullet':
      case 'paragraph':
        if (!pillarId) break; // the cover letter
        if (!chapter) break; // a pillar's lead paragraphs
        if (!section && block.kind === 'bullet') {
          // Bullets straight under a chapter (chapter 14) get a stand-in section.
          const id = String(chapter.number);
          section = { id, chapterId: chapter.id, number: id, title: chapter.title, page: chapter.page, implicit: true, lead: chapterLead.map((b) => b.text) };
          result.sections.push(section);
          sectionBlocks.set(id, []);
        }
        if (!section) {
          chapterLead.push(block); // a chapter's lead paragraphs
          break;
        }
        sectionBlocks.get(section.id)!.push(block);
        break;
      case 'date':
        throw new StructureError('a date line in the body', block.lineNumber);
    }
  }

  // Nothing may vanish silently: every pillar has chapters, every chapter has asks.
  for (const pillar of result.pillars) {
    if (!result.chapters.some((c) => c.pillarId === pillar.id)) throw new StructureError(`pillar ${pillar.number} has no chapters`);
  }
  for (const parsedChapter of result.chapters) {
    if (!result.sections.some((s) => s.chapterId === parsedChapter.id)) {
      throw new StructureError(`chapter ${parsedChapter.number} has neither sections nor bullets`);
    }
  }

  for (const parsedSection of result.sections) {
    const blocks = sectionBlocks.get(parsedSection.id)!;
    const asks = recommendationBlocks(parsedSection.id, blocks);
    parsedSection.lead.push(...blocks.filter((block) => !asks.includes(block)).map((block) => block.text));
    asks.forEach((block, index) =>
      result.recommendations.push({
        id: recommendationId(parsedSection.id, index + 1),
        sectionId: parsedSection.id,
        kind: block.kind,
        text: block.text,
        page: block.page,
        endPage: block.endPage,
        lineNumbers: [...block.lineNumbers],
      }),
    );
  }
  return result;
}

/** Picks the blocks of one section that are recommendations (see the module comment). */
export function recommendationBlocks(sectionId: string, blocks: readonly TextBlock[]): TextBlock[] {
  const firstBullet = blocks.findIndex((block) => block.kind === 'bullet');
  if (firstBullet >= 0) {
    const straggler = blocks.slice(firstBullet).find((block) => block.kind === 'paragraph');
    if (straggler) {
      throw new StructureError(
        `section ${sectionId} has a paragraph after its bullets; decide whether it is an ask and teach the parser`,
        straggler.lineNumber,
      );
    }
    return blocks.slice(firstBullet);
  }
  if (blocks.length === 0) throw new StructureError(`section ${sectionId} has no text`);
  return blocks.length === 1 ? [...blocks] : blocks.slice(1);
}
