/**
 * The pipeline's command line: `npm run data` rebuilds public/data/<id>.json from the
 * source and the annotations; `npm run data:check` rebuilds in memory and fails if the
 * committed file differs (CI runs it). Logs go to stderr; any failing step exits
 * non-zero with its reason, naming the recommendation concerned.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { readAnnotations } from './annotationFiles.ts';
import { buildDataset, serializeDataset } from './dataset.ts';
import { ANNOTATIONS_DIR, DATASET_PATH, readVerifiedSource } from './paths.ts';

function main(check: boolean): void {
  const { text, sha256 } = readVerifiedSource();
  const dataset = buildDataset(text, sha256, readAnnotations(ANNOTATIONS_DIR));
  const output = serializeDataset(dataset);
  const summary = `${dataset.submission.pages} pages, ${dataset.pillars.length} pillars, ${dataset.chapters.length} chapters, ${dataset.sections.length} sections, ${dataset.recommendations.length} recommendations, ${dataset.schemes.length} schemes, ${dataset.asks.length} numbers`;
  if (check) {
    let committed = '';
    try {
      committed = readFileSync(DATASET_PATH, 'utf8');
    } catch {
      // a missing file is a difference, reported below
    }
    if (committed !== output) {
      console.error(`data:check: ${DATASET_PATH} is not what the pipeline builds from the source. Run \`npm run data\` and commit the result.`);
      process.exit(1);
    }
    console.error(`data:check: dataset is up to date (${summary})`);
    return;
  }
  writeFileSync(DATASET_PATH, output);
  console.error(`data: wrote ${DATASET_PATH} (${summary}, ${output.length} bytes)`);
}

try {
  main(process.argv.includes('--check'));
} catch (error) {
  console.error(`data: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
