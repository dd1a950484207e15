import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = (path: string) => fileURLToPath(new URL(`../../${path}`, import.meta.url));

export const SOURCE_PATH = root('data/source/fhki-2025-policy-address.zh-Hant.txt');
export const ANNOTATIONS_DIR = root('data/annotations');
/** The dataset's core: everything the first screen needs (docs/api/README.md). */
export const DATASET_PATH = root('public/data/fhki-2025-policy-address.json');
/** The dataset's long texts by id, merged with the core by the views that show them. */
export const DATASET_TEXTS_PATH = root('public/data/fhki-2025-policy-address.texts.json');
export const DATASET_SCHEMA_PATH = root('docs/api/dataset.schema.json');
export const DATASET_TEXTS_SCHEMA_PATH = root('docs/api/dataset-texts.schema.json');
export const SOURCE_DOCUMENT_SCHEMA_PATH = root('docs/api/source-document.schema.json');
/** The source text page by page, for the Source view (loaded lazily by the app). */
export const SOURCE_DOCUMENT_PATH = root('public/data/fhki-2025-policy-address.source.json');

/** The Government's texts of the response document (the 2025 Policy Address), checked like the source. */
export const RESPONSE_SOURCE_PATHS = { 'zh-Hant': root('data/source/policy-address-2025-zh-Hant.xml'), en: root('data/source/policy-address-2025-en.xml') } as const;
/** The response document's text paragraph by paragraph (loaded lazily by the app). */
export const RESPONSE_TEXT_PATH = root('public/data/fhki-2025-policy-address.response.json');
export const RESPONSE_TEXT_SCHEMA_PATH = root('docs/api/response-text.schema.json');

/** A file's bytes, refusing to go on if they no longer match the sha256 recorded beside it. */
export function readVerified(path: string): { text: string; sha256: string } {
  const bytes = readFileSync(path);
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  const recorded = readFileSync(`${path}.sha256`, 'utf8').split(/\s+/)[0];
  if (sha256 !== recorded) throw new Error(`${path} has sha256 ${sha256} but ${path}.sha256 records ${recorded}: the file changed`);
  return { text: bytes.toString('utf8'), sha256 };
}

/** The source text, refusing to go on if it no longer matches its recorded sha256. */
export function readVerifiedSource(): { text: string; sha256: string } {
  const bytes = readFileSync(SOURCE_PATH);
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  const recorded = readFileSync(`${SOURCE_PATH}.sha256`, 'utf8').split(/\s+/)[0];
  if (sha256 !== recorded) {
    throw new Error(`${SOURCE_PATH} has sha256 ${sha256} but ${SOURCE_PATH}.sha256 records ${recorded}: the source changed`);
  }
  return { text: bytes.toString('utf8'), sha256 };
}
