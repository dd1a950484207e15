/**
 * The dataset as committed in public/data/: the core and its texts, merged and validated with
 * the app's schema. The tests on the real data read it from here (`npm run data:check` keeps it
 * what the pipeline builds).
 */
import { readFileSync } from 'node:fs';
import { Dataset, DatasetCore } from '../../src/domain/dataset.ts';
import { DatasetTexts, withTexts } from '../../src/domain/datasetTexts.ts';
import { DATASET_PATH, DATASET_TEXTS_PATH } from './paths.ts';

export function readCommittedDataset(): Dataset {
  const core = DatasetCore.parse(JSON.parse(readFileSync(DATASET_PATH, 'utf8')));
  const texts = DatasetTexts.parse(JSON.parse(readFileSync(DATASET_TEXTS_PATH, 'utf8')));
  return Dataset.parse(withTexts(core, texts));
}
