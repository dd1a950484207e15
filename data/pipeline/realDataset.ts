/**
 * The real inputs read and checked once: the submission's text, the annotations, and the
 * response document's two texts (the 2025 Policy Address: 1–286 with no gap, chapters aligned).
 * The command line and the tests on the real data build from here, so they build the same thing.
 */
import { readAnnotations } from './annotationFiles.ts';
import { buildDataset, type ResponseSource } from './dataset.ts';
import { ANNOTATIONS_DIR, readVerified, readVerifiedSource, RESPONSE_SOURCE_PATHS } from './paths.ts';
import { checkAlignment, parsePolicyAddress, PolicyAddressError } from './policyAddress.ts';

export const RESPONSE_PARAGRAPHS = 286;

export function readResponseSource(): ResponseSource {
  const [zhFile, enFile] = [readVerified(RESPONSE_SOURCE_PATHS['zh-Hant']), readVerified(RESPONSE_SOURCE_PATHS.en)];
  const address = { 'zh-Hant': parsePolicyAddress(zhFile.text, 'zh-Hant'), en: parsePolicyAddress(enFile.text, 'en') };
  const alignment = checkAlignment(address['zh-Hant'], address.en, RESPONSE_PARAGRAPHS);
  if (alignment.length > 0) throw new PolicyAddressError(alignment);
  return { address, sha256: { 'zh-Hant': zhFile.sha256, en: enFile.sha256 } };
}

export function buildRealDataset() {
  const { text, sha256 } = readVerifiedSource();
  const responseSource = readResponseSource();
  return { text, sha256, responseSource, dataset: buildDataset(text, sha256, readAnnotations(ANNOTATIONS_DIR), responseSource) };
}
