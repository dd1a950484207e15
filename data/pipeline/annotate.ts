/**
 * Step 5: join the parsed structure with the curated annotations. Every problem is
 * collected and reported together, each naming the recommendation, section or file it
 * concerns, so one run shows a reviewer everything that is wrong.
 */
import * as OpenCC from 'opencc-js';
import { askProblems, type Ask, type Localized, type Recommendation } from '../../src/domain/dataset.ts';
import type { Annotations, AskAnnotation, ChapterFile } from './annotationFiles.ts';
import { urgencyCandidates } from './emphasis.ts';
import { toMainlandUsage } from './mainlandTerms.ts';
import type { ParsedStructure } from './structure.ts';

/** Hong Kong Traditional → Mainland Simplified, with OpenCC's phrase conversion (hk2sp). */
const toSimplified = OpenCC.Converter({ from: 'hkp', to: 'cn' });

/** zh-Hant to zh-Hans as a Mainland reader writes it: OpenCC, then the Mainland dictionary. */
export const toZhHans = (zhHant: string): string => toMainlandUsage(toSimplified(zhHant));
/** The three languages of a text whose zh-Hant we have; zh-Hans is converted, then put in Mainland usage. */
export const localized = (zhHant: string, en: string): Localized => ({ 'zh-Hant': zhHant, 'zh-Hans': toZhHans(zhHant), en });

