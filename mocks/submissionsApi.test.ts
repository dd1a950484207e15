/**
 * The mock submissions API is faithful to its contract (docs/api/openapi.yaml): every body
 * validates against the component schema the contract names for that response, and the
 * status codes, headers (ETag, CORS, WWW-Authenticate), paging and caching behave as the
 * contract describes. Expectations are computed from the fixtures, never hard-coded.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import Ajv2020 from 'ajv/dist/2020.js';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { DatasetCore } from '../src/domain/dataset.ts';
import { DatasetTexts, splitDataset, withTexts } from '../src/domain/datasetTexts.ts';
import { mockSubmissions } from './fixtures.ts';
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE, etagOf, submissionsApiHandlers, type MockSubmission } from './submissionsApi.ts';
import { SYNTHETIC_SUBMISSION_ID, syntheticSubmission } from './syntheticSubmission.ts';

// --- The contract's schemas, compiled with ajv ------------------------------------------

interface OpenApi {
  components: { schemas: Record<string, unknown>; headers: { ETag: { schema: { pattern: string } } } };
}

const readJson = (path: string) => JSON.parse(readFileSync(resolve(path), 'utf8')) as { $id: string };
const spec = parse(readFileSync(resolve('docs/api/openapi.yaml'), 'utf8')) as OpenApi;
const datasetSchema = readJson('docs/api/dataset.schema.json');
const datasetTextsSchema = readJson('docs/api/dataset-texts.schema.json');
const sourceDocumentSchema = readJson('docs/api/source-document.schema.json');
const responseTextSchema = readJson('docs/api/response-text.schema.json');

/**
 * The components become the `$defs` of a schema document that sits next to the generated
 * schemas, so `$ref: './dataset.schema.json'` resolves to their `$id`s as written.
 */
const componentsId = new URL('openapi.components.json', datasetSchema.$id).href;
const ajv = new Ajv2020({ allErrors: true, strict: false });
ajv.addFormat('uri-reference', (value: string) => URL.canParse(value, 'http://base.invalid/'));
ajv.addSchema(datasetSchema);
ajv.addSchema(datasetTextsSchema);
ajv.addSchema(sourceDocumentSchema);
ajv.addSchema(responseTextSchema);
ajv.addSchema({
  $id: componentsId,
  $defs: JSON.parse(JSON.stringify(spec.components.schemas).replaceAll('"#/components/schemas/', '"#/$defs/')) as unknown,
});

type Component = 'Problem' | 'SubmissionList' | 'Dataset' | 'DatasetTexts' | 'SourceDocument' | 'ResponseText';
const validators = Object.fromEntries(
  (['Problem', 'SubmissionList', 'Dataset', 'DatasetTexts', 'SourceDocument', 'ResponseText'] as const).map((name) => [name, ajv.compile({ $ref: `${componentsId}#/$defs/${name}` })]),
) as Record<Component, ReturnType<typeof ajv.compile>>;

function expectMatches(component: Component, body: unknown): void {
  const validate = validators[component];
  expect(validate(body), `${component}: ${ajv.errorsText(validate.errors)}`).toBe(true);
}

const ETAG = new RegExp(spec.components.headers.ETag.schema.pattern);

// --- The server ---------------------------------------------------------------------------

const BASE = 'http://api.test/';
const fixtures = mockSubmissions();
const [bundled, synthetic] = fixtures as [MockSubmission, MockSubmission];
const FHKI_ID = bundled.dataset.submission.id;
const bundledDatasetText = readFileSync(resolve('public/data/fhki-2025-policy-address.json'), 'utf8');
const bundledTextsText = readFileSync(resolve('public/data/fhki-2025-policy-address.texts.json'), 'utf8');
const bundledSourceText = readFileSync(resolve('public/data/fhki-2025-policy-address.source.json'), 'utf8');
const bundledResponseText = readFileSync(resolve('public/data/fhki-2025-policy-address.response.json'), 'utf8');

