/**
 * A submission as one line of a list: what the submissions API returns page by page, and
 * what the static source derives from its one dataset. Pure module.
 */
import { z } from './zod.ts';
import { Localized, Submission, type DatasetCore } from './dataset.ts';

export const SubmissionSummary = z.object({
  id: Submission.shape.id,
  title: Localized,
  author: Localized,
  date: Submission.shape.date,
  recommendations: z.number().int().min(0),
});
export type SubmissionSummary = z.infer<typeof SubmissionSummary>;

/** One page of `GET /v1/submissions`. */
export const SubmissionPage = z.object({
  submissions: z.array(SubmissionSummary),
  nextPageToken: z.string().min(1).optional(),
});
export type SubmissionPage = z.infer<typeof SubmissionPage>;

export function summarizeSubmission(dataset: DatasetCore): SubmissionSummary {
  const { id, title, author, date } = dataset.submission;
  return { id, title, author, date, recommendations: dataset.recommendations.length };
}
