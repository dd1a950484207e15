/**
 * The curated annotation files in data/annotations/ and their zod schemas. Registries
 * (themes, addressees, places, schemes) and one file per chapter, small enough to review
 * in a pull request. zh-Hans is never written by hand: the pipeline converts zh-Hant
 * with OpenCC, so registries carry zh-Hant and en only.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { z } from 'zod';
import { Ask } from '../../src/domain/dataset.ts';
import { Action, SchemeRequest } from '../../src/domain/vocabulary.ts';
import { finalAsksPasses, type FinalAsksPasses } from './asksPasses.ts';
import { finalFacets, readFacetVocabularies, type FacetEntry, type FacetLists } from './facets.ts';
import { finalResponses, ResponseDocumentFile, type ResponseEntry } from './responses.ts';

const NonEmpty = z.string().trim().min(1);
const Slug = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/);
/** Text we write ourselves: Traditional Chinese and English. */
export const SourceText = z.object({ 'zh-Hant': NonEmpty, en: NonEmpty }).strict();
/** The English of a text whose zh-Hant is the submission's own. */
export const English = z.object({ en: NonEmpty }).strict();

export const ThemeEntry = z.object({ id: Slug, label: SourceText, rule: SourceText }).strict();
export const AddresseeEntry = z.object({ id: Slug, label: SourceText }).strict();
export const PlaceEntry = z.object({ id: Slug, parentId: Slug.optional(), label: SourceText }).strict();
export const SchemeEntry = z
  .object({
    id: Slug,
    parentId: Slug.optional(),
    name: SourceText,
    administrator: SourceText,
    /** Whether `name.en` is the Government's own English name (else our rendering; see methodology). */
    officialEnglish: z.boolean(),
  })
  .strict();

/** An ask as the annotator writes it: the dataset's Ask without the ids the pipeline assigns. */
export const AskAnnotation = Ask.pick({ role: true, kind: true, direction: true, schemeId: true, quote: true, from: true, to: true, value: true, unit: true, currency: true, date: true })
  .extend({ label: SourceText })
  .strict();
export type AskAnnotation = z.infer<typeof AskAnnotation>;

export const RecommendationAnnotation = z
  .object({
    en: NonEmpty,
    /** A paragraph that frames its section's asks without asking anything (methodology, Part 4). */
    framing: z.literal(true).optional(),
    themes: z.array(Slug).min(1).max(3),
    addressees: z.array(Slug).min(1),
    places: z.array(Slug),
    action: Action,
    schemes: z.array(z.object({ id: Slug, request: SchemeRequest }).strict()),
    asks: z.array(AskAnnotation),
  })
  .strict();
export type RecommendationAnnotation = z.infer<typeof RecommendationAnnotation>;

export const ChapterFile = z
  .object({
    chapter: z.number().int().min(1),
    title: English,
    sections: z.record(
      z.string(),
      z.object({ title: English.optional(), lead: English.optional(), leadAsks: z.array(AskAnnotation).optional() }).strict(),
    ),
    recommendations: z.record(z.string(), RecommendationAnnotation),
  })
  .strict();
export type ChapterFile = z.infer<typeof ChapterFile>;

export const SubmissionFile = z
  .object({ title: English, author: English, pillars: z.record(z.string(), English) })
  .strict();

export interface Annotations {
  submission: z.infer<typeof SubmissionFile>;
  themes: z.infer<typeof ThemeEntry>[];
  /** The facets' vocabularies and each recommendation's final values (facets.ts). */
  facets: { levers: FacetEntry[]; industries: FacetEntry[]; values: Map<string, FacetLists>; problems: string[] };
  /** Asks without a number, repeated asks and urgency, from their passes (asksPasses.ts). */
  asksPasses: FinalAsksPasses;
  /** The response document and each recommendation's response (responses.ts); absent before the Government answers. */
  responses?: { document: ResponseDocumentFile; values: Map<string, ResponseEntry>; problems: string[] };
  addressees: z.infer<typeof AddresseeEntry>[];
  places: z.infer<typeof PlaceEntry>[];
  schemes: z.infer<typeof SchemeEntry>[];
  chapters: ChapterFile[];
}

export class AnnotationFileError extends Error {
  constructor(file: string, issues: readonly z.core.$ZodIssue[]) {
    super(`${file} is not valid:\n${issues.map((issue) => `  - ${issue.path.join('.') || '(file)'}: ${issue.message}`).join('\n')}`);
    this.name = 'AnnotationFileError';
  }
}

function readJson<T>(directory: string, name: string, schema: z.ZodType<T>): T {
  const path = `${directory}/${name}`;
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    throw new Error(`${path}: ${error instanceof Error ? error.message : String(error)}`);
  }
  const parsed = schema.safeParse(json);
  if (!parsed.success) throw new AnnotationFileError(path, parsed.error.issues);
  return parsed.data;
}

/** Reads every annotation file; `chapterNumbers` limits which chapter files are read. */
export function readAnnotations(directory: string, chapterNumbers?: readonly number[]): Annotations {
  const chapterFiles = readdirSync(`${directory}/chapters`)
    .filter((name) => /^\d{2}\.json$/.test(name))
    .filter((name) => !chapterNumbers || chapterNumbers.includes(Number(name.slice(0, 2))))
    .sort();
  return {
    submission: readJson(directory, 'submission.json', SubmissionFile),
    themes: readJson(directory, 'themes.json', z.array(ThemeEntry)),
    facets: { ...readFacetVocabularies(directory), ...finalFacets(directory) },
    asksPasses: finalAsksPasses(directory),
    ...(existsSync(`${directory}/response-document.json`)
      ? { responses: { document: readJson(directory, 'response-document.json', ResponseDocumentFile), ...finalResponses(directory) } }
      : {}),
    addressees: readJson(directory, 'addressees.json', z.array(AddresseeEntry)),
    places: readJson(directory, 'places.json', z.array(PlaceEntry)),
    schemes: readJson(directory, 'schemes.json', z.array(SchemeEntry)),
    chapters: chapterFiles.map((name) => readJson(`${directory}/chapters`, name, ChapterFile)),
  };
}