/** What the list should say about a fixture, derived from the dataset itself. */
const summaryOf = ({ dataset }: MockSubmission) => ({
  id: dataset.submission.id,
  title: dataset.submission.title,
  author: dataset.submission.author,
  date: dataset.submission.date,
  recommendations: dataset.recommendations.length,
});

const server = setupServer(...submissionsApiHandlers({ baseUrl: BASE, submissions: fixtures }));
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

/** Replaces the default handlers for one test (reset after each). */
const serve = (options: Omit<Parameters<typeof submissionsApiHandlers>[0], 'baseUrl'>) => server.use(...submissionsApiHandlers({ baseUrl: BASE, ...options }));

const get = (path: string, headers: Record<string, string> = {}) => fetch(new URL(path, BASE), { headers });

const headerList = (response: Response, name: string) =>
  (response.headers.get(name) ?? '')
    .split(',')
    .map((item) => item.trim().toLowerCase())
    .filter(Boolean);

/** An RFC 9457 problem as the contract describes it, readable cross-origin. */
async function expectProblem(response: Response, status: number): Promise<Record<string, unknown>> {
  expect(response.status).toBe(status);
  expect(response.headers.get('Content-Type')).toMatch(/^application\/problem\+json\b/);
  expect(response.headers.get('Access-Control-Allow-Origin')).toBe('*');
  const body = (await response.json()) as Record<string, unknown>;
  expectMatches('Problem', body);
  expect(body.status).toBe(status);
  return body;
}

async function listPage(query: string, headers: Record<string, string> = {}) {
  const response = await get(`v1/submissions${query}`, headers);
  expect(response.status).toBe(200);
  const body = (await response.json()) as { submissions: { id: string }[]; nextPageToken?: string };
  expectMatches('SubmissionList', body);
  return body;
}

/** Walks every page of the list, returning the ids in order and the number of pages. */
async function walkList(pageSize: number) {
  const ids: string[] = [];
  let pages = 0;
  let token: string | undefined;
  do {
    const page = await listPage(`?pageSize=${pageSize}${token === undefined ? '' : `&pageToken=${encodeURIComponent(token)}`}`);
    expect(page.submissions.length).toBeLessThanOrEqual(pageSize);
    ids.push(...page.submissions.map((summary) => summary.id));
    token = page.nextPageToken;
    pages++;
  } while (token !== undefined && pages < 1000);
  return { ids, pages };
}

/** `count` copies of the synthetic submission, each under its own id. */
function manySubmissions(count: number): MockSubmission[] {
  return Array.from({ length: count }, (_, i) => {
    const id = `demo-${String(i).padStart(3, '0')}`;
    return {
      dataset: { ...syntheticSubmission.dataset, submission: { ...syntheticSubmission.dataset.submission, id } },
      sourceDocument: { ...syntheticSubmission.sourceDocument, submissionId: id },
    };
  });
}

// --- The tests ----------------------------------------------------------------------------

describe('the test harness', () => {
  test('the fixtures are the bundled FHKI submission followed by the synthetic one', () => {
    expect(fixtures.map((fixture) => fixture.dataset.submission.id)).toEqual([JSON.parse(bundledDatasetText).submission.id, SYNTHETIC_SUBMISSION_ID]);
  });

  test('the contract schemas reject what they should (the validators are not vacuous)', () => {
    expect(validators.Problem({ title: 'x' })).toBe(false);
    expect(validators.SubmissionList({ submissions: [{ id: 'x' }] })).toBe(false);
    expect(validators.Dataset({ ...splitDataset(synthetic.dataset).core, schemaVersion: 99 })).toBe(false);
    expect(validators.DatasetTexts({ ...splitDataset(synthetic.dataset).texts, revision: 'latest' })).toBe(false);
    expect(validators.SourceDocument({ ...synthetic.sourceDocument, pages: [] })).toBe(false);
    expect(validators.ResponseText({ ...bundled.responseText, paragraphs: [] })).toBe(false);
  });

  test('the bundled submission has its response text (as the dataset names a response document); the synthetic one has neither', () => {
    expect(bundled.dataset.responseDocument).toBeDefined();
    expect(bundled.responseText?.responseDocumentId).toBe(bundled.dataset.responseDocument?.id);
    expect(synthetic.dataset.responseDocument).toBeUndefined();
    expect(synthetic.responseText).toBeUndefined();
  });
});

