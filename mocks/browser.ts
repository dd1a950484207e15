/**
 * `npm run dev:api`: the mock submissions API in a service worker at /mock-api/, with the
 * bundled files (the dataset's core and texts, source text, response text) and the synthetic submission. Loaded by
 * src/main.tsx in that mode only; the worker script is served by the dev server from
 * node_modules (vite.config.ts), so nothing of MSW is ever copied into dist/.
 */
import { setupWorker } from 'msw/browser';
import { mockSubmissionFromJson, submissionsApiHandlers } from './submissionsApi.ts';
import { syntheticSubmission } from './syntheticSubmission.ts';

export const MOCK_API_PATH = '/mock-api/';

/** The bundled files as the dev server serves them from public/ (Vite does not let code import public/). */
const fetchText = async (path: string) => (await fetch(path)).text();

export async function startMockApiWorker(): Promise<void> {
  const [datasetJson, textsJson, sourceDocumentJson, responseTextJson] = await Promise.all([
    fetchText('/data/fhki-2025-policy-address.json'),
    fetchText('/data/fhki-2025-policy-address.texts.json'),
    fetchText('/data/fhki-2025-policy-address.source.json'),
    fetchText('/data/fhki-2025-policy-address.response.json'),
  ]);
  const bundled = mockSubmissionFromJson(datasetJson, textsJson, sourceDocumentJson, responseTextJson);
  const baseUrl = new URL(MOCK_API_PATH, window.location.origin).href;
  const worker = setupWorker(...submissionsApiHandlers({ baseUrl, submissions: [bundled, syntheticSubmission] }));
  await worker.start({ serviceWorker: { url: '/mockServiceWorker.js' }, onUnhandledRequest: 'bypass' });
}
