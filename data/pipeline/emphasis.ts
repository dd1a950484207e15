/**
 * Urgency (docs/methodology.md, Part 4). The pipeline finds the candidates: every one of FHKI's
 * urgency words (URGENCY_WORDS) in a recommendation's own words, outside a name in 「」. Two
 * annotators judged each candidate "urgent" or "purpose" (asksPasses.ts reads their passes);
 * the quote is the clause the word stands in.
 */
import { URGENCY_WORDS, type UrgencySignal } from '../../src/domain/vocabulary.ts';

const CLAUSE_END = /[，。；：！？\n]/;

export interface UrgencyCandidate {
  /** "R-7.3-1@52": the recommendation and the word's offset in its zh-Hant text. */
  readonly id: string;
  readonly signal: UrgencySignal;
  readonly word: string;
  /** The clause the word stands in, verbatim. */
  readonly quote: string;
}

function insideName(text: string, at: number): boolean {
  const open = text.lastIndexOf('「', at);
  return open !== -1 && text.lastIndexOf('」', at) < open;
}

function clauseAround(text: string, at: number, length: number): string {
  let start = at;
  while (start > 0 && !CLAUSE_END.test(text[start - 1]!)) start -= 1;
  let end = at + length;
  while (end < text.length && !CLAUSE_END.test(text[end]!)) end += 1;
  return text.slice(start, end).trim();
}

/** The urgency words of a recommendation's text, in reading order. */
export function urgencyCandidates(recommendationId: string, text: string): UrgencyCandidate[] {
  const found: { at: number; candidate: UrgencyCandidate }[] = [];
  for (const [signal, words] of Object.entries(URGENCY_WORDS) as [UrgencySignal, readonly string[]][]) {
    for (const word of words) {
      for (let at = text.indexOf(word); at !== -1; at = text.indexOf(word, at + word.length)) {
        if (insideName(text, at)) continue;
        found.push({ at, candidate: { id: `${recommendationId}@${at}`, signal, word, quote: clauseAround(text, at, word.length) } });
      }
    }
  }
  return found.sort((x, y) => x.at - y.at).map(({ candidate }) => candidate);
}
