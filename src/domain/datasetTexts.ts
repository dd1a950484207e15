/**
 * The dataset's long texts: a second document next to the core (`<id>.texts.json`,
 * `GET /v1/submissions/{id}/texts`), keyed by id. Each recommendation's words, the clause each
 * of its urgency words stands in, and its response's reason, quote and search terms; each
 * section's lead; the rule of each theme, kind of help and industry. The first screen shows
 * none of them, so it loads the core alone; the other views merge the two with `withTexts`
 * (docs/architecture.md). The pipeline writes both with `splitDataset`.
 *
 * The texts belong to one core: they carry its submission id and its `revision` (the sha256 of
 * the whole dataset as built), and `withTexts` refuses texts of another submission or version.
 *
 * Pure module: no React, no I/O.
 */
import { z } from './zod.ts';
import {
  DatasetCore,
  ID_PATTERNS,
  Localized,
  RecommendationId,
  Response,
  responseTextProblems,
  Revision,
  SCHEMA_VERSION,
  SectionId,
  Slug,
  Submission,
  UrgencyQuote,
  type Dataset,
  type FacetValue,
  type Theme,
} from './dataset.ts';

/**
 * A map from ids of the form `key` to `value`s. Written with `catchall` rather than `z.record`:
 * the record type's code would join the first screen's download (module by module, zod goes
 * where its first user is) though only the texts need it. The JSON Schema names the key form.
 */
function byId<T extends z.ZodType>(key: z.ZodString, pattern: RegExp, value: T) {
  return z
    .object({})
    .catchall(value)
    .superRefine((map, ctx) => {
      for (const id of Object.keys(map)) {
        const problem = key.safeParse(id).error?.issues[0];
        if (problem) ctx.addIssue({ code: 'custom', path: [id], message: `"${id}": ${problem.message}` });
      }
    })
    .meta({ propertyNames: { pattern: pattern.source } });
}

/** A recommendation's texts. */
export const RecommendationTexts = z.object({
  /** Its words: zh-Hant verbatim, zh-Hans converted, en translated. */
  text: Localized,
  /** The clause each of its urgency words stands in, in the order of the core's `urgency`; absent when it has none. */
  urgency: z.array(z.object({ quote: UrgencyQuote })).min(1).optional(),
  /** Its response's texts; present exactly when the core's recommendation has a `response`. */
  response: Response.pick({ reason: true, quote: true, searched: true }).optional(),
});
export type RecommendationTexts = z.infer<typeof RecommendationTexts>;

/** A theme's, a kind of help's or an industry's rule: what the annotators applied. */
const Rule = z.object({ rule: Localized });

export const DatasetTexts = z.object({
  schemaVersion: z.literal(SCHEMA_VERSION),
  /** The submission whose texts these are (the core's `submission.id`). */
  submissionId: Submission.shape.id,
  /** The core's `revision`: the texts are merged only with the core they were split from. */
  revision: Revision,
  /** By recommendation id: one entry per recommendation of the core. */
  recommendations: byId(RecommendationId, ID_PATTERNS.recommendation, RecommendationTexts),
  /** By section id: the sections that have a lead. */
  sections: byId(SectionId, ID_PATTERNS.section, z.object({ lead: Localized })),
  /** By id: one entry per theme, kind of help (levers) and industry of the core. */
  themes: byId(Slug, ID_PATTERNS.slug, Rule),
  levers: byId(Slug, ID_PATTERNS.slug, Rule),
  industries: byId(Slug, ID_PATTERNS.slug, Rule),
});
export type DatasetTexts = z.infer<typeof DatasetTexts>;

/** Where texts and core disagree: a dotted path in the texts document and what is wrong there. */
export interface TextsProblem {
  path: string;
  message: string;
}

/** Texts that cannot be merged with the core they were loaded with; `problems` says why. */
export class TextsMismatchError extends Error {
  constructor(readonly problems: readonly TextsProblem[]) {
    super(`the texts do not belong to the dataset: ${problems.slice(0, 3).map((problem) => `${problem.path}: ${problem.message}`).join('; ')}`);
    this.name = 'TextsMismatchError';
  }
}

/** The entry of `record` for `id`, if it has one of its own (never one of Object.prototype's). */
const own = <T>(record: Record<string, T>, id: string): T | undefined => (Object.hasOwn(record, id) ? record[id] : undefined);

/**
 * Why `texts` cannot be merged with `core`, or nothing. Whose texts they are (submission,
 * schema version, revision) is checked first, and alone: texts of another version match
 * nothing, and one line says so. Then every entry on both sides, and the rules that need the
 * texts (a verdict quotes the words that carry it; "not addressed" says what was searched for).
 */