describe('GET /v1/submissions', () => {
  test('returns 200 with a SubmissionList of both fixtures, in order, with their titles and recommendation counts', async () => {
    const response = await get('v1/submissions');
    expect(response.status).toBe(200);
    expect(response.headers.get('Content-Type')).toMatch(/^application\/json\b/);
    const body = (await response.json()) as unknown;
    expectMatches('SubmissionList', body);
    expect(body).toEqual({ submissions: fixtures.map(summaryOf) });
  });

  test('sends a strong ETag and the CORS headers a cross-origin app needs', async () => {
    const response = await get('v1/submissions');
    const etag = response.headers.get('ETag');
    expect(etag).toMatch(ETAG);
    expect(etag).toMatch(/^"[^"]+"$/);
    expect(etag).toBe(etagOf(await response.text()));
    expect(response.headers.get('Access-Control-Allow-Origin')).toBe('*');
    expect(headerList(response, 'Access-Control-Expose-Headers')).toEqual(expect.arrayContaining(['etag', 'retry-after']));
  });

  test('answers 304 with no body when If-None-Match carries the list ETag', async () => {
    const etag = (await get('v1/submissions')).headers.get('ETag')!;
    const response = await get('v1/submissions', { 'If-None-Match': etag });
    expect(response.status).toBe(304);
    expect(await response.text()).toBe('');
    expect(response.headers.get('ETag')).toBe(etag);
  });
});

describe('paging the list', () => {
  test('pageSize=1 walks both submissions via nextPageToken, and the last page has no nextPageToken', async () => {
    const first = await listPage('?pageSize=1');
    expect(first.submissions).toEqual([summaryOf(bundled)]);
    expect(first.nextPageToken).toEqual(expect.any(String));

    const second = await listPage(`?pageSize=1&pageToken=${encodeURIComponent(first.nextPageToken!)}`);
    expect(second.submissions).toEqual([summaryOf(synthetic)]);
    expect(second).not.toHaveProperty('nextPageToken');
  });

  test('without pageSize a page holds DEFAULT_PAGE_SIZE submissions, and walking the pages yields each one once, in order', async () => {
    const many = manySubmissions(DEFAULT_PAGE_SIZE * 2 + 3);
    serve({ submissions: many });

    const first = await listPage('');
    expect(first.submissions.map((summary) => summary.id)).toEqual(many.slice(0, DEFAULT_PAGE_SIZE).map((s) => s.dataset.submission.id));
    expect(first.nextPageToken).toEqual(expect.any(String));

    const walked = await walkList(DEFAULT_PAGE_SIZE);
    expect(walked.ids).toEqual(many.map((s) => s.dataset.submission.id));
    expect(walked.pages).toBe(Math.ceil(many.length / DEFAULT_PAGE_SIZE));
  });

  test('the two fixtures fit on one default page, with no nextPageToken', async () => {
    const page = await listPage('');
    expect(page.submissions).toHaveLength(Math.min(fixtures.length, DEFAULT_PAGE_SIZE));
    expect(page).not.toHaveProperty('nextPageToken');
  });

  test('pageSize=MAX_PAGE_SIZE is accepted and returns up to that many', async () => {
    const many = manySubmissions(MAX_PAGE_SIZE + 1);
    serve({ submissions: many });
    const page = await listPage(`?pageSize=${MAX_PAGE_SIZE}`);
    expect(page.submissions).toHaveLength(MAX_PAGE_SIZE);
    const rest = await listPage(`?pageSize=${MAX_PAGE_SIZE}&pageToken=${encodeURIComponent(page.nextPageToken!)}`);
    expect(rest.submissions.map((summary) => summary.id)).toEqual([many.at(-1)!.dataset.submission.id]);
    expect(rest).not.toHaveProperty('nextPageToken');
  });

  test.each([
    ['0 (below the minimum of 1)', '0'],
    [`${MAX_PAGE_SIZE + 1} (above the maximum of ${MAX_PAGE_SIZE})`, String(MAX_PAGE_SIZE + 1)],
    ['not a number', 'abc'],
    ['not a whole number', '1.5'],
    ['negative', '-1'],
    ['empty', ''],
    ['hexadecimal', '0x10'],
    ['an exponent', '1e1'],
    ['a decimal point', '5.0'],
    ['padded', ' 5'],
  ])('pageSize %s is a 400 problem', async (_case, pageSize) => {
    const body = await expectProblem(await get(`v1/submissions?pageSize=${encodeURIComponent(pageSize)}`), 400);
    expect(body.title).toEqual(expect.any(String));
  });

  test.each([
    ['garbage', 'not-a-token!'],
    ['empty (below minLength 1)', ''],
    ['well-formed but never issued (past the end)', 'ozzzz'],
  ])('a %s pageToken is a 400 problem', async (_case, pageToken) => {
    await expectProblem(await get(`v1/submissions?pageToken=${encodeURIComponent(pageToken)}`), 400);
  });
});

