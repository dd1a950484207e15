import { describe, expect, test } from 'vitest';
import type { Localized, Recommendation } from '../domain/dataset.ts';
import { ancestry } from '../domain/hierarchy.ts';
import { readBundledDataset } from '../testing/bundledData.ts';
import { buildRecommendationIndex, searchRecommendations, tokenize } from './recommendationSearch.ts';

// The core with its texts: the search indexes the recommendations' words.
const dataset = readBundledDataset();
const index = buildRecommendationIndex(dataset);
const ids = (query: string): string[] => searchRecommendations(index, query).map((hit) => hit.id);

/** Everything a recommendation is indexed by: its text, section and chapter titles, theme and scheme labels. */
function indexedTexts(rec: Recommendation): Localized[] {
  const section = dataset.sections.find((s) => s.id === rec.sectionId);
  const chapter = dataset.chapters.find((c) => c.id === section?.chapterId);
  return [
    rec.text,
    ...(section ? [section.title] : []),
    ...(chapter ? [chapter.title] : []),
    ...dataset.themes.filter((t) => rec.themes.includes(t.id)).map((t) => t.label),
    // Its schemes and their umbrellas (ITSP is found as part of the ITF).
    ...dataset.schemes.filter((s) => ancestry(dataset.schemes)(rec.schemeIds).includes(s.id)).map((s) => s.name),
  ];
}
const allLanguages = (texts: Localized[]): string[] => texts.flatMap((t) => [t['zh-Hant'], t['zh-Hans'], t.en]);
const recsWhere = (predicate: (rec: Recommendation) => boolean): string[] =>
  dataset.recommendations.filter(predicate).map((rec) => rec.id);

/** The one recommendation about small parcels, found from the data rather than assumed. */
const parcelRecs = recsWhere((rec) => /parcel/i.test(rec.text.en));
const parcelId = parcelRecs[0] ?? 'none';

describe('tokenize', () => {
  test('Latin text becomes lower-cased words without punctuation', () => {
    expect(tokenize('Raise the Duty-free THRESHOLD, for small parcels!')).toEqual([
      'raise', 'the', 'duty', 'free', 'threshold', 'for', 'small', 'parcels',
    ]);
    expect(tokenize("Hong Kong's (HK) café")).toEqual(['hong', 'kong', 'hk', 'cafe']);
  });

  test('numbers keep their decimals and lose thousands separators; letters and digits split', () => {
    expect(tokenize('RMB800 to RMB3,000, up 2.5%')).toEqual(['rmb', '800', 'to', 'rmb', '3000', 'up', '2.5']);
  });

  test('CJK runs become overlapping bigrams, punctuation ends a run, a lone character stays a unigram', () => {
    expect(tokenize('小額包裹')).toEqual(['小額', '額包', '包裹']);
    expect(tokenize('免稅，門檻。')).toEqual(['免稅', '門檻']);
    expect(tokenize('稅')).toEqual(['稅']);
    expect(tokenize('「稅」與「費用」')).toEqual(['稅', '與', '費用']);
  });

  test('mixed Latin and CJK text is split at the script boundary', () => {
    expect(tokenize('BUD專項基金（申請易）')).toEqual(['bud', '專項', '項基', '基金', '申請', '請易']);
    expect(tokenize('800 元人民幣')).toEqual(['800', '元人', '人民', '民幣']);
  });

  test('full-width forms are folded; blank and punctuation-only text give no tokens', () => {
    expect(tokenize('ＢＵＤ　３０００')).toEqual(['bud', '3000']);
    expect(tokenize('')).toEqual([]);
    expect(tokenize('  ，。！ - … ')).toEqual([]);
  });
});

