/** The mock API's submissions in Node (Vitest, the browser tests' HTTP server): the bundled files as shipped, and the synthetic one. */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { Dataset } from '../src/domain/dataset.ts';
import { SourceDocument } from '../src/domain/sourceDocument.ts';
import type { MockSubmission } from './submissionsApi.ts';
import { syntheticSubmission } from './syntheticSubmission.ts';

export function bundledSubmission(): MockSubmission {
  const datasetJson = readFileSync(resolve('public/data/fhki-2025-policy-address.json'), 'utf8');
  const sourceDocumentJson = readFileSync(resolve('public/data/fhki-2025-policy-address.source.json'), 'utf8');
  return {
    dataset: Dataset.parse(JSON.parse(datasetJson)),
    sourceDocument: SourceDocument.parse(JSON.parse(sourceDocumentJson)),
    datasetJson,
    sourceDocumentJson,
  };
}

/** What the mock API serves: the bundled submission first, then the synthetic one. */
export const mockSubmissions = (): MockSubmission[] => [bundledSubmission(), syntheticSubmission];
