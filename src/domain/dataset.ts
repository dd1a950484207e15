/**
 * The dataset contract: one zod schema that the data pipeline, the static and REST
 * sources and the API mocks all parse with. Key names are binding (see docs/architecture.md).
 *
 * Pure module: no React, no I/O. Integrity rules that a JSON schema cannot express
 * (unique ids, references that resolve, pages inside the document) are part of the
 * schema through `superRefine`, so one `safeParse` answers "can this app read it?".
 *
 * The dataset is published as two documents (docs/api/README.md): the **core**
 * (`DatasetCore`, `<id>.json`: everything the first screen and the layout need) and the
 * **texts** (`DatasetTexts` in datasetTexts.ts, `<id>.texts.json`: the long texts, keyed by
 * id). `withTexts(core, texts)` merges them into the full `Dataset` below, which is what the
 * pipeline builds and most views read.
 */
import { ID_PATTERNS, LANGUAGES } from './constants.ts';
import { z } from './zod.ts';
import { Action, AskDirection, AskKind, AskOutcome, AskUnit, Confidence, SchemeRequest, UrgencySignal, Verdict } from './vocabulary.ts';

/**
 * 2: the `levers` and `industries` facets (docs/methodology.md, Part 3); asks with or without a
 * number, with a role and a direction; urgency and repeated asks; scheme umbrellas at any depth
 * and the official-English flag (Part 4).
 */
export const SCHEMA_VERSION = 2;

export { ID_PATTERNS, LANGUAGES, SOURCE_LANGUAGE } from './constants.ts';
export const Language = z.enum(LANGUAGES);
export type Language = z.infer<typeof Language>;

const NonEmpty = z.string().min(1);

/**
 * Text in the three languages. zh-Hant is the source (verbatim for the submission's own
 * words), zh-Hans is converted from it with OpenCC, en is a reviewed translation.
 */
export const Localized = z.object({
  'zh-Hant': NonEmpty,
  'zh-Hans': NonEmpty,
  en: NonEmpty,
});
export type Localized = z.infer<typeof Localized>;

export const PillarId = z.string().regex(/^P\d+$/, 'a pillar id looks like "P1"');
export const ChapterId = z.string().regex(/^C\d+$/, 'a chapter id looks like "C5"');
/** The source's own numbering: "5.2", or "14" for a chapter's bullets that have no section. */
export const SectionId = z.string().regex(ID_PATTERNS.section, 'a section id is the source number, e.g. "5.2"');
export const RecommendationId = z.string().regex(ID_PATTERNS.recommendation, 'a recommendation id looks like "R-5.2-1"');

const Page = z.number().int().min(1);

/**
 * This version of the dataset: the sha256 of the whole dataset (core and texts) as the pipeline
 * built it, written in both documents, so a texts file is only ever merged with the core it was
 * split from.
 */
export const Revision = z.string().regex(/^[0-9a-f]{64}$/, 'a revision is a sha256: 64 lower-case hex digits');

export const Submission = z.object({
  id: z.string().regex(ID_PATTERNS.submission),
  title: Localized,
  author: Localized,
  /** Year and month of the submission as printed at its end, ISO "YYYY-MM". */
  date: z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/),
  pages: Page,
  sourceSha256: z.string().regex(/^[0-9a-f]{64}$/),
});

export const Pillar = z.object({ id: PillarId, number: z.number().int().min(1), title: Localized });

export const Chapter = z.object({
  id: ChapterId,
  pillarId: PillarId,
  number: z.number().int().min(1),
  title: Localized,
  page: Page,
});

export const Section = z.object({
  id: SectionId,
  chapterId: ChapterId,
  number: SectionId,
  title: Localized,
  page: Page,
  /** True for the stand-in section that holds a chapter's own bullets (chapter 14). */
  implicit: z.boolean().optional(),
  /** The section's scene-setting paragraphs, which are not recommendations. */
  lead: Localized.optional(),
});

export const RecommendationKind = z.enum(['bullet', 'paragraph']);

/** A sub-item's letter in one language's own lettering: "i", "vi", "xii". */
const RomanItem = z.string().regex(/^[ivx]+$/, 'a sub-item is lettered in lower-case roman numerals, e.g. "vi"');

