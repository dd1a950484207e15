import { describe, expect, test } from 'vitest';
import { buildResponseText, checkAlignment, normaliseText, parsePolicyAddress, PolicyAddressError } from './policyAddress.ts';
import { readVerified, RESPONSE_SOURCE_PATHS } from './paths.ts';

const xml = (body: string, lang: string) =>
  `<?xml version="1.0" encoding="utf-8" ?><!DOCTYPE article><article xml:lang="${lang}" xmlns="http://docbook.org/ns/docbook" version="5.0"><info><title>T</title></info><section xml:id="pa"><title>PA</title>${body}</section></article>`;

const ZH = xml(
  `<section><title>第一章 總覽</title><para>
    1. 政府會
    推出措施<superscript>1</superscript>。</para><para>註1: 一個註釋</para>
  <section><title>支援中小企</title><para>2. 香港有近 36 萬家中小企業：</para>
  <orderedlist><listitem><para>將計劃延長兩年。</para></listitem><listitem><para>寬減收費。</para></listitem></orderedlist></section></section>`,
  'zh-Hant',
);
const EN = xml(
  `<section><title>Chapter I Overview</title><para>1. The Government will
    introduce measures<superscript>1</superscript>.</para><para>Remark 1: A note.</para>
  <section><title>Support SMEs</title><para>2. Hong Kong has some 360\u202f000 SMEs:</para>
  <orderedlist><listitem><para>Extend the scheme for two &quot;years&quot;.</para></listitem><listitem><para>Reduce fees.</para></listitem></orderedlist></section></section>`,
  'en',
);

describe('parsePolicyAddress', () => {
  test('numbered paragraphs with chapter, headings, sub-items and remarks apart; footnote markers left out', () => {
    const zh = parsePolicyAddress(ZH, 'zh-Hant');
    expect(zh.chapters).toEqual(['第一章 總覽']);
    expect(zh.paragraphs).toEqual([
      { number: 1, chapter: 1, chapterTitle: '第一章 總覽', path: [], text: '政府會推出措施。', items: [] },
      { number: 2, chapter: 1, chapterTitle: '第一章 總覽', path: ['支援中小企'], text: '香港有近 36 萬家中小企業：', items: ['將計劃延長兩年。', '寬減收費。'] },
    ]);
    expect(zh.remarks).toEqual(['註1: 一個註釋']);
    const en = parsePolicyAddress(EN, 'en');
    // The narrow no-break space of "360 000" is one ordinary space; entities are decoded.
    expect(en.paragraphs[1]!.text).toBe('Hong Kong has some 360 000 SMEs:');
    expect(en.paragraphs[1]!.items[0]).toBe('Extend the scheme for two "years".');
    expect(checkAlignment(zh, en, 2)).toEqual([]);
  });

  test('a gap in the numbering, a missing paragraph or an unknown element is refused', () => {
    const zh = parsePolicyAddress(ZH, 'zh-Hant');
    const gap = parsePolicyAddress(EN.replace('2. Hong Kong', '3. Hong Kong'), 'en');
    expect(checkAlignment(zh, gap, 2)).toEqual(['en: paragraph 2 is numbered 3']);
    expect(checkAlignment(zh, parsePolicyAddress(EN, 'en'), 3)).toEqual(['zh-Hant: 2 paragraphs, expected 3', 'en: 2 paragraphs, expected 3']);
    expect(() => parsePolicyAddress(ZH.replace('<orderedlist>', '<itemizedlist>').replace('</orderedlist>', '</itemizedlist>'), 'zh-Hant')).toThrow(PolicyAddressError);
  });

  test('normaliseText: a line break inside Chinese disappears; any other run is one space', () => {
    expect(normaliseText('  政府\n   會推出  Web 3.0\u202f平台 ')).toBe('政府會推出 Web 3.0 平台');
    expect(normaliseText('第一章\u3000 深化改革\u3000心繫民生')).toBe('第一章 深化改革 心繫民生');
    expect(normaliseText('36 萬家\n中小企')).toBe('36 萬家中小企');
  });

  test('the response text puts both languages side by side, zh-Hans converted', () => {
    const text = buildResponseText(parsePolicyAddress(ZH, 'zh-Hant'), parsePolicyAddress(EN, 'en'), { submissionId: 's', responseDocumentId: 'pa' }, (s) => `简:${s}`);
    expect(text.paragraphs[1]).toEqual({
      number: 2,
      chapter: 1,
      heading: { 'zh-Hant': '支援中小企', 'zh-Hans': '简:支援中小企', en: 'Support SMEs' },
      text: { 'zh-Hant': '香港有近 36 萬家中小企業：', 'zh-Hans': '简:香港有近 36 萬家中小企業：', en: 'Hong Kong has some 360 000 SMEs:' },
      items: { 'zh-Hant': ['將計劃延長兩年。', '寬減收費。'], 'zh-Hans': ['简:將計劃延長兩年。', '简:寬減收費。'], en: ['Extend the scheme for two "years".', 'Reduce fees.'] },
    });
  });
});

describe('the Government’s files', () => {
  const zh = parsePolicyAddress(readVerified(RESPONSE_SOURCE_PATHS['zh-Hant']).text, 'zh-Hant');
  const en = parsePolicyAddress(readVerified(RESPONSE_SOURCE_PATHS.en).text, 'en');
  test('1–286 with no gap in both languages, ten chapters aligned', () => {
    expect(checkAlignment(zh, en, 286)).toEqual([]);
    expect(zh.chapters).toHaveLength(10);
    expect(en.chapters).toHaveLength(10);
  });
  test('¶240 lists the SME measures: the Chinese splits one item in two (zh 12 items, en 11), as the README warns', () => {
    expect(zh.paragraphs[239]!.items).toHaveLength(12);
    expect(en.paragraphs[239]!.items).toHaveLength(11);
    expect(en.paragraphs[239]!.items[0]).toContain('principal moratorium arrangement for one year');
    expect(zh.paragraphs[239]!.items[0]).toContain('「還息不還本」安排再度延長一年');
  });
});
