/**
 * The pipeline's command line: `npm run data` rebuilds public/data/<id>.json from the
 * source; `npm run data:check` rebuilds in memory and fails if the committed file differs
 * (CI runs it). Logs go to stderr; any failing step exits non-zero with its reason.
 */
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { SUBMISSION_ID, buildDataset, serializeDataset } from './dataset.ts';

const root = (path: string) => fileURLToPath(new URL(`../../${path}`, import.meta.url));
const SOURCE = root(`data/source/${SUBMISSION_ID}.zh-Hant.txt`);
const OUTPUT = root(`public/data/${SUBMISSION_ID}.json`);

function readVerifiedSource(): { text: string; sha256: string } {
  const bytes = readFileSync(SOURCE);
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  const recorded = readFileSync(`${SOURCE}.sha256`, 'utf8').split(/\s+/)[0];
  if (sha256 !== recorded) {
    throw new Error(`${SOURCE} has sha256 ${sha256} but ${SOURCE}.sha256 records ${recorded}: the source changed`);
  }
  return { text: bytes.toString('utf8'), sha256 };
}

function main(check: boolean): void {
  const { text, sha256 } = readVerifiedSource();
  const dataset = buildDataset(text, sha256);
  const output = serializeDataset(dataset);
  const summary = `${dataset.submission.pages} pages, ${dataset.pillars.length} pillars, ${dataset.chapters.length} chapters, ${dataset.sections.length} sections, ${dataset.recommendations.length} recommendations`;
  if (check) {
    let committed = '';
    try {
      committed = readFileSync(OUTPUT, 'utf8');
    } catch {
      // handled below as a difference
    }
    if (committed !== output) {
      console.error(`data:check: ${OUTPUT} is not what the pipeline builds from the source. Run \`npm run data\` and commit the result.`);
      process.exit(1);
    }
    console.error(`data:check: dataset is up to date (${summary})`);
    return;
  }
  writeFileSync(OUTPUT, output);
  console.error(`data: wrote ${OUTPUT} (${summary}, ${output.length} bytes)`);
}

try {
  main(process.argv.includes('--check'));
} catch (error) {
  console.error(`data: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
