/**
 * Test-only (never imported by the app): an MSW server that serves the bundled dataset
 * the way a static host does, and lets a test swap in a broken response.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll } from 'vitest';
import type { Dataset, DatasetCore } from '../domain/dataset.ts';
import { withTexts, type DatasetTexts } from '../domain/datasetTexts.ts';
import type { ResponseText } from '../domain/responseText.ts';
import type { SourceDocument } from '../domain/sourceDocument.ts';

export const TEST_ORIGIN = 'http://dashboard.test/';
/** The dataset's core, all the first screen loads. */
export const DATASET_URL = `${TEST_ORIGIN}data/fhki-2025-policy-address.json`;
/** The dataset's long texts, loaded by every other view. */
export const TEXTS_URL = `${TEST_ORIGIN}data/fhki-2025-policy-address.texts.json`;

export const datasetJson = readFileSync(resolve('public/data/fhki-2025-policy-address.json'), 'utf8');
export const textsJson = readFileSync(resolve('public/data/fhki-2025-policy-address.texts.json'), 'utf8');
/** The real bundled core and texts, parsed plainly. */
export const bundledCore = JSON.parse(datasetJson) as DatasetCore;
export const bundledTexts = JSON.parse(textsJson) as DatasetTexts;
/** The real bundled dataset, the core with its texts (tests compute their expectations from it). */
export const bundledDataset: Dataset = withTexts(bundledCore, bundledTexts);

export const SOURCE_DOCUMENT_URL = `${TEST_ORIGIN}data/fhki-2025-policy-address.source.json`;
export const sourceDocumentJson = readFileSync(resolve('public/data/fhki-2025-policy-address.source.json'), 'utf8');
export const bundledSourceDocument = JSON.parse(sourceDocumentJson) as SourceDocument;

export const RESPONSE_TEXT_URL = `${TEST_ORIGIN}data/fhki-2025-policy-address.response.json`;
export const responseTextJson = readFileSync(resolve('public/data/fhki-2025-policy-address.response.json'), 'utf8');
/** The text of the Policy Address that answered the submission, parsed plainly. */
export const bundledResponseText = JSON.parse(responseTextJson) as ResponseText;

const json = (body: string) => HttpResponse.text(body, { headers: { 'Content-Type': 'application/json' } });

export const server = setupServer(
  http.get(DATASET_URL, () => json(datasetJson)),
  http.get(TEXTS_URL, () => json(textsJson)),
  http.get(SOURCE_DOCUMENT_URL, () => json(sourceDocumentJson)),
  http.get(RESPONSE_TEXT_URL, () => json(responseTextJson)),
);

/** Starts the server around the calling test file; unhandled requests fail the test. */
export function serveDatasetDuringTests(): typeof server {
  beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
  afterEach(() => server.resetHandlers());
  afterAll(() => server.close());
  return server;
}