describe('GET /v1/submissions/{id}', () => {
  test('serves the FHKI dataset exactly as the bundled file, valid against Dataset, with a strong ETag of those bytes', async () => {
    const response = await get(`v1/submissions/${FHKI_ID}`);
    expect(response.status).toBe(200);
    expect(response.headers.get('Content-Type')).toMatch(/^application\/json\b/);
    const text = await response.text();
    expect(text).toBe(bundledDatasetText);
    expectMatches('Dataset', JSON.parse(text));
    expect(response.headers.get('ETag')).toMatch(ETAG);
    expect(response.headers.get('ETag')).toBe(etagOf(bundledDatasetText));
    expect(response.headers.get('Access-Control-Allow-Origin')).toBe('*');
  });

  test('serves the synthetic dataset\'s core, valid against Dataset and equal to the fixture\'s', async () => {
    const response = await get(`v1/submissions/${SYNTHETIC_SUBMISSION_ID}`);
    expect(response.status).toBe(200);
    expect(response.headers.get('ETag')).toMatch(ETAG);
    const body = (await response.json()) as unknown;
    expectMatches('Dataset', body);
    expect(body).toEqual(splitDataset(synthetic.dataset).core);
    expect(JSON.stringify(body)).not.toContain(synthetic.dataset.recommendations[0]!.text.en);
  });

  test('answers If-None-Match with the current ETag with 304, no body and the ETag', async () => {
    const etag = (await get(`v1/submissions/${FHKI_ID}`)).headers.get('ETag')!;
    const response = await get(`v1/submissions/${FHKI_ID}`, { 'If-None-Match': etag });
    expect(response.status).toBe(304);
    expect(await response.text()).toBe('');
    expect(response.headers.get('ETag')).toBe(etag);
    expect(response.headers.get('Access-Control-Allow-Origin')).toBe('*');
  });

  test('finds the current ETag in an If-None-Match list, and in its weak form (weak comparison)', async () => {
    const etag = (await get(`v1/submissions/${FHKI_ID}`)).headers.get('ETag')!;
    expect((await get(`v1/submissions/${FHKI_ID}`, { 'If-None-Match': `"stale", ${etag}` })).status).toBe(304);
    expect((await get(`v1/submissions/${FHKI_ID}`, { 'If-None-Match': `W/${etag}` })).status).toBe(304);
  });

  test('answers If-None-Match with a different tag with 200 and the full body', async () => {
    const response = await get(`v1/submissions/${FHKI_ID}`, { 'If-None-Match': '"something-else"' });
    expect(response.status).toBe(200);
    expect(await response.text()).toBe(bundledDatasetText);
  });

  test('answers If-None-Match: * with 304', async () => {
    const response = await get(`v1/submissions/${FHKI_ID}`, { 'If-None-Match': '*' });
    expect(response.status).toBe(304);
    expect(await response.text()).toBe('');
    expect(response.headers.get('ETag')).toBe(etagOf(bundledDatasetText));
  });

  test('the two datasets have different ETags, so one never validates the other', async () => {
    const [a, b] = await Promise.all([get(`v1/submissions/${FHKI_ID}`), get(`v1/submissions/${SYNTHETIC_SUBMISSION_ID}`)]);
    expect(a.headers.get('ETag')).not.toBe(b.headers.get('ETag'));
    expect((await get(`v1/submissions/${SYNTHETIC_SUBMISSION_ID}`, { 'If-None-Match': a.headers.get('ETag')! })).status).toBe(200);
  });

  test('an unknown id is a 404 problem', async () => {
    await expectProblem(await get('v1/submissions/no-such-submission'), 404);
  });
});

