/**
 * Test-only: fast-check arbitraries for the malformed-dataset suites (issue 8).
 *
 * - `arbitraryDataset()` builds small, varied datasets that satisfy the whole `Dataset` schema,
 *   integrity rules included (two-sided links, pages inside the document, ids per section).
 * - `arbitraryMutation()` damages one: each mutation turns a dataset into the response body a
 *   source would receive, and says what the app must make of it: a schema problem at a named path,
 *   "not JSON", or (for tolerable changes) the dataset as it should be read.
 *
 * Everything here is plain data in, plain data out: no I/O, and the generated datasets survive a
 * JSON round trip unchanged (no -0, NaN or undefined properties).
 */
import fc from 'fast-check';
import { SCHEMA_VERSION, type Dataset, type DatasetCore, type Localized } from '../domain/dataset.ts';
import { ACTIONS, ASK_DIRECTIONS, ASK_KINDS, ASK_UNITS, SCHEME_REQUESTS, URGENCY_SIGNALS } from '../domain/vocabulary.ts';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type JsonObject = { [key: string]: Json };
/** What a mutation damages: a full dataset, or the core a source reads first (the same mutations apply to both). */
export type Document = Dataset | DatasetCore;
/** A location in the JSON tree: object keys and array indices. */
export type JsonPath = readonly (string | number)[];

/** The path as `parseBody` reports it: "recommendations.3.page", or "(document)" for the whole. */
export const dotted = (path: JsonPath): string => path.map(String).join('.') || '(document)';

/** Records as plain objects (fast-check may otherwise make null-prototype ones). */
const record = <T extends object>(model: { [K in keyof T]: fc.Arbitrary<T[K]> }): fc.Arbitrary<T> =>
  fc.record(model, { noNullPrototype: true }) as fc.Arbitrary<unknown> as fc.Arbitrary<T>;

// ---------------------------------------------------------------------------------------------
// Valid datasets
// ---------------------------------------------------------------------------------------------

const cjk = fc.string({ unit: fc.integer({ min: 0x4e00, max: 0x9fff }).map((code) => String.fromCodePoint(code)), minLength: 1, maxLength: 16 });
const cjkPunctuated = fc.tuple(cjk, fc.constantFrom('，', '。', '：', '「', '」', '（示例）', ' ', '\n'), cjk).map((parts) => parts.join(''));

/** Free text as the submission has it: CJK, any Unicode graphemes (emoji, combining marks, RTL), ASCII, control characters. */
export const arbitraryText: fc.Arbitrary<string> = fc.oneof(
  { arbitrary: cjk, weight: 3 },
  { arbitrary: cjkPunctuated, weight: 1 },
  { arbitrary: fc.string({ unit: 'grapheme', minLength: 1, maxLength: 24 }), weight: 3 },
  { arbitrary: fc.string({ unit: 'grapheme-ascii', minLength: 1, maxLength: 24 }), weight: 2 },
  { arbitrary: fc.string({ unit: 'binary', minLength: 1, maxLength: 8 }), weight: 1 },
);

const localized: fc.Arbitrary<Localized> = fc
  .tuple(arbitraryText, arbitraryText, arbitraryText)
  .map(([zhHant, zhHans, en]) => ({ 'zh-Hant': zhHant, 'zh-Hans': zhHans, en }));

const slug = fc.stringMatching(/^[a-z0-9]{1,8}(-[a-z0-9]{1,6}){0,2}$/);
const optional = <T>(arbitrary: fc.Arbitrary<T>) => fc.option(arbitrary, { nil: undefined });
/** A number that survives JSON unchanged (no -0, NaN or infinities). */
const jsonNumber = fc.oneof(fc.integer({ min: -1_000_000, max: 1_000_000_000 }), fc.double({ min: -1e9, max: 1e12, noNaN: true, noDefaultInfinity: true })).map((n) => (Object.is(n, -0) ? 0 : n));
const askDate = fc
  .tuple(fc.integer({ min: 1990, max: 2099 }), fc.constantFrom('', 'month', 'academic'), fc.integer({ min: 1, max: 12 }))
  .map(([year, form, month]) => (form === 'month' ? `${year}-${String(month).padStart(2, '0')}` : form === 'academic' ? `${year}/${String((year + 1) % 100).padStart(2, '0')}` : String(year)));