/** A paragraph of the response document, and the sub-item in it (lettered per language: ¶240 zh (vi) = en (v)). */
export const ResponseParagraph = z.object({
  number: z.number().int().min(1),
  item: z.object({ 'zh-Hant': RomanItem, en: RomanItem }).optional(),
});
export type ResponseParagraph = z.infer<typeof ResponseParagraph>;

/** What the Government's response did with a recommendation (docs/methodology.md, Part 5). */
export const Response = z.object({
  verdict: Verdict,
  /** The paragraphs that respond, the most relevant first; none when nothing responds. */
  paragraphs: z.array(ResponseParagraph),
  /** The words of the first paragraph that carry the verdict: zh-Hant and en are the Government's own, zh-Hans converted. */
  quote: Localized.optional(),
  /** One line: what was asked and what the response does. */
  reason: Localized,
  confidence: Confidence,
  /** For "not addressed": the terms searched for, so a reader can repeat the search. */
  searched: z.object({ 'zh-Hant': z.array(NonEmpty).min(1), en: z.array(NonEmpty).min(1) }).optional(),
  /** For each numeric ask of the recommendation: whether the response meets it, with the response's own figure. */
  numbers: z.array(z.object({ askId: NonEmpty, outcome: AskOutcome, figure: Localized.optional() })).optional(),
});
export type Response = z.infer<typeof Response>;

/** The document that answered the submission (the 2025 Policy Address); its text is a second, lazily loaded file. */
export const ResponseDocumentRef = z.object({
  id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/),
  title: Localized,
  /** The day it was delivered, ISO "YYYY-MM-DD". */
  delivered: z.string().regex(/^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/),
  /** How many numbered paragraphs it has (1 … paragraphs); their text is in the response text file. */
  paragraphs: z.number().int().min(1),
  /** What the verdicts were judged against: its main text only, never its Supplement. */
  scope: z.literal('main-text'),
  /** The publisher's terms of reuse, in three languages. */
  attribution: Localized,
  url: z.string().regex(/^https:\/\//),
  /** sha256 of the Government's files the text was read from, per language. */
  sourceSha256: z.object({ 'zh-Hant': z.string().regex(/^[0-9a-f]{64}$/), en: z.string().regex(/^[0-9a-f]{64}$/) }),
});
export type ResponseDocumentRef = z.infer<typeof ResponseDocumentRef>;

/** One of FHKI's urgency words in a recommendation (Part 4); the clause it stands in is its `quote`. */
export const UrgencyMark = z.object({ signal: UrgencySignal, word: NonEmpty });
/** The clause an urgency word stands in, in the source's script and converted. */
export const UrgencyQuote = z.object({ 'zh-Hant': NonEmpty, 'zh-Hans': NonEmpty });

export const Recommendation = z.object({
  id: RecommendationId,
  sectionId: SectionId,
  page: Page,
  endPage: Page,
  kind: RecommendationKind,
  text: Localized,
  themes: z.array(NonEmpty).min(1).max(3),
  /** What kind of help is asked (policy levers), the main one first. */
  levers: z.array(NonEmpty).min(1).max(3),
  /** Who benefits (industries), the main one first; `all-industries` alone when general. */
  industries: z.array(NonEmpty).min(1).max(3),
  /** Who is asked to act; at least the HKSAR Government when nobody else is named. */
  addressees: z.array(NonEmpty).min(1),
  /** Where the ask applies; empty when it is simply Hong Kong-wide. */
  places: z.array(NonEmpty),
  action: Action,
  schemeIds: z.array(NonEmpty),
  askIds: z.array(NonEmpty),
  /** True for a paragraph that frames its section's asks without asking anything itself (10.1, 7.2). */
  framing: z.boolean().optional(),
  /** FHKI's urgency words in this text, each with the clause it stands in (Part 4). */
  urgency: z.array(UrgencyMark.extend({ quote: UrgencyQuote })),
  /** Other recommendations, in other sections, that make the same ask (Part 4). */
  repeats: z.array(RecommendationId),
  /** What the response document did with it; present exactly when the dataset has a `responseDocument`. */
  response: Response.optional(),
});

export const Slug = z.string().regex(ID_PATTERNS.slug, 'an id is a lower-case slug, e.g. "bud-fund"');

