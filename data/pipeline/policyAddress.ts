/**
 * The 2025 Policy Address (the Government's DocBook 5 text, zh-Hant and en) read into numbered
 * paragraphs: number, chapter, section path, text, lettered sub-items and remarks. Both
 * languages are read by the same steps and checked against each other: paragraphs 1–286 with
 * no gap and no repeat in each, the same chapter for every number. Pure: same input, same output.
 *
 * Text is normalised once, here, and every quote checked against it uses the same form:
 * whitespace runs (including the narrow no-break space the Government uses as a thousands
 * separator, "360 000") become one space, and a space between two CJK characters or CJK
 * punctuation (a line break inside the XML) is dropped. Footnote markers (<superscript>) are
 * left out of the text; the remarks they point to (「註1:」, "Remark 1:") are kept apart.
 */
import { RESPONSE_TEXT_SCHEMA_VERSION, ResponseText } from '../../src/domain/responseText.ts';

export type PolicyAddressLanguage = 'zh-Hant' | 'en';

export interface ParsedParagraph {
  readonly number: number;
  /** The chapter's position (1-based) among the address's chapters, and its title. */
  readonly chapter: number;
  readonly chapterTitle: string;
  /** Headings under the chapter, outermost first. */
  readonly path: readonly string[];
  readonly text: string;
  /** Sub-items (i), (ii), … in the language's own order. */
  readonly items: readonly string[];
}

export interface ParsedAddress {
  readonly language: PolicyAddressLanguage;
  readonly title: string;
  readonly chapters: readonly string[];
  readonly paragraphs: readonly ParsedParagraph[];
  readonly remarks: readonly string[];
}

export class PolicyAddressError extends Error {
  constructor(readonly issues: readonly string[]) {
    super(`the Policy Address does not parse:\n${issues.map((issue) => `  - ${issue}`).join('\n')}`);
    this.name = 'PolicyAddressError';
  }
}

const CJK = /[\u2E80-\u9FFF\u3001-\u303F\uFF00-\uFFEF\u2018-\u201F\u2014\u2026\u00B7]/;

/**
 * The one normal form every text and every quote is compared in. A line break inside Chinese
 * text (the XML wraps lines) disappears; any other run of white space, including the
 * ideographic space the Government puts between a chapter's number and its title and the
 * narrow no-break space of "360 000", is one ordinary space.
 */
export function normaliseText(text: string): string {
  return text
    .replace(/[\s\u00A0\u202F\u2009\u3000]+/g, (run, offset: number, whole: string) => {
      const lineBreak = /[\n\r]/.test(run) && !run.includes('\u3000');
      return lineBreak && CJK.test(whole[offset - 1] ?? '') && CJK.test(whole[offset + run.length] ?? '') ? '' : ' ';
    })
    .trim();
}

const ENTITIES: Record<string, string> = { quot: '"', amp: '&', lt: '<', gt: '>', apos: "'" };
function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
    if (name.startsWith('#x') || name.startsWith('#X')) return String.fromCodePoint(parseInt(name.slice(2), 16));
    if (name.startsWith('#')) return String.fromCodePoint(parseInt(name.slice(1), 10));
    const decoded = ENTITIES[name];
    if (decoded === undefined) throw new PolicyAddressError([`unknown entity ${whole}`]);
    return decoded;
  });
}

interface Element {
  readonly name: string;
  readonly children: (Element | string)[];
}

const KNOWN = new Set(['article', 'info', 'title', 'section', 'para', 'orderedlist', 'listitem', 'superscript']);

