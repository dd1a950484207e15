import type { Dataset } from '../../domain/dataset.ts';
import { indexAnnotations, leadAsksOf, resolveAnnotations, type ResolvedAnnotations } from '../../domain/annotations.ts';
import { submissionOutline } from '../../domain/outline.ts';

/** Module-level, hence stable: TanStack Query recomputes it only when the dataset changes. */
export const selectSubmissionView = (dataset: Dataset) => {
  const index = indexAnnotations(dataset);
  return {
    submission: dataset.submission,
    outline: submissionOutline(dataset),
    sectionIds: dataset.sections.map((section) => section.id),
    annotations: new Map<string, ResolvedAnnotations>(dataset.recommendations.map((rec) => [rec.id, resolveAnnotations(index, rec)])),
    leadAsks: new Map(dataset.sections.map((section) => [section.id, leadAsksOf(dataset, section.id)])),
  };
};

export type SubmissionView = ReturnType<typeof selectSubmissionView>;
