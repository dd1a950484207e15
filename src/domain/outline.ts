/**
 * The submission's structure as the app shows it: pillars → chapters → sections, each
 * with its number of recommendations, and a recommendation's place among its neighbours.
 * Pure functions of the dataset; components get them through TanStack Query `select`.
 */
import type { Chapter, Dataset, Pillar, Recommendation, Section } from './dataset.ts';

export interface SectionOutline {
  section: Section;
  recommendations: Recommendation[];
}
export interface ChapterOutline {
  chapter: Chapter;
  sections: SectionOutline[];
  recommendationCount: number;
}
export interface PillarOutline {
  pillar: Pillar;
  chapters: ChapterOutline[];
  recommendationCount: number;
}
export interface SubmissionOutline {
  pillars: PillarOutline[];
  totals: { pillars: number; chapters: number; sections: number; recommendations: number; pages: number };
}

function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const group = groups.get(key(item));
    if (group) group.push(item);
    else groups.set(key(item), [item]);
  }
  return groups;
}

/** Keeps the dataset's order, which is the source's order. */
export function submissionOutline(dataset: Dataset): SubmissionOutline {
  const recsBySection = groupBy(dataset.recommendations, (rec) => rec.sectionId);
  const sectionsByChapter = groupBy(dataset.sections, (section) => section.chapterId);
  const chaptersByPillar = groupBy(dataset.chapters, (chapter) => chapter.pillarId);

  const pillars = dataset.pillars.map((pillar): PillarOutline => {
    const chapters = (chaptersByPillar.get(pillar.id) ?? []).map((chapter): ChapterOutline => {
      const sections = (sectionsByChapter.get(chapter.id) ?? []).map((section) => ({
        section,
        recommendations: recsBySection.get(section.id) ?? [],
      }));
      return { chapter, sections, recommendationCount: sum(sections.map((s) => s.recommendations.length)) };
    });
    return { pillar, chapters, recommendationCount: sum(chapters.map((c) => c.recommendationCount)) };
  });

  return {
    pillars,
    totals: {
      pillars: dataset.pillars.length,
      chapters: dataset.chapters.length,
      sections: dataset.sections.length,
      recommendations: dataset.recommendations.length,
      pages: dataset.submission.pages,
    },
  };
}

const sum = (values: readonly number[]) => values.reduce((total, value) => total + value, 0);

export interface RecommendationContext {
  recommendation: Recommendation;
  section: Section;
  chapter: Chapter;
  pillar: Pillar;
  /** 1-based position within its section, and the section's size. */
  position: number;
  sectionSize: number;
  /** The recommendations before and after it in source order (across sections). */
  previous: Recommendation | undefined;
  next: Recommendation | undefined;
}

/** Everything the recommendation page shows; undefined when the id is unknown. */
export function recommendationContext(dataset: Dataset, id: string): RecommendationContext | undefined {
  const index = dataset.recommendations.findIndex((rec) => rec.id === id);
  const recommendation = dataset.recommendations[index];
  if (!recommendation) return undefined;
  const section = dataset.sections.find((s) => s.id === recommendation.sectionId);
  const chapter = dataset.chapters.find((c) => c.id === section?.chapterId);
  const pillar = dataset.pillars.find((p) => p.id === chapter?.pillarId);
  // The schema guarantees these references resolve; a miss means an unvalidated dataset.
  if (!section || !chapter || !pillar) throw new Error(`dataset references do not resolve for ${id}`);
  const siblings = dataset.recommendations.filter((rec) => rec.sectionId === section.id);
  return {
    recommendation,
    section,
    chapter,
    pillar,
    position: siblings.indexOf(recommendation) + 1,
    sectionSize: siblings.length,
    previous: dataset.recommendations[index - 1],
    next: dataset.recommendations[index + 1],
  };
}

/** The short label of a recommendation: its section number and ordinal, "5.2-1". */
export const recommendationLabel = (id: string): string => id.replace(/^R-/, '');