export const Theme = z.object({ id: Slug, label: Localized, rule: Localized });
/** A value of a facet (a lever, an industry): its name and the rule the annotators applied. */
export const FacetValue = z.object({ id: Slug, label: Localized, rule: Localized });
export const Scheme = z.object({
  id: Slug,
  name: Localized,
  administrator: Localized,
  /** Whether `name.en` is the Government's own English name; false: our translation. */
  officialEnglish: z.boolean(),
  /** The umbrella scheme this one is part of (Easy BUD is part of the BUD Fund; NIFS of the ITF). */
  parentId: Slug.optional(),
  recommendationIds: z.array(RecommendationId),
  /** What each of those recommendations asks of the scheme. */
  requests: z.array(z.object({ recommendationId: RecommendationId, request: SchemeRequest })),
});
export const Ask = z.object({
  id: z.string().regex(/^A-/, 'an ask id starts with "A-"'),
  recommendationId: RecommendationId,
  sectionId: SectionId,
  /** Where the quote stands: in the recommendation's text, or in its section's lead. */
  source: z.enum(['recommendation', 'lead']),
  /** `ask`: a quantity the submission wants set or changed; `background`: a figure cited to make the case. */
  role: z.enum(['ask', 'background']),
  kind: AskKind,
  /** Which way the ask moves the quantity (asks only). */
  direction: z.optional(AskDirection),
  /** The registry scheme the quantity belongs to (the BUD Fund's cap). */
  schemeId: Slug.optional(),
  /** What the number is, in a few words ("Duty-free threshold for small parcels"). */
  label: Localized,
  /** The exact words of the source that state the number. */
  quote: NonEmpty,
  from: z.number().optional(),
  to: z.number().optional(),
  /** null: asked for without a number ("raise the cap"). */
  value: z.number().nullable().optional(),
  unit: z.optional(AskUnit),
  currency: z.enum(['HKD', 'CNY', 'USD']).optional(),
  /** "2028", "2026-09", or an academic year "2029/30". */
  date: z.string().regex(/^\d{4}(-(0[1-9]|1[0-2])|\/\d{2})?$/).optional(),
});
export const Addressee = z.object({ id: Slug, label: Localized });
export const Place = z.object({ id: Slug, label: Localized, parentId: Slug.optional() });

const DatasetShape = z.object({
  schemaVersion: z.literal(SCHEMA_VERSION),
  revision: Revision,
  submission: Submission,
  pillars: z.array(Pillar).min(1),
  chapters: z.array(Chapter).min(1),
  sections: z.array(Section).min(1),
  recommendations: z.array(Recommendation).min(1),
  themes: z.array(Theme),
  levers: z.array(FacetValue),
  industries: z.array(FacetValue),
  schemes: z.array(Scheme),
  asks: z.array(Ask),
  addressees: z.array(Addressee),
  places: z.array(Place),
  /** Absent while the Government has not answered (the API may serve such a submission). */
  responseDocument: ResponseDocumentRef.optional(),
});

/*
 * The core: the dataset without its long texts (the recommendations' words, the urgency
 * clauses, the response's reason, quote and search terms, the sections' leads, the rules of
 * the themes and facets). The first screen reads nothing else; datasetTexts.ts holds the rest.
 */
export const SectionCore = Section.omit({ lead: true });
export const ResponseCore = Response.omit({ quote: true, reason: true, searched: true });
export const RecommendationCore = Recommendation.omit({ text: true }).extend({ urgency: z.array(UrgencyMark), response: ResponseCore.optional() });
export const ThemeCore = Theme.omit({ rule: true });
export const FacetValueCore = FacetValue.omit({ rule: true });

const DatasetCoreShape = DatasetShape.extend({
  sections: z.array(SectionCore).min(1),
  recommendations: z.array(RecommendationCore).min(1),
  themes: z.array(ThemeCore),
  levers: z.array(FacetValueCore),
  industries: z.array(FacetValueCore),
});

type DatasetCoreShape = z.infer<typeof DatasetCoreShape>;
type RecommendationCoreShape = z.infer<typeof RecommendationCore>;
/** What the integrity rules read: the core's fields, the recommendations as given (core or full). */
type IntegrityInput<R extends RecommendationCoreShape> = Omit<DatasetCoreShape, 'recommendations'> & { recommendations: R[] };
type Problem = { path: (string | number)[]; message: string };

