/**
 * For annotators: prints a chapter as the pipeline parsed it — titles, each section's
 * lead paragraphs and its recommendations with their ids and pages.
 * `npx tsx data/pipeline/dump-chapter.ts 5`
 */
import { parseSource } from './dataset.ts';
import { readVerifiedSource } from './paths.ts';

const number = Number(process.argv[2]);
const structure = parseSource(readVerifiedSource().text);
const chapter = structure.chapters.find((c) => c.number === number);
if (!chapter) {
  console.error(`usage: npx tsx data/pipeline/dump-chapter.ts <1-${structure.chapters.length}>`);
  process.exit(2);
}
console.log(`CHAPTER ${chapter.number} (${chapter.id}, pillar ${chapter.pillarId}, p. ${chapter.page}): ${chapter.title}\n`);
for (const section of structure.sections.filter((s) => s.chapterId === chapter.id)) {
  console.log(`SECTION ${section.id}${section.implicit ? ' (stand-in for the chapter\'s own bullets; title = chapter title)' : ''}: ${section.title}`);
  section.lead.forEach((paragraph, i) => console.log(`  LEAD paragraph ${i + 1}/${section.lead.length}: ${paragraph}`));
  for (const rec of structure.recommendations.filter((r) => r.sectionId === section.id)) {
    console.log(`  ${rec.id} [${rec.kind}, p. ${rec.page}${rec.endPage !== rec.page ? `–${rec.endPage}` : ''}]: ${rec.text}`);
  }
  console.log('');
}
