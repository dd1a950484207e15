/**
 * Test-only (never imported by the app): the bundled dataset read from public/data/ and
 * validated, as the app gets it: the core (`<id>.json`, all the first screen loads) and the
 * full dataset, the core merged with its texts (`<id>.texts.json`).
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { Dataset, DatasetCore } from '../domain/dataset.ts';
import { DatasetTexts, withTexts } from '../domain/datasetTexts.ts';

const read = (suffix: string): unknown => JSON.parse(readFileSync(resolve(`public/data/fhki-2025-policy-address${suffix}`), 'utf8'));

/** The bundled core, parsed with its schema. */
export const readBundledCore = (): DatasetCore => DatasetCore.parse(read('.json'));

/** The bundled texts, parsed with their schema. */
export const readBundledTexts = (): DatasetTexts => DatasetTexts.parse(read('.texts.json'));

/** The full bundled dataset: the core with its texts, merged and checked with every rule. */
export const readBundledDataset = (): Dataset => Dataset.parse(withTexts(readBundledCore(), readBundledTexts()));
