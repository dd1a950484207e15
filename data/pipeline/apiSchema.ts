/**
 * The JSON Schemas of the documents the API serves, generated from the app's zod schemas
 * for the API contract (docs/api/openapi.yaml refers to them). Generated, never
 * hand-written, so the contract and the code cannot drift; `npm run data:check` fails
 * when a committed file is stale.
 */
import { z } from 'zod';
import { DatasetCore } from '../../src/domain/dataset.ts';
import { DatasetTexts } from '../../src/domain/datasetTexts.ts';
import { ResponseText } from '../../src/domain/responseText.ts';
import { SourceDocument } from '../../src/domain/sourceDocument.ts';

function jsonSchemaFile(schema: z.ZodType, file: string, title: string, from: string): string {
  // `input`: what a server may send. Objects are open (unknown fields are tolerated and dropped).
  const generated = z.toJSONSchema(schema, { target: 'draft-2020-12', io: 'input' });
  const document = {
    $schema: generated.$schema,
    $id: `https://fhki-dashboard.example/schemas/${file}`,
    title,
    description: `Generated from ${from} by the data pipeline (npm run data). Do not edit by hand.`,
    ...generated,
  };
  return `${JSON.stringify(document, null, 2)}\n`;
}

/** The dataset's core, `GET /v1/submissions/{id}` (the bundled `<id>.json`). */
export const datasetJsonSchema = (): string => jsonSchemaFile(DatasetCore, 'dataset.schema.json', 'Submission dataset (core)', 'src/domain/dataset.ts (DatasetCore)');

/** The dataset's long texts by id, `GET /v1/submissions/{id}/texts` (the bundled `<id>.texts.json`). */
export const datasetTextsJsonSchema = (): string =>
  jsonSchemaFile(DatasetTexts, 'dataset-texts.schema.json', 'Submission dataset texts', 'src/domain/datasetTexts.ts (DatasetTexts)');

export const responseTextJsonSchema = (): string =>
  jsonSchemaFile(ResponseText, 'response-text.schema.json', 'Response document text by paragraph', 'src/domain/responseText.ts');

export const sourceDocumentJsonSchema = (): string =>
  jsonSchemaFile(SourceDocument, 'source-document.schema.json', 'Submission text by page', 'src/domain/sourceDocument.ts');