/** Picks by a generated natural number, so that choices shrink towards the first item. */
const pick = <T>(items: readonly T[], n: number): T => items[n % items.length]!;
const uniq = <T>(items: readonly T[]): T[] => [...new Set(items)];

const choices = {
  submission: record({
    id: fc.stringMatching(/^[a-z0-9][a-z0-9-]{0,30}$/),
    title: localized,
    author: localized,
    date: fc.tuple(fc.integer({ min: 2000, max: 2099 }), fc.integer({ min: 1, max: 12 })).map(([y, m]) => `${y}-${String(m).padStart(2, '0')}`),
    pages: fc.integer({ min: 1, max: 40 }),
    sourceSha256: fc.stringMatching(/^[0-9a-f]{64}$/),
  }),
  pillars: fc.array(localized, { minLength: 1, maxLength: 3 }),
  chapters: fc.array(record({ pillar: fc.nat(), title: localized, page: fc.nat() }), { minLength: 1, maxLength: 4 }),
  sections: fc.array(
    record({ chapter: fc.nat(), title: localized, page: fc.nat(), implicit: optional(fc.boolean()), lead: optional(localized) }),
    { minLength: 1, maxLength: 6 },
  ),
  themes: fc.uniqueArray(record({ id: slug, label: localized, rule: localized }), { minLength: 1, maxLength: 5, selector: (theme) => theme.id }),
  addressees: fc.uniqueArray(record({ id: slug, label: localized }), { minLength: 1, maxLength: 4, selector: (a) => a.id }),
  places: fc.uniqueArray(record({ id: slug, label: localized, parent: optional(fc.nat()) }), { maxLength: 4, selector: (p) => p.id }),
  schemes: fc.uniqueArray(record({ id: slug, name: localized, administrator: localized, parent: optional(fc.nat()) }), { maxLength: 4, selector: (s) => s.id }),
  recommendations: fc.array(
    record({
      section: fc.nat(),
      page: fc.nat(),
      span: fc.nat({ max: 2 }),
      kind: fc.constantFrom('bullet' as const, 'paragraph' as const),
      text: localized,
      themes: fc.array(fc.nat(), { minLength: 1, maxLength: 3 }),
      addressees: fc.array(fc.nat(), { minLength: 1, maxLength: 3 }),
      places: fc.array(fc.nat(), { maxLength: 3 }),
      action: fc.constantFrom(...ACTIONS),
      schemes: fc.array(record({ scheme: fc.nat(), request: fc.constantFrom(...SCHEME_REQUESTS) }), { maxLength: 2 }),
      urgency: fc.array(record({ signal: fc.constantFrom(...URGENCY_SIGNALS), word: fc.constantFrom('盡快', '加快'), quote: record({ 'zh-Hant': arbitraryText, 'zh-Hans': arbitraryText }) }), { maxLength: 2 }),
    }),
    { minLength: 1, maxLength: 15 },
  ),
  asks: fc.array(
    record({
      recommendation: fc.nat(),
      source: fc.constantFrom('recommendation' as const, 'lead' as const),
      background: fc.boolean(),
      direction: fc.constantFrom(...ASK_DIRECTIONS),
      unquantified: fc.boolean(),
      kind: fc.constantFrom(...ASK_KINDS),
      label: localized,
      quote: arbitraryText,
      // At least one of value, from/to or date (the schema's rule for an ask).
      figures: fc
        .record({ value: optional(jsonNumber), from: optional(jsonNumber), to: optional(jsonNumber), date: optional(askDate) }, { noNullPrototype: true })
        .filter((f) => f.value !== undefined || f.from !== undefined || f.to !== undefined || f.date !== undefined),
      unit: fc.constantFrom(...ASK_UNITS),
      currency: optional(fc.constantFrom('HKD' as const, 'CNY' as const, 'USD' as const)),
    }),
    { maxLength: 6 },
  ),
};

