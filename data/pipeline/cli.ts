/**
 * The pipeline's command line: `npm run data` rebuilds public/data/<id>.json (the dataset's
 * core), public/data/<id>.texts.json (its long texts by id),
 * public/data/<id>.source.json (the source text page by page, for the Source view),
 * public/data/<id>.response.json (the response document's text) and the API's JSON Schemas
 * from the source and the annotations; `npm run data:check` rebuilds them all in memory and
 * fails if any committed file differs (CI runs it). Logs go to stderr; any failing
 * step exits non-zero with its reason, naming the recommendation concerned.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { toZhHans } from './annotate.ts';
import { datasetJsonSchema, datasetTextsJsonSchema, responseTextJsonSchema, sourceDocumentJsonSchema } from './apiSchema.ts';
import { SUBMISSION_ID, serializeDatasetFiles } from './dataset.ts';
import { DATASET_PATH, DATASET_SCHEMA_PATH, DATASET_TEXTS_PATH, DATASET_TEXTS_SCHEMA_PATH, RESPONSE_TEXT_PATH, RESPONSE_TEXT_SCHEMA_PATH, SOURCE_DOCUMENT_PATH, SOURCE_DOCUMENT_SCHEMA_PATH } from './paths.ts';
import { buildResponseText } from './policyAddress.ts';
import { buildRealDataset } from './realDataset.ts';
import { buildSourceDocument, serializeSourceDocument } from './sourceDocument.ts';

/** Whether the committed file holds exactly `output` (a missing file does not). */
function isUpToDate(path: string, output: string): boolean {
  try {
    return readFileSync(path, 'utf8') === output;
  } catch {
    return false;
  }
}

function main(check: boolean): void {
  const { text, sha256, responseSource, dataset } = buildRealDataset();
  const address = responseSource.address;
  const responseText = buildResponseText(address['zh-Hant'], address.en, { submissionId: SUBMISSION_ID, responseDocumentId: dataset.responseDocument!.id }, toZhHans);
  const responseOutput = `${JSON.stringify(responseText, null, 2)}\n`;
  const output = serializeDatasetFiles(dataset);
  const sourceDocument = buildSourceDocument(text, sha256, SUBMISSION_ID);
  const sourceOutput = serializeSourceDocument(sourceDocument);
  const summary = `${dataset.submission.pages} pages, ${dataset.pillars.length} pillars, ${dataset.chapters.length} chapters, ${dataset.sections.length} sections, ${dataset.recommendations.length} recommendations, ${dataset.schemes.length} schemes, ${dataset.asks.length} numbers`;
  const sourceSummary = `${sourceDocument.pages.length} pages, ${sourceDocument.pages.reduce((sum, page) => sum + page.paragraphs.length, 0)} lines`;
  const outputs = [
    { path: DATASET_PATH, text: output.core, summary: `the core: ${summary}` },
    { path: DATASET_TEXTS_PATH, text: output.texts, summary: `the texts of the ${dataset.recommendations.length} recommendations and ${dataset.sections.filter((section) => section.lead).length} section leads` },
    { path: SOURCE_DOCUMENT_PATH, text: sourceOutput, summary: sourceSummary },
    { path: DATASET_SCHEMA_PATH, text: datasetJsonSchema(), summary: 'JSON Schema of the dataset\'s core, for the API contract' },
    { path: DATASET_TEXTS_SCHEMA_PATH, text: datasetTextsJsonSchema(), summary: 'JSON Schema of the dataset\'s texts, for the API contract' },
    { path: SOURCE_DOCUMENT_SCHEMA_PATH, text: sourceDocumentJsonSchema(), summary: 'JSON Schema of the source text, for the API contract' },
    { path: RESPONSE_TEXT_PATH, text: responseOutput, summary: `${responseText.paragraphs.length} paragraphs of ${dataset.responseDocument!.id}` },
    { path: RESPONSE_TEXT_SCHEMA_PATH, text: responseTextJsonSchema(), summary: 'JSON Schema of the response text, for the API contract' },
  ];
  if (check) {
    const stale = outputs.filter(({ path, text: expected }) => !isUpToDate(path, expected));
    for (const { path } of stale) {
      console.error(`data:check: ${path} is not what the pipeline builds from the source. Run \`npm run data\` and commit the result.`);
    }
    if (stale.length > 0) process.exit(1);
    for (const { path, summary: what } of outputs) console.error(`data:check: up to date: ${path} (${what})`);
    return;
  }
  for (const { path, text: written, summary: what } of outputs) {
    writeFileSync(path, written);
    console.error(`data: wrote ${path} (${what}, ${Buffer.byteLength(written)} bytes)`);
  }
}

try {
  main(process.argv.includes('--check'));
} catch (error) {
  console.error(`data: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
