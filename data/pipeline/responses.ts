/**
 * The Government's response to every recommendation (docs/methodology.md, Part 5): two
 * independent passes (each in three parts by chapter), and the adjudication of every
 * recommendation on which they differ. Where the two agree on the verdict and on every
 * numeric ask, annotator A's evidence stands; where they differ there must be a decision, or
 * the build stops naming the recommendation. Then every cited paragraph and sub-item must
 * exist and every quote must be found in its paragraph, in zh-Hant and in English.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import type { Ask, Response } from '../../src/domain/dataset.ts';
import { ROMAN_NUMERALS } from '../../src/domain/responseText.ts';
import { ASK_OUTCOMES, CONFIDENCES, VERDICTS } from '../../src/domain/vocabulary.ts';
import { cohensKappa } from './agreement.ts';
import { normaliseText, type ParsedAddress } from './policyAddress.ts';

const NonEmpty = z.string().trim().min(1);
const Text = z.object({ 'zh-Hant': NonEmpty, en: NonEmpty }).strict();
const Roman = z.string().regex(/^[ivx]+$/);

export const ResponseEntry = z
  .object({
    verdict: z.enum(VERDICTS),
    paragraphs: z.array(z.object({ number: z.number().int().min(1), item: z.object({ 'zh-Hant': Roman, en: Roman }).strict().optional() }).strict()),
    quote: Text.optional(),
    reason: Text,
    confidence: z.enum(CONFIDENCES),
    searched: z.object({ 'zh-Hant': z.array(NonEmpty).min(1), en: z.array(NonEmpty).min(1) }).strict().optional(),
    numbers: z.array(z.object({ askQuote: NonEmpty, met: z.enum(ASK_OUTCOMES), addressFigure: Text.optional() }).strict()).optional(),
  })
  .strict();
export type ResponseEntry = z.infer<typeof ResponseEntry>;

const RecId = z.string().regex(/^R-\d+(\.\d+)?-\d+$/);
const Pass = z.object({ annotator: z.string(), part: z.number().int(), responses: z.record(RecId, ResponseEntry) });
const Adjudication = z.object({ adjudicator: z.string(), decisions: z.record(RecId, ResponseEntry.extend({ why: NonEmpty })) });

/** The response document as the annotations describe it (data/annotations/response-document.json). */
export const ResponseDocumentFile = z
  .object({ id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/), title: Text, delivered: z.string(), url: z.string(), attribution: Text })
  .strict();
export type ResponseDocumentFile = z.infer<typeof ResponseDocumentFile>;

const read = <T>(path: string, schema: z.ZodType<T>): T => {
  const parsed = schema.safeParse(JSON.parse(readFileSync(path, 'utf8')));
  if (!parsed.success) throw new Error(`${path} is not valid: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
  return parsed.data;
};

/** One annotator's responses, all parts together. */
export function readResponsePass(dir: string, letter: 'A' | 'B'): Record<string, ResponseEntry> {
  const all: Record<string, ResponseEntry> = {};
  for (let part = 1; existsSync(join(dir, `response-${letter}-${part}.json`)); part++) Object.assign(all, read(join(dir, `response-${letter}-${part}.json`), Pass).responses);
  return all;
}

const outcomes = (entry: ResponseEntry) => (entry.numbers ?? []).map((n) => `${n.askQuote}:${n.met}`).join('|');

/** The final response of every recommendation annotated, or the problems that stop the build. */
export function finalResponses(annotationsDir: string): { values: Map<string, ResponseEntry>; problems: string[] } {
  const dir = join(annotationsDir, 'passes');
  const [a, b] = [readResponsePass(dir, 'A'), readResponsePass(dir, 'B')];
  const decisions = read(join(dir, 'response-adjudication.json'), Adjudication).decisions;
  const values = new Map<string, ResponseEntry>();
  const problems: string[] = [];
  for (const id of new Set([...Object.keys(a), ...Object.keys(b)])) {
    const [fromA, fromB, decision] = [a[id], b[id], decisions[id]];
    if (!fromA || !fromB) problems.push(`${id}: response judged by one annotator only`);
    else if (decision) values.set(id, ResponseEntry.parse(Object.fromEntries(Object.entries(decision).filter(([key]) => key !== 'why')))); else if (fromA.verdict === fromB.verdict && outcomes(fromA) === outcomes(fromB)) values.set(id, fromA);
    else problems.push(`${id}: the annotators' responses differ and there is no adjudication`);
  }
  return { values, problems };
}

/** The text a reference points at, in one language: the paragraph, or its sub-item. */
function referencedText(address: ParsedAddress, number: number, item: string | undefined): string | undefined {
  const paragraph = address.paragraphs[number - 1];
  if (!paragraph) return undefined;
  if (item === undefined) return paragraph.text;
  const index = ROMAN_NUMERALS.indexOf(item);
  return index < 0 ? undefined : paragraph.items[index];
}

