/**
 * The mock API's submissions in Node (Vitest, the browser tests' HTTP server): the bundled files
 * as shipped (the dataset's core and texts, the source text, and the text of the Policy Address that answered it), and the
 * synthetic one (not answered: its response is a 404).
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { mockSubmissionFromJson, type MockSubmission } from './submissionsApi.ts';
import { syntheticSubmission } from './syntheticSubmission.ts';

export function bundledSubmission(): MockSubmission {
  return mockSubmissionFromJson(
    readFileSync(resolve('public/data/fhki-2025-policy-address.json'), 'utf8'),
    readFileSync(resolve('public/data/fhki-2025-policy-address.texts.json'), 'utf8'),
    readFileSync(resolve('public/data/fhki-2025-policy-address.source.json'), 'utf8'),
    readFileSync(resolve('public/data/fhki-2025-policy-address.response.json'), 'utf8'),
  );
}

/** What the mock API serves: the bundled submission first, then the synthetic one. */
export const mockSubmissions = (): MockSubmission[] => [bundledSubmission(), syntheticSubmission];