type Choices = { [K in keyof typeof choices]: (typeof choices)[K] extends fc.Arbitrary<infer T> ? T : never };

/** Copies only the defined properties, so optional keys are either present or absent, never undefined. */
function defined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}

function buildDataset(c: Choices): Dataset {
  const lastPage = c.submission.pages;
  const page = (n: number) => 1 + (n % lastPage);
  const pillars = c.pillars.map((title, i) => ({ id: `P${i + 1}`, number: i + 1, title }));
  const chapters = c.chapters.map((ch, i) => ({ id: `C${i + 1}`, pillarId: pick(pillars, ch.pillar).id, number: i + 1, title: ch.title, page: page(ch.page) }));

  const sectionsPerChapter = new Map<number, number>();
  const sections = c.sections.map((s) => {
    const chapter = pick(chapters, s.chapter);
    const k = (sectionsPerChapter.get(chapter.number) ?? 0) + 1;
    sectionsPerChapter.set(chapter.number, k);
    // A chapter's stand-in section (chapter 14 of the real submission) is numbered like the chapter.
    const id = s.implicit === true && k === 1 ? String(chapter.number) : `${chapter.number}.${k}`;
    return defined({ id, chapterId: chapter.id, number: id, title: s.title, page: page(s.page), implicit: s.implicit, lead: s.lead });
  });

  const themes = c.themes.map((t) => ({ id: t.id, label: t.label, rule: t.rule }));
  const levers = themes.map((t) => ({ ...t, id: `lever-${t.id}` }));
  const industries = themes.map((t) => ({ ...t, id: `industry-${t.id}` }));
  const addressees = c.addressees.map((a) => ({ id: a.id, label: a.label }));
  const places = c.places.map((p, i) => defined({ id: p.id, label: p.label, parentId: p.parent !== undefined && i > 0 ? c.places[p.parent % i]!.id : undefined }));

  const recsPerSection = new Map<string, number>();
  const schemeLinks: { rec: string; scheme: string; requests: string[] }[] = [];
  const recommendations = c.recommendations.map((r) => {
    const section = pick(sections, r.section);
    const k = (recsPerSection.get(section.id) ?? 0) + 1;
    recsPerSection.set(section.id, k);
    const id = `R-${section.id}-${k}`;
    const first = page(r.page);
    const schemeIds: string[] = [];
    // One request per recommendation and scheme (the schema requires it).
    if (c.schemes.length > 0) {
      for (const link of r.schemes) {
        const scheme = pick(c.schemes, link.scheme).id;
        if (schemeIds.includes(scheme)) continue;
        schemeIds.push(scheme);
        schemeLinks.push({ rec: id, scheme, requests: [link.request] });
      }
    }
    return {
      id,
      sectionId: section.id,
      page: first,
      endPage: Math.min(lastPage, first + r.span),
      kind: r.kind,
      text: r.text,
      themes: uniq(r.themes.map((n) => pick(themes, n).id)),
      // The facets reuse the theme vocabulary's shape and picks: what is generated is their structure.
      levers: uniq(r.themes.map((n) => pick(levers, n).id)),
      industries: uniq(r.themes.map((n) => pick(industries, n).id)),
      addressees: uniq(r.addressees.map((n) => pick(addressees, n).id)),
      places: places.length === 0 ? [] : uniq(r.places.map((n) => pick(places, n).id)),
      action: r.action,
      schemeIds,
      askIds: [] as string[],
      urgency: r.urgency,
      repeats: [] as string[],
    };
  });

  // Umbrellas nest to any depth; a parent comes before its children, so there is no loop.
  const schemeParents = c.schemes.map((s, i) => (s.parent !== undefined && i > 0 ? c.schemes[s.parent % i]!.id : undefined));
  // A scheme no recommendation names stays only as the umbrella of one that stays.
  const kept = new Set<string>();
  for (let i = c.schemes.length - 1; i >= 0; i -= 1) {
    const id = c.schemes[i]!.id;
    if (schemeLinks.some((link) => link.scheme === id) || c.schemes.some((_, j) => kept.has(c.schemes[j]!.id) && schemeParents[j] === id)) kept.add(id);
  }
  const schemes = c.schemes.flatMap((s, i) => (kept.has(s.id) ? [{ s, i }] : [])).map(({ s, i }) => {
    const links = schemeLinks.filter((link) => link.scheme === s.id);
    return defined({
      id: s.id,
      name: s.name,
      administrator: s.administrator,
      officialEnglish: i % 2 === 0,
      parentId: schemeParents[i],
      recommendationIds: links.map((link) => link.rec),
      requests: links.flatMap((link) => link.requests.map((request) => ({ recommendationId: link.rec, request }))),
    });
  }) as Dataset['schemes'];

  const asks = c.asks.map((a, i) => {
    const rec = pick(recommendations, a.recommendation);
    const id = `A-${i + 1}`;
    if (a.source === 'recommendation') rec.askIds.push(id);
    return defined({
      id,
      recommendationId: rec.id,
      sectionId: rec.sectionId,
      source: a.source,
      role: a.background ? ('background' as const) : ('ask' as const),
      // Events and gaps are background only (the schema's rule).
      kind: !a.background && (a.kind === 'event' || a.kind === 'gap') ? ('cap' as const) : a.kind,
      direction: a.background ? undefined : a.direction,
      label: a.label,
      quote: a.quote,
      // An ask may have no number (value null); a background figure always has one.
      ...(!a.background && a.unquantified ? { value: null } : a.figures),
      // An ask without a number may say what it measures, or not: these leave the unit out.
      ...(!a.background && a.unquantified ? {} : { unit: a.unit, currency: a.unit === 'money' ? (a.currency ?? 'HKD') : a.currency }),
    });
  });

  return {
    schemaVersion: 2,
    revision: 'c'.repeat(64),
    submission: { ...c.submission },
    pillars,
    chapters,
    sections,
    recommendations,
    themes,
    levers,
    industries,
    schemes,
    asks,
    addressees,
    places,
  } as Dataset;
}

