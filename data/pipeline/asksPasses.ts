/**
 * Asks without a number and repeated asks (docs/methodology.md, Part 4): two independent
 * annotation passes and the adjudication of every recommendation (and every pair) on which
 * they differ. Where the two agree their value stands; where they differ there must be a
 * decision, or the build stops naming the recommendation. Also the agreement figures.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { ASK_DIRECTIONS, ASK_KINDS, ASK_UNITS } from '../../src/domain/vocabulary.ts';
import { cohensKappa } from './agreement.ts';

const NonEmpty = z.string().trim().min(1);
const Slug = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/);
const RecId = z.string().regex(/^R-\d+(\.\d+)?-\d+$/);

export const UnquantifiedAsk = z
  .object({
    quote: NonEmpty,
    kind: z.enum(ASK_KINDS),
    direction: z.enum(ASK_DIRECTIONS),
    unit: z.enum(ASK_UNITS).optional(),
    schemeId: Slug.optional(),
    label: z.object({ 'zh-Hant': NonEmpty, en: NonEmpty }).strict(),
  })
  .strict();
export type UnquantifiedAsk = z.infer<typeof UnquantifiedAsk>;

const Pass = z.object({ annotator: z.string(), asks: z.record(RecId, z.array(UnquantifiedAsk)), repeats: z.array(z.array(RecId).min(2)) });
const Adjudication = z.object({
  adjudicator: z.string(),
  asks: z.record(RecId, z.object({ asks: z.array(UnquantifiedAsk), reason: NonEmpty })),
  /** Keyed "R-a R-b" (sorted). */
  repeats: z.record(z.string(), z.object({ repeat: z.boolean(), reason: NonEmpty })),
  /** Keyed by urgency candidate ("R-7.3-1@52"). */
  urgency: z.record(z.string(), z.object({ judgement: z.enum(['urgent', 'purpose']), reason: NonEmpty })),
});
const UrgencyPass = z.object({ annotator: z.string(), candidates: z.record(z.string(), z.enum(['urgent', 'purpose'])) });
export type AsksPass = z.infer<typeof Pass>;

const read = <T>(path: string, schema: z.ZodType<T>): T => {
  const parsed = schema.safeParse(JSON.parse(readFileSync(path, 'utf8')));
  if (!parsed.success) throw new Error(`${path} is not valid: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
  return parsed.data;
};

export const readAsksPass = (dir: string, letter: 'a' | 'b'): AsksPass => read(join(dir, `asks-${letter}.json`), Pass);

/** What two annotators must agree on for an ask: its kind, direction and scheme (quotes may differ in length). */
const signature = (asks: readonly UnquantifiedAsk[]) =>
  asks
    .map((ask) => `${ask.kind}/${ask.direction}/${ask.schemeId ?? ''}`)
    .sort()
    .join(' ');

export const pairKey = (a: string, b: string) => [a, b].sort().join(' ');
export function pairsOf(groups: readonly (readonly string[])[]): Set<string> {
  const pairs = new Set<string>();
  for (const group of groups) group.forEach((a, i) => group.slice(i + 1).forEach((b) => pairs.add(pairKey(a, b))));
  return pairs;
}

export const readUrgencyPass = (dir: string, letter: 'a' | 'b') => read(join(dir, `urgency-${letter}.json`), UrgencyPass).candidates;

export interface FinalAsksPasses {
  /** Each recommendation's asks without a number. */
  asks: Map<string, UnquantifiedAsk[]>;
  /** Each recommendation's repeats (symmetric). */
  repeats: Map<string, string[]>;
  /** The urgency candidates judged "urgent" (ids such as "R-7.3-1@52"). */
  urgent: Set<string>;
  /** Every candidate judged, urgent or not: the build checks it judged exactly the candidates it finds. */
  judgedCandidates: Set<string>;
  problems: string[];
}

export function finalAsksPasses(annotationsDir: string): FinalAsksPasses {
  const dir = join(annotationsDir, 'passes');
  const [a, b] = [readAsksPass(dir, 'a'), readAsksPass(dir, 'b')];
  const decisions = read(join(dir, 'asks-adjudication.json'), Adjudication);
  const problems: string[] = [];
  const asks = new Map<string, UnquantifiedAsk[]>();
  for (const id of new Set([...Object.keys(a.asks), ...Object.keys(b.asks)])) {
    const [fromA, fromB] = [a.asks[id], b.asks[id]];
    const decision = decisions.asks[id];
    if (!fromA || !fromB) problems.push(`${id}: asks annotated by one annotator only`);
    else if (decision) asks.set(id, decision.asks);
    else if (signature(fromA) === signature(fromB)) asks.set(id, fromA);
    else problems.push(`${id}: the annotators' asks differ and there is no adjudication`);
  }
  const [pairsA, pairsB] = [pairsOf(a.repeats), pairsOf(b.repeats)];
  const repeats = new Map<string, string[]>();
  const link = (x: string, y: string) => repeats.set(x, [...(repeats.get(x) ?? []), y].sort());
  for (const key of [...new Set([...pairsA, ...pairsB])].sort()) {
    const decision = decisions.repeats[key];
    const agreed = pairsA.has(key) && pairsB.has(key);
    if (!agreed && !decision) problems.push(`${key}: one annotator links them as a repeat and there is no adjudication`);
    else if (decision ? decision.repeat : agreed) {
      const [x, y] = key.split(' ') as [string, string];
      link(x, y);
      link(y, x);
    }
  }
  const [urgencyA, urgencyB] = [readUrgencyPass(dir, 'a'), readUrgencyPass(dir, 'b')];
  const urgent = new Set<string>();
  const judgedCandidates = new Set([...Object.keys(urgencyA), ...Object.keys(urgencyB)]);
  for (const id of judgedCandidates) {
    const [fromA, fromB, decision] = [urgencyA[id], urgencyB[id], decisions.urgency[id]];
    if (!fromA || !fromB) problems.push(`urgency candidate ${id}: judged by one annotator only`);
    else if (!decision && fromA !== fromB) problems.push(`urgency candidate ${id}: the annotators differ and there is no adjudication`);
    else if ((decision?.judgement ?? fromA) === 'urgent') urgent.add(id);
  }
  return { asks, repeats, urgent, judgedCandidates, problems };
}