describe('GET /v1/submissions/{id}/texts', () => {
  test('serves the FHKI texts exactly as the bundled file, valid against DatasetTexts, with a strong ETag of those bytes', async () => {
    const response = await get(`v1/submissions/${FHKI_ID}/texts`);
    expect(response.status).toBe(200);
    expect(response.headers.get('Content-Type')).toMatch(/^application\/json\b/);
    const text = await response.text();
    expect(text).toBe(bundledTextsText);
    expectMatches('DatasetTexts', JSON.parse(text));
    expect(response.headers.get('ETag')).toBe(etagOf(bundledTextsText));
    expect(response.headers.get('Access-Control-Allow-Origin')).toBe('*');
  });

  for (const [name, fixture] of [['FHKI', bundled], ['synthetic', synthetic]] as const) {
    test(`the ${name} core and texts served belong together and merge into the fixture's dataset`, async () => {
      const id = fixture.dataset.submission.id;
      const [core, texts] = await Promise.all([get(`v1/submissions/${id}`), get(`v1/submissions/${id}/texts`)].map(async (response) => (await response).json()));
      expectMatches('DatasetTexts', texts);
      const merged = withTexts(DatasetCore.parse(core), DatasetTexts.parse(texts));
      expect(merged).toEqual(fixture.dataset);
      expect(merged.recommendations[0]!.text.en).toBe(fixture.dataset.recommendations[0]!.text.en);
    });
  }

  test('has its own ETag, distinct from the core, and answers a matching If-None-Match with 304', async () => {
    const [core, texts] = await Promise.all([get(`v1/submissions/${FHKI_ID}`), get(`v1/submissions/${FHKI_ID}/texts`)]);
    const etag = texts.headers.get('ETag')!;
    expect(etag).not.toBe(core.headers.get('ETag'));
    const response = await get(`v1/submissions/${FHKI_ID}/texts`, { 'If-None-Match': etag });
    expect(response.status).toBe(304);
    expect(await response.text()).toBe('');
  });

  test('an unknown id is a 404 problem', async () => {
    await expectProblem(await get('v1/submissions/no-such-submission/texts'), 404);
  });
});

