/**
 * The submissions API (docs/api/openapi.yaml) as MSW handlers: one list used by the
 * browser worker (`npm run dev:api`), the Node server in Vitest and the real HTTP server
 * of the browser tests. Bodies are served as fixed strings, so a strong ETag is a hash of
 * exactly the bytes sent.
 */
import { http, HttpResponse, type HttpHandler } from 'msw';
import { DatasetCore, type Dataset } from '../src/domain/dataset.ts';
import { DatasetTexts, splitDataset, withTexts } from '../src/domain/datasetTexts.ts';
import { ResponseText } from '../src/domain/responseText.ts';
import { SourceDocument } from '../src/domain/sourceDocument.ts';
import { summarizeSubmission } from '../src/domain/submissions.ts';

export interface MockSubmission {
  /** The full dataset: served as its core at `/v1/submissions/{id}` and its texts at `/v1/submissions/{id}/texts` (`splitDataset`). */
  dataset: Dataset;
  sourceDocument: SourceDocument;
  /** The text of the document that answered it; absent while it is not answered (its `/response` is a 404). */
  responseText?: ResponseText;
  /** The core exactly as served (defaults to JSON.stringify of the dataset's core). */
  datasetJson?: string;
  /** The texts exactly as served (defaults to JSON.stringify of the dataset's texts). */
  textsJson?: string;
  sourceDocumentJson?: string;
  responseTextJson?: string;
}

/**
 * A submission served exactly as the files read (byte for byte, so ETags match them), validated
 * on the way in: the core and the texts each with its schema, and together (`withTexts`).
 */
export function mockSubmissionFromJson(datasetJson: string, textsJson: string, sourceDocumentJson: string, responseTextJson?: string): MockSubmission {
  return {
    dataset: withTexts(DatasetCore.parse(JSON.parse(datasetJson)), DatasetTexts.parse(JSON.parse(textsJson))),
    sourceDocument: SourceDocument.parse(JSON.parse(sourceDocumentJson)),
    ...(responseTextJson !== undefined && { responseText: ResponseText.parse(JSON.parse(responseTextJson)), responseTextJson }),
    datasetJson,
    textsJson,
    sourceDocumentJson,
  };
}

export interface MockApiOptions {
  /** Absolute, ending in "/": "http://api.test/" or "http://localhost:5173/mock-api/". */
  baseUrl: string;
  submissions: readonly MockSubmission[];
  /**
   * When set, every request needs `Authorization: Bearer <token>` with one of these tokens;
   * each maps to the submission ids it may read ('all' for every one).
   */
  tokens?: Record<string, readonly string[] | 'all'>;
}

export const DEFAULT_PAGE_SIZE = 20;
export const MAX_PAGE_SIZE = 100;

/** FNV-1a over UTF-16 code units, twice with different offsets: a stable 64-bit tag that runs in the browser and Node alike. */
export function etagOf(body: string): string {
  let a = 0x811c9dc5;
  let b = 0x01000193 ^ body.length;
  for (let i = 0; i < body.length; i++) {
    const code = body.charCodeAt(i);
    a = Math.imul(a ^ code, 0x01000193);
    b = Math.imul(b ^ code, 0x01000193) ^ (b >>> 13);
  }
  return `"${(a >>> 0).toString(16).padStart(8, '0')}${(b >>> 0).toString(16).padStart(8, '0')}"`;
}

const CORS_HEADERS = {
  'Access-Control-Allow-Origin': '*',
  'Access-Control-Expose-Headers': 'ETag, Retry-After',
};

/** An RFC 9457 problem, with any extra headers (Retry-After, WWW-Authenticate). */
export function problem(status: number, title: string, detail?: string, headers: Record<string, string> = {}): Response {
  return HttpResponse.json(
    { type: 'about:blank', title, status, ...(detail !== undefined && { detail }) },
    { status, headers: { ...CORS_HEADERS, 'Content-Type': 'application/problem+json', ...headers } },
  );
}

/** The list's page token: the offset of the next page, opaque to clients. */
const encodeToken = (offset: number) => `o${offset.toString(36)}`;
const decodeToken = (token: string) => (/^o[0-9a-z]{1,8}$/.test(token) ? parseInt(token.slice(1), 36) : undefined);

interface Served {
  body: string;
  etag: string;
}

const serve = (body: string): Served => ({ body, etag: etagOf(body) });

