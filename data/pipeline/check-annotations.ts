/**
 * For annotators: checks chapter files on their own, before the whole dataset can be
 * built. `npx tsx data/pipeline/check-annotations.ts 5 6` checks chapters 5 and 6:
 * every recommendation annotated, ids known, quotes found in their text, titles and
 * leads translated. Prints the problems, or a summary of what was checked.
 */
import { annotate } from './annotate.ts';
import { readAnnotations } from './annotationFiles.ts';
import { parseSource } from './dataset.ts';
import { ANNOTATIONS_DIR, readVerifiedSource } from './paths.ts';

const chapters = process.argv.slice(2).map(Number).filter((n) => Number.isInteger(n) && n > 0);
if (chapters.length === 0) {
  console.error('usage: npx tsx data/pipeline/check-annotations.ts <chapter number> [...]');
  process.exit(2);
}
try {
  const structure = parseSource(readVerifiedSource().text);
  const parts = annotate(structure, readAnnotations(ANNOTATIONS_DIR, chapters), chapters);
  console.log(`chapters ${chapters.join(', ')}: OK — ${parts.recommendations.size} recommendations, ${parts.asks.length} numbers, ${parts.schemeRequests.size} schemes referred to`);
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
}