/** A strict reader for the handful of DocBook elements the address uses; anything else is an error. */
function parseXml(xml: string): Element {
  const body = xml.replace(/^<\?xml[^>]*\?>/, '').replace(/<!DOCTYPE[^>]*>/, '');
  const root: Element = { name: '#root', children: [] };
  const stack: Element[] = [root];
  for (const match of body.matchAll(/<(\/?)([a-zA-Z]+)((?:[^>"]|"[^"]*")*)>|([^<]+)/g)) {
    const [, closing, name, rest, text] = match;
    const top = stack[stack.length - 1]!;
    if (text !== undefined) {
      top.children.push(decodeEntities(text));
      continue;
    }
    if (!KNOWN.has(name!)) throw new PolicyAddressError([`unexpected element <${name}>`]);
    if (closing) {
      if (top.name !== name) throw new PolicyAddressError([`</${name}> closes <${top.name}>`]);
      stack.pop();
    } else {
      const element: Element = { name: name!, children: [] };
      top.children.push(element);
      if (!rest!.trimEnd().endsWith('/')) stack.push(element);
    }
  }
  if (stack.length !== 1) throw new PolicyAddressError([`<${stack[stack.length - 1]!.name}> is never closed`]);
  return root;
}

const elements = (element: Element, name?: string) =>
  element.children.filter((child): child is Element => typeof child !== 'string' && (name === undefined || child.name === name));

/** An element's text without footnote markers, normalised. */
function textOf(element: Element): string {
  const parts: string[] = [];
  const walk = (node: Element | string) => {
    if (typeof node === 'string') parts.push(node);
    else if (node.name !== 'superscript') node.children.forEach(walk);
  };
  element.children.forEach(walk);
  return normaliseText(parts.join(''));
}

const NUMBERED = /^(\d+)\.\s*/;
const REMARK = /^(?:註\s*\d+\s*[:：]|Remark\s+\d+\s*:)/;

export function parsePolicyAddress(xml: string, language: PolicyAddressLanguage): ParsedAddress {
  const root = parseXml(xml);
  const article = elements(root, 'article')[0];
  if (!article) throw new PolicyAddressError(['no <article>']);
  const title = textOf(elements(elements(article, 'info')[0] ?? { name: 'info', children: [] }, 'title')[0] ?? { name: 'title', children: [] });
  const top = elements(article, 'section')[0];
  if (!top) throw new PolicyAddressError(['no top-level <section>']);

  const chapters: string[] = [];
  const paragraphs: { number: number; chapter: number; chapterTitle: string; path: string[]; text: string[]; items: string[] }[] = [];
  const remarks: string[] = [];
  const issues: string[] = [];

  const visit = (section: Element, chapter: number, chapterTitle: string, path: string[]) => {
    for (const child of elements(section)) {
      if (child.name === 'title') continue;
      if (child.name === 'section') {
        const heading = textOf(elements(child, 'title')[0] ?? { name: 'title', children: [] });
        visit(child, chapter, chapterTitle, [...path, heading]);
      } else if (child.name === 'para') {
        const text = textOf(child);
        const numbered = NUMBERED.exec(text);
        if (REMARK.test(text)) remarks.push(text);
        else if (numbered) paragraphs.push({ number: Number(numbered[1]), chapter, chapterTitle, path, text: [text.slice(numbered[0].length)], items: [] });
        else if (paragraphs.length > 0 && paragraphs[paragraphs.length - 1]!.chapter === chapter) paragraphs[paragraphs.length - 1]!.text.push(text);
        else issues.push(`an unnumbered paragraph before any numbered one in chapter ${chapter}: "${text.slice(0, 40)}"`);
      } else if (child.name === 'orderedlist') {
        const owner = paragraphs[paragraphs.length - 1];
        if (!owner) issues.push(`a list before any numbered paragraph in chapter ${chapter}`);
        else for (const item of elements(child, 'listitem')) owner.items.push(textOf(item));
      }
    }
  };

  for (const chapterSection of elements(top, 'section')) {
    const chapterTitle = textOf(elements(chapterSection, 'title')[0] ?? { name: 'title', children: [] });
    chapters.push(chapterTitle);
    visit(chapterSection, chapters.length, chapterTitle, []);
  }
  if (issues.length > 0) throw new PolicyAddressError(issues);
  return {
    language,
    title,
    chapters,
    paragraphs: paragraphs.map((p) => ({ number: p.number, chapter: p.chapter, chapterTitle: p.chapterTitle, path: p.path, text: p.text.join('\n'), items: p.items })),
    remarks,
  };
}

/** Paragraphs 1…last with no gap or repeat, and the two languages aligned chapter by chapter. */
export function checkAlignment(zh: ParsedAddress, en: ParsedAddress, expectedLast: number): string[] {
  const issues: string[] = [];
  for (const address of [zh, en]) {
    address.paragraphs.forEach((paragraph, index) => {
      if (paragraph.number !== index + 1) issues.push(`${address.language}: paragraph ${index + 1} is numbered ${paragraph.number}`);
    });
    if (address.paragraphs.length !== expectedLast) issues.push(`${address.language}: ${address.paragraphs.length} paragraphs, expected ${expectedLast}`);
  }
  if (zh.chapters.length !== en.chapters.length) issues.push(`zh-Hant has ${zh.chapters.length} chapters, en ${en.chapters.length}`);
  zh.paragraphs.forEach((paragraph, index) => {
    const other = en.paragraphs[index];
    if (other && other.chapter !== paragraph.chapter) issues.push(`paragraph ${paragraph.number} is in chapter ${paragraph.chapter} in zh-Hant but ${other.chapter} in en`);
    if (other && (paragraph.items.length === 0) !== (other.items.length === 0)) issues.push(`paragraph ${paragraph.number} has sub-items in one language only`);
  });
  return issues;
}

/** The address as the response text file holds it: both languages side by side, zh-Hans converted. */
export function buildResponseText(
  zh: ParsedAddress,
  en: ParsedAddress,
  ids: { submissionId: string; responseDocumentId: string },
  toZhHans: (zhHant: string) => string,
): ResponseText {
  const issues = checkAlignment(zh, en, zh.paragraphs.length);
  if (issues.length > 0) throw new PolicyAddressError(issues);
  const three = (zhHant: string, english: string) => ({ 'zh-Hant': zhHant, 'zh-Hans': toZhHans(zhHant), en: english });
  const document = {
    schemaVersion: RESPONSE_TEXT_SCHEMA_VERSION,
    ...ids,
    chapters: zh.chapters.map((title, i) => ({ number: i + 1, title: three(title, en.chapters[i]!) })),
    paragraphs: zh.paragraphs.map((paragraph, i) => {
      const english = en.paragraphs[i]!;
      return {
        number: paragraph.number,
        chapter: paragraph.chapter,
        ...(paragraph.path.length > 0 ? { heading: three(paragraph.path.join(' › '), english.path.join(' › ')) } : {}),
        text: three(paragraph.text, english.text),
        ...(paragraph.items.length > 0 ? { items: { 'zh-Hant': [...paragraph.items], 'zh-Hans': paragraph.items.map(toZhHans), en: [...english.items] } } : {}),
      };
    }),
  };
  const parsed = ResponseText.safeParse(document);
  if (!parsed.success) throw new PolicyAddressError(parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`));
  return parsed.data;
}
