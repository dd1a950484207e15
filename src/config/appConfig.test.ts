import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, test } from 'vitest';
import { configFromBuild, configFromFile, DEFAULT_TIMEOUT_SECONDS, loadAppConfig } from './appConfig.ts';

const PAGE = 'https://dash.example/app/';

describe('configFromFile (config.json next to the app)', () => {
  test('no file: the bundled data, with the default time limit, and no complaint', () => {
    expect(configFromFile(undefined, PAGE)).toEqual({
      source: 'static',
      timeoutMs: DEFAULT_TIMEOUT_SECONDS * 1000,
      stillLoadingAfterMs: 5000,
      origin: 'default',
    });
  });

  test('rest with an absolute base: kept, with a trailing slash added', () => {
    expect(configFromFile('{"source":"rest","apiBaseUrl":"https://api.example.org/x","timeoutSeconds":8}', PAGE)).toEqual({
      source: 'rest',
      apiBaseUrl: 'https://api.example.org/x/',
      timeoutMs: 8000,
      stillLoadingAfterMs: 2000,
      origin: 'config.json',
    });
  });

  test("rest with a path: resolved against the app's host", () => {
    expect(configFromFile('{"source":"rest","apiBaseUrl":"/api/"}', PAGE)).toMatchObject({ source: 'rest', apiBaseUrl: 'https://dash.example/api/' });
  });

  test.each([
    ['not JSON', '{source: rest', 'config.json is not valid JSON'],
    ['an unknown source', '{"source":"ftp"}', 'config.json: source:'],
    ['rest without a base', '{"source":"rest"}', 'config.json: apiBaseUrl:'],
    ['a javascript: base', '{"source":"rest","apiBaseUrl":"javascript:alert(1)"}', 'an http(s) URL or a path starting with "/"'],
    ['a protocol-relative base', '{"source":"rest","apiBaseUrl":"//evil.example/"}', 'an http(s) URL'],
    ['a time limit out of range', '{"source":"static","timeoutSeconds":0}', 'timeoutSeconds'],
  ])('%s: the bundled data, and a problem that says what is wrong', (_case, text, expected) => {
    const config = configFromFile(text, PAGE);
    expect(config.source).toBe('static');
    expect(config.origin).toBe('default');
    expect(config.problem).toContain(expected);
  });

  test('a protocol-relative base does not slip through as a path', () => {
    expect(configFromFile('{"source":"rest","apiBaseUrl":"//evil.example/"}', PAGE).source).toBe('static');
  });
});

describe('configFromBuild (VITE_* at build time wins over config.json)', () => {
  test('nothing set: no choice made', () => {
    expect(configFromBuild({}, PAGE)).toBeUndefined();
  });

  test('rest with a base and a time limit', () => {
    expect(configFromBuild({ VITE_DATA_SOURCE: 'rest', VITE_API_BASE_URL: '/mock-api/', VITE_REQUEST_TIMEOUT_SECONDS: '5' }, PAGE)).toMatchObject({
      source: 'rest',
      apiBaseUrl: 'https://dash.example/mock-api/',
      timeoutMs: 5000,
      origin: 'build',
    });
  });

  test('a malformed setting falls back to the bundled data and says so', () => {
    const config = configFromBuild({ VITE_DATA_SOURCE: 'rest', VITE_REQUEST_TIMEOUT_SECONDS: 'soon' }, PAGE)!;
    expect(config.source).toBe('static');
    expect(config.problem).toMatch(/^VITE_\* build settings: /);
  });
});

describe('loadAppConfig', () => {
  const server = setupServer();
  beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
  afterEach(() => server.resetHandlers());
  afterAll(() => server.close());

  test('reads config.json next to the app', async () => {
    server.use(http.get(`${PAGE}config.json`, () => HttpResponse.json({ source: 'rest', apiBaseUrl: 'https://api.example.org/' })));
    expect(await loadAppConfig(PAGE, {})).toMatchObject({ source: 'rest', apiBaseUrl: 'https://api.example.org/', origin: 'config.json' });
  });

  test("a missing file, the host's HTML fallback or the network down: the defaults, quietly", async () => {
    server.use(http.get(`${PAGE}config.json`, () => new HttpResponse('no', { status: 404 })));
    expect(await loadAppConfig(PAGE, {})).toMatchObject({ source: 'static', origin: 'default' });
    server.use(http.get(`${PAGE}config.json`, () => HttpResponse.html('<!doctype html>')));
    expect((await loadAppConfig(PAGE, {})).problem).toBeUndefined();
    server.use(http.get(`${PAGE}config.json`, () => HttpResponse.error()));
    expect(await loadAppConfig(PAGE, {})).toMatchObject({ source: 'static', origin: 'default' });
  });

  test('a config.json that never answers: the defaults after the time limit, not a page waiting forever', async () => {
    server.use(http.get(`${PAGE}config.json`, () => new Promise<Response>(() => {})));
    expect(await loadAppConfig(PAGE, {}, { timeoutMs: 50 })).toMatchObject({ source: 'static', origin: 'default' });
  });

  test('the build setting wins and config.json is not even fetched', async () => {
    // onUnhandledRequest: 'error' fails the test if config.json is requested.
    expect(await loadAppConfig(PAGE, { VITE_DATA_SOURCE: 'static' })).toMatchObject({ source: 'static', origin: 'build' });
  });
});