interface IdList {
  readonly name: keyof DatasetCoreShape;
  readonly items: readonly { id: string }[];
}

function addDuplicateIdIssues(ctx: z.RefinementCtx, list: IdList): Set<string> {
  const seen = new Set<string>();
  list.items.forEach((item, index) => {
    if (seen.has(item.id)) {
      ctx.addIssue({ code: 'custom', path: [list.name, index, 'id'], message: `duplicate id "${item.id}"` });
    }
    seen.add(item.id);
  });
  return seen;
}

/**
 * The integrity rules. Those that read only the core's fields always run; `textRules`, given the
 * full dataset, adds the rules about its texts (a verdict quotes the words that carry it, "not
 * addressed" says what was searched for), reported where they stood before the split.
 */
function checkIntegrity<R extends RecommendationCoreShape>(data: IntegrityInput<R>, ctx: z.RefinementCtx, textRules?: (rec: R) => Problem[]): void {
  const ids = {
    pillars: addDuplicateIdIssues(ctx, { name: 'pillars', items: data.pillars }),
    chapters: addDuplicateIdIssues(ctx, { name: 'chapters', items: data.chapters }),
    sections: addDuplicateIdIssues(ctx, { name: 'sections', items: data.sections }),
    recommendations: addDuplicateIdIssues(ctx, { name: 'recommendations', items: data.recommendations }),
    themes: addDuplicateIdIssues(ctx, { name: 'themes', items: data.themes }),
    levers: addDuplicateIdIssues(ctx, { name: 'levers', items: data.levers }),
    industries: addDuplicateIdIssues(ctx, { name: 'industries', items: data.industries }),
    schemes: addDuplicateIdIssues(ctx, { name: 'schemes', items: data.schemes }),
    asks: addDuplicateIdIssues(ctx, { name: 'asks', items: data.asks }),
    addressees: addDuplicateIdIssues(ctx, { name: 'addressees', items: data.addressees }),
    places: addDuplicateIdIssues(ctx, { name: 'places', items: data.places }),
  };
  const lastPage = data.submission.pages;

  const resolve = (target: keyof typeof ids, id: string, path: (string | number)[]) => {
    if (!ids[target].has(id)) ctx.addIssue({ code: 'custom', path, message: `"${id}" is not one of the ${target}` });
  };
  const pageInside = (page: number, path: (string | number)[]) => {
    if (page > lastPage) ctx.addIssue({ code: 'custom', path, message: `page ${page} is after the last page (${lastPage})` });
  };

  data.chapters.forEach((chapter, i) => {
    resolve('pillars', chapter.pillarId, ['chapters', i, 'pillarId']);
    pageInside(chapter.page, ['chapters', i, 'page']);
  });
  data.sections.forEach((section, i) => {
    resolve('chapters', section.chapterId, ['sections', i, 'chapterId']);
    if (section.number !== section.id) ctx.addIssue({ code: 'custom', path: ['sections', i, 'number'], message: `number "${section.number}" differs from id "${section.id}"` });
    pageInside(section.page, ['sections', i, 'page']);
  });
  data.recommendations.forEach((rec, i) => {
    const at = (...rest: (string | number)[]) => ['recommendations', i, ...rest];
    resolve('sections', rec.sectionId, at('sectionId'));
    if (!rec.id.startsWith(`R-${rec.sectionId}-`)) ctx.addIssue({ code: 'custom', path: at('id'), message: `id "${rec.id}" does not belong to section "${rec.sectionId}"` });
    pageInside(rec.page, at('page'));
    pageInside(rec.endPage, at('endPage'));
    if (rec.endPage < rec.page) ctx.addIssue({ code: 'custom', path: at('endPage'), message: 'endPage is before page' });
    // A list names each thing once: a repeat would be counted twice by every chart.
    for (const list of ['themes', 'levers', 'industries', 'addressees', 'places', 'schemeIds', 'askIds'] as const) {
      rec[list].forEach((id, j) => {
        if (rec[list].indexOf(id) !== j) ctx.addIssue({ code: 'custom', path: at(list, j), message: `"${id}" is listed twice` });
      });
    }
    rec.themes.forEach((id, j) => resolve('themes', id, at('themes', j)));
    rec.levers.forEach((id, j) => resolve('levers', id, at('levers', j)));
    rec.industries.forEach((id, j) => resolve('industries', id, at('industries', j)));
    rec.addressees.forEach((id, j) => resolve('addressees', id, at('addressees', j)));
    rec.places.forEach((id, j) => resolve('places', id, at('places', j)));
    rec.schemeIds.forEach((id, j) => resolve('schemes', id, at('schemeIds', j)));
    rec.askIds.forEach((id, j) => resolve('asks', id, at('askIds', j)));
  });
  // Links stored on both sides must agree, or a chart and a drill-down would disagree.
  const recsById = new Map(data.recommendations.map((rec) => [rec.id, rec]));
  data.schemes.forEach((scheme, i) =>
    scheme.recommendationIds.forEach((id, j) => {
      resolve('recommendations', id, ['schemes', i, 'recommendationIds', j]);
      const rec = recsById.get(id);
      if (rec && !rec.schemeIds.includes(scheme.id)) ctx.addIssue({ code: 'custom', path: ['schemes', i, 'recommendationIds', j], message: `"${id}" does not list scheme "${scheme.id}" in its schemeIds` });
    }),
  );
  const schemeParents = new Map(data.schemes.map((scheme) => [scheme.id, scheme.parentId]));
  const schemeChildren = new Set(data.schemes.flatMap((scheme) => (scheme.parentId === undefined ? [] : [scheme.parentId])));
  data.schemes.forEach((scheme, i) => {
    if (scheme.parentId !== undefined) {
      resolve('schemes', scheme.parentId, ['schemes', i, 'parentId']);
      // Umbrellas nest (the ITF over the New Industrialisation programme over NIFS), but never in a loop.
      const seen = new Set([scheme.id]);
      for (let parent: string | undefined = scheme.parentId; parent !== undefined; parent = schemeParents.get(parent)) {
        if (seen.has(parent)) {
          ctx.addIssue({ code: 'custom', path: ['schemes', i, 'parentId'], message: `"${scheme.id}" is inside itself (a loop of parents)` });
          break;
        }
        seen.add(parent);
      }
    }
    // A scheme no recommendation names is only there as an umbrella of one that is.
    if (scheme.recommendationIds.length === 0 && !schemeChildren.has(scheme.id)) ctx.addIssue({ code: 'custom', path: ['schemes', i, 'recommendationIds'], message: `no recommendation names "${scheme.id}" and it is no umbrella` });
    scheme.recommendationIds.forEach((id, j) => {
      if (scheme.recommendationIds.indexOf(id) !== j) ctx.addIssue({ code: 'custom', path: ['schemes', i, 'recommendationIds', j], message: `"${id}" is listed twice` });
    });
    // Exactly one request per listed recommendation: the charts count recommendations, the cards show the request.
    scheme.requests.forEach((request, j) => {
      const path = ['schemes', i, 'requests', j, 'recommendationId'];
      if (!scheme.recommendationIds.includes(request.recommendationId)) ctx.addIssue({ code: 'custom', path, message: `"${request.recommendationId}" is not in this scheme's recommendationIds` });
      else if (scheme.requests.findIndex((other) => other.recommendationId === request.recommendationId) !== j) ctx.addIssue({ code: 'custom', path, message: `"${request.recommendationId}" has more than one request` });
    });
    const requested = new Set(scheme.requests.map((request) => request.recommendationId));
    scheme.recommendationIds.forEach((id, j) => {
      if (!requested.has(id)) ctx.addIssue({ code: 'custom', path: ['schemes', i, 'recommendationIds', j], message: `"${id}" has no request` });
    });
  });
  data.places.forEach((place, i) => {
    if (place.parentId !== undefined) resolve('places', place.parentId, ['places', i, 'parentId']);
  });
  data.asks.forEach((ask, i) => {
    resolve('recommendations', ask.recommendationId, ['asks', i, 'recommendationId']);
    resolve('sections', ask.sectionId, ['asks', i, 'sectionId']);
    const rec = recsById.get(ask.recommendationId);
    if (rec && rec.sectionId !== ask.sectionId) ctx.addIssue({ code: 'custom', path: ['asks', i, 'sectionId'], message: `"${ask.recommendationId}" is not in section "${ask.sectionId}"` });
    // A figure from a section's lead belongs to the section; its recommendation does not list it.
    if (rec && ask.source === 'recommendation' && !rec.askIds.includes(ask.id)) ctx.addIssue({ code: 'custom', path: ['asks', i, 'recommendationId'], message: `"${ask.recommendationId}" does not list ask "${ask.id}" in its askIds` });
    for (const { field, message } of askProblems(ask)) ctx.addIssue({ code: 'custom', path: field === undefined ? ['asks', i] : ['asks', i, field], message });
    if (ask.schemeId !== undefined) resolve('schemes', ask.schemeId, ['asks', i, 'schemeId']);
  });
  const schemesById = new Map(data.schemes.map((scheme) => [scheme.id, scheme]));
  const asksById = new Map(data.asks.map((ask) => [ask.id, ask]));
  data.recommendations.forEach((rec, i) => {
    const problems = responseProblems(rec, data.responseDocument);
    // Without a response document a response is wrong as a whole; its texts are not checked.
    if (textRules && data.responseDocument && rec.response) problems.push(...textRules(rec));
    for (const { path, message } of problems) ctx.addIssue({ code: 'custom', path: ['recommendations', i, 'response', ...path], message });
    rec.response?.numbers?.forEach((number, j) => {
      const ask = asksById.get(number.askId);
      if (!ask || ask.recommendationId !== rec.id) ctx.addIssue({ code: 'custom', path: ['recommendations', i, 'response', 'numbers', j, 'askId'], message: `"${number.askId}" is not an ask of "${rec.id}"` });
    });
    rec.schemeIds.forEach((id, j) => {
      const scheme = schemesById.get(id);
      if (scheme && !scheme.recommendationIds.includes(rec.id)) ctx.addIssue({ code: 'custom', path: ['recommendations', i, 'schemeIds', j], message: `scheme "${id}" does not list "${rec.id}"` });
    });
    rec.repeats.forEach((id, j) => {
      const other = recsById.get(id);
      const path = ['recommendations', i, 'repeats', j];
      if (!other) ctx.addIssue({ code: 'custom', path, message: `"${id}" is not one of the recommendations` });
      else if (other.sectionId === rec.sectionId) ctx.addIssue({ code: 'custom', path, message: `"${id}" is in the same section: a repeat is made in another place` });
      else if (!other.repeats.includes(rec.id)) ctx.addIssue({ code: 'custom', path, message: `"${id}" does not list "${rec.id}" back` });
    });
    rec.askIds.forEach((id, j) => {
      const ask = asksById.get(id);
      if (ask && ask.source === 'lead') ctx.addIssue({ code: 'custom', path: ['recommendations', i, 'askIds', j], message: `ask "${id}" is a figure of section ${ask.sectionId}'s lead, not of this text` });
      else if (ask && ask.recommendationId !== rec.id) ctx.addIssue({ code: 'custom', path: ['recommendations', i, 'askIds', j], message: `ask "${id}" belongs to "${ask.recommendationId}"` });
    });
  });
}

