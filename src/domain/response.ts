/**
 * What came of the asks (issue 15): the Government's response to the recommendations in
 * scope, counted by verdict, and the two lists an executive carries into a briefing — what
 * was won (adopted in full or in part) and what is still open. Pure.
 */
import type { RecommendationCore } from './dataset.ts';
import { VERDICTS, type Verdict } from './vocabulary.ts';

/** `R`: the recommendations as given (the core's, or the full ones with their texts). */
export interface Uptake<R extends RecommendationCore = RecommendationCore> {
  /** Recommendations in scope. */
  total: number;
  /** How many of them got each verdict, strongest first. */
  byVerdict: { verdict: Verdict; count: number }[];
  /** Adopted in full or in part. */
  takenUp: number;
  /** Adopted in full or in part, strongest first then in source order. */
  won: R[];
  /** Mentioned without a commitment. */
  related: R[];
  /** Nothing in the response answers them. */
  notAddressed: R[];
}

const TAKEN_UP: readonly Verdict[] = ['adopted', 'partly'];

export function uptake<R extends RecommendationCore>(recs: readonly R[]): Uptake<R> {
  const judged = recs.filter((rec) => rec.response);
  const of = (verdict: Verdict) => judged.filter((rec) => rec.response!.verdict === verdict);
  const won = [...of('adopted'), ...of('partly')];
  return {
    total: judged.length,
    byVerdict: VERDICTS.map((verdict) => ({ verdict, count: of(verdict).length })),
    takenUp: judged.filter((rec) => TAKEN_UP.includes(rec.response!.verdict)).length,
    won,
    related: of('related'),
    notAddressed: of('not-addressed'),
  };
}
