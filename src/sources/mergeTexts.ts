import type { Dataset, DatasetCore } from '../domain/dataset.ts';
import { TextsMismatchError, withTexts, type DatasetTexts } from '../domain/datasetTexts.ts';
import { DatasetLoadError } from '../http/errors.ts';

const merged = new WeakMap<DatasetCore, WeakMap<DatasetTexts, Dataset>>();

/**
 * The full dataset of a core and its texts, merged once per pair: a refresh that finds neither
 * changed (the REST source returns the kept object on a 304) gets the same object back, so no
 * view recomputes. Texts that are not the core's (another submission, another revision) are a
 * `schema` error saying what disagrees, shown like any document the app cannot read.
 */
export function mergedDataset(core: DatasetCore, texts: DatasetTexts): Dataset {
  let byTexts = merged.get(core);
  if (!byTexts) merged.set(core, (byTexts = new WeakMap()));
  let dataset = byTexts.get(texts);
  if (!dataset) {
    try {
      dataset = withTexts(core, texts);
    } catch (error) {
      if (!(error instanceof TextsMismatchError)) throw error;
      throw new DatasetLoadError('schema', `The texts of "${core.submission.id}" do not belong to its dataset.`, { problems: error.problems });
    }
    byTexts.set(texts, dataset);
  }
  return dataset;
}
