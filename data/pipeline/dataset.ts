/**
 * Step 4: assemble the dataset document from the parsed structure and validate it with
 * the app's own schema (zod + integrity rules). Pure: same input, same output.
 */
import { Dataset, SCHEMA_VERSION, type Localized } from '../../src/domain/dataset.ts';
import { buildStructure } from './structure.ts';
import { readBlocks } from './blocks.ts';
import { splitPages } from './pages.ts';

export const SUBMISSION_ID = 'fhki-2025-policy-address';

/** Source text only, until the translation pass supplies zh-Hans and en. */
const sourceText = (zhHant: string): Localized => ({ 'zh-Hant': zhHant });

export class ValidationError extends Error {
  constructor(readonly issues: readonly string[]) {
    super(`the dataset does not validate:\n${issues.map((issue) => `  - ${issue}`).join('\n')}`);
    this.name = 'ValidationError';
  }
}

export function buildDataset(source: string, sourceSha256: string): Dataset {
  const pages = splitPages(source);
  const structure = buildStructure(readBlocks(pages), pages.length);
  const document = {
    schemaVersion: SCHEMA_VERSION,
    submission: {
      id: SUBMISSION_ID,
      title: sourceText(structure.title),
      author: sourceText(structure.author),
      date: `${structure.date.year}-${String(structure.date.month).padStart(2, '0')}`,
      pages: structure.pages,
      sourceSha256,
    },
    pillars: structure.pillars.map((pillar) => ({ ...pillar, title: sourceText(pillar.title) })),
    chapters: structure.chapters.map((chapter) => ({ ...chapter, title: sourceText(chapter.title) })),
    sections: structure.sections.map(({ implicit, ...section }) => ({
      ...section,
      title: sourceText(section.title),
      ...(implicit ? { implicit } : {}),
    })),
    recommendations: structure.recommendations.map((rec) => ({
      id: rec.id,
      sectionId: rec.sectionId,
      page: rec.page,
      endPage: rec.endPage,
      kind: rec.kind,
      text: sourceText(rec.text),
      themes: [],
      addressees: [],
      places: [],
      action: null,
      schemeIds: [],
      askIds: [],
    })),
    themes: [],
    schemes: [],
    asks: [],
    addressees: [],
    places: [],
  };
  const parsed = Dataset.safeParse(document);
  if (!parsed.success) {
    throw new ValidationError(parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`));
  }
  return parsed.data;
}

/** The bytes written to disk: stable key order (construction order), two-space indent, final newline. */
export const serializeDataset = (dataset: Dataset): string => `${JSON.stringify(dataset, null, 2)}\n`;