describe('searchRecommendations on the real dataset', () => {
  test('indexes every recommendation', () => {
    expect(index.size).toBe(dataset.recommendations.length);
    expect(index.size).toBe(198);
    expect(parcelRecs).toEqual(['R-5.2-1']);
  });

  test.each([
    ['small parcels duty-free'],
    ['small parcel'],
    ['parcel threshold'],
    ['小額包裹'],
    ['小额包裹'],
  ])('"%s" ranks the small-parcels recommendation first', (query) => {
    expect(ids(query)[0]).toBe(parcelId);
  });

  test('a Chinese query needs all its bigrams, not any of its characters', () => {
    const hits = ids('小額包裹');
    const withBao = recsWhere((rec) => allLanguages(indexedTexts(rec)).some((t) => t.includes('包')));
    expect(withBao.length).toBeGreaterThan(hits.length);
    for (const id of hits) {
      const rec = dataset.recommendations.find((r) => r.id === id);
      const zh = indexedTexts(rec!).flatMap((t) => [t['zh-Hant'], t['zh-Hans']]);
      for (const bigram of ['小額', '額包', '包裹']) expect(zh.some((t) => t.includes(bigram)), `${id} has ${bigram}`).toBe(true);
    }
  });

  test('English words are combined with AND, match by prefix and forgive a typo', () => {
    expect(ids('parcel xyzzy')).toEqual([]);
    expect(ids('parc')).toContain(parcelId);
    expect(ids('threshhold parcels')[0]).toBe(parcelId);
  });

  test('"BUD" finds every recommendation that mentions BUD, those first', () => {
    const mentions = recsWhere((rec) => Object.values(rec.text).some((t) => /\bBUD\b/i.test(t)));
    expect(mentions.length).toBeGreaterThanOrEqual(3);
    const hits = ids('BUD');
    expect(new Set(hits.slice(0, mentions.length))).toEqual(new Set(mentions));
    // Anything after them matches by prefix ("budget") or through a BUD scheme's name.
    for (const id of hits) {
      const rec = dataset.recommendations.find((r) => r.id === id);
      expect(allLanguages(indexedTexts(rec!)).some((t) => /\bbud/i.test(t)), id).toBe(true);
    }
  });

  test('"halal" and "清真" put the same recommendations, those of the halal section, at the top', () => {
    const halalSection = dataset.sections.find((s) => /halal/i.test(s.title.en));
    expect(halalSection?.id).toBe('1.2');
    const expected = new Set(recsWhere((rec) => rec.sectionId === halalSection?.id));
    expect(expected.size).toBeGreaterThan(0);
    for (const query of ['halal', 'Halal', '清真']) {
      expect(new Set(ids(query).slice(0, expected.size)), query).toEqual(expected);
    }
  });

  test('a mixed query "BUD 基金" needs both the English word and the Chinese bigram', () => {
    const expected = recsWhere((rec) => {
      const texts = allLanguages(indexedTexts(rec));
      return texts.some((t) => /\bbud/i.test(t)) && texts.some((t) => t.includes('基金'));
    });
    expect(expected.length).toBeGreaterThan(0);
    expect(new Set(ids('BUD 基金'))).toEqual(new Set(expected));
  });

  test('a single Chinese character finds every recommendation whose Chinese text contains it', () => {
    const expected = recsWhere((rec) => indexedTexts(rec).some((t) => t['zh-Hant'].includes('稅')));
    expect(expected.length).toBeGreaterThan(1);
    expect(new Set(ids('稅'))).toEqual(new Set(expected));
  });

  test('section titles are indexed in every language: a title word no text uses finds the section', () => {
    const textTerms = new Set(
      dataset.recommendations.flatMap((rec) => [rec.text['zh-Hant'], rec.text['zh-Hans'], rec.text.en].flatMap(tokenize)),
    );
    for (const lang of ['en', 'zh-Hant', 'zh-Hans'] as const) {
      const pairs = dataset.sections.flatMap((section) =>
        tokenize(section.title[lang])
          .filter((term) => term.length > 1 && !textTerms.has(term))
          .map((term) => ({ section, term })),
      );
      expect(pairs.length, lang).toBeGreaterThan(0);
      for (const { section, term } of pairs) {
        const hits = ids(term);
        for (const id of recsWhere((rec) => rec.sectionId === section.id)) expect(hits, `${term} → ${id}`).toContain(id);
      }
    }
  });

  test('scheme names are indexed: a term found only in a scheme name finds exactly that scheme’s recommendations', () => {
    const languages = (value: Localized): string[] => [value['zh-Hant'], value['zh-Hans'], value.en];
    const elsewhere = [
      ...dataset.recommendations.map((rec) => rec.text),
      ...dataset.sections.map((s) => s.title),
      ...dataset.chapters.map((c) => c.title),
      ...dataset.themes.map((t) => t.label),
    ].flatMap((value) => languages(value).flatMap(tokenize));
    // English words also match by prefix and fuzzily, so only take those nothing else starts like.
    const onlyInSchemes = (term: string): boolean =>
      /^\p{Script=Han}/u.test(term) ? !elsewhere.includes(term) : !elsewhere.some((t) => t.startsWith(term.slice(0, 3)));
    const terms = [...new Set(dataset.schemes.flatMap((scheme) => languages(scheme.name).flatMap(tokenize)))].filter(onlyInSchemes);
    expect(terms.length).toBeGreaterThan(0);
    for (const term of terms) {
      // A recommendation naming a programme is found by its umbrella's name too (ITF → ITSP).
      const around = ancestry(dataset.schemes);
      const expected = recsWhere((rec) =>
        dataset.schemes.some((scheme) => around(rec.schemeIds).includes(scheme.id) && languages(scheme.name).flatMap(tokenize).includes(term)),
      );
      expect(expected.length, term).toBeGreaterThan(0);
      expect(new Set(ids(term)), term).toEqual(new Set(expected));
    }
  });

  test('a match in a recommendation’s text ranks above a match in a section title only', () => {
    const word = 'advancing';
    const has = (text: string): boolean => new RegExp(`\\b${word}\\b`, 'i').test(text);
    const inText = recsWhere((rec) => has(rec.text.en));
    const titleOnly = recsWhere((rec) => {
      const title = dataset.sections.find((s) => s.id === rec.sectionId)?.title.en ?? '';
      return has(title) && !new RegExp(`\\b${word.slice(0, 4)}`, 'i').test(rec.text.en);
    });
    expect(inText.length).toBeGreaterThan(0);
    expect(titleOnly.length).toBeGreaterThan(0);
    expect(inText.filter((id) => titleOnly.includes(id))).toEqual([]);
    const hits = ids(word);
    expect(hits).toEqual(expect.arrayContaining([...inText, ...titleOnly]));
    const lastInText = Math.max(...inText.map((id) => hits.indexOf(id)));
    const firstTitleOnly = Math.min(...titleOnly.map((id) => hits.indexOf(id)));
    expect(firstTitleOnly).toBeGreaterThan(lastInText);
  });

  test('results are sorted by score and carry only an id and a score', () => {
    const hits = searchRecommendations(index, 'Hong Kong');
    expect(hits.length).toBeGreaterThan(10);
    expect(new Set(hits.map((hit) => hit.id)).size).toBe(hits.length);
    hits.forEach((hit, i) => {
      expect(Object.keys(hit).sort()).toEqual(['id', 'score']);
      if (i > 0) expect(hit.score).toBeLessThanOrEqual(hits[i - 1]!.score);
    });
  });

  test('a query that matches nothing, an empty one and a blank one return []', () => {
    expect(searchRecommendations(index, 'xyzzyplugh')).toEqual([]);
    expect(searchRecommendations(index, '龘龘')).toEqual([]);
    expect(searchRecommendations(index, '')).toEqual([]);
    expect(searchRecommendations(index, '   \t ')).toEqual([]);
    expect(searchRecommendations(index, '，。!?')).toEqual([]);
  });
});

describe('a synthetic dataset of 10,000 recommendations', () => {
  test('builds and answers a query', { timeout: 60_000 }, () => {
    const size = 10_000;
    const recommendations = Array.from({ length: size }, (_, i) => {
      const rec = dataset.recommendations[i % dataset.recommendations.length]!;
      return { ...rec, id: `R-${rec.sectionId}-${1000 + i}` };
    });
    const big = buildRecommendationIndex({ ...dataset, recommendations });
    expect(big.size).toBe(size);
    const expected = recommendations.filter((rec) => /parcel/i.test(rec.text.en)).map((rec) => rec.id);
    expect(expected.length).toBe(Math.ceil(size / dataset.recommendations.length));
    expect(new Set(searchRecommendations(big, 'small parcels').map((hit) => hit.id))).toEqual(new Set(expected));
    expect(new Set(searchRecommendations(big, '小額包裹').map((hit) => hit.id))).toEqual(new Set(expected));
  });
});
