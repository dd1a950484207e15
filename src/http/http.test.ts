/** The HTTP helper's readers of what a server said: `Retry-After` and RFC 9457 problem bodies. */
import { describe, expect, test } from 'vitest';
import { parseRetryAfter, readProblem } from './http.ts';

describe('parseRetryAfter', () => {
  const now = Date.parse('Wed, 21 Oct 2015 07:28:00 GMT');

  test.each([
    ['7', 7000],
    ['0', 0],
    [' 120 ', 120_000],
  ])('delay-seconds %j → %i ms', (value, expected) => {
    expect(parseRetryAfter(value, now)).toBe(expected);
  });

  test('an HTTP date → the milliseconds from the given now until it', () => {
    expect(parseRetryAfter('Wed, 21 Oct 2015 07:28:30 GMT', now)).toBe(30_000);
    expect(parseRetryAfter(new Date(now + 90_000).toUTCString(), now)).toBe(90_000);
  });

  test('a date in the past → 0 (come back now), never negative', () => {
    expect(parseRetryAfter('Wed, 21 Oct 2015 07:27:00 GMT', now)).toBe(0);
    expect(parseRetryAfter('Thu, 01 Jan 1970 00:00:00 GMT', now)).toBe(0);
  });

  test('defaults now to the current time', () => {
    const inAMinute = parseRetryAfter(new Date(Date.now() + 60_000).toUTCString());
    expect(inAMinute).toBeGreaterThan(57_000);
    expect(inAMinute).toBeLessThanOrEqual(60_000);
  });

  test.each([['soon'], ['7 seconds'], ['abc'], [''], ['   '], [null], ['1.5'], ['-1'], ['+5'], ['in 5'], ['2026-11-25']])('unreadable or absent %j → undefined', (value) => {
    expect(parseRetryAfter(value, now)).toBeUndefined();
  });
});

describe('readProblem', () => {
  test('extracts the title and detail of a problem body, trimmed', () => {
    expect(readProblem(JSON.stringify({ type: 'about:blank', title: '  Not found \n', status: 404, detail: '\tThere is no such submission. ' }))).toEqual({
      title: 'Not found',
      detail: 'There is no such submission.',
    });
  });

  test('a body with only one of them gives that one', () => {
    expect(readProblem(JSON.stringify({ title: 'Busy' }))).toEqual({ title: 'Busy', detail: undefined });
    expect(readProblem(JSON.stringify({ detail: 'Try later.' }))).toEqual({ title: undefined, detail: 'Try later.' });
  });

  test('caps each text at 300 characters, after trimming', () => {
    const problem = readProblem(JSON.stringify({ title: `   ${'t'.repeat(1000)}`, detail: 'd'.repeat(301) }));
    expect(problem?.title).toBe('t'.repeat(300));
    expect(problem?.detail).toBe('d'.repeat(300));
    expect(readProblem(JSON.stringify({ title: 'x'.repeat(300) }))?.title).toHaveLength(300);
  });

  test('ignores fields that are not text', () => {
    expect(readProblem(JSON.stringify({ title: 404, detail: 'Gone.' }))).toEqual({ title: undefined, detail: 'Gone.' });
  });

  test.each([
    ['not JSON', 'Internal Server Error'],
    ['HTML', '<!doctype html><title>502</title>'],
    ['empty', ''],
    ['an array', JSON.stringify([{ title: 'Not found' }])],
    ['null', 'null'],
    ['a string', JSON.stringify('Not found')],
    ['a number', '404'],
    ['an object without title or detail', JSON.stringify({ status: 404, type: 'about:blank' })],
    ['blank texts', JSON.stringify({ title: '   ', detail: '' })],
    ['non-text title and detail', JSON.stringify({ title: { en: 'x' }, detail: ['y'] })],
  ])('%s → undefined', (_case, body) => {
    expect(readProblem(body)).toBeUndefined();
  });
});
