/**
 * The agreement figures the About page quotes (docs/methodology.md, Parts 3–5). They come from
 * the annotation passes, which the app does not ship; data/pipeline/methodFigures.test.ts
 * recomputes every one from the passes, so this table cannot drift from them.
 */
export const METHOD_FIGURES = {
  /** Cohen's κ, pooled over the values, final round. */
  levers: 0.94,
  industries: 0.95,
  /** κ on "the recommendation asks for a quantity without a number". */
  asksWithoutNumber: 0.91,
  /** κ on "this urgency word says how soon, not what for". */
  urgency: 1,
  /** The Government's response: the same verdict on `agree` of `of`; Cohen's κ. */
  response: { agree: 167, of: 198, kappa: 0.77 },
} as const;
