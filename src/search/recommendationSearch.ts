/**
 * Trilingual full-text search over the recommendations, for the Explore view.
 *
 * Pure module: no React, no I/O. Every recommendation is one document indexed in all
 * three languages, so an English query finds the Chinese text's recommendation and a
 * Simplified query finds the Traditional one: they are the same id.
 *
 * Chinese has no spaces, so the tokenizer turns CJK runs into overlapping character
 * bigrams ("小額包裹" → 小額 額包 包裹) and Latin text into lower-cased words. A query is
 * tokenized the same way and all its terms must match (AND): every bigram of a Chinese
 * query, every word of an English one (with prefix and light fuzzy matching).
 */
import MiniSearch from 'minisearch';
import type { Query, SearchOptions } from 'minisearch';
import type { Localized, Recommendation } from '../domain/dataset.ts';
import { ancestry } from '../domain/hierarchy.ts';

/** Han plus kana: scripts written without spaces between words. */
const CJK = String.raw`\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}`;
const IS_CJK = new RegExp(`^[${CJK}]`, 'u');
/**
 * One token per match: a CJK run, a number ("3,000" and "2.5" stay whole), or a run of
 * letters. Letters and digits are split apart ("RMB800" → rmb 800), as are Latin and CJK.
 */
const TOKEN = new RegExp(
  String.raw`[${CJK}]+|\p{Nd}{1,3}(?:,\p{Nd}{3})+(?!\p{Nd})(?:\.\p{Nd}+)?|\p{Nd}+(?:\.\p{Nd}+)?|(?:(?![${CJK}])[\p{L}\p{M}])+`,
  'gu',
);
const POSSESSIVE = /(\p{L})['’]s(?!\p{L})/gu;
const INNER_APOSTROPHE = /(\p{L})['’](?=\p{L})/gu;
const NON_ASCII = /\P{ASCII}/u;
const MARKS = /\p{M}+/gu;
const LETTERS_ONLY = /^[\p{L}\p{M}]+$/u;

/**
 * Splits text into search terms: Latin words lower-cased without punctuation or accents
 * ("Hong Kong's" → hong kong, "duty-free" → duty free, "café" → cafe), numbers without
 * thousands separators ("3,000" → 3000), and each CJK run into overlapping bigrams; a run
 * of a single CJK character stays a unigram. Full-width forms are folded first (NFKC).
 */
export function tokenize(text: string): string[] {
  const normalized = text.normalize('NFKC').toLowerCase().replace(POSSESSIVE, '$1').replace(INNER_APOSTROPHE, '$1');
  const tokens: string[] = [];
  for (const [match] of normalized.matchAll(TOKEN)) {
    if (IS_CJK.test(match)) {
      const chars = Array.from(match);
      if (chars.length === 1) tokens.push(match);
      for (let i = 0; i + 1 < chars.length; i++) tokens.push(`${chars[i]}${chars[i + 1]}`);
    } else if (/^\p{Nd}/u.test(match)) {
      tokens.push(match.replaceAll(',', ''));
    } else {
      tokens.push(NON_ASCII.test(match) ? match.normalize('NFD').replace(MARKS, '') : match);
    }
  }
  return tokens;
}

const isCjkTerm = (term: string): boolean => IS_CJK.test(term);
/** A word of letters only (no CJK, no digits): the only terms matched by prefix or fuzzily. */
const isWord = (term: string): boolean => LETTERS_ONLY.test(term) && !isCjkTerm(term);

/**
 * MiniSearch keeps its terms in a radix tree whose nodes find a child by scanning all of
 * them. Stored as they are, CJK bigrams give the root one child per distinct character
 * (thousands), and every indexed bigram pays for that scan: indexing the 10,000-item
 * synthetic dataset took five times as long (13 s instead of 2.5 s). So each distinct CJK
 * term is stored under a short key instead, a marker and a decimal serial number ("#0",
 * "#1", … "#4711"), which keeps the tree's nodes at a few dozen children. Digits only, so
 * that no English word can reach a key by prefix or fuzzy matching. Latin words and
 * numbers are stored as they are (prefix and fuzzy search need them).
 */
const CJK_MARKER = '#';

/**
 * The indexed kinds of text, each in two fields: Chinese (Traditional and Simplified
 * together, a bigram shared by both counted once) and English. The recommendation's own
 * text weighs most.
 */
const KIND_BOOST = { text: 1, section: 0.5, scheme: 0.5, theme: 0.4, chapter: 0.3 } as const;
type Kind = keyof typeof KIND_BOOST;
const KINDS = Object.keys(KIND_BOOST) as Kind[];
const SCRIPTS = ['zh', 'en'] as const;
type Script = (typeof SCRIPTS)[number];
const fieldName = (kind: Kind, script: Script): string => `${kind}:${script}`;
const FIELDS = KINDS.flatMap((kind) => SCRIPTS.map((script) => fieldName(kind, script)));
const BOOST: Record<string, number> = Object.fromEntries(
  KINDS.flatMap((kind) => SCRIPTS.map((script) => [fieldName(kind, script), KIND_BOOST[kind]])),
);

/** A field's index keys, space-separated (no key contains a space). */
type Keys = Record<Script, string>;
/** What MiniSearch indexes: the id, and each non-empty field as space-separated index keys. */
type SearchDocument = { id: string } & Partial<Record<string, string>>;

/**
 * What the index reads of a dataset: each recommendation's words and what it is labelled
 * with, and the titles and names those labels point to. A `Dataset` is one; so is the
 * smaller copy searchClient.ts sends to the search worker (`searchSource`).
 */
export interface SearchSource {
  readonly recommendations: readonly Pick<Recommendation, 'id' | 'text' | 'sectionId' | 'themes' | 'industries' | 'levers' | 'schemeIds'>[];
  readonly sections: readonly { readonly id: string; readonly chapterId: string; readonly title: Localized }[];
  readonly chapters: readonly { readonly id: string; readonly title: Localized }[];
  readonly themes: readonly { readonly id: string; readonly label: Localized }[];
  readonly industries: readonly { readonly id: string; readonly label: Localized }[];
  readonly levers: readonly { readonly id: string; readonly label: Localized }[];
  readonly schemes: readonly { readonly id: string; readonly name: Localized; readonly parentId?: string }[];
}

/** Built once per dataset by {@link buildRecommendationIndex}; treat as opaque. */
export interface RecommendationIndex {
  /** How many recommendations are indexed. */
  readonly size: number;
  readonly engine: MiniSearch<SearchDocument>;
  /** Each indexed CJK term (bigram, or a lone character) → its key in the engine. */
  readonly cjkKeys: ReadonlyMap<string, string>;
  /** Each indexed CJK character → the keys of the CJK terms that contain it (for one-character queries). */
  readonly cjkKeysByCharacter: ReadonlyMap<string, readonly string[]>;
  /** Dataset order, to break ties in score the same way every time. */
  readonly order: ReadonlyMap<string, number>;
}

export interface RecommendationHit {
  id: string;
  score: number;
}

const SEARCH_OPTIONS: SearchOptions = {
  combineWith: 'AND',
  boost: BOOST,
  // Terms are index keys here: a CJK key starts with the marker, so it is never a word.
  prefix: (term) => isWord(term) && term.length >= 3,
  fuzzy: (term) => (isWord(term) && term.length >= 5 ? 0.2 : false),
  // Queries are built from index keys already (see searchRecommendations).
  tokenize: (term) => [term],
  processTerm: (term) => term,
};

function byId<T extends { id: string }>(items: readonly T[]): Map<string, T> {
  return new Map(items.map((item) => [item.id, item]));
}

/** Gives each distinct CJK term its short key, in order of first appearance. */
function keyMaker(cjkKeys: Map<string, string>): (term: string) => string {
  return (term) => {
    if (!isCjkTerm(term)) return term;
    let key = cjkKeys.get(term);
    if (key === undefined) {
      key = CJK_MARKER + String(cjkKeys.size);
      cjkKeys.set(term, key);
    }
    return key;
  };
}

/**
 * Tokenizes texts into the two fields' keys. Each text is tokenized on its own, so no
 * bigram spans two of them; a bigram the Simplified text shares with the Traditional one
 * is counted once.
 */
function keysOf(values: readonly Localized[], keyOf: (term: string) => string): Keys {
  const hant = values.flatMap((value) => tokenize(value['zh-Hant']));
  const inHant = new Set(hant);
  const zh = hant.concat(values.flatMap((value) => tokenize(value['zh-Hans'])).filter((term) => !inHant.has(term)));
  const en = values.flatMap((value) => tokenize(value.en));
  return { zh: zh.map(keyOf).join(' '), en: en.map(keyOf).join(' ') };
}

/** Keys of shared texts (titles, labels), tokenized once however many recommendations use them. */
function cachedKeys(keyOf: (term: string) => string): (id: string, value: Localized | undefined) => Keys | undefined {
  const cache = new Map<string, Keys | undefined>();
  return (id, value) => {
    if (!cache.has(id)) cache.set(id, value && keysOf([value], keyOf));
    return cache.get(id);
  };
}

const joinKeys = (parts: readonly (Keys | undefined)[], script: Script): string =>
  parts.flatMap((part) => (part && part[script] !== '' ? [part[script]] : [])).join(' ');

/** Indexes every recommendation by its text, its section and chapter titles, and its industry, lever, theme and scheme labels, in three languages. */
export function buildRecommendationIndex(dataset: SearchSource): RecommendationIndex {
  const sections = byId(dataset.sections);
  const chapters = byId(dataset.chapters);
  const themes = byId(dataset.themes);
  const industries = byId(dataset.industries);
  const levers = byId(dataset.levers);
  const schemes = byId(dataset.schemes);
  // A programme is found by its umbrella's name too ("ITF" finds ITSP's recommendations).
  const schemesAround = ancestry(dataset.schemes);
  const cjkKeys = new Map<string, string>();
  const keyOf = keyMaker(cjkKeys);
  const sectionKeys = cachedKeys(keyOf);
  const chapterKeys = cachedKeys(keyOf);
  const themeKeys = cachedKeys(keyOf);
  const schemeKeys = cachedKeys(keyOf);

  const engine = new MiniSearch<SearchDocument>({
    fields: FIELDS,
    storeFields: [],
    // Documents hold index keys already: tokenizing is splitting them again.
    tokenize: (keys) => keys.split(' '),
    processTerm: (term) => term,
    searchOptions: SEARCH_OPTIONS,
  });

  const documents = dataset.recommendations.map((rec): SearchDocument => {
    const section = sections.get(rec.sectionId);
    const chapterId = section?.chapterId ?? '';
    const parts: Record<Kind, (Keys | undefined)[]> = {
      text: [keysOf([rec.text], keyOf)],
      section: [sectionKeys(rec.sectionId, section?.title)],
      chapter: [chapterKeys(chapterId, chapters.get(chapterId)?.title)],
      // The facets' labels are searched with the themes' (an id can name a theme and an industry: the cache key says which).
      theme: [
        ...rec.themes.map((id) => themeKeys(`theme:${id}`, themes.get(id)?.label)),
        ...rec.industries.map((id) => themeKeys(`industry:${id}`, industries.get(id)?.label)),
        ...rec.levers.map((id) => themeKeys(`lever:${id}`, levers.get(id)?.label)),
      ],
      scheme: schemesAround(rec.schemeIds).map((id) => schemeKeys(id, schemes.get(id)?.name)),
    };
    const doc: SearchDocument = { id: rec.id };
    for (const kind of KINDS) {
      for (const script of SCRIPTS) {
        const keys = joinKeys(parts[kind], script);
        // An empty field is left out rather than indexed as one empty term.
        if (keys !== '') doc[fieldName(kind, script)] = keys;
      }
    }
    return doc;
  });
  engine.addAll(documents);

  const cjkKeysByCharacter = new Map<string, string[]>();
  for (const [term, key] of cjkKeys) {
    for (const char of new Set(term)) {
      const keys = cjkKeysByCharacter.get(char);
      if (keys) keys.push(key);
      else cjkKeysByCharacter.set(char, [key]);
    }
  }

  return {
    size: dataset.recommendations.length,
    engine,
    cjkKeys,
    cjkKeysByCharacter,
    order: new Map(dataset.recommendations.map((rec, i) => [rec.id, i])),
  };
}

/**
 * The query for one term, or undefined when it cannot match: a CJK term never indexed.
 * A lone CJK character also matches every indexed bigram that contains it.
 */
function termQuery(index: RecommendationIndex, term: string): Query | undefined {
  if (!isCjkTerm(term)) return term;
  if (Array.from(term).length === 1) {
    const keys = index.cjkKeysByCharacter.get(term);
    return keys && { combineWith: 'OR', queries: [...keys] };
  }
  return index.cjkKeys.get(term);
}

/**
 * Recommendations matching every term of the query, best first (ties in dataset order).
 * English words match by prefix (3+ letters) and with one typo per five letters; Chinese
 * bigrams match exactly. An empty or blank query (or one of punctuation only) matches nothing.
 */
export function searchRecommendations(index: RecommendationIndex, query: string): RecommendationHit[] {
  const terms = [...new Set(tokenize(query))];
  const queries = terms.map((term) => termQuery(index, term));
  if (queries.length === 0 || queries.some((q) => q === undefined)) return [];
  const results = index.engine.search({ combineWith: 'AND', queries: queries as Query[] });
  return results
    .map((result) => ({ id: String(result.id), score: result.score }))
    .sort((a, b) => b.score - a.score || (index.order.get(a.id) ?? 0) - (index.order.get(b.id) ?? 0));
}