/**
 * Checks one recommendation's response against the address (paragraphs, sub-items, quotes)
 * and its asks, and returns it in the dataset's shape (zh-Hans converted by `toZhHans`).
 */
export function toResponse(
  recommendationId: string,
  entry: ResponseEntry,
  address: { 'zh-Hant': ParsedAddress; en: ParsedAddress },
  asks: readonly Ask[],
  toZhHans: (zhHant: string) => string,
  problems: string[],
): Response {
  const where = `${recommendationId} response`;
  entry.paragraphs.forEach(({ number, item }, j) => {
    for (const language of ['zh-Hant', 'en'] as const) {
      if (referencedText(address[language], number, item?.[language]) === undefined)
        problems.push(`${where}: paragraph ${j + 1} (¶${number}${item ? `(${item[language]})` : ''}) does not exist in the ${language} text`);
    }
  });
  const first = entry.paragraphs[0];
  if (entry.quote && first) {
    for (const language of ['zh-Hant', 'en'] as const) {
      const text = referencedText(address[language], first.number, first.item?.[language]);
      if (text !== undefined && !text.includes(normaliseText(entry.quote[language])))
        problems.push(`${where}: the ${language} quote "${entry.quote[language]}" is not in ¶${first.number}${first.item ? `(${first.item[language]})` : ''}`);
    }
  }
  const localized = (text: { 'zh-Hant': string; en: string }) => ({ 'zh-Hant': text['zh-Hant'], 'zh-Hans': toZhHans(text['zh-Hant']), en: text.en });
  const numbers = (entry.numbers ?? []).flatMap((number) => {
    const ask = asks.find((candidate) => candidate.recommendationId === recommendationId && candidate.role === 'ask' && candidate.quote === number.askQuote);
    if (!ask) {
      problems.push(`${where}: no ask of ${recommendationId} is quoted "${number.askQuote}"`);
      return [];
    }
    return [{ askId: ask.id, outcome: number.met, ...(number.addressFigure ? { figure: localized(number.addressFigure) } : {}) }];
  });
  return {
    verdict: entry.verdict,
    paragraphs: entry.paragraphs,
    ...(entry.quote ? { quote: localized({ 'zh-Hant': normaliseText(entry.quote['zh-Hant']), en: normaliseText(entry.quote.en) }) } : {}),
    reason: localized(entry.reason),
    confidence: entry.confidence,
    ...(entry.searched ? { searched: entry.searched } : {}),
    ...(numbers.length > 0 ? { numbers } : {}),
  };
}

/** Agreement of the two passes on the verdict (docs/methodology.md, Part 5). */
export function responseAgreement(annotationsDir: string) {
  const dir = join(annotationsDir, 'passes');
  const [a, b] = [readResponsePass(dir, 'A'), readResponsePass(dir, 'B')];
  const ids = Object.keys(a).sort();
  const matrix = VERDICTS.map((x) => VERDICTS.map((y) => ids.filter((id) => a[id]!.verdict === x && b[id]?.verdict === y).length));
  const n = ids.length;
  const agree = VERDICTS.reduce((sum, _, i) => sum + matrix[i]![i]!, 0);
  const rowSum = (i: number) => matrix[i]!.reduce((s, v) => s + v, 0);
  const colSum = (j: number) => matrix.reduce((s, row) => s + row[j]!, 0);
  const expected = VERDICTS.reduce((sum, _, i) => sum + (rowSum(i) * colSum(i)) / (n * n), 0);
  // Linear weights: adopted, partly, related, not addressed are ordered; one step apart is half a disagreement more than none.
  const weight = (i: number, j: number) => 1 - Math.abs(i - j) / (VERDICTS.length - 1);
  let observedW = 0;
  let expectedW = 0;
  VERDICTS.forEach((_, i) =>
    VERDICTS.forEach((__, j) => {
      observedW += (weight(i, j) * matrix[i]![j]!) / n;
      expectedW += (weight(i, j) * rowSum(i) * colSum(j)) / (n * n);
    }),
  );
  // Per verdict, one against the rest.
  const perVerdict = VERDICTS.map((verdict, i) => {
    const both = matrix[i]![i]!;
    return { verdict, a: rowSum(i), b: colSum(i), both, kappa: cohensKappa(both, rowSum(i) - both, colSum(i) - both, n - rowSum(i) - colSum(i) + both) };
  });
  return { recommendations: n, agree, kappa: (agree / n - expected) / (1 - expected), weightedKappa: (observedW - expectedW) / (1 - expectedW), matrix, perVerdict };
}
