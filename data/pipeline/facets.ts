/**
 * The facets' final values (docs/methodology.md, Part 3): two independent annotation passes
 * (round 2 replacing round 1 where it re-annotated), and the adjudication of every
 * recommendation on which they differ. Where the two agree their value stands; where they
 * differ there must be a decision, or the build stops naming the recommendation.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';

const Slug = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/);
const FacetLists = z.object({ levers: z.array(Slug).min(1).max(3), industries: z.array(Slug).min(1).max(3) });
export type FacetLists = z.infer<typeof FacetLists>;
const Pass = z.object({ annotator: z.string(), round: z.number().optional(), recommendations: z.record(z.string(), FacetLists) });
const Adjudication = z.object({ adjudicator: z.string(), decisions: z.record(z.string(), FacetLists.extend({ reason: z.string().min(1) })) });
const NonEmpty = z.string().trim().min(1);
const Text = z.object({ 'zh-Hant': NonEmpty, en: NonEmpty }).strict();
const FacetEntry = z.object({ id: Slug, label: Text, rule: Text }).strict();
export const FacetsFile = z.object({ levers: z.array(FacetEntry), industries: z.array(FacetEntry) }).strict();
export type FacetEntry = z.infer<typeof FacetEntry>;

export const FACETS = ['levers', 'industries'] as const;

const read = <T>(path: string, schema: z.ZodType<T>): T => {
  const parsed = schema.safeParse(JSON.parse(readFileSync(path, 'utf8')));
  if (!parsed.success) throw new Error(`${path} is not valid: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
  return parsed.data;
};

/** One annotator's round 1 (every recommendation), validated. */
export const annotatorRound1 = (dir: string, letter: 'a' | 'b'): Record<string, FacetLists> => read(join(dir, `annotator-${letter}.json`), Pass).recommendations;

/** One annotator's final annotations: round 2 (where it re-annotated) over round 1. */
export function annotatorFinal(dir: string, letter: 'a' | 'b'): Record<string, FacetLists> {
  const round1 = annotatorRound1(dir, letter);
  const round2Path = join(dir, `round2-${letter}.json`);
  return existsSync(round2Path) ? { ...round1, ...read(round2Path, Pass).recommendations } : round1;
}

const same = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((value, i) => value === b[i]);

/** The final facet values of every recommendation annotated, or the problems that stop the build. */
export function finalFacets(annotationsDir: string): { values: Map<string, FacetLists>; problems: string[] } {
  const dir = join(annotationsDir, 'passes');
  const [a, b] = [annotatorFinal(dir, 'a'), annotatorFinal(dir, 'b')];
  const decisions = read(join(dir, 'adjudication.json'), Adjudication).decisions;
  const values = new Map<string, FacetLists>();
  const problems: string[] = [];
  for (const id of new Set([...Object.keys(a), ...Object.keys(b)])) {
    const [fromA, fromB] = [a[id], b[id]];
    const decision = decisions[id];
    if (!fromA || !fromB) problems.push(`${id}: annotated by one annotator only`);
    else if (decision) values.set(id, { levers: decision.levers, industries: decision.industries });
    else if (FACETS.every((facet) => same(fromA[facet], fromB[facet]))) values.set(id, fromA);
    else problems.push(`${id}: the annotators differ and there is no adjudication`);
  }
  return { values, problems };
}

export const readFacetVocabularies = (annotationsDir: string) => read(join(annotationsDir, 'facets.json'), FacetsFile);
