/**
 * Inter-annotator agreement on the facets (docs/methodology.md, Part 3): two independent
 * passes in data/annotations/passes/annotator-{a,b}.json, each recommendation with a set of
 * values per facet. Every (recommendation, value) pair is a yes/no decision; Cohen's κ is
 * computed per value and, pooling every decision of a facet, per facet. Also: the share of
 * recommendations whose main (first) value agrees, and exact set agreement.
 *
 * Round 2 (`round2-{a,b}.json`, the recommendations re-annotated under the revised rule book)
 * replaces round 1's annotations of those recommendations; both rounds are reported.
 *
 *   npx tsx data/pipeline/agreement.ts            # markdown tables on stdout
 *   npx tsx data/pipeline/agreement.ts --json     # the figures as JSON
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { asksAgreement } from './asksPasses.ts';
import { responseAgreement } from './responses.ts';
import { annotatorFinal, annotatorRound1 } from './facets.ts';

export type Pass = { annotator: string; recommendations: Record<string, Record<string, string[]>> };

/** Cohen's κ from a 2×2 table: both yes, only A, only B, both no. */
export function cohensKappa(both: number, onlyA: number, onlyB: number, neither: number): number {
  const n = both + onlyA + onlyB + neither;
  if (n === 0) return 1;
  const observed = (both + neither) / n;
  const yesA = (both + onlyA) / n;
  const yesB = (both + onlyB) / n;
  const expected = yesA * yesB + (1 - yesA) * (1 - yesB);
  return expected === 1 ? 1 : (observed - expected) / (1 - expected);
}

export interface ValueAgreement {
  value: string;
  a: number;
  b: number;
  both: number;
  kappa: number;
}

export interface FacetAgreement {
  facet: string;
  kappa: number;
  mainAgreement: number;
  exactAgreement: number;
  values: ValueAgreement[];
}

export function facetAgreement(a: Pass, b: Pass, facet: string, vocabulary: readonly string[]): FacetAgreement {
  const ids = Object.keys(a.recommendations);
  const missing = ids.filter((id) => !b.recommendations[id]);
  if (missing.length > 0 || Object.keys(b.recommendations).length !== ids.length) throw new Error(`the passes do not cover the same recommendations (${missing.slice(0, 5).join(', ')})`);
  const setOf = (pass: Pass, id: string) => new Set(pass.recommendations[id]![facet] ?? []);
  let pooled = [0, 0, 0, 0];
  const values = vocabulary.map((value) => {
    const cells = [0, 0, 0, 0];
    for (const id of ids) {
      const inA = setOf(a, id).has(value);
      const inB = setOf(b, id).has(value);
      cells[inA && inB ? 0 : inA ? 1 : inB ? 2 : 3]! += 1;
    }
    pooled = pooled.map((sum, i) => sum + cells[i]!);
    return { value, a: cells[0]! + cells[1]!, b: cells[0]! + cells[2]!, both: cells[0]!, kappa: cohensKappa(cells[0]!, cells[1]!, cells[2]!, cells[3]!) };
  });
  const main = ids.filter((id) => a.recommendations[id]![facet]?.[0] === b.recommendations[id]![facet]?.[0]).length;
  const exact = ids.filter((id) => {
    const [x, y] = [setOf(a, id), setOf(b, id)];
    return x.size === y.size && [...x].every((v) => y.has(v));
  }).length;
  return { facet, kappa: cohensKappa(pooled[0]!, pooled[1]!, pooled[2]!, pooled[3]!), mainAgreement: main / ids.length, exactAgreement: exact / ids.length, values };
}

const isMain = process.argv[1]?.endsWith('agreement.ts');
if (isMain) {
  const dir = join(import.meta.dirname, '..', 'annotations', 'passes');
  const pass = (annotator: string, recommendations: Pass['recommendations']): Pass => ({ annotator, recommendations });
  const vocabularies = JSON.parse(readFileSync(join(import.meta.dirname, '..', 'annotations', 'facets.json'), 'utf8')) as Record<string, { id: string }[]>;
  // The same reading of the passes as the build's (facets.ts): round 1, then round 2 over it.
  const rounds: [string, Pass, Pass][] = [['round 1', pass('A', annotatorRound1(dir, 'a')), pass('B', annotatorRound1(dir, 'b'))]];
  if (existsSync(join(dir, 'round2-a.json')) && existsSync(join(dir, 'round2-b.json')))
    rounds.push(['final (round 2 over round 1)', pass('A', annotatorFinal(dir, 'a')), pass('B', annotatorFinal(dir, 'b'))]);
  const results = rounds.map(([round, a, b]) => ({ round, facets: Object.entries(vocabularies).map(([facet, values]) => facetAgreement(a, b, facet, values.map((v) => v.id))) }));
  if (process.argv.includes('--json')) console.log(JSON.stringify(results, null, 2));
  else {
    const pct = (x: number) => `${Math.round(x * 100)} %`;
    for (const { round, facets } of results) {
      console.log(`\n## ${round}`);
    for (const result of facets) {
      console.log(`\n### ${result.facet}: κ = ${result.kappa.toFixed(2)} (pooled), main value agrees ${pct(result.mainAgreement)}, same set ${pct(result.exactAgreement)}\n`);
      console.log('| value | A | B | both | κ |\n|---|---:|---:|---:|---:|');
      for (const v of result.values) console.log(`| \`${v.value}\` | ${v.a} | ${v.b} | ${v.both} | ${v.a + v.b === 0 ? "—" : v.kappa.toFixed(2)} |`);
    }
    }
    const asks = asksAgreement(join(import.meta.dirname, '..', 'annotations'));
    console.log(`\n## Asks without a number and repeated asks (Part 4)\n`);
    console.log(`- asks without a number: A ${asks.asks.a}, B ${asks.asks.b}; κ (a recommendation has one) = ${asks.presenceKappa.toFixed(2)}; same asks (kind, direction, scheme) on ${pct(asks.sameAsks)} of ${asks.recommendations} recommendations`);
    console.log(`- repeated asks: pairs A ${asks.repeats.a}, B ${asks.repeats.b}, both ${asks.repeats.both}; positive agreement (Dice) = ${asks.repeats.dice.toFixed(2)}`);
    const responses = responseAgreement(join(import.meta.dirname, '..', 'annotations'));
    console.log(`\n## The Government's response (Part 5)\n`);
    console.log(`- verdicts: the same on ${responses.agree} of ${responses.recommendations} (${pct(responses.agree / responses.recommendations)}); Cohen's κ = ${responses.kappa.toFixed(2)}; linearly weighted κ (the verdicts are ordered) = ${responses.weightedKappa.toFixed(2)}\n`);
    console.log('| A \\ B | adopted | partly | related | not addressed |\n|---|---:|---:|---:|---:|');
    responses.matrix.forEach((row, i) => console.log(`| ${responses.perVerdict[i]!.verdict} | ${row.join(' | ')} |`));
    console.log('\n| verdict | A | B | both | κ (one against the rest) |\n|---|---:|---:|---:|---:|');
    for (const v of responses.perVerdict) console.log(`| \`${v.verdict}\` | ${v.a} | ${v.b} | ${v.both} | ${v.kappa.toFixed(2)} |`);
    console.log(`- urgency candidates: ${asks.urgency.candidates}; judged urgent by A ${asks.urgency.urgent.a}, B ${asks.urgency.urgent.b}; agree on ${asks.urgency.agree}; κ = ${asks.urgency.kappa.toFixed(2)}`);
  }
}