/** Small valid datasets: 1–3 pillars, 1–4 chapters, 1–6 sections, 1–15 recommendations, consistent links. */
export function arbitraryDataset(): fc.Arbitrary<Dataset> {
  return fc.record(choices, { noNullPrototype: true }).map(buildDataset);
}

// ---------------------------------------------------------------------------------------------
// Walking the JSON tree
// ---------------------------------------------------------------------------------------------

interface Node {
  path: JsonPath;
  value: Json;
}

/** Every value in the tree with its path, the root first. */
function nodes(value: Json, path: JsonPath = []): Node[] {
  const out: Node[] = [{ path, value }];
  if (Array.isArray(value)) value.forEach((item, i) => out.push(...nodes(item, [...path, i])));
  else if (value !== null && typeof value === 'object') for (const [key, item] of Object.entries(value)) out.push(...nodes(item, [...path, key]));
  return out;
}

const isObject = (value: Json): value is JsonObject => value !== null && typeof value === 'object' && !Array.isArray(value);

/** The schema's optional keys, by collection: dropping one of these is not an error. */
const OPTIONAL_KEYS: Record<string, readonly string[]> = {
  sections: ['implicit', 'lead'],
  schemes: ['parentId'],
  places: ['parentId'],
  asks: ['from', 'to', 'value', 'currency', 'date', 'schemeId'],
  recommendations: ['framing'],
};
const isOptionalKey = (path: JsonPath) =>
  path.length === 3 && typeof path[1] === 'number' && (OPTIONAL_KEYS[String(path[0])] ?? []).includes(String(path[2]));

/** Paths of the keys the schema requires, among those present in this dataset. */
export function requiredKeyPaths(dataset: Document): JsonPath[] {
  return nodes(dataset as unknown as Json)
    .map((node) => node.path)
    .filter((path) => typeof path[path.length - 1] === 'string' && !isOptionalKey(path));
}