export function textsProblems(core: DatasetCore, texts: DatasetTexts): TextsProblem[] {
  const problems: TextsProblem[] = [];
  const add = (path: string, message: string) => problems.push({ path, message });
  if (texts.submissionId !== core.submission.id) add('submissionId', `the texts are of "${texts.submissionId}", the dataset is "${core.submission.id}"`);
  if (texts.schemaVersion !== core.schemaVersion) add('schemaVersion', `the texts are of schema ${String(texts.schemaVersion)}, the dataset of ${String(core.schemaVersion)}`);
  if (texts.revision !== core.revision) add('revision', `the texts are of revision ${texts.revision.slice(0, 12)}…, the dataset is ${core.revision.slice(0, 12)}…: they were not built together`);
  if (problems.length > 0) return problems;

  const recommendationIds = new Set(core.recommendations.map((rec) => rec.id));
  for (const rec of core.recommendations) {
    const at = `recommendations.${rec.id}`;
    const entry = own(texts.recommendations, rec.id);
    if (!entry) {
      add(at, 'the recommendation has no texts');
      continue;
    }
    const quotes = entry.urgency?.length ?? 0;
    if (quotes !== rec.urgency.length) add(`${at}.urgency`, `${quotes} quotes for ${rec.urgency.length} urgency words`);
    if (rec.response && !entry.response) add(`${at}.response`, 'the response has no texts');
    else if (!rec.response && entry.response) add(`${at}.response`, 'texts of a response the recommendation does not have');
    else if (rec.response && entry.response && core.responseDocument) {
      for (const problem of responseTextProblems({ verdict: rec.response.verdict, ...entry.response })) add(`${at}.response.${problem.path.join('.')}`, problem.message);
    }
  }
  for (const id of Object.keys(texts.recommendations)) if (!recommendationIds.has(id)) add(`recommendations.${id}`, 'not one of the recommendations');
  const sectionIds = new Set(core.sections.map((section) => section.id));
  for (const id of Object.keys(texts.sections)) if (!sectionIds.has(id)) add(`sections.${id}`, 'not one of the sections');
  for (const list of ['themes', 'levers', 'industries'] as const) {
    const ids = new Set(core[list].map((value) => value.id));
    for (const id of ids) if (!own(texts[list], id)) add(`${list}.${id}`, 'no rule');
    for (const id of Object.keys(texts[list])) if (!ids.has(id)) add(`${list}.${id}`, `not one of the ${list}`);
  }
  return problems;
}

/**
 * The full dataset: the core with its texts put back where they stand in `Dataset`. Pure: the
 * arguments are not changed (the core stays cached for the first screen). Throws
 * `TextsMismatchError` when the texts are not the core's (`textsProblems`).
 */
export function withTexts(core: DatasetCore, texts: DatasetTexts): Dataset {
  const problems = textsProblems(core, texts);
  if (problems.length > 0) throw new TextsMismatchError(problems);
  const withRule = <T extends { id: string }>(list: Record<string, { rule: Localized }>, value: T) => ({ ...value, rule: list[value.id]!.rule });
  return {
    ...core,
    sections: core.sections.map((section) => {
      const lead = own(texts.sections, section.id)?.lead;
      return lead ? { ...section, lead } : section;
    }),
    recommendations: core.recommendations.map((rec) => {
      const entry = texts.recommendations[rec.id]!;
      const { response, ...rest } = rec;
      return {
        ...rest,
        text: entry.text,
        urgency: rec.urgency.map((mark, i) => ({ ...mark, quote: entry.urgency![i]!.quote })),
        ...(response && { response: { ...response, ...entry.response! } }),
      };
    }),
    themes: core.themes.map((theme): Theme => withRule(texts.themes, theme)),
    levers: core.levers.map((lever): FacetValue => withRule(texts.levers, lever)),
    industries: core.industries.map((industry): FacetValue => withRule(texts.industries, industry)),
  };
}

/**
 * The two documents of a full dataset (what the pipeline writes, what the mock API serves):
 * the core, parsed with its schema (which drops the texts and checks its rules), and the texts
 * by id. `withTexts(core, texts)` gives the dataset back.
 */
export function splitDataset(dataset: Dataset): { core: DatasetCore; texts: DatasetTexts } {
  const rules = (values: readonly { id: string; rule: Localized }[]) => Object.fromEntries(values.map((value) => [value.id, { rule: value.rule }]));
  const texts: DatasetTexts = {
    schemaVersion: dataset.schemaVersion,
    submissionId: dataset.submission.id,
    revision: dataset.revision,
    recommendations: Object.fromEntries(
      dataset.recommendations.map((rec): [string, RecommendationTexts] => [
        rec.id,
        {
          text: rec.text,
          ...(rec.urgency.length > 0 && { urgency: rec.urgency.map((mark) => ({ quote: mark.quote })) }),
          ...(rec.response && {
            response: {
              reason: rec.response.reason,
              ...(rec.response.quote && { quote: rec.response.quote }),
              ...(rec.response.searched && { searched: rec.response.searched }),
            },
          }),
        },
      ]),
    ),
    sections: Object.fromEntries(dataset.sections.flatMap((section) => (section.lead ? [[section.id, { lead: section.lead }]] : []))),
    themes: rules(dataset.themes),
    levers: rules(dataset.levers),
    industries: rules(dataset.industries),
  };
  return { core: DatasetCore.parse(dataset), texts };
}