/** Agreement figures of the two passes (reported in docs/methodology.md, Part 4). */
export function asksAgreement(annotationsDir: string) {
  const dir = join(annotationsDir, 'passes');
  const [a, b] = [readAsksPass(dir, 'a'), readAsksPass(dir, 'b')];
  const ids = Object.keys(a.asks).sort();
  const has = (pass: AsksPass, id: string) => (pass.asks[id] ?? []).length > 0;
  const cell = (x: boolean, y: boolean) => ids.filter((id) => has(a, id) === x && has(b, id) === y).length;
  const same = ids.filter((id) => signature(a.asks[id] ?? []) === signature(b.asks[id] ?? [])).length;
  const count = (pass: AsksPass) => ids.reduce((sum, id) => sum + (pass.asks[id] ?? []).length, 0);
  const [pairsA, pairsB] = [pairsOf(a.repeats), pairsOf(b.repeats)];
  const both = [...pairsA].filter((pair) => pairsB.has(pair)).length;
  return {
    recommendations: ids.length,
    asks: { a: count(a), b: count(b) },
    /** Cohen's κ on "this recommendation asks for a quantity without a number". */
    presenceKappa: cohensKappa(cell(true, true), cell(true, false), cell(false, true), cell(false, false)),
    /** Share of recommendations with the same asks (kind, direction, scheme) from both. */
    sameAsks: same / ids.length,
    repeats: { a: pairsA.size, b: pairsB.size, both, dice: pairsA.size + pairsB.size === 0 ? 1 : (2 * both) / (pairsA.size + pairsB.size) },
    urgency: urgencyAgreement(dir),
  };
}

function urgencyAgreement(dir: string) {
  const [a, b] = [readUrgencyPass(dir, 'a'), readUrgencyPass(dir, 'b')];
  const ids = Object.keys(a);
  const cell = (x: string, y: string) => ids.filter((id) => a[id] === x && b[id] === y).length;
  return {
    candidates: ids.length,
    urgent: { a: cell('urgent', 'urgent') + cell('urgent', 'purpose'), b: cell('urgent', 'urgent') + cell('purpose', 'urgent') },
    agree: cell('urgent', 'urgent') + cell('purpose', 'purpose'),
    kappa: cohensKappa(cell('urgent', 'urgent'), cell('urgent', 'purpose'), cell('purpose', 'urgent'), cell('purpose', 'purpose')),
  };
}