function ifNoneMatchHits(request: Request, etag: string): boolean {
  const header = request.headers.get('If-None-Match');
  if (!header) return false;
  return header.split(',').some((tag) => {
    const trimmed = tag.trim().replace(/^W\//, '');
    return trimmed === '*' || trimmed === etag;
  });
}

/** 200 with the body and its ETag, or 304 when the client already has it. */
function jsonWithEtag(request: Request, served: Served): Response {
  if (ifNoneMatchHits(request, served.etag)) return new HttpResponse(null, { status: 304, headers: { ...CORS_HEADERS, ETag: served.etag } });
  return new HttpResponse(served.body, { status: 200, headers: { ...CORS_HEADERS, 'Content-Type': 'application/json', ETag: served.etag } });
}

export function submissionsApiHandlers({ baseUrl, submissions, tokens }: MockApiOptions): HttpHandler[] {
  const byId = new Map(
    submissions.map((submission) => {
      // Split only when a document is not given as served (the synthetic submission).
      const parts = submission.datasetJson === undefined || submission.textsJson === undefined ? splitDataset(submission.dataset) : undefined;
      const served = {
        dataset: serve(submission.datasetJson ?? JSON.stringify(parts!.core)),
        texts: serve(submission.textsJson ?? JSON.stringify(parts!.texts)),
        source: serve(submission.sourceDocumentJson ?? JSON.stringify(submission.sourceDocument)),
        response: submission.responseText && serve(submission.responseTextJson ?? JSON.stringify(submission.responseText)),
      };
      return [submission.dataset.submission.id, served] as const;
    }),
  );
  const summaries = submissions.map((submission) => summarizeSubmission(submission.dataset));

  /** The ids the request may read, or the 401 to answer with. */
  function access(request: Request): Set<string> | Response {
    if (!tokens) return new Set(byId.keys());
    // The scheme name is case-insensitive (RFC 9110 §11.1).
    const match = /^Bearer +(\S+)$/i.exec(request.headers.get('Authorization') ?? '');
    const granted = match ? tokens[match[1]!] : undefined;
    if (!granted) {
      return problem(401, 'Authentication required', match ? 'The token is not valid.' : 'Send a bearer token in the Authorization header.', {
        'WWW-Authenticate': match ? 'Bearer error="invalid_token"' : 'Bearer',
      });
    }
    return new Set(granted === 'all' ? byId.keys() : granted);
  }

  function submission(request: Request, id: string, part: 'dataset' | 'texts' | 'source' | 'response'): Response {
    const allowed = access(request);
    if (allowed instanceof Response) return allowed;
    const found = byId.get(id);
    if (!found) return problem(404, 'Submission not found', `There is no submission "${id}".`);
    if (!allowed.has(id)) return problem(403, 'Forbidden', `This token may not read "${id}".`);
    const served = found[part];
    if (!served) return problem(404, 'Response not found', `The submission "${id}" has not been answered yet.`);
    return jsonWithEtag(request, served);
  }

  return [
    // Preflight: the app sends Authorization and If-None-Match, which are not "simple" headers.
    http.options(`${baseUrl}*`, () =>
      new HttpResponse(null, {
        status: 204,
        headers: { ...CORS_HEADERS, 'Access-Control-Allow-Methods': 'GET', 'Access-Control-Allow-Headers': 'Authorization, If-None-Match, Accept', 'Access-Control-Max-Age': '600' },
      }),
    ),
    http.get(`${baseUrl}v1/submissions`, ({ request }) => {
      const allowed = access(request);
      if (allowed instanceof Response) return allowed;
      const query = new URL(request.url).searchParams;
      const sizeParam = query.get('pageSize');
      // Digits only: Number() would also take "0x10", "1e1" and " 5".
      const pageSize = sizeParam === null ? DEFAULT_PAGE_SIZE : /^\d{1,3}$/.test(sizeParam) ? Number(sizeParam) : NaN;
      if (!Number.isInteger(pageSize) || pageSize < 1 || pageSize > MAX_PAGE_SIZE) {
        return problem(400, 'Invalid pageSize', `pageSize must be a whole number from 1 to ${MAX_PAGE_SIZE}.`);
      }
      const visible = summaries.filter((summary) => allowed.has(summary.id));
      const tokenParam = query.get('pageToken');
      const offset = tokenParam === null ? 0 : decodeToken(tokenParam);
      // Only offsets this list could have issued.
      if (offset === undefined || offset >= Math.max(visible.length, 1)) return problem(400, 'Invalid pageToken', 'Use the nextPageToken of the previous page.');
      const page = visible.slice(offset, offset + pageSize);
      const next = offset + pageSize < visible.length ? encodeToken(offset + pageSize) : undefined;
      return jsonWithEtag(request, serve(JSON.stringify({ submissions: page, ...(next && { nextPageToken: next }) })));
    }),
    http.get(`${baseUrl}v1/submissions/:id/texts`, ({ request, params }) => submission(request, String(params.id), 'texts')),
    http.get(`${baseUrl}v1/submissions/:id/source`, ({ request, params }) => submission(request, String(params.id), 'source')),
    http.get(`${baseUrl}v1/submissions/:id/response`, ({ request, params }) => submission(request, String(params.id), 'response')),
    http.get(`${baseUrl}v1/submissions/:id`, ({ request, params }) => submission(request, String(params.id), 'dataset')),
  ];
}