/** Paths of the free-text strings: the three languages of every Localized, and ask quotes. */
function textPaths(dataset: Document): JsonPath[] {
  return nodes(dataset as unknown as Json)
    .filter(({ path, value }) => typeof value === 'string' && path.length >= 2)
    .map(({ path }) => path)
    .filter((path) => ['zh-Hant', 'zh-Hans', 'en'].includes(String(path[path.length - 1])) || (path[0] === 'asks' && path[2] === 'quote'));
}

function parentOf(root: Json, path: JsonPath): { parent: JsonObject | Json[]; key: string | number } {
  let parent = root;
  for (const step of path.slice(0, -1)) parent = (parent as Record<string | number, Json>)[step]!;
  return { parent: parent as JsonObject | Json[], key: path[path.length - 1]! };
}

function setAt(root: Json, path: JsonPath, value: Json): void {
  const { parent, key } = parentOf(root, path);
  (parent as Record<string | number, Json>)[key] = value;
}

function getAt(root: Json, path: JsonPath): Json {
  let node = root;
  for (const step of path) node = (node as Record<string | number, Json>)[step]!;
  return node;
}

/** A copy of `object` with `entries` inserted before its key number `position` (defineProperty: "__proto__" stays a plain key). */
function withKeysAt(object: JsonObject, position: number, entries: readonly [string, Json][]): JsonObject {
  const keys = Object.entries(object);
  const at = position % (keys.length + 1);
  const out: JsonObject = {};
  for (const [key, value] of [...keys.slice(0, at), ...entries, ...keys.slice(at)]) {
    Object.defineProperty(out, key, { value, enumerable: true, writable: true, configurable: true });
  }
  return out;
}

const clone = (dataset: Document): Json => structuredClone(dataset) as unknown as Json;

// ---------------------------------------------------------------------------------------------
// Mutations
// ---------------------------------------------------------------------------------------------

export const MUTATION_KINDS = [
  'drop-required-key',
  'wrong-type',
  'null',
  'duplicate-id',
  'dangling-reference',
  'truncated-json',
  'top-level-array',
  'wrong-schema-version',
  'unknown-extra-fields',
  'very-long-string',
  'proto-key',
] as const;
export type MutationKind = (typeof MUTATION_KINDS)[number];

/** What the app must make of a mutated body. */
export type Expected =
  /** `DatasetLoadError('schema')` with a problem at `path` (whose message contains `message`, if given). */
  | { outcome: 'schema'; path: string; message?: string }
  /** `DatasetLoadError('not-json')`, with what came back instead. */
  | { outcome: 'not-json'; received: 'malformed' | 'empty' }
  /** A readable dataset equal to `dataset`; the object at `absentAt.path` has none of `absentAt.keys` as own properties. */
  | { outcome: 'ok'; dataset: Document; absentAt?: { path: JsonPath; keys: readonly string[] } };

export interface MutatedCase {
  body: string;
  /** One line for a failure report: what was done where. */
  description: string;
  expect: Expected;
}

export interface Mutation {
  kind: MutationKind;
  apply(dataset: Document): MutatedCase;
}

/** How the body is written: compact, or indented like the pipeline's output. */
const serialize = (value: Json, indent: number) => JSON.stringify(value, null, indent === 0 ? undefined : indent);
const indentArb = fc.constantFrom(0, 2);

/** Another JSON type than `value`'s, chosen by `n`. */
function wrongTypeFor(value: Json, n: number): Json {
  const candidates: Json[] =
    typeof value === 'string'
      ? [42, true, [value], { text: value }]
      : typeof value === 'number'
        ? [String(value), false, [value], {}]
        : typeof value === 'boolean'
          ? [String(value), value ? 1 : 0, [], {}]
          : Array.isArray(value)
            ? [{}, 'list', 0, true]
            : [[], 'object', 1, false];
  return pick(candidates, n);
}

