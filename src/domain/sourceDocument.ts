/**
 * The source document: the submission's text page by page (letterhead removed), for the
 * "Source" view. A second, lazily loaded file next to the dataset; the pipeline builds it
 * from the same source text and validates it with this schema.
 *
 * Pure module: no React, no I/O.
 */
import { z } from './zod.ts';
import { RecommendationId } from './dataset.ts';

export const SOURCE_DOCUMENT_SCHEMA_VERSION = 1;

export const SourceParagraphKind = z.enum(['heading', 'bullet', 'paragraph']);
export type SourceParagraphKind = z.infer<typeof SourceParagraphKind>;

/**
 * One non-empty line of a page, trimmed. A bullet's text is without its "- " marker;
 * pillar, chapter and section lines are headings; everything else (cover letter, leads,
 * the line that continues a sentence from the previous page, signature, date) is a paragraph.
 */
export const SourceParagraph = z.object({
  text: z.string().min(1),
  kind: SourceParagraphKind,
  /**
   * Set on every line that is part of a recommendation. A recommendation that runs on
   * across a page break has one line on each page, all with its id; their texts joined
   * in order are the recommendation's zh-Hant text.
   */
  recommendationId: RecommendationId.optional(),
});
export type SourceParagraph = z.infer<typeof SourceParagraph>;

export const SourcePage = z.object({
  number: z.number().int().min(1),
  paragraphs: z.array(SourceParagraph),
});
export type SourcePage = z.infer<typeof SourcePage>;

const SourceDocumentShape = z.object({
  schemaVersion: z.literal(SOURCE_DOCUMENT_SCHEMA_VERSION),
  submissionId: z.string().regex(/^[a-z0-9-]+$/),
  sourceSha256: z.string().regex(/^[0-9a-f]{64}$/),
  pages: z.array(SourcePage).min(1),
});

export const SourceDocument = SourceDocumentShape.superRefine((data, ctx) => {
  data.pages.forEach((page, index) => {
    if (page.number !== index + 1) {
      ctx.addIssue({ code: 'custom', path: ['pages', index, 'number'], message: `page ${index + 1} is numbered ${page.number}: pages must be numbered 1..N in order` });
    }
  });
});
export type SourceDocument = z.infer<typeof SourceDocument>;
