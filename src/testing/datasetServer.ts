/**
 * Test-only (never imported by the app): an MSW server that serves the bundled dataset
 * the way a static host does, and lets a test swap in a broken response.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll } from 'vitest';
import type { Dataset } from '../domain/dataset.ts';
import type { ResponseText } from '../domain/responseText.ts';
import type { SourceDocument } from '../domain/sourceDocument.ts';

export const TEST_ORIGIN = 'http://dashboard.test/';
export const DATASET_URL = `${TEST_ORIGIN}data/fhki-2025-policy-address.json`;

export const datasetJson = readFileSync(resolve('public/data/fhki-2025-policy-address.json'), 'utf8');
/** The real bundled dataset, parsed plainly (tests compute their expectations from it). */
export const bundledDataset = JSON.parse(datasetJson) as Dataset;

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