/**
 * What is wrong with a recommendation's response on its own, given the response document (if
 * any), as far as the core shows (its texts: `responseTextProblems`). Paths are below `response`.
 */
export function responseProblems(rec: { response?: z.infer<typeof ResponseCore> | undefined }, document: ResponseDocumentRef | undefined): Problem[] {
  const problems: Problem[] = [];
  const response = rec.response;
  if (!document) {
    if (response) problems.push({ path: [], message: 'a response without a responseDocument' });
    return problems;
  }
  if (!response) return [{ path: [], message: `no response, though the dataset has the response document "${document.id}"` }];
  response.paragraphs.forEach((paragraph, j) => {
    if (paragraph.number > document.paragraphs) problems.push({ path: ['paragraphs', j, 'number'], message: `paragraph ${paragraph.number} is after the last (${document.paragraphs})` });
  });
  if (response.verdict === 'not-addressed') {
    if (response.paragraphs.length > 0) problems.push({ path: ['paragraphs'], message: 'nothing responds: "not addressed" cites no paragraph' });
  } else if (response.paragraphs.length === 0) {
    problems.push({ path: ['paragraphs'], message: `a "${response.verdict}" verdict cites the paragraph that responds` });
  }
  return problems;
}

/** What is wrong with a response's texts given its verdict (the rules that need the texts file). Paths are below `response`. */
export function responseTextProblems(response: Pick<Response, 'verdict' | 'quote' | 'searched'>): Problem[] {
  const problems: Problem[] = [];
  if (response.verdict === 'not-addressed') {
    if (response.quote) problems.push({ path: ['quote'], message: 'nothing responds: "not addressed" quotes nothing' });
    if (!response.searched) problems.push({ path: ['searched'], message: '"not addressed" says what was searched for' });
  } else if (!response.quote) {
    problems.push({ path: ['quote'], message: `a "${response.verdict}" verdict quotes the words that carry it` });
  }
  return problems;
}

