/**
 * The source document for the "Source" view: the submission's text page by page, letterhead
 * removed, each line marked with its kind and, when it is part of a recommendation, that
 * recommendation's id. Built from the same steps as the dataset (pages, blocks, structure)
 * and validated with the app's schema. Pure: same input, same output.
 */
import { SOURCE_DOCUMENT_SCHEMA_VERSION, SourceDocument, type SourceParagraph } from '../../src/domain/sourceDocument.ts';
import { readBlocks, type Block } from './blocks.ts';
import { splitPages } from './pages.ts';
import { buildStructure } from './structure.ts';

export class SourceDocumentError extends Error {
  constructor(readonly issues: readonly string[]) {
    super(`the source document does not validate:\n${issues.map((issue) => `  - ${issue}`).join('\n')}`);
    this.name = 'SourceDocumentError';
  }
}

/** The kind a block's own (first) line is shown as. */
function kindOf(block: Block, inBody: boolean): SourceParagraph['kind'] {
  switch (block.kind) {
    case 'pillar':
    case 'chapter':
    case 'section':
      // A numbered line in the cover letter is not a chapter (see structure.ts).
      return inBody ? 'heading' : 'paragraph';
    case 'bullet':
      return 'bullet';
    case 'paragraph':
    case 'date':
      return 'paragraph';
  }
}

export function buildSourceDocument(source: string, sha256: string, submissionId: string): SourceDocument {
  const pages = splitPages(source);
  const blocks = readBlocks(pages);
  const structure = buildStructure(blocks, pages.length);

  const blockAt = new Map(blocks.map((block) => [block.lineNumber, block]));
  /** Lines that continue a bullet or paragraph from the previous page. */
  const continuations = new Set(
    blocks.flatMap((block) => (block.kind === 'bullet' || block.kind === 'paragraph' ? block.lineNumbers.slice(1) : [])),
  );
  const recommendationAt = new Map(structure.recommendations.flatMap((rec) => rec.lineNumbers.map((line) => [line, rec.id] as const)));
  const bodyStart = blocks.find((block) => block.kind === 'pillar')?.lineNumber ?? Infinity;

  const document = {
    schemaVersion: SOURCE_DOCUMENT_SCHEMA_VERSION,
    submissionId,
    sourceSha256: sha256,
    pages: pages.map((page) => ({
      number: page.number,
      paragraphs: page.lines
        .filter((line) => line.text.trim() !== '')
        .map((line): SourceParagraph => {
          const text = line.text.trim();
          const block = blockAt.get(line.lineNumber);
          let paragraph: SourceParagraph;
          if (block) {
            const kind = kindOf(block, line.lineNumber >= bodyStart);
            if (kind === 'bullet' && !text.startsWith('- ')) throw new SourceDocumentError([`line ${line.lineNumber}: a bullet without its "- " marker`]);
            paragraph = { text: kind === 'bullet' ? text.slice(2) : text, kind };
          } else if (continuations.has(line.lineNumber)) {
            paragraph = { text, kind: 'paragraph' };
          } else {
            throw new SourceDocumentError([`line ${line.lineNumber}: "${text.slice(0, 30)}" belongs to no block`]);
          }
          const recommendationId = recommendationAt.get(line.lineNumber);
          return recommendationId === undefined ? paragraph : { ...paragraph, recommendationId };
        }),
    })),
  };

  // The view highlights a recommendation by its lines: they must spell out exactly its text
  // (a run-on joined with a space between two Latin words would not).
  const issues: string[] = [];
  for (const rec of structure.recommendations) {
    const joined = document.pages
      .flatMap((page) => page.paragraphs)
      .filter((paragraph) => paragraph.recommendationId === rec.id)
      .map((paragraph) => paragraph.text)
      .join('');
    if (joined !== rec.text) issues.push(`${rec.id}: its lines join to "${joined}", not to its text "${rec.text}"`);
  }
  const parsed = SourceDocument.safeParse(document);
  if (!parsed.success) issues.push(...parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`));
  if (!parsed.success || issues.length > 0) throw new SourceDocumentError(issues);
  return parsed.data;
}

/** The bytes written to disk: stable key order (construction order), two-space indent, final newline. */
export const serializeSourceDocument = (document: SourceDocument): string => `${JSON.stringify(document, null, 2)}\n`;
