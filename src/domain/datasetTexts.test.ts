/**
 * The dataset in two documents: the core (all the first screen reads) and the texts by id,
 * each valid alone, merged by `withTexts` into the full dataset, and never merged when the
 * texts are not the core's.
 */
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { arbitraryDataset } from '../testing/arbitraryDataset.ts';
import { readBundledCore, readBundledDataset, readBundledTexts } from '../testing/bundledData.ts';
import { Dataset, DatasetCore } from './dataset.ts';
import { DatasetTexts, splitDataset, TextsMismatchError, textsProblems, withTexts } from './datasetTexts.ts';

const core = readBundledCore();
const texts = readBundledTexts();
const dataset = readBundledDataset();

/** Every key anywhere in a JSON value. */
const keysIn = (value: unknown, out = new Set<string>()): Set<string> => {
  if (Array.isArray(value)) value.forEach((item) => keysIn(item, out));
  else if (value && typeof value === 'object')
    for (const [key, inner] of Object.entries(value)) {
      out.add(key);
      keysIn(inner, out);
    }
  return out;
};

/** The problems `withTexts` refuses `broken` texts with (it must refuse them). */
function refused(brokenTexts: DatasetTexts, brokenCore: DatasetCore = core): { path: string; message: string }[] {
  expect(textsProblems(brokenCore, brokenTexts)).not.toEqual([]);
  try {
    withTexts(brokenCore, brokenTexts);
  } catch (error) {
    expect(error).toBeInstanceOf(TextsMismatchError);
    return [...(error as TextsMismatchError).problems];
  }
  throw new Error('withTexts merged texts that are not the core\'s');
}

const recWith = (predicate: (rec: Dataset['recommendations'][number]) => boolean) => dataset.recommendations.find(predicate)!;

describe('the core', () => {
  test('the bundled core validates with its own rules, and holds none of the long texts', () => {
    expect(DatasetCore.safeParse(core).error?.issues ?? []).toEqual([]);
    const keys = keysIn(core);
    for (const text of ['text', 'lead', 'rule', 'reason', 'searched']) expect(keys.has(text), text).toBe(false);
    // The only `quote` left is each ask's: the overview's number cards show it.
    expect(core.recommendations.some((rec) => rec.urgency.some((mark) => 'quote' in mark) || (rec.response && 'quote' in rec.response))).toBe(false);
    expect(core.asks.every((ask) => ask.quote.length > 0)).toBe(true);
  });

  test('it keeps the rules it can check alone (a dangling reference, a response without its document)', () => {
    const dangling = structuredClone(core);
    dangling.recommendations[0]!.themes = ['zz-no-such-theme'];
    expect(DatasetCore.safeParse(dangling).error?.issues.map((issue) => issue.path.join('.'))).toEqual(['recommendations.0.themes.0']);
    const unanswered = { ...structuredClone(core), responseDocument: undefined };
    expect(DatasetCore.safeParse(unanswered).error?.issues[0]?.message).toBe('a response without a responseDocument');
  });

  test('the full schema asks for the texts the core does without', () => {
    expect(Dataset.safeParse(core).success).toBe(false);
    expect(Dataset.safeParse(dataset).error?.issues ?? []).toEqual([]);
  });
});

describe('the texts', () => {
  test('the bundled texts validate, belong to the core (same submission, same revision) and hold every long text', () => {
    expect(DatasetTexts.safeParse(texts).error?.issues ?? []).toEqual([]);
    expect([texts.submissionId, texts.revision, texts.schemaVersion]).toEqual([core.submission.id, core.revision, core.schemaVersion]);
    expect(Object.keys(texts.recommendations).sort()).toEqual(core.recommendations.map((rec) => rec.id).sort());
    expect(Object.keys(texts.sections).sort()).toEqual(dataset.sections.filter((section) => section.lead).map((section) => section.id).sort());
    expect(Object.keys(texts.levers).sort()).toEqual(core.levers.map((lever) => lever.id).sort());
  });

  test.each([
    ['a recommendation without its words', (t: Record<string, unknown>) => delete (t.recommendations as Record<string, Record<string, unknown>>)['R-5.2-1']!.text, 'recommendations.R-5.2-1.text'],
    ['a key that is no recommendation id', (t: Record<string, unknown>) => ((t.recommendations as Record<string, unknown>)['5.2-1'] = { text: { 'zh-Hant': '字', 'zh-Hans': '字', en: 'word' } }), 'recommendations.5.2-1'],
    ['a revision that is no sha256', (t: Record<string, unknown>) => (t.revision = 'latest'), 'revision'],
    ['no submission id', (t: Record<string, unknown>) => delete t.submissionId, 'submissionId'],
    ['another schema version', (t: Record<string, unknown>) => (t.schemaVersion = 3), 'schemaVersion'],
  ])('%s fails the schema at that path', (_case, breakIt, path) => {
    const broken = structuredClone(texts) as unknown as Record<string, unknown>;
    breakIt(broken);
    expect(DatasetTexts.safeParse(broken).error?.issues.map((issue) => issue.path.join('.'))).toContain(path);
  });
});