/** What is wrong with one ask on its own, by field (the pipeline checks the annotations with the same rules). */
export function askProblems(ask: z.infer<typeof Ask>): { field: keyof z.infer<typeof Ask> | undefined; message: string }[] {
  const problems: { field: keyof z.infer<typeof Ask> | undefined; message: string }[] = [];
  const add = (field: keyof z.infer<typeof Ask> | undefined, message: string) => problems.push({ field, message });
  const numbers = ask.from !== undefined || ask.to !== undefined || ask.date !== undefined;
  if (ask.role === 'ask' && ask.direction === undefined) add('direction', 'an ask needs a direction');
  if (ask.role === 'background' && ask.direction !== undefined) add('direction', 'a background figure has no direction');
  if ((ask.kind === 'event' || ask.kind === 'gap') && ask.role !== 'background') add('kind', `a figure of kind ${ask.kind} is background, never an ask`);
  if (ask.value === null) {
    if (ask.role !== 'ask') add('value', 'a figure without a number can only be an ask');
    if (numbers) add('value', 'an ask without a number has no from, to or date');
  } else {
    if (ask.value === undefined && !numbers) add(undefined, 'a figure needs a value, from/to, or a date (value null for an ask without a number)');
    if (ask.unit === undefined) add('unit', 'a figure needs its unit');
  }
  if (ask.unit === 'money' && ask.value !== null && ask.currency === undefined) add('currency', 'an amount of money needs its currency');
  return problems;
}

