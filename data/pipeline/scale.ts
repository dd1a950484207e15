/**
 * A synthetic, larger copy of the dataset for the performance benchmark (tests/bench,
 * `npm run bench`): every section is repeated `factor` times under new, valid section
 * numbers, with its recommendations, their scheme requests and their numbers (asks).
 * Themes, addressees, places, schemes, chapters and pillars stay as they are, so every
 * chart and facet has the same rows with ~factor× the counts.
 *
 * Copy k (k = 1 … factor − 1) of section "5.2" is "5.102", "5.202" …, i.e. the section's
 * number within its chapter plus 100·k; a chapter's own stand-in section "14" becomes
 * "14.100", "14.200" … (an ordinary section: a chapter has one stand-in at most).
 * Recommendation and ask ids follow their section ("R-5.2-1" → "R-5.102-1",
 * "A-5.2-lead-1" → "A-5.102-lead-1"). The result passes `Dataset` with every integrity rule.
 *
 *   npx tsx data/pipeline/scale.ts 50 tests/.artifacts/bench/dataset-50x.json
 *
 * reads public/data/fhki-2025-policy-address.json and its .texts.json, writes the scaled copy
 * the same way, its core to the file named and its texts next to it (`dataset-50x.texts.json`;
 * not for committing: together they are ~17 MB) and prints a summary to stderr.
 */
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Dataset, type Ask, type Recommendation, type Scheme, type Section } from '../../src/domain/dataset.ts';
import { readCommittedDataset } from './committed.ts';
import { datasetRevision, serializeDatasetFiles } from './dataset.ts';

/** Groups in first-seen order (Map.groupBy is not in Node 20). */
function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const list = groups.get(key(item));
    if (list) list.push(item);
    else groups.set(key(item), [item]);
  }
  return groups;
}

/** The id of copy `k` of a section (copy 0 is the section itself). */
export function scaledSectionId(sectionId: string, k: number): string {
  if (k === 0) return sectionId;
  const [chapter, local] = sectionId.split('.');
  return `${chapter}.${Number(local ?? 0) + 100 * k}`;
}

/** An id that starts with `${prefix}${sectionId}-`, moved to another section; anything else gets a suffix. */
function moveId(id: string, prefix: string, from: string, to: string, k: number): string {
  const head = `${prefix}${from}-`;
  return id.startsWith(head) ? `${prefix}${to}-${id.slice(head.length)}` : `${id}-copy${k}`;
}

/**
 * `factor` copies of every section (the first being the original), so the dataset holds
 * factor × as many sections, recommendations, scheme requests and asks.
 */
