/**
 * Issue 13: what is called verbatim is the zh-Hant original, a translation says it is one,
 * and "Copy quote with citation" copies the words with where they come from.
 */
import { languagePath } from '../../url/languagePath.ts';
import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, test, vi } from 'vitest';
import type { Language } from '../../domain/dataset.ts';
import { formatYearMonth } from '../../i18n/format.ts';
import { bundledDataset as dataset, serveDatasetDuringTests } from '../../testing/datasetServer.ts';
import { renderApp } from '../../testing/renderApp.tsx';

serveDatasetDuringTests();

const rec = dataset.recommendations.find((r) => r.endPage > r.page) ?? dataset.recommendations[0]!;
const { submission } = dataset;
const LANGS: Language[] = ['zh-Hant', 'zh-Hans', 'en'];
const pathFor = (lang: Language) => languagePath(`/recommendations/${rec.id}`, lang);

/** Puts a clipboard in the page (after renderApp, whose user-event installs its own). */
function mockClipboard(clipboard: Partial<Clipboard> | undefined) {
  Object.defineProperty(window.navigator, 'clipboard', { value: clipboard, configurable: true, writable: true });
}

describe('Recommendation page: verbatim means the original', () => {
  test('in English the translation is labelled as one, and only the zh-Hant original is called verbatim', async () => {
    renderApp(pathFor('en'));
    const original = await screen.findByRole('group', { name: 'Original (Traditional Chinese), quoted verbatim' });
    expect(original).toHaveTextContent(rec.text['zh-Hant']);
    expect(original).not.toHaveTextContent(rec.text.en);
    expect(within(original).getByText(rec.text['zh-Hant']).closest('[lang]')).toHaveAttribute('lang', 'zh-Hant');

    const translation = screen.getByRole('group', { name: /translation/i });
    expect(translation).toHaveTextContent(rec.text.en);
    expect(translation).not.toHaveTextContent(/verbatim/i);

    // Nothing that says "verbatim" sits over English text: the footer says what is translated.
    const footer = screen.getByRole('contentinfo');
    expect(footer).toHaveTextContent(/verbatim in the original Traditional Chinese/);
    expect(footer).toHaveTextContent(/translations/);
  });

  test('in Simplified Chinese the conversion is marked as not the original; in Traditional Chinese there is only the original', async () => {
    const { unmount } = renderApp(pathFor('zh-Hans'));
    const original = await screen.findByRole('group', { name: '繁体中文原文（逐字照录）' });
    expect(original).toHaveTextContent(rec.text['zh-Hant']);
    expect(screen.getByRole('group', { name: /非意见书原文/ })).toHaveTextContent(rec.text['zh-Hans']);
    unmount();

    renderApp(pathFor('zh-Hant'));
    expect(await screen.findByRole('group', { name: '原文（逐字照錄）' })).toHaveTextContent(rec.text['zh-Hant']);
    expect(screen.queryByRole('group', { name: /譯文/ })).not.toBeInTheDocument();
  });
});

describe('Recommendation page: copy quote with citation', () => {
  test.each(LANGS)('in %s it copies the words, the section and page, the title, the date and the link', async (lang) => {
    const { user } = renderApp(pathFor(lang));
    const button = await screen.findByRole('button', { name: { 'zh-Hant': '複製引文及出處', 'zh-Hans': '复制引文及出处', en: 'Copy quote with citation' }[lang] });
    const writeText = vi.fn<(text: string) => Promise<void>>().mockResolvedValue(undefined);
    mockClipboard({ writeText });
    await user.click(button);

    await waitFor(() => expect(writeText).toHaveBeenCalledTimes(1));
    const copied = writeText.mock.calls[0]![0];
    const lines = copied.split('\n');
    // The zh-Hant words, verbatim, on a line that says so; a reader of another language gets
    // the translation first, on a line that says it is one.
    const originalLine = lines.find((line) => line.includes(rec.text['zh-Hant']))!;
    expect(originalLine).toMatch(lang === 'en' ? /verbatim/ : /逐字照(錄|录)/);
    if (lang !== 'zh-Hant') {
      const translationLine = lines.find((line) => line.includes(rec.text[lang]))!;
      expect(translationLine).toMatch(lang === 'en' ? /translation/ : /非意见书原文/);
      expect(lines.indexOf(translationLine)).toBeLessThan(lines.indexOf(originalLine));
    } else {
      expect(copied).not.toContain(rec.text.en);
    }
    expect(copied).toContain(rec.sectionId);
    expect(copied).toContain(String(rec.page));
    expect(copied).toContain(String(rec.endPage));
    expect(copied).toContain(submission.title[lang]);
    expect(copied).toContain(formatYearMonth(submission.date, lang));
    expect(copied).toContain(`/recommendations/${rec.id}`);
    expect(lines.at(-1)).toMatch(new RegExp(`^\\S+[:：] ?https?://[^/\\s]+${pathFor(lang)}$`));

    expect(screen.getByRole('status')).toHaveTextContent({ 'zh-Hant': '已複製引文及出處。', 'zh-Hans': '已复制引文及出处。', en: 'Copied the quote with its citation.' }[lang]);
  });

  test.each([
    ['no clipboard', undefined],
    ['a clipboard that refuses', { writeText: () => Promise.reject(new DOMException('denied', 'NotAllowedError')) }],
  ])('with %s, the text is selected in a read-only box and the reader is told to press Ctrl+C', async (_case, clipboard) => {
    const { user } = renderApp(pathFor('en'));
    const button = await screen.findByRole('button', { name: 'Copy quote with citation' });
    mockClipboard(clipboard);
    await user.click(button);

    expect(await screen.findByRole('status')).toHaveTextContent(/press Ctrl\+C/);
    const box = screen.getByRole('textbox', { name: 'Quote with citation' }) as HTMLTextAreaElement;
    expect(box).toHaveAttribute('readonly');
    expect(box.value).toContain(rec.text['zh-Hant']);
    expect(box.value).toContain(rec.text.en);
    await waitFor(() => expect(box).toHaveFocus());
    expect([box.selectionStart, box.selectionEnd]).toEqual([0, box.value.length]);
  });
});
