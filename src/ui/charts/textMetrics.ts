/**
 * Text width without a browser: advance widths of printable ASCII in hundredths of an em,
 * the widest of DejaVu Sans, Noto Sans CJK TC and SC as Chromium draws them (measured with
 * canvas `measureText` at 100 px; the fonts that `system-ui` and the app's font stacks fall
 * back to on Linux, and wider than Helvetica, Segoe UI, Roboto and PingFang's Latin). CJK and
 * other characters count a full em. Being on the wide side is the point: the label layout
 * must give every label the room it needs in any of those fonts, on the server, in an
 * export and on paper alike, and the same input must give the same layout everywhere.
 */

// prettier-ignore
const ASCII_400 = [32,41,48,84,64,96,78,28,40,40,50,84,32,37,32,40,64,64,64,64,64,64,64,64,64,64,34,34,84,84,84,54,100,69,69,70,78,64,58,78,76,30,54,66,56,87,75,79,64,79,70,64,62,74,69,99,69,62,69,40,40,40,84,56,61,62,64,55,64,62,36,64,64,28,28,58,29,98,64,62,64,64,42,53,40,64,60,82,60,60,53,64,34,64,84];
// prettier-ignore
const ASCII_700 = [35,46,58,84,70,101,88,33,46,46,53,84,38,42,38,39,70,70,70,70,70,70,70,70,70,70,40,40,84,84,84,59,101,78,77,74,84,69,69,83,84,38,57,78,64,100,84,86,74,86,78,73,69,82,78,111,78,73,73,46,39,46,84,57,63,68,72,60,72,68,44,72,72,35,35,67,35,105,72,69,72,72,50,60,48,72,66,93,65,66,59,72,37,72,84];

/** Non-ASCII characters narrower than an em in those fonts (en dash, accented Latin, the no-break space). */
const NARROW: Record<string, number> = { '\u2013': 55, '\u00a0': 32, '\u00e9': 68, '\u00e8': 68, '\u00e0': 68, '\u00fc': 72, '\u00f6': 69 };

export type FontWeight = 400 | 700;

/** The width of `text` in px at `size` px. */
export function textWidth(text: string, size: number, weight: FontWeight = 400): number {
  const table = weight === 700 ? ASCII_700 : ASCII_400;
  let hundredths = 0;
  for (const char of text) {
    const code = char.codePointAt(0)!;
    hundredths += code >= 32 && code < 127 ? table[code - 32]! : (NARROW[char] ?? 100);
  }
  return (hundredths * size) / 100;
}

/** CJK ideographs, kana, hangul and full-width forms: a line may break before or after any of them. */
const CJK = /[\u2e80-\u9fff\uac00-\ud7af\uf900-\ufaff\uff00-\uffef]/;
/** Characters a line must not start with (closing punctuation, CJK and Latin). */
const NO_LINE_START = /^[，。、；：？！）」』】〉》”’,.;:?!)\]}%·…]/;

/**
 * The text as tokens that a line may break between: a Latin word with the space after it
 * (a word also breaks after a hyphen or a slash), a single CJK character, and closing
 * punctuation glued to what comes before it.
 */
function tokens(text: string): string[] {
  const out: string[] = [];
  let word = '';
  const flush = () => {
    if (word === '') return;
    if (out.length > 0 && NO_LINE_START.test(word)) out[out.length - 1] += word;
    else out.push(word);
    word = '';
  };
  for (const char of text) {
    if (/\s/.test(char)) {
      word += char;
      flush();
    } else if (CJK.test(char)) {
      flush();
      word = char;
      flush();
    } else {
      if (word !== '' && /\s$/.test(word)) flush();
      word += char;
      if (char === '-' || char === '/') flush();
    }
  }
  flush();
  return out;
}

/**
 * Splits `text` into lines no wider than `maxWidth` px, breaking Latin text between words
 * and CJK text between characters. Nothing is ever cut or replaced by "…": a single word
 * wider than the line is broken between its letters.
 */
export function wrapText(text: string, maxWidth: number, size: number, weight: FontWeight = 400): string[] {
  const lines: string[] = [];
  let line = '';
  const fits = (candidate: string) => textWidth(candidate.trimEnd(), size, weight) <= maxWidth;
  for (const token of tokens(text.trim())) {
    if (fits(line + token)) {
      line += token;
      continue;
    }
    if (line.trim() !== '') lines.push(line.trimEnd());
    line = '';
    if (fits(token)) {
      line = token.trimStart();
      continue;
    }
    // A word longer than the line: break it between characters.
    for (const char of token.trimStart()) {
      if (line !== '' && !fits(line + char)) {
        lines.push(line.trimEnd());
        line = '';
      }
      line += char;
    }
  }
  if (line.trim() !== '') lines.push(line.trimEnd());
  if (lines.length === 0) return [''];
  return keepCjkCompany(lines, fits);
}

/** One CJK character, with any closing punctuation glued to it. */
const LONE_CJK = new RegExp(`^${CJK.source}${NO_LINE_START.source.slice(1)}*$`);

/**
 * A CJK label is not left with one character alone on its last line ("中小企資助與" / "融資",
 * not "中小企資助與融" / "資"): the previous line gives it its last character, when that is a
 * CJK character of its own and two remain above. The number of lines and the widest line stay
 * as they were.
 */
function keepCjkCompany(lines: string[], fits: (candidate: string) => boolean): string[] {
  const last = lines.at(-1)!;
  const above = [...(lines.at(-2) ?? '')];
  const moved = above.at(-1);
  if (!LONE_CJK.test(last) || moved === undefined || above.length < 3 || !CJK.test(moved) || NO_LINE_START.test(moved) || !fits(moved + last)) return lines;
  return [...lines.slice(0, -2), above.slice(0, -1).join(''), moved + last];
}

/** The width of the widest line. */
export const linesWidth = (lines: readonly string[], size: number, weight: FontWeight = 400): number => Math.max(0, ...lines.map((line) => textWidth(line, size, weight)));