/** The full dataset: the core with its texts, every integrity rule checked (what the pipeline builds, `withTexts` returns). */
export const Dataset = DatasetShape.superRefine((data, ctx) => checkIntegrity(data, ctx, (rec) => responseTextProblems(rec.response!)));
export type Dataset = z.infer<typeof Dataset>;
/** The core document (`<id>.json`, `GET /v1/submissions/{id}`), with every rule it can check alone. */
export const DatasetCore = DatasetCoreShape.superRefine((data, ctx) => checkIntegrity(data, ctx));
export type DatasetCore = z.infer<typeof DatasetCore>;
export type RecommendationCore = z.infer<typeof RecommendationCore>;
export type SectionCore = z.infer<typeof SectionCore>;
export type ResponseCore = z.infer<typeof ResponseCore>;
export type ThemeCore = z.infer<typeof ThemeCore>;
export type FacetValueCore = z.infer<typeof FacetValueCore>;
/**
 * The core or the full dataset, its recommendations typed as given: a function of the core that
 * takes this returns the full recommendations when handed the full dataset (`selectOverview`).
 */
export type CoreWith<R extends RecommendationCore = RecommendationCore> = Omit<DatasetCore, 'recommendations'> & { recommendations: R[] };
export type Submission = z.infer<typeof Submission>;
export type Pillar = z.infer<typeof Pillar>;
export type Chapter = z.infer<typeof Chapter>;
export type Section = z.infer<typeof Section>;
export type Recommendation = z.infer<typeof Recommendation>;
export type RecommendationKind = z.infer<typeof RecommendationKind>;
export type Theme = z.infer<typeof Theme>;
export type FacetValue = z.infer<typeof FacetValue>;
export type Scheme = z.infer<typeof Scheme>;
export type Ask = z.infer<typeof Ask>;
export type Addressee = z.infer<typeof Addressee>;
export type Place = z.infer<typeof Place>;
