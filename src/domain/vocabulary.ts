/**
 * The closed vocabularies of the annotations. They are code, not data, because the UI
 * labels them (i18n keys `vocabulary.*`) and the methodology defines each one
 * (docs/methodology.md).
 */
import { z } from './zodMini.ts';

/** What kind of thing a recommendation asks for (one per recommendation). */
export const ACTIONS = [
  'expand-scheme', // widen or extend an existing scheme, fund or arrangement
  'raise-limit', // raise a cap, ceiling, threshold or quota
  'speed-up', // faster approval, earlier start, a timetable brought forward
  'simplify', // cut red tape, relax or streamline rules and procedures
  'fund', // money: subsidies, incentives, tax concessions, fee cuts
  'legislate', // make or amend laws, regulations, definitions or standards
  'build', // build or provide infrastructure, land, facilities or platforms
  'set-up-body', // establish an authority, committee, office or centre
  'plan', // study, plan, set strategy, publish plans, data or timetables
  'promote', // promote, publicise, educate the public or the market
  'facilitate', // broker co-operation, matching, market access or exchanges
  'develop-talent', // train, educate and attract talent and labour
  'negotiate', // seek agreement from the Central or other governments, or other parties
] as const;
export const Action = z.enum(ACTIONS);
export type Action = z.infer<typeof Action>;

/** What a recommendation asks of a funding scheme or programme it names. */
export const SCHEME_REQUESTS = [
  'widen-scope', // more sectors, items, markets or applicants
  'raise-limit', // a higher cap or budget
  'lower-threshold', // easier eligibility, a requirement removed
  'speed-up', // faster approval, start before approval
  'extend', // run longer
  'defer', // postpone a tightening
  'relaunch', // bring back a scheme that ended
  'continue', // keep it going
  'relax-conditions', // loosen its rules (venues, concurrent applications)
  'review', // review it regularly
  'promote', // encourage its use
  'reference', // named without an ask of its own (e.g. as part of another scheme)
] as const;
export const SchemeRequest = z.enum(SCHEME_REQUESTS);
export type SchemeRequest = z.infer<typeof SchemeRequest>;

/**
 * What a quantity in the submission measures (docs/methodology.md, Part 4). `event` is the date
 * of something that happened or is scheduled: background, never a deadline asked for.
 */
export const ASK_KINDS = ['threshold', 'cap', 'amount', 'share', 'target', 'gap', 'deadline', 'duration', 'area', 'count', 'event'] as const;
export const AskKind = z.enum(ASK_KINDS);
export type AskKind = z.infer<typeof AskKind>;

export const ASK_UNITS = ['money', 'people', 'sq-ft', 'sq-m', 'year', 'month', 'hour', 'percent', 'count', 'date'] as const;
export const AskUnit = z.enum(ASK_UNITS);
export type AskUnit = z.infer<typeof AskUnit>;

/** Which way an ask moves its quantity. */
export const ASK_DIRECTIONS = ['raise', 'lower', 'extend', 'defer', 'set-up', 'remove'] as const;
export const AskDirection = z.enum(ASK_DIRECTIONS);
export type AskDirection = z.infer<typeof AskDirection>;

/**
 * FHKI's urgency words (docs/methodology.md, Part 4), grouped by what they say: a recommendation
 * whose own words use one is "marked urgent". The words are the submission's (zh-Hant); the UI
 * names each group (i18n `urgency.*`).
 */
export const URGENCY_WORDS = {
  'without-delay': ['刻不容緩', '當務之急', '迫切', '急需'],
  'as-soon-as-possible': ['盡快', '儘快', '從速'],
  early: ['盡早', '儘早', '及早', '早日'],
  'speed-up': ['加快', '加速'],
} as const;
export const URGENCY_SIGNALS = Object.keys(URGENCY_WORDS) as (keyof typeof URGENCY_WORDS)[];
export const UrgencySignal = z.enum(URGENCY_SIGNALS as [keyof typeof URGENCY_WORDS, ...(keyof typeof URGENCY_WORDS)[]]);
export type UrgencySignal = z.infer<typeof UrgencySignal>;

/** What FHKI stresses: the values of the "emphasis" filter. */
export const EMPHASES = ['urgent', 'repeated'] as const;
export type Emphasis = (typeof EMPHASES)[number];

/**
 * What came of an ask in the Government's response (docs/methodology.md, Part 5), strongest
 * first: the order of every chart's stack and legend.
 */
export const VERDICTS = ['adopted', 'partly', 'related', 'not-addressed'] as const;
export const Verdict = z.enum(VERDICTS);
export type Verdict = z.infer<typeof Verdict>;

/** How sure the annotators were of a verdict. */
export const CONFIDENCES = ['high', 'medium', 'low'] as const;
export const Confidence = z.enum(CONFIDENCES);

/** Whether the response meets a numeric ask. */
export const ASK_OUTCOMES = ['met', 'partly', 'not-met'] as const;
export const AskOutcome = z.enum(ASK_OUTCOMES);
export type AskOutcome = z.infer<typeof AskOutcome>;