export function scaleDataset(dataset: Dataset, factor: number): Dataset {
  if (!Number.isInteger(factor) || factor < 1) throw new Error(`the factor must be a whole number ≥ 1, not ${factor}`);
  // A section's local number must stay below 100, or copy k of one section would be copy k−1 of another.
  const tooHigh = dataset.sections.find((section) => Number(section.id.split('.')[1] ?? 0) >= 100);
  if (tooHigh) throw new Error(`section ${tooHigh.id} is numbered 100 or more: cannot scale`);

  const recsBySection = groupBy(dataset.recommendations, (rec) => rec.sectionId);
  const asksBySection = groupBy(dataset.asks, (ask) => ask.sectionId);
  const sections: Section[] = [];
  const recommendations: Recommendation[] = [];
  const asks: Ask[] = [];
  /** Scheme id → the new recommendations that ask something of it, with their request. */
  const schemeAdditions = new Map<string, Scheme['requests']>();
  const requestOf = new Map(dataset.schemes.map((scheme) => [scheme.id, new Map(scheme.requests.map((r) => [r.recommendationId, r.request]))]));

  // Chapter by chapter, all sections of copy 0, then of copy 1 …: each chapter reads 5.1, 5.2, 5.101, 5.102 …
  const chapters = groupBy(dataset.sections, (section) => section.chapterId);
  for (const chapterSections of chapters.values()) {
    for (let k = 0; k < factor; k++) {
      for (const section of chapterSections) {
        const sectionId = scaledSectionId(section.id, k);
        if (k === 0) {
          sections.push(section);
          recommendations.push(...(recsBySection.get(section.id) ?? []));
          continue;
        }
        const copy: Section = { ...section, id: sectionId, number: sectionId };
        delete copy.implicit;
        sections.push(copy);
        const recId = (id: string) => moveId(id, 'R-', section.id, sectionId, k);
        const askId = (id: string) => moveId(id, 'A-', section.id, sectionId, k);
        for (const rec of recsBySection.get(section.id) ?? []) {
          const id = recId(rec.id);
          // A repeat links to the same copy of the other section's recommendation, so the links stay two-way.
          const repeats = rec.repeats.map((other) => {
            const [, otherSection, n] = /^R-(.+)-(\d+)$/.exec(other)!;
            return `R-${scaledSectionId(otherSection!, k)}-${n}`;
          });
          const response = rec.response && { ...rec.response, ...(rec.response.numbers ? { numbers: rec.response.numbers.map((n) => ({ ...n, askId: askId(n.askId) })) } : {}) };
          recommendations.push({ ...rec, id, sectionId, askIds: rec.askIds.map(askId), repeats, ...(response ? { response } : {}) });
          for (const schemeId of rec.schemeIds) {
            const request = requestOf.get(schemeId)?.get(rec.id);
            if (request === undefined) throw new Error(`scheme ${schemeId} has no request for ${rec.id}`);
            const list = schemeAdditions.get(schemeId) ?? [];
            list.push({ recommendationId: id, request });
            schemeAdditions.set(schemeId, list);
          }
        }
        for (const ask of asksBySection.get(section.id) ?? []) {
          asks.push({ ...ask, id: askId(ask.id), sectionId, recommendationId: recId(ask.recommendationId) });
        }
      }
    }
  }
  const scaled: Dataset = {
    ...dataset,
    sections,
    recommendations,
    schemes: dataset.schemes.map((scheme) => {
      const added = schemeAdditions.get(scheme.id) ?? [];
      return { ...scheme, recommendationIds: [...scheme.recommendationIds, ...added.map((a) => a.recommendationId)], requests: [...scheme.requests, ...added] };
    }),
    asks: [...dataset.asks, ...asks],
  };
  // Other data, another revision: a page pre-rendered from the real data is never hydrated with this.
  return factor === 1 ? scaled : { ...scaled, revision: datasetRevision(scaled) };
}

function main(args: string[]): void {
  const [factorText, out] = args;
  const factor = Number(factorText);
  if (!out || !Number.isInteger(factor) || factor < 1) {
    console.error('usage: npx tsx data/pipeline/scale.ts <factor> <out.json>');
    process.exit(2);
  }
  const source = readCommittedDataset();
  const scaled = scaleDataset(source, factor);
  const check = Dataset.safeParse(scaled);
  if (!check.success) {
    const first = check.error.issues.slice(0, 5).map((issue) => `${issue.path.join('.')}: ${issue.message}`);
    throw new Error(`the scaled dataset is not valid:\n${first.join('\n')}`);
  }
  // Written like the pipeline's own output (data/pipeline/dataset.ts serializeDatasetFiles): the core, and the texts beside it.
  const { core, texts } = serializeDatasetFiles(check.data);
  const textsOut = out.replace(/(\.json)?$/, '.texts.json');
  writeFileSync(resolve(out), core);
  writeFileSync(resolve(textsOut), texts);
  console.error(
    `scale: wrote ${out} and ${textsOut} (×${factor}: ${scaled.sections.length} sections, ${scaled.recommendations.length} recommendations, ${scaled.asks.length} numbers, ${Buffer.byteLength(core)} + ${Buffer.byteLength(texts)} bytes)`,
  );
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  try {
    main(process.argv.slice(2));
  } catch (error) {
    console.error(`scale: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  }
}
