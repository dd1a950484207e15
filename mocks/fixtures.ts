/** The mock API's submissions in Node (Vitest, the browser tests' HTTP server): the bundled files as shipped, and the synthetic one. */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { mockSubmissionFromJson, type MockSubmission } from './submissionsApi.ts';
import { syntheticSubmission } from './syntheticSubmission.ts';

export function bundledSubmission(): MockSubmission {
  return mockSubmissionFromJson(
    readFileSync(resolve('public/data/fhki-2025-policy-address.json'), 'utf8'),
    readFileSync(resolve('public/data/fhki-2025-policy-address.source.json'), 'utf8'),
  );
}

/** What the mock API serves: the bundled submission first, then the synthetic one. */
export const mockSubmissions = (): MockSubmission[] => [bundledSubmission(), syntheticSubmission];