export class AnnotationError extends Error {
  constructor(readonly problems: readonly string[]) {
    super(`the annotations do not fit the submission (${problems.length} problems):\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'AnnotationError';
  }
}

/** A section's lead as stored: its paragraphs joined by newlines. */
export const joinParagraphs = (paragraphs: readonly string[]) => paragraphs.join('\n');

export interface AnnotatedParts {
  titles: { submission: Localized; author: Localized; pillars: Map<string, Localized>; chapters: Map<string, Localized>; sections: Map<string, Localized> };
  leads: Map<string, Localized>;
  recommendations: Map<string, Omit<Recommendation, 'id' | 'sectionId' | 'page' | 'endPage' | 'kind'>>;
  asks: Ask[];
  schemeRequests: Map<string, { recommendationId: string; request: ChapterFile['recommendations'][string]['schemes'][number]['request'] }[]>;
}

/**
 * Checks the annotations against the structure and returns the localized, annotated
 * parts. With `onlyChapters`, completeness is checked for those chapters alone (for
 * annotators working one chapter at a time); the full build checks every chapter.
 */
export function annotate(structure: ParsedStructure, annotations: Annotations, onlyChapters?: readonly number[]): AnnotatedParts {
  const problems: string[] = [];
  const inScope = (chapterNumber: number) => !onlyChapters || onlyChapters.includes(chapterNumber);
  const known = {
    themes: new Set(annotations.themes.map((t) => t.id)),
    levers: new Set(annotations.facets.levers.map((v) => v.id)),
    industries: new Set(annotations.facets.industries.map((v) => v.id)),
    addressees: new Set(annotations.addressees.map((a) => a.id)),
    places: new Set(annotations.places.map((p) => p.id)),
    schemes: new Set(annotations.schemes.map((s) => s.id)),
  };
  const chapterNumberOf = (chapterId: string) => Number(chapterId.slice(1));
  const sectionsById = new Map(structure.sections.map((s) => [s.id, s]));
  const recsBySection = new Map<string, ParsedStructure['recommendations']>();
  for (const rec of structure.recommendations) recsBySection.set(rec.sectionId, [...(recsBySection.get(rec.sectionId) ?? []), rec]);

  const parts: AnnotatedParts = {
    titles: {
      submission: localized(structure.title, annotations.submission.title.en),
      author: localized(structure.author, annotations.submission.author.en),
      pillars: new Map(),
      chapters: new Map(),
      sections: new Map(),
    },
    leads: new Map(),
    recommendations: new Map(),
    asks: [],
    schemeRequests: new Map(),
  };

  for (const pillar of structure.pillars) {
    const en = annotations.submission.pillars[pillar.id]?.en;
    if (en) parts.titles.pillars.set(pillar.id, localized(pillar.title, en));
    else problems.push(`submission.json: pillar ${pillar.id} has no English title`);
  }

  const files = new Map<number, ChapterFile>();
  for (const file of annotations.chapters) {
    if (files.has(file.chapter)) problems.push(`chapter ${file.chapter} is annotated in two files`);
    files.set(file.chapter, file);
  }

  const checkAsk = (ask: AskAnnotation, where: string, text: string) => {
    if (!text.includes(ask.quote)) problems.push(`${where}: the quote "${ask.quote}" is not in its text`);
    // The same rules as the dataset's, on the annotation as written (its label is checked by the file's schema).
    for (const problem of askProblems({ ...ask, id: 'A-check', recommendationId: 'R-0-1', sectionId: '0', source: 'recommendation', label: { 'zh-Hant': '-', 'zh-Hans': '-', en: '-' } }))
      problems.push(`${where}: ${problem.message}`);
    if (ask.schemeId !== undefined && !known.schemes.has(ask.schemeId)) problems.push(`${where}: unknown scheme "${ask.schemeId}"`);
  };
  const toAsk = (ask: AskAnnotation, id: string, recommendationId: string, sectionId: string, source: Ask['source']): Ask => {
    const { label, ...rest } = ask;
    return { id, recommendationId, sectionId, source, ...rest, label: localized(label['zh-Hant'], label.en) };
  };
  const passes = annotations.asksPasses;
  const candidatesFound = new Set<string>();

  for (const chapter of structure.chapters) {
    const number = chapterNumberOf(chapter.id);
    if (!inScope(number)) continue;
    const file = files.get(number);
    if (!file) {
      problems.push(`chapter ${number}: no annotation file (data/annotations/chapters/${String(number).padStart(2, '0')}.json)`);
      continue;
    }
    parts.titles.chapters.set(chapter.id, localized(chapter.title, file.title.en));

    for (const sectionId of Object.keys(file.sections)) {
      const section = sectionsById.get(sectionId);
      if (!section || section.chapterId !== chapter.id) problems.push(`chapter ${number}: section "${sectionId}" is not in this chapter`);
    }
    for (const recId of Object.keys(file.recommendations)) {
      const rec = structure.recommendations.find((r) => r.id === recId);
      if (!rec || sectionsById.get(rec.sectionId)?.chapterId !== chapter.id) problems.push(`chapter ${number}: "${recId}" is not a recommendation of this chapter`);
    }

    for (const section of structure.sections.filter((s) => s.chapterId === chapter.id)) {
      const entry = file.sections[section.id];
      if (section.implicit) parts.titles.sections.set(section.id, localized(section.title, file.title.en));
      else if (entry?.title) parts.titles.sections.set(section.id, localized(section.title, entry.title.en));
      else problems.push(`section ${section.id}: no English title`);

      const leadZh = joinParagraphs(section.lead);
      if (section.lead.length > 0) {
        if (!entry?.lead) problems.push(`section ${section.id}: no English for its lead`);
        else {
          const enParagraphs = entry.lead.en.split('\n').length;
          if (enParagraphs !== section.lead.length) problems.push(`section ${section.id}: the lead has ${section.lead.length} paragraph(s), its English ${enParagraphs}`);
          parts.leads.set(section.id, localized(leadZh, entry.lead.en));
        }
      } else if (entry?.lead) problems.push(`section ${section.id}: English lead given but the section has no lead`);

      const sectionRecs = recsBySection.get(section.id) ?? [];
      (entry?.leadAsks ?? []).forEach((ask, index) => {
        const where = `section ${section.id} lead ask ${index + 1}`;
        checkAsk(ask, where, leadZh);
        const first = sectionRecs[0];
        if (first) parts.asks.push(toAsk(ask, `A-${section.id}-lead-${index + 1}`, first.id, section.id, 'lead'));
      });

      for (const rec of sectionRecs) {
        const annotation = file.recommendations[rec.id];
        if (!annotation) {
          problems.push(`${rec.id}: no annotation`);
          continue;
        }
        const unknown = (kind: keyof typeof known, ids: readonly string[]) =>
          ids.filter((id) => !known[kind].has(id)).forEach((id) => problems.push(`${rec.id}: unknown ${kind.replace(/s$/, '')} "${id}"`));
        unknown('themes', annotation.themes);
        const facets = annotations.facets.values.get(rec.id);
        if (!facets) problems.push(`${rec.id}: no lever or industry (data/annotations/passes)`);
        unknown('levers', facets?.levers ?? []);
        unknown('industries', facets?.industries ?? []);
        unknown('addressees', annotation.addressees);
        unknown('places', annotation.places);
        unknown('schemes', annotation.schemes.map((s) => s.id));
        for (const list of ['themes', 'addressees', 'places'] as const) {
          if (new Set(annotation[list]).size !== annotation[list].length) problems.push(`${rec.id}: a repeated ${list.replace(/s$/, '')}`);
        }
        if (new Set(annotation.schemes.map((s) => s.id)).size !== annotation.schemes.length) problems.push(`${rec.id}: a repeated scheme`);

        // The figures of the chapter file, then the asks without a number from the passes.
        const unquantified = (passes.asks.get(rec.id) ?? []).map(({ label, ...ask }): AskAnnotation => ({ role: 'ask', ...ask, value: null, label }));
        if (!passes.asks.has(rec.id)) problems.push(`${rec.id}: not in the asks passes (data/annotations/passes/asks-*.json)`);
        const askIds = [...annotation.asks, ...unquantified].map((ask, index) => {
          const id = `A-${rec.id.slice(2)}-${index + 1}`;
          checkAsk(ask, `${rec.id} ask ${index + 1}`, rec.text);
          parts.asks.push(toAsk(ask, id, rec.id, section.id, 'recommendation'));
          return id;
        });
        const candidates = urgencyCandidates(rec.id, rec.text);
        candidates.forEach((candidate) => {
          candidatesFound.add(candidate.id);
          if (!passes.judgedCandidates.has(candidate.id)) problems.push(`${rec.id}: urgency word ${candidate.word} (${candidate.id}) was never judged`);
        });
        for (const { id, request } of annotation.schemes) {
          parts.schemeRequests.set(id, [...(parts.schemeRequests.get(id) ?? []), { recommendationId: rec.id, request }]);
        }
        parts.recommendations.set(rec.id, {
          text: localized(rec.text, annotation.en),
          themes: annotation.themes,
          levers: facets?.levers ?? [],
          industries: facets?.industries ?? [],
          addressees: annotation.addressees,
          places: annotation.places,
          action: annotation.action,
          schemeIds: annotation.schemes.map((s) => s.id),
          askIds,
          ...(annotation.framing ? { framing: true } : {}),
          urgency: candidates
            .filter((candidate) => passes.urgent.has(candidate.id))
            .map(({ signal, word, quote }) => ({ signal, word, quote: { 'zh-Hant': quote, 'zh-Hans': toZhHans(quote) } })),
          repeats: passes.repeats.get(rec.id) ?? [],
        });
      }
    }
  }

  if (!onlyChapters) {
    problems.push(...annotations.facets.problems, ...passes.problems);
    for (const id of passes.judgedCandidates) if (!candidatesFound.has(id)) problems.push(`urgency candidate ${id} was judged but is not in the text any more`);
    const umbrellas = new Set(annotations.schemes.flatMap((scheme) => (scheme.parentId ? [scheme.parentId] : [])));
    for (const scheme of annotations.schemes) {
      if (!parts.schemeRequests.has(scheme.id) && !umbrellas.has(scheme.id)) problems.push(`scheme "${scheme.id}": no recommendation refers to it, and it is no umbrella`);
      if (scheme.parentId && !known.schemes.has(scheme.parentId)) problems.push(`scheme "${scheme.id}": unknown parent "${scheme.parentId}"`);
    }
    for (const place of annotations.places) {
      if (place.parentId && !known.places.has(place.parentId)) problems.push(`place "${place.id}": unknown parent "${place.parentId}"`);
    }
  }
  if (problems.length > 0) throw new AnnotationError(problems);
  return parts;
}
