import { describe, expect, test } from 'vitest';
import { SourceDocument } from './sourceDocument.ts';

/** A minimal valid document: two pages, one recommendation running on across the break. */
function minimal() {
  return {
    schemaVersion: 1,
    submissionId: 'test-submission',
    sourceSha256: 'a'.repeat(64),
    pages: [
      {
        number: 1,
        paragraphs: [
          { text: '標題', kind: 'paragraph' },
          { text: '1.1. 節', kind: 'heading' },
          { text: '例如，增設導覽設施需', kind: 'bullet', recommendationId: 'R-1.1-1' },
        ],
      },
      { number: 2, paragraphs: [{ text: '要經過繁瑣的審批程序', kind: 'paragraph', recommendationId: 'R-1.1-1' }] },
    ],
  };
}

const issuesOf = (value: unknown) => {
  const parsed = SourceDocument.safeParse(value);
  return parsed.success ? [] : parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
};

describe('SourceDocument', () => {
  test('accepts a minimal valid document and keeps it as it is', () => {
    const parsed = SourceDocument.safeParse(minimal());
    expect(parsed.success, JSON.stringify(parsed.error?.issues)).toBe(true);
    expect(parsed.data).toEqual(minimal());
  });

  test('rejects pages that are not numbered 1..N in order', () => {
    const gap = minimal();
    gap.pages[1]!.number = 3;
    expect(issuesOf(gap)).toEqual([expect.stringMatching(/^pages\.1\.number: /)]);

    const startsAtTwo = minimal();
    startsAtTwo.pages = startsAtTwo.pages.map((page) => ({ ...page, number: page.number + 1 }));
    expect(issuesOf(startsAtTwo)).toHaveLength(2);

    const swapped = minimal();
    swapped.pages.reverse();
    expect(issuesOf(swapped)).toHaveLength(2);
  });

  test('rejects an empty text', () => {
    const empty = minimal();
    empty.pages[0]!.paragraphs[0]!.text = '';
    expect(issuesOf(empty)).toEqual([expect.stringMatching(/^pages\.0\.paragraphs\.0\.text: /)]);
  });

  test('rejects an unknown kind, a malformed recommendation id, a bad sha256, another schema version', () => {
    const kind = minimal();
    kind.pages[0]!.paragraphs[0]!.kind = 'title';
    expect(issuesOf(kind)).toEqual([expect.stringMatching(/^pages\.0\.paragraphs\.0\.kind: /)]);

    const id = minimal();
    id.pages[1]!.paragraphs[0]!.recommendationId = '1.1-1';
    expect(issuesOf(id)).toEqual([expect.stringMatching(/^pages\.1\.paragraphs\.0\.recommendationId: /)]);

    expect(issuesOf({ ...minimal(), sourceSha256: 'A'.repeat(64) })).toEqual([expect.stringMatching(/^sourceSha256: /)]);
    expect(issuesOf({ ...minimal(), schemaVersion: 2 })).toEqual([expect.stringMatching(/^schemaVersion: /)]);
  });

  test('rejects a page number that is not a positive integer', () => {
    const zero = minimal();
    zero.pages[0]!.number = 0;
    expect(issuesOf(zero).some((issue) => issue.startsWith('pages.0.number: '))).toBe(true);
  });
});