/** The references the integrity rules check, each with where it stands and a well-formed id that resolves to nothing. */
function references(dataset: Document): { path: JsonPath; missing: string; reportedAt: JsonPath }[] {
  const refs: { path: JsonPath; missing: string; reportedAt?: JsonPath }[] = [];
  dataset.chapters.forEach((_, i) => refs.push({ path: ['chapters', i, 'pillarId'], missing: 'P999' }));
  dataset.sections.forEach((_, i) => refs.push({ path: ['sections', i, 'chapterId'], missing: 'C999' }));
  dataset.recommendations.forEach((rec, i) => {
    refs.push({ path: ['recommendations', i, 'sectionId'], missing: '999.9' });
    for (const [list, missing] of [['themes', 'zz-no-such-theme'], ['addressees', 'zz-no-such-addressee'], ['places', 'zz-no-such-place'], ['schemeIds', 'zz-no-such-scheme'], ['askIds', 'A-missing']] as const) {
      rec[list].forEach((_, j) => refs.push({ path: ['recommendations', i, list, j], missing }));
    }
  });
  dataset.schemes.forEach((scheme, i) => {
    if (scheme.parentId !== undefined) refs.push({ path: ['schemes', i, 'parentId'], missing: 'zz-no-such-scheme' });
    scheme.recommendationIds.forEach((_, j) => refs.push({ path: ['schemes', i, 'recommendationIds', j], missing: 'R-999.9-1' }));
    scheme.requests.forEach((_, j) => refs.push({ path: ['schemes', i, 'requests', j, 'recommendationId'], missing: 'R-999.9-1' }));
  });
  dataset.places.forEach((place, i) => {
    if (place.parentId !== undefined) refs.push({ path: ['places', i, 'parentId'], missing: 'zz-no-such-place' });
  });
  dataset.asks.forEach((_, i) => {
    refs.push({ path: ['asks', i, 'recommendationId'], missing: 'R-999.9-1' });
    refs.push({ path: ['asks', i, 'sectionId'], missing: '999.9' });
  });
  return refs.map((ref) => ({ ...ref, reportedAt: ref.reportedAt ?? ref.path }));
}

const ID_LISTS = ['pillars', 'chapters', 'sections', 'recommendations', 'themes', 'schemes', 'asks', 'addressees', 'places'] as const;

/** Extra keys a newer producer might add: plain names and the names of Object.prototype's members. */
const extraKey = fc.oneof(
  fc.constantFrom('note', 'x-extra', 'constructor', 'toString', 'hasOwnProperty', 'valueOf', 'prototype', '', 'id ', 'EN', 'zh-Hant-HK'),
  fc.string({ unit: 'grapheme', minLength: 1, maxLength: 12 }),
);

/** The values to put under a `"__proto__"` key in the raw text. */
const PROTO_PAYLOADS = [
  '{"polluted":"yes"}',
  '{"__proto__":{"polluted":"yes"}}',
  '{"polluted":"yes","toString":"not a function","hasOwnProperty":1}',
  '{"constructor":{"prototype":{"polluted":"yes"}}}',
  '[{"polluted":"yes"}]',
  'null',
  '"yes"',
] as const;

const PROTO_MARKER = '\u2063fc-proto-key\u2063';
const LONG_STRING_MIN = 50_000;

/** A kind of mutation: its random parameters, and how it applies them to a dataset. */
function define<P extends object>(kind: MutationKind, params: fc.Arbitrary<P>, apply: (dataset: Document, params: P) => MutatedCase): fc.Arbitrary<Mutation> {
  // A counterexample then reads "wrong-type {"at":12,"variant":0,"indent":0}" rather than a function's source.
  return params.map((p) => ({ kind, apply: (dataset: Document) => apply(dataset, p), [fc.toStringMethod]: () => `${kind} ${fc.stringify(p)}` }));
}

