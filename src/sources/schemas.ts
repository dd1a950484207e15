/**
 * Every schema the sources validate with, in one chunk loaded with the first request
 * (./lazySchemas.ts), never with the first view.
 */
import { DatasetCore } from '../domain/dataset.ts';
import { DatasetTexts } from '../domain/datasetTexts.ts';
import { ResponseText } from '../domain/responseText.ts';
import { SourceDocument } from '../domain/sourceDocument.ts';
import { SubmissionPage } from '../domain/submissions.ts';

export { summarizeSubmission } from '../domain/submissions.ts';

export const SCHEMAS = { DatasetCore, DatasetTexts, ResponseText, SourceDocument, SubmissionPage };
export type Schemas = typeof SCHEMAS;
