import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = (path: string) => fileURLToPath(new URL(`../../${path}`, import.meta.url));

export const SOURCE_PATH = root('data/source/fhki-2025-policy-address.zh-Hant.txt');
export const ANNOTATIONS_DIR = root('data/annotations');
export const DATASET_PATH = root('public/data/fhki-2025-policy-address.json');
export const DATASET_SCHEMA_PATH = root('docs/api/dataset.schema.json');
export const SOURCE_DOCUMENT_SCHEMA_PATH = root('docs/api/source-document.schema.json');
/** The source text page by page, for the Source view (loaded lazily by the app). */
export const SOURCE_DOCUMENT_PATH = root('public/data/fhki-2025-policy-address.source.json');

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
