/**
 * The API contract (docs/api/openapi.yaml) lints clean, and it agrees with the app: the
 * bundled dataset's core and texts validate against the contract's schemas as well as the zod
 * schemas, and broken documents fail both.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { createConfig, lint } from '@redocly/openapi-core';
import Ajv2020 from 'ajv/dist/2020.js';
import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { DatasetCore } from '../src/domain/dataset.ts';
import { DatasetTexts, withTexts } from '../src/domain/datasetTexts.ts';
import { ResponseText } from '../src/domain/responseText.ts';

const SPEC = resolve('docs/api/openapi.yaml');
const spec = parse(readFileSync(SPEC, 'utf8')) as { openapi: string; paths: Record<string, unknown>; components: { schemas: Record<string, { $ref?: string }> } };
const datasetSchema = JSON.parse(readFileSync(resolve('docs/api/dataset.schema.json'), 'utf8')) as object;
const bundled = JSON.parse(readFileSync(resolve('public/data/fhki-2025-policy-address.json'), 'utf8')) as Record<string, unknown>;
const textsSchema = JSON.parse(readFileSync(resolve('docs/api/dataset-texts.schema.json'), 'utf8')) as object;
const bundledTexts = JSON.parse(readFileSync(resolve('public/data/fhki-2025-policy-address.texts.json'), 'utf8')) as Record<string, unknown>;
const responseTextSchema = JSON.parse(readFileSync(resolve('docs/api/response-text.schema.json'), 'utf8')) as object;
const bundledResponseText = JSON.parse(readFileSync(resolve('public/data/fhki-2025-policy-address.response.json'), 'utf8')) as Record<string, unknown>;

const ajv = new Ajv2020({ allErrors: true, strict: false });
const validate = ajv.compile(datasetSchema);
const validateTexts = ajv.compile(textsSchema);
const validateResponseText = ajv.compile(responseTextSchema);

describe('the API contract', () => {
  test('is OpenAPI 3.1 with its five operations, and lints clean with the recommended rules', async () => {
    expect(spec.openapi).toBe('3.1.0');
    expect(Object.keys(spec.paths)).toEqual(['/v1/submissions', '/v1/submissions/{id}', '/v1/submissions/{id}/texts', '/v1/submissions/{id}/source', '/v1/submissions/{id}/response']);
    expect(spec.components.schemas.Dataset!.$ref).toBe('./dataset.schema.json');
    expect(spec.components.schemas.DatasetTexts!.$ref).toBe('./dataset-texts.schema.json');
    expect(spec.components.schemas.ResponseText!.$ref).toBe('./response-text.schema.json');
    const problems = await lint({ ref: SPEC, config: await createConfig({ extends: ['recommended'] }) });
    expect(problems.map((p) => `${p.severity} ${p.ruleId}: ${p.message} @ ${p.location[0]?.pointer}`)).toEqual([]);
  });

  test('the bundled core validates against the contract and against the zod schema', () => {
    expect(validate(bundled), JSON.stringify(validate.errors?.slice(0, 3))).toBe(true);
    expect(DatasetCore.safeParse(bundled).success).toBe(true);
  });

  test.each([
    ['a required key missing', (d: Record<string, unknown>) => delete d.submission],
    ['a wrong type', (d: Record<string, unknown>) => ((d.recommendations as Record<string, unknown>[])[0]!.page = 'one')],
    ['a translation missing', (d: Record<string, unknown>) => delete ((d.sections as Record<string, Record<string, unknown>>[])[0]!.title!.en)],
    ['an unknown action', (d: Record<string, unknown>) => ((d.recommendations as Record<string, unknown>[])[0]!.action = 'wish')],
    ['a wrong schema version', (d: Record<string, unknown>) => (d.schemaVersion = 99)],
    ['no revision', (d: Record<string, unknown>) => delete d.revision],
  ])('a core with %s fails both', (_case, breakIt) => {
    const broken = structuredClone(bundled);
    breakIt(broken);
    expect(validate(broken)).toBe(false);
    expect(DatasetCore.safeParse(broken).success).toBe(false);
  });

  test('the bundled texts validate against the contract and against the zod schema, and are the core\'s', () => {
    expect(validateTexts(bundledTexts), JSON.stringify(validateTexts.errors?.slice(0, 3))).toBe(true);
    const texts = DatasetTexts.safeParse(bundledTexts);
    expect(texts.success).toBe(true);
    expect(withTexts(DatasetCore.parse(bundled), texts.data!).recommendations.length).toBe((bundled.recommendations as unknown[]).length);
  });

  test.each([
    ['a required key missing', (d: Record<string, unknown>) => delete d.revision],
    ['a recommendation without its words', (d: Record<string, unknown>) => delete (Object.values(d.recommendations as Record<string, Record<string, unknown>>)[0]!.text)],
    ['a translation missing', (d: Record<string, unknown>) => delete (Object.values(d.recommendations as Record<string, Record<string, Record<string, unknown>>>)[0]!.text!.en)],
    ['a key that is not a recommendation id', (d: Record<string, unknown>) => ((d.recommendations as Record<string, unknown>)['not-an-id'] = { text: { 'zh-Hant': '字', 'zh-Hans': '字', en: 'word' } })],
    ['a wrong schema version', (d: Record<string, unknown>) => (d.schemaVersion = 99)],
  ])('texts with %s fail both', (_case, breakIt) => {
    const broken = structuredClone(bundledTexts);
    breakIt(broken);
    expect(validateTexts(broken)).toBe(false);
    expect(DatasetTexts.safeParse(broken).success).toBe(false);
  });

  test('the bundled response text validates against the contract and against the zod schema', () => {
    expect(validateResponseText(bundledResponseText), JSON.stringify(validateResponseText.errors?.slice(0, 3))).toBe(true);
    expect(ResponseText.safeParse(bundledResponseText).success).toBe(true);
  });

  test.each([
    ['a required key missing', (d: Record<string, unknown>) => delete d.chapters],
    ['a paragraph without its text', (d: Record<string, unknown>) => delete (d.paragraphs as Record<string, unknown>[])[0]!.text],
    ['a translation missing', (d: Record<string, unknown>) => delete ((d.paragraphs as Record<string, Record<string, unknown>>[])[0]!.text!.en)],
    ['a wrong schema version', (d: Record<string, unknown>) => (d.schemaVersion = 99)],
  ])('a response text with %s fails both', (_case, breakIt) => {
    const broken = structuredClone(bundledResponseText);
    breakIt(broken);
    expect(validateResponseText(broken)).toBe(false);
    expect(ResponseText.safeParse(broken).success).toBe(false);
  });

  test('an unknown extra field is tolerated by both (forward compatibility)', () => {
    const extended = { ...structuredClone(bundled), publishedBy: 'a newer API' };
    expect(validate(extended)).toBe(true);
    expect(DatasetCore.safeParse(extended).success).toBe(true);
    const extendedTexts = { ...structuredClone(bundledTexts), publishedBy: 'a newer API' };
    expect(validateTexts(extendedTexts)).toBe(true);
    expect(DatasetTexts.safeParse(extendedTexts).success).toBe(true);
  });
});
