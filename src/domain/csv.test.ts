import { describe, expect, test } from 'vitest';
import { BOM, parseCsv, toCsv } from './csv.ts';

describe('toCsv', () => {
  test('starts with a BOM, ends lines with CRLF and quotes only what needs it', () => {
    const csv = toCsv(['id', 'text'], [['R-1.1-1', '建議，"加快" 審批'], ['R-2', 'plain']]);
    expect(csv.startsWith(BOM)).toBe(true);
    expect(csv).toBe(`${BOM}id,text\r\nR-1.1-1,"建議，""加快"" 審批"\r\nR-2,plain\r\n`);
  });

  test('round-trips commas, quotes, new lines and CJK', () => {
    const rows = [['a,b', 'say "hi"', 'line\nbreak', '大灣區', ' padded ', '3']];
    expect(parseCsv(toCsv(['1', '2', '3', '4', '5', '6'], rows))).toEqual([['1', '2', '3', '4', '5', '6'], ...rows]);
  });
});