describe('GET /v1/submissions/{id}/source', () => {
  test('serves the FHKI source document exactly as the bundled file, valid against SourceDocument', async () => {
    const response = await get(`v1/submissions/${FHKI_ID}/source`);
    expect(response.status).toBe(200);
    expect(response.headers.get('ETag')).toMatch(ETAG);
    const text = await response.text();
    expect(text).toBe(bundledSourceText);
    const body = JSON.parse(text) as { submissionId: string };
    expectMatches('SourceDocument', body);
    expect(body.submissionId).toBe(FHKI_ID);
  });

  test('serves the synthetic source document, valid against SourceDocument', async () => {
    const response = await get(`v1/submissions/${SYNTHETIC_SUBMISSION_ID}/source`);
    expect(response.status).toBe(200);
    const body = (await response.json()) as unknown;
    expectMatches('SourceDocument', body);
    expect(body).toEqual(synthetic.sourceDocument);
  });

  test('has its own ETag, distinct from the dataset, and answers a matching If-None-Match with 304', async () => {
    const dataset = await get(`v1/submissions/${FHKI_ID}`);
    const source = await get(`v1/submissions/${FHKI_ID}/source`);
    const etag = source.headers.get('ETag')!;
    expect(etag).not.toBe(dataset.headers.get('ETag'));
    const response = await get(`v1/submissions/${FHKI_ID}/source`, { 'If-None-Match': etag });
    expect(response.status).toBe(304);
    expect(await response.text()).toBe('');
  });

  test('an unknown id is a 404 problem', async () => {
    await expectProblem(await get('v1/submissions/no-such-submission/source'), 404);
  });
});

describe('GET /v1/submissions/{id}/response', () => {
  test('serves the FHKI response text exactly as the bundled file, valid against ResponseText', async () => {
    const response = await get(`v1/submissions/${FHKI_ID}/response`);
    expect(response.status).toBe(200);
    expect(response.headers.get('Content-Type')).toMatch(/^application\/json\b/);
    expect(response.headers.get('ETag')).toMatch(ETAG);
    expect(response.headers.get('ETag')).toBe(etagOf(bundledResponseText));
    expect(response.headers.get('Access-Control-Allow-Origin')).toBe('*');
    const text = await response.text();
    expect(text).toBe(bundledResponseText);
    const body = JSON.parse(text) as { submissionId: string; responseDocumentId: string; paragraphs: unknown[] };
    expectMatches('ResponseText', body);
    expect(body.submissionId).toBe(FHKI_ID);
    expect(body.responseDocumentId).toBe(bundled.dataset.responseDocument!.id);
    expect(body.paragraphs).toHaveLength(bundled.dataset.responseDocument!.paragraphs);
  });

  test('a submission not answered yet (no responseDocument) is a 404 problem that says so', async () => {
    const body = await expectProblem(await get(`v1/submissions/${SYNTHETIC_SUBMISSION_ID}/response`), 404);
    expect(body.detail).toContain(SYNTHETIC_SUBMISSION_ID);
    expect(body.title).not.toBe((await expectProblem(await get('v1/submissions/no-such-submission/response'), 404)).title);
  });

  test('has its own ETag, distinct from the dataset and the source, and answers a matching If-None-Match with 304', async () => {
    const [dataset, source, answer] = await Promise.all(['', '/source', '/response'].map((part) => get(`v1/submissions/${FHKI_ID}${part}`)));
    const etag = answer!.headers.get('ETag')!;
    expect(new Set([dataset!.headers.get('ETag'), source!.headers.get('ETag'), etag]).size).toBe(3);
    const response = await get(`v1/submissions/${FHKI_ID}/response`, { 'If-None-Match': etag });
    expect(response.status).toBe(304);
    expect(await response.text()).toBe('');
    expect(response.headers.get('ETag')).toBe(etag);
  });

  test('an unknown id is a 404 problem', async () => {
    await expectProblem(await get('v1/submissions/no-such-submission/response'), 404);
  });
});

