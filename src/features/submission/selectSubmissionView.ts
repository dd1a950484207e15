import type { Dataset } from '../../domain/dataset.ts';
import { submissionOutline } from '../../domain/outline.ts';

/** Module-level, hence stable: TanStack Query recomputes it only when the dataset changes. */
export const selectSubmissionView = (dataset: Dataset) => ({
  submission: dataset.submission,
  outline: submissionOutline(dataset),
  sectionIds: dataset.sections.map((section) => section.id),
});

export type SubmissionView = ReturnType<typeof selectSubmissionView>;
