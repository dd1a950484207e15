/**
 * The response document's text (the 2025 Policy Address), numbered paragraph by numbered
 * paragraph, for the address view and for showing a paragraph beside a recommendation. A
 * lazily loaded file next to the dataset (`<submission id>.response.json`); the pipeline
 * builds it from the Government's own zh-Hant and English texts and validates it here.
 *
 * Pure module: no React, no I/O.
 */
import { z } from './zod.ts';
import { Localized } from './dataset.ts';

export const RESPONSE_TEXT_SCHEMA_VERSION = 1;

const NonEmpty = z.string().min(1);

export const ResponseTextParagraph = z.object({
  number: z.number().int().min(1),
  /** The chapter's position among the address's chapters (1-based). */
  chapter: z.number().int().min(1),
  /** The headings above it inside its chapter, outermost first, joined by " › ". */
  heading: Localized.optional(),
  text: Localized,
  /**
   * Its lettered sub-items (i), (ii) … in each language's own order. The languages may split
   * an item differently (¶240: zh (vi)–(xii) = en (v)–(xi)), so each has its own list.
   */
  items: z.object({ 'zh-Hant': z.array(NonEmpty), 'zh-Hans': z.array(NonEmpty), en: z.array(NonEmpty) }).optional(),
});
export type ResponseTextParagraph = z.infer<typeof ResponseTextParagraph>;

const ResponseTextShape = z.object({
  schemaVersion: z.literal(RESPONSE_TEXT_SCHEMA_VERSION),
  submissionId: z.string().regex(/^[a-z0-9-]+$/),
  /** The response document's id, as in the dataset's `responseDocument.id`. */
  responseDocumentId: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/),
  chapters: z.array(z.object({ number: z.number().int().min(1), title: Localized })).min(1),
  paragraphs: z.array(ResponseTextParagraph).min(1),
});

export const ResponseText = ResponseTextShape.superRefine((data, ctx) => {
  data.paragraphs.forEach((paragraph, index) => {
    if (paragraph.number !== index + 1)
      ctx.addIssue({ code: 'custom', path: ['paragraphs', index, 'number'], message: `paragraph ${index + 1} is numbered ${paragraph.number}: paragraphs are numbered 1..N in order` });
    if (!data.chapters.some((chapter) => chapter.number === paragraph.chapter))
      ctx.addIssue({ code: 'custom', path: ['paragraphs', index, 'chapter'], message: `chapter ${paragraph.chapter} is not one of the chapters` });
  });
});
export type ResponseText = z.infer<typeof ResponseText>;

/** A sub-item's text in one language, by its letter in that language ("vi"), or undefined. */
export function itemText(paragraph: ResponseTextParagraph, language: keyof Localized, letter: string): string | undefined {
  const index = ROMAN_NUMERALS.indexOf(letter);
  return index < 0 ? undefined : paragraph.items?.[language][index];
}

/** i … xxx: how the address letters its sub-items. */
export const ROMAN_NUMERALS: readonly string[] = Array.from({ length: 30 }, (_, i) => roman(i + 1));

function roman(value: number): string {
  const table: [number, string][] = [[10, 'x'], [9, 'ix'], [5, 'v'], [4, 'iv'], [1, 'i']];
  let rest = value;
  let out = '';
  for (const [size, letters] of table) {
    while (rest >= size) {
      out += letters;
      rest -= size;
    }
  }
  return out;
}
