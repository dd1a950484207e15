/**
 * Step 6: assemble the dataset document from the structure and the annotations, and
 * validate it with the app's own schema (zod + integrity rules). Pure: same input, same output.
 * It is written as two documents, the core and the texts (`serializeDatasetFiles`).
 */
import { createHash } from 'node:crypto';
import { Dataset, SCHEMA_VERSION, type Response } from '../../src/domain/dataset.ts';
import { splitDataset } from '../../src/domain/datasetTexts.ts';
import { annotate, AnnotationError, localized, toZhHans } from './annotate.ts';
import type { Annotations } from './annotationFiles.ts';
import { readBlocks } from './blocks.ts';
import { splitPages } from './pages.ts';
import type { ParsedAddress } from './policyAddress.ts';
import { toResponse } from './responses.ts';
import { buildStructure, type ParsedStructure } from './structure.ts';

/** The response document's texts, parsed, with the sha256 of the files they were read from. */
export interface ResponseSource {
  address: { 'zh-Hant': ParsedAddress; en: ParsedAddress };
  sha256: { 'zh-Hant': string; en: string };
}

export const SUBMISSION_ID = 'fhki-2025-policy-address';

export class ValidationError extends Error {
  constructor(readonly issues: readonly string[]) {
    super(`the dataset does not validate:\n${issues.map((issue) => `  - ${issue}`).join('\n')}`);
    this.name = 'ValidationError';
  }
}

/** A dataset's revision: the sha256 of everything in it but the revision, written in the core and the texts (and marked on the pre-rendered pages). */
export function datasetRevision(content: object): string {
  const rest: Record<string, unknown> = { ...content };
  delete rest.revision;
  return createHash('sha256').update(JSON.stringify(rest)).digest('hex');
}

/** Steps 1–3: the source text to its structure. */
export function parseSource(source: string): ParsedStructure {
  const pages = splitPages(source);
  return buildStructure(readBlocks(pages), pages.length);
}

export function buildDataset(source: string, sourceSha256: string, annotations: Annotations, responseSource?: ResponseSource): Dataset {
  const structure = parseSource(source);
  const parts = annotate(structure, annotations);
  const responses = new Map<string, Response>();
  const { responses: judged } = annotations;
  if (judged && responseSource) {
    const problems = [...judged.problems];
    for (const rec of structure.recommendations) {
      const entry = judged.values.get(rec.id);
      if (!entry) problems.push(`${rec.id}: no response (data/annotations/passes/response-*.json)`);
      else responses.set(rec.id, toResponse(rec.id, entry, responseSource.address, parts.asks, toZhHans, problems));
    }
    if (problems.length > 0) throw new AnnotationError(problems);
  } else if (judged || responseSource) {
    throw new AnnotationError(['the response annotations and the response document\'s text come together: one is missing']);
  }
  const { schemaVersion, ...content } = {
    schemaVersion: SCHEMA_VERSION,
    submission: {
      id: SUBMISSION_ID,
      title: parts.titles.submission,
      author: parts.titles.author,
      date: `${structure.date.year}-${String(structure.date.month).padStart(2, '0')}`,
      pages: structure.pages,
      sourceSha256,
    },
    pillars: structure.pillars.map((pillar) => ({ ...pillar, title: parts.titles.pillars.get(pillar.id)! })),
    chapters: structure.chapters.map((chapter) => ({ ...chapter, title: parts.titles.chapters.get(chapter.id)! })),
    sections: structure.sections.map(({ implicit, lead: _lead, ...section }) => ({
      ...section,
      title: parts.titles.sections.get(section.id)!,
      ...(implicit ? { implicit } : {}),
      ...(parts.leads.has(section.id) ? { lead: parts.leads.get(section.id)! } : {}),
    })),
    recommendations: structure.recommendations.map((rec) => {
      const annotated = parts.recommendations.get(rec.id)!;
      return {
        id: rec.id,
        sectionId: rec.sectionId,
        page: rec.page,
        endPage: rec.endPage,
        kind: rec.kind,
        text: annotated.text,
        themes: annotated.themes,
        levers: annotated.levers,
        industries: annotated.industries,
        addressees: annotated.addressees,
        places: annotated.places,
        action: annotated.action,
        schemeIds: annotated.schemeIds,
        askIds: annotated.askIds,
        ...(annotated.framing ? { framing: true } : {}),
        urgency: annotated.urgency,
        repeats: annotated.repeats,
        ...(responses.has(rec.id) ? { response: responses.get(rec.id)! } : {}),
      };
    }),
    themes: annotations.themes.map((theme) => ({
      id: theme.id,
      label: localized(theme.label['zh-Hant'], theme.label.en),
      rule: localized(theme.rule['zh-Hant'], theme.rule.en),
    })),
    ...Object.fromEntries(
      (['levers', 'industries'] as const).map((facet) => [
        facet,
        annotations.facets[facet].map((value) => ({ id: value.id, label: localized(value.label['zh-Hant'], value.label.en), rule: localized(value.rule['zh-Hant'], value.rule.en) })),
      ]),
    ) as Pick<Dataset, 'levers' | 'industries'>,
    schemes: annotations.schemes.map((scheme) => {
      const requests = parts.schemeRequests.get(scheme.id) ?? [];
      return {
        id: scheme.id,
        name: localized(scheme.name['zh-Hant'], scheme.name.en),
        administrator: localized(scheme.administrator['zh-Hant'], scheme.administrator.en),
        officialEnglish: scheme.officialEnglish,
        ...(scheme.parentId ? { parentId: scheme.parentId } : {}),
        recommendationIds: requests.map((request) => request.recommendationId),
        requests,
      };
    }),
    asks: parts.asks,
    addressees: annotations.addressees.map((entry) => ({ id: entry.id, label: localized(entry.label['zh-Hant'], entry.label.en) })),
    places: annotations.places.map((entry) => ({
      id: entry.id,
      label: localized(entry.label['zh-Hant'], entry.label.en),
      ...(entry.parentId ? { parentId: entry.parentId } : {}),
    })),
    ...(judged && responseSource
      ? {
          responseDocument: {
            id: judged.document.id,
            title: localized(judged.document.title['zh-Hant'], judged.document.title.en),
            delivered: judged.document.delivered,
            paragraphs: responseSource.address['zh-Hant'].paragraphs.length,
            scope: 'main-text' as const,
            attribution: localized(judged.document.attribution['zh-Hant'], judged.document.attribution.en),
            url: judged.document.url,
            sourceSha256: responseSource.sha256,
          },
        }
      : {}),
  };
  // The version of everything above, written in both documents so that they are only merged with each other.
  const revision = datasetRevision({ schemaVersion, ...content });
  const parsed = Dataset.safeParse({ schemaVersion, revision, ...content });
  if (!parsed.success) {
    throw new ValidationError(parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`));
  }
  return parsed.data;
}

/** The bytes written to disk: stable key order (construction order), two-space indent, final newline. */
export const serializeDataset = (dataset: unknown): string => `${JSON.stringify(dataset, null, 2)}\n`;

/** The two files of a dataset, as written: the core (`<id>.json`) and its texts (`<id>.texts.json`). */
export function serializeDatasetFiles(dataset: Dataset): { core: string; texts: string } {
  const { core, texts } = splitDataset(dataset);
  return { core: serializeDataset(core), texts: serializeDataset(texts) };
}
