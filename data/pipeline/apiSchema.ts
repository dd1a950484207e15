/**
 * The dataset's JSON Schema, generated from the app's zod schema, for the API contract
 * (docs/api/openapi.yaml refers to it). Generated, never hand-written, so the contract and
 * the code cannot drift; `npm run data:check` fails when the committed file is stale.
 */
import { z } from 'zod';
import { Dataset } from '../../src/domain/dataset.ts';

export function datasetJsonSchema(): string {
  // `input`: what a server may send. Objects are open (unknown fields are tolerated and dropped).
  const schema = z.toJSONSchema(Dataset, { target: 'draft-2020-12', io: 'input' });
  const document = {
    $schema: schema.$schema,
    $id: 'https://fhki-dashboard.example/schemas/dataset.schema.json',
    title: 'Submission dataset',
    description: 'Generated from src/domain/dataset.ts by the data pipeline (npm run data). Do not edit by hand.',
    ...schema,
  };
  return `${JSON.stringify(document, null, 2)}\n`;
}