describe('with bearer tokens required', () => {
  const tokens = { good: 'all', narrow: [SYNTHETIC_SUBMISSION_ID] } as const;
  const bearer = (token: string) => ({ Authorization: `Bearer ${token}` });
  const paths = ['v1/submissions', `v1/submissions/${FHKI_ID}`, `v1/submissions/${FHKI_ID}/texts`, `v1/submissions/${FHKI_ID}/source`, `v1/submissions/${FHKI_ID}/response`];

  const useTokens = () => serve({ submissions: fixtures, tokens });

  test.each(paths)('%s without Authorization is a 401 problem with WWW-Authenticate: Bearer', async (path) => {
    useTokens();
    const response = await get(path);
    await expectProblem(response, 401);
    expect(response.headers.get('WWW-Authenticate')).toBe('Bearer');
  });

  test.each(paths)('%s with an unknown token is a 401 problem with error="invalid_token"', async (path) => {
    useTokens();
    const response = await get(path, bearer('wrong'));
    await expectProblem(response, 401);
    expect(response.headers.get('WWW-Authenticate')).toMatch(/^Bearer\b.*error="invalid_token"/);
  });

  test.each([`v1/submissions/${FHKI_ID}`, `v1/submissions/${FHKI_ID}/texts`, `v1/submissions/${FHKI_ID}/source`, `v1/submissions/${FHKI_ID}/response`])('a token narrowed to another submission reading %s is a 403 problem', async (path) => {
    useTokens();
    await expectProblem(await get(path, bearer('narrow')), 403);
  });

  test('a narrowed token reads its own submission', async () => {
    useTokens();
    const response = await get(`v1/submissions/${SYNTHETIC_SUBMISSION_ID}`, bearer('narrow'));
    expect(response.status).toBe(200);
    expectMatches('Dataset', await response.json());
  });

  test('a narrowed token lists only the submissions it may read', async () => {
    useTokens();
    const page = await listPage('', bearer('narrow'));
    expect(page).toEqual({ submissions: fixtures.filter((f) => f.dataset.submission.id === SYNTHETIC_SUBMISSION_ID).map(summaryOf) });
  });

  test('the scheme name is case-insensitive (RFC 9110 §11.1)', async () => {
    useTokens();
    expect((await get(`v1/submissions/${FHKI_ID}`, { Authorization: 'bearer good' })).status).toBe(200);
  });

  test('an unrestricted token lists every submission and reads every document', async () => {
    useTokens();
    expect(await listPage('', bearer('good'))).toEqual({ submissions: fixtures.map(summaryOf) });
    const dataset = await get(`v1/submissions/${FHKI_ID}`, bearer('good'));
    expect(dataset.status).toBe(200);
    expect(await dataset.text()).toBe(bundledDatasetText);
    const source = await get(`v1/submissions/${SYNTHETIC_SUBMISSION_ID}/source`, bearer('good'));
    expect(source.status).toBe(200);
    expectMatches('SourceDocument', await source.json());
    const answer = await get(`v1/submissions/${FHKI_ID}/response`, bearer('good'));
    expect(answer.status).toBe(200);
    expect(await answer.text()).toBe(bundledResponseText);
  });

  test('the CORS preflight needs no token (browsers never send one on OPTIONS)', async () => {
    useTokens();
    const response = await fetch(new URL('v1/submissions', BASE), { method: 'OPTIONS' });
    expect(response.status).toBe(204);
  });
});

describe('CORS preflight', () => {
  test.each(['v1/submissions', `v1/submissions/${FHKI_ID}`, `v1/submissions/${FHKI_ID}/texts`, `v1/submissions/${FHKI_ID}/source`, `v1/submissions/${FHKI_ID}/response`])(
    'OPTIONS %s is 204 allowing GET with the Authorization and If-None-Match headers',
    async (path) => {
      const response = await fetch(new URL(path, BASE), {
        method: 'OPTIONS',
        headers: { Origin: 'http://app.test', 'Access-Control-Request-Method': 'GET', 'Access-Control-Request-Headers': 'authorization, if-none-match' },
      });
      expect(response.status).toBe(204);
      expect(await response.text()).toBe('');
      expect(response.headers.get('Access-Control-Allow-Origin')).toBe('*');
      expect(headerList(response, 'Access-Control-Allow-Methods')).toContain('get');
      expect(headerList(response, 'Access-Control-Allow-Headers')).toEqual(expect.arrayContaining(['authorization', 'if-none-match']));
    },
  );
});