describe('withTexts', () => {
  test('merges the core and its texts into the full dataset, every rule included', () => {
    const merged = withTexts(core, texts);
    expect(merged).toEqual(dataset);
    expect(Dataset.safeParse(merged).error?.issues ?? []).toEqual([]);
    const urgent = recWith((rec) => rec.urgency.length > 0);
    expect(merged.recommendations.find((rec) => rec.id === urgent.id)!.urgency.map((mark) => mark.quote)).toEqual(texts.recommendations[urgent.id]!.urgency!.map((entry) => entry.quote));
    const withLead = dataset.sections.find((section) => section.lead)!;
    expect(merged.sections.find((section) => section.id === withLead.id)!.lead).toEqual(texts.sections[withLead.id]!.lead);
  });

  test('changes neither argument (the core stays cached for the first screen)', () => {
    const [coreBefore, textsBefore] = [structuredClone(core), structuredClone(texts)];
    withTexts(core, texts);
    expect(core).toEqual(coreBefore);
    expect(texts).toEqual(textsBefore);
  });

  test('refuses texts of another submission or revision, saying so in one line', () => {
    expect(refused({ ...texts, revision: '0'.repeat(64) })).toEqual([{ path: 'revision', message: expect.stringMatching(/^the texts are of revision 000000000000…, the dataset is [0-9a-f]{12}…: they were not built together$/) }]);
    expect(refused({ ...texts, submissionId: 'another-submission' })).toEqual([{ path: 'submissionId', message: `the texts are of "another-submission", the dataset is "${core.submission.id}"` }]);
  });

  test('refuses texts that miss a recommendation, name one the core does not have, or disagree with its urgency words and response', () => {
    const urgent = recWith((rec) => rec.urgency.length > 0).id;
    const answered = recWith((rec) => rec.response?.verdict === 'adopted').id;
    const open = recWith((rec) => rec.response?.verdict === 'not-addressed').id;
    const broken = structuredClone(texts);
    delete broken.recommendations['R-1.1-1'];
    broken.recommendations['R-99.9-1'] = { text: { 'zh-Hant': '字', 'zh-Hans': '字', en: 'word' } };
    delete broken.recommendations[urgent]!.urgency;
    delete broken.recommendations[answered]!.response!.quote;
    broken.recommendations[open]!.response!.quote = { 'zh-Hant': '字', 'zh-Hans': '字', en: 'word' };
    delete broken.sections[Object.keys(broken.sections)[0]!];
    broken.sections['99.9'] = { lead: { 'zh-Hant': '字', 'zh-Hans': '字', en: 'word' } };
    delete broken.levers[core.levers[0]!.id];
    expect(refused(broken)).toEqual(
      expect.arrayContaining([
        { path: 'recommendations.R-1.1-1', message: 'the recommendation has no texts' },
        { path: 'recommendations.R-99.9-1', message: 'not one of the recommendations' },
        { path: `recommendations.${urgent}.urgency`, message: `0 quotes for ${core.recommendations.find((rec) => rec.id === urgent)!.urgency.length} urgency words` },
        { path: `recommendations.${answered}.response.quote`, message: 'a "adopted" verdict quotes the words that carry it' },
        { path: `recommendations.${open}.response.quote`, message: 'nothing responds: "not addressed" quotes nothing' },
        { path: 'sections.99.9', message: 'not one of the sections' },
        { path: `levers.${core.levers[0]!.id}`, message: 'no rule' },
      ]),
    );
  });

  test('refuses texts of a response the core does not have, and a core response without texts', () => {
    const unanswered = structuredClone(core);
    const rec = unanswered.recommendations[0]!;
    delete rec.response;
    expect(refused(texts, unanswered)).toContainEqual({ path: `recommendations.${rec.id}.response`, message: 'texts of a response the recommendation does not have' });
    const silent = structuredClone(texts);
    delete silent.recommendations[rec.id]!.response;
    expect(refused(silent)).toContainEqual({ path: `recommendations.${rec.id}.response`, message: 'the response has no texts' });
  });

  test('an id named after a member of Object.prototype is not taken for an entry of the texts', () => {
    // A theme may be called "constructor" (a slug); the texts have no rule for it, whatever Object.prototype holds.
    const hostile = { ...core, themes: core.themes.map((theme, i) => (i === 0 ? { ...theme, id: 'constructor' } : theme)) };
    const broken = structuredClone(texts);
    delete broken.themes[core.themes[0]!.id];
    expect(refused(broken, hostile)).toEqual([{ path: 'themes.constructor', message: 'no rule' }]);
  });
});

describe('splitDataset', () => {
  test('splits any valid dataset into a valid core and valid texts that merge back into it (property, 200 runs)', () => {
    fc.assert(
      fc.property(arbitraryDataset(), (generated) => {
        const parts = JSON.parse(JSON.stringify(splitDataset(generated))) as ReturnType<typeof splitDataset>;
        const [parsedCore, parsedTexts] = [DatasetCore.safeParse(parts.core), DatasetTexts.safeParse(parts.texts)];
        expect(parsedCore.error?.issues ?? []).toEqual([]);
        expect(parsedTexts.error?.issues ?? []).toEqual([]);
        expect(withTexts(parsedCore.data!, parsedTexts.data!)).toEqual(generated);
      }),
      { seed: 20_250_808, numRuns: 200 },
    );
  });

  test('the bundled dataset splits into exactly the bundled files', () => {
    expect(splitDataset(dataset)).toEqual({ core, texts });
  });
});
