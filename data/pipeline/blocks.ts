/**
 * Step 2: turn each page's lines into typed blocks (headings, bullets, paragraphs,
 * the closing signature), joining a bullet or paragraph that runs on across a page break.
 */
import type { SourcePage } from './pages.ts';

export type Block =
  | { kind: 'pillar'; number: number; title: string; page: number; lineNumber: number }
  | { kind: 'chapter'; number: number; title: string; page: number; lineNumber: number }
  | { kind: 'section'; number: string; chapterNumber: number; title: string; page: number; lineNumber: number }
  | {
      kind: 'bullet' | 'paragraph';
      text: string;
      page: number;
      endPage: number;
      lineNumber: number;
      /**
       * The source lines the text comes from, in order: the block's own line, then the
       * first line of each following page it runs on to (one more per page break).
       */
      lineNumbers: readonly number[];
    }
  | { kind: 'date'; year: number; month: number; page: number; lineNumber: number };

const CHINESE_NUMERALS = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];

const PILLAR = /^([一二三四五六七八九十])、(.+)$/;
const CHAPTER = /^(\d+)\. (.+)$/;
const SECTION = /^((\d+)\.\d+)\. (.+)$/;
const BULLET = /^- (.+)$/;
const DATE = /^(\d{4}) ?年 ?(\d{1,2}) ?月$/;
/** A sentence that ends here cannot run on to the next page. */
const ENDS_SENTENCE = /[。！？；]$/;

function classify(text: string, page: number, lineNumber: number): Block {
  let match: RegExpMatchArray | null;
  if ((match = text.match(PILLAR))) {
    return { kind: 'pillar', number: CHINESE_NUMERALS.indexOf(match[1]!) + 1, title: match[2]!.trim(), page, lineNumber };
  }
  if ((match = text.match(SECTION))) {
    return { kind: 'section', number: match[1]!, chapterNumber: Number(match[2]), title: match[3]!.trim(), page, lineNumber };
  }
  if ((match = text.match(CHAPTER))) {
    return { kind: 'chapter', number: Number(match[1]), title: match[2]!.trim(), page, lineNumber };
  }
  if ((match = text.match(DATE))) {
    return { kind: 'date', year: Number(match[1]), month: Number(match[2]), page, lineNumber };
  }
  if ((match = text.match(BULLET))) {
    return { kind: 'bullet', text: match[1]!, page, endPage: page, lineNumber, lineNumbers: [lineNumber] };
  }
  return { kind: 'paragraph', text, page, endPage: page, lineNumber, lineNumbers: [lineNumber] };
}

/**
 * Joins two halves of a sentence split by a page break. Chinese needs no separator;
 * a break between two Latin letters or digits needs a space.
 */
export function joinRunOn(head: string, tail: string): string {
  const needsSpace = /[A-Za-z0-9]$/.test(head) && /^[A-Za-z0-9]/.test(tail);
  return needsSpace ? `${head} ${tail}` : head + tail;
}

export function readBlocks(pages: readonly SourcePage[]): Block[] {
  const blocks: Block[] = [];
  for (const page of pages) {
    let firstOnPage = true;
    for (const line of page.lines) {
      const text = line.text.trim();
      if (text === '') continue;
      const block = classify(text, page.number, line.lineNumber);
      const previous = blocks.at(-1);
      // A page that opens with plain text continues the bullet or paragraph the last
      // page left unfinished (the PDF broke the sentence at the page's foot).
      if (
        firstOnPage &&
        block.kind === 'paragraph' &&
        (previous?.kind === 'bullet' || previous?.kind === 'paragraph') &&
        !ENDS_SENTENCE.test(previous.text)
      ) {
        blocks[blocks.length - 1] = {
          ...previous,
          text: joinRunOn(previous.text, text),
          endPage: page.number,
          lineNumbers: [...previous.lineNumbers, line.lineNumber],
        };
      } else {
        blocks.push(block);
      }
      firstOnPage = false;
    }
  }
  return blocks;
}