const mutations: Record<MutationKind, fc.Arbitrary<Mutation>> = {
  'drop-required-key': define('drop-required-key', fc.record({ at: fc.nat(), indent: indentArb }), (dataset, { at, indent }) => {
    const path = pick(requiredKeyPaths(dataset), at);
    const json = clone(dataset);
    const { parent, key } = parentOf(json, path);
    delete (parent as JsonObject)[key as string];
    return { body: serialize(json, indent), description: `dropped ${dotted(path)}`, expect: { outcome: 'schema', path: dotted(path) } };
  }),

  'wrong-type': define('wrong-type', fc.record({ at: fc.nat(), variant: fc.nat(), indent: indentArb }), (dataset, { at, variant, indent }) => {
    const json = clone(dataset);
    const path = pick(nodes(json).slice(1), at).path;
    const value = wrongTypeFor(getAt(json, path), variant);
    setAt(json, path, value);
    return { body: serialize(json, indent), description: `${dotted(path)} := ${JSON.stringify(value)}`, expect: { outcome: 'schema', path: dotted(path) } };
  }),

  null: define('null', fc.record({ at: fc.nat(), indent: indentArb }), (dataset, { at, indent }) => {
    const json = clone(dataset);
    const path = pick(nodes(json).slice(1), at).path;
    setAt(json, path, null);
    return { body: serialize(json, indent), description: `${dotted(path)} := null`, expect: { outcome: 'schema', path: dotted(path) } };
  }),

  'duplicate-id': define('duplicate-id', fc.record({ list: fc.nat(), item: fc.nat(), position: fc.nat(), indent: indentArb }), (dataset, { list, item, position, indent }) => {
    const name = pick(ID_LISTS.filter((n) => dataset[n].length > 0), list);
    const json = clone(dataset) as unknown as Record<string, JsonObject[]>;
    const items = json[name]!;
    const i = item % items.length;
    const copy = structuredClone(items[i]!);
    const k = position % (items.length + 1);
    items.splice(k, 0, copy);
    // The later of the two is reported.
    const later = k <= i ? i + 1 : k;
    const id = String(copy.id);
    return {
      body: serialize(json as unknown as Json, indent),
      description: `copy of ${name}.${i} ("${id}") inserted at ${name}.${k}`,
      expect: { outcome: 'schema', path: `${name}.${later}.id`, message: `duplicate id "${id}"` },
    };
  }),

  'dangling-reference': define('dangling-reference', fc.record({ at: fc.nat(), indent: indentArb }), (dataset, { at, indent }) => {
    const ref = pick(references(dataset), at);
    const json = clone(dataset);
    setAt(json, ref.path, ref.missing);
    const expect: Expected = { outcome: 'schema', path: dotted(ref.reportedAt) };
    if (ref.reportedAt === ref.path) expect.message = `"${ref.missing}"`;
    return { body: serialize(json, indent), description: `${dotted(ref.path)} := "${ref.missing}"`, expect };
  }),

  'truncated-json': define('truncated-json', fc.record({ cut: fc.nat(), indent: indentArb }), (dataset, { cut, indent }) => {
    const full = serialize(clone(dataset), indent);
    // Anything from nothing at all to the last character missing.
    const length = cut % full.length;
    return {
      body: full.slice(0, length),
      description: `first ${length} of ${full.length} characters`,
      expect: { outcome: 'not-json', received: length === 0 ? 'empty' : 'malformed' },
    };
  }),

  'top-level-array': define('top-level-array', fc.record({ form: fc.nat(), indent: indentArb }), (dataset, { form, indent }) => {
    const json = clone(dataset) as JsonObject;
    const forms: [string, Json][] = [
      ['[dataset]', [json]],
      ['[]', []],
      ['the recommendations alone', json.recommendations!],
      ['[dataset, dataset]', [json, json]],
    ];
    const [description, value] = pick(forms, form);
    return { body: serialize(value, indent), description, expect: { outcome: 'schema', path: '(document)', message: 'expected object' } };
  }),

  'wrong-schema-version': define(
    'wrong-schema-version',
    fc.record({ version: fc.oneof(fc.constantFrom<Json>(0, 1, 3, -1, 1.5, '2', 'v2', true, [2], { major: 2 }), fc.integer().filter((n) => n !== SCHEMA_VERSION)), indent: indentArb }),
    (dataset, { version, indent }) => {
      const json = clone(dataset) as JsonObject;
      json.schemaVersion = version;
      return { body: serialize(json, indent), description: `schemaVersion := ${JSON.stringify(version)}`, expect: { outcome: 'schema', path: 'schemaVersion', message: `expected ${SCHEMA_VERSION}` } };
    },
  ),

  'unknown-extra-fields': define(
    'unknown-extra-fields',
    fc.record({
      at: fc.nat(),
      position: fc.nat(),
      extras: fc.uniqueArray(fc.tuple(extraKey, fc.jsonValue({ maxDepth: 2 }) as fc.Arbitrary<Json>), { minLength: 1, maxLength: 3, selector: ([key]) => key }),
      indent: indentArb,
    }),
    (dataset, { at, position, extras, indent }) => {
      const json = clone(dataset);
      const path = pick(nodes(json).filter((node) => isObject(node.value)), at).path;
      const target = getAt(json, path) as JsonObject;
      const added = extras.filter(([key]) => !Object.hasOwn(target, key) && key !== '__proto__');
      const mutated = withKeysAt(target, position, added);
      const root = path.length === 0 ? mutated : (setAt(json, path, mutated), json);
      const keys = added.map(([key]) => key);
      return {
        body: serialize(root, indent),
        description: `added ${JSON.stringify(keys)} to ${dotted(path)}`,
        expect: { outcome: 'ok', dataset, absentAt: { path, keys } },
      };
    },
  ),

  'very-long-string': define(
    'very-long-string',
    fc.record({ at: fc.nat(), base: arbitraryText, length: fc.integer({ min: LONG_STRING_MIN, max: 120_000 }), indent: indentArb }),
    (dataset, { at, base, length, indent }) => {
      const json = clone(dataset);
      const path = pick(textPaths(dataset), at);
      const long = base.repeat(Math.ceil(length / base.length));
      setAt(json, path, long);
      return {
        body: serialize(json, indent),
        description: `${dotted(path)} := ${long.length} characters`,
        expect: { outcome: 'ok', dataset: json as unknown as Document },
      };
    },
  ),

  'proto-key': define(
    'proto-key',
    fc.record({ at: fc.nat(), position: fc.nat(), payload: fc.constantFrom(...PROTO_PAYLOADS), indent: indentArb }),
    (dataset, { at, position, payload, indent }) => {
      const json = clone(dataset);
      const path = pick(nodes(json).filter((node) => isObject(node.value)), at).path;
      const mutated = withKeysAt(getAt(json, path) as JsonObject, position, [[PROTO_MARKER, 0]]);
      const root = path.length === 0 ? mutated : (setAt(json, path, mutated), json);
      // Written into the text, as an attacker would: JSON.parse makes it an own property.
      const marker = `${JSON.stringify(PROTO_MARKER)}:${indent === 0 ? '' : ' '}0`;
      const text = serialize(root, indent);
      if (text.split(marker).length !== 2) throw new Error('the __proto__ marker occurs in the generated text');
      return {
        body: text.replace(marker, () => `"__proto__":${payload}`),
        description: `"__proto__":${payload} in ${dotted(path)}`,
        expect: { outcome: 'ok', dataset, absentAt: { path, keys: ['__proto__'] } },
      };
    },
  ),
};

/** A mutation of any kind, equally likely unless `weights` says otherwise (0 leaves a kind out). */
export function arbitraryMutation(weights: Partial<Record<MutationKind, number>> = {}): fc.Arbitrary<Mutation> {
  return fc.oneof(...MUTATION_KINDS.filter((kind) => weights[kind] !== 0).map((kind) => ({ arbitrary: mutations[kind], weight: weights[kind] ?? 1 })));
}

/** Mutations of one kind only. */
export const arbitraryMutationOf = (kind: MutationKind): fc.Arbitrary<Mutation> => mutations[kind];
