import { screen, within } from '@testing-library/react';
import { describe, expect, test } from 'vitest';
import { bundledDataset as dataset, serveDatasetDuringTests } from '../testing/datasetServer.ts';
import { renderApp } from '../testing/renderApp.tsx';

serveDatasetDuringTests();

describe('Language', () => {
  test('switching keeps the view and writes the language into the URL', async () => {
    const { user, currentUrl } = renderApp('/structure?open=5.2');
    const switcher = await screen.findByRole('navigation', { name: '語言' });
    await user.click(within(switcher).getByRole('link', { name: 'English' }));

    // The language is the path's first segment (url/languagePath.ts): the view is drawn again under it.
    expect(await screen.findByRole('button', { name: 'Expand all sections' })).toBeInTheDocument();
    expect(currentUrl()).toBe('/en/structure?open=5.2');
    expect(document.documentElement.lang).toBe('en');
    expect(screen.getByRole('link', { name: 'English' })).toHaveAttribute('aria-current', 'true');
    expect(screen.getByText(`${dataset.recommendations.length} recommendations`, { exact: false })).toBeInTheDocument();
    // The open section survived the switch.
    expect(screen.getByRole('button', { name: /^5\.2 / })).toHaveAttribute('aria-expanded', 'true');

    await user.click(screen.getByRole('link', { name: '简体中文' }));
    expect(await screen.findByRole('button', { name: '展开全部章节' })).toBeInTheDocument();
    expect(currentUrl()).toBe('/zh-Hans/structure?open=5.2');

    await user.click(screen.getByRole('link', { name: '繁體中文' }));
    expect(await screen.findByRole('button', { name: '展開全部章節' })).toBeInTheDocument();
    expect(currentUrl()).toBe('/structure?open=5.2');
    expect(document.documentElement.lang).toBe('zh-Hant');
  });

  test('content is shown in the chosen language, each text marked with its language', async () => {
    const rec = dataset.recommendations.find((r) => r.id === 'R-5.2-1')!;
    const { user } = renderApp('/en/recommendations/R-5.2-1');
    expect(await screen.findByRole('heading', { level: 1, name: 'Recommendation 5.2-1' })).toBeInTheDocument();
    const quote = document.querySelector('blockquote')!;
    expect(quote).toHaveTextContent(rec.text.en);
    expect(within(quote).getByText(rec.text.en)).toHaveAttribute('lang', 'en');
    expect(screen.getByText(`FHKI submission, §5.2, p. ${rec.page}`)).toBeInTheDocument();

    await user.click(screen.getByRole('link', { name: '简体中文' }));
    await screen.findByRole('heading', { level: 1, name: '建议 5.2-1' });
    expect(within(document.querySelector('blockquote')!).getByText(rec.text['zh-Hans'])).toHaveAttribute('lang', 'zh-Hans');
  });

  test('English pluralises and formats numbers through Intl', async () => {
    renderApp('/en/structure');
    const chapter = dataset.chapters.find((c) => c.number === 4)!;
    const sectionIds = new Set(dataset.sections.filter((s) => s.chapterId === chapter.id).map((s) => s.id));
    const count = dataset.recommendations.filter((r) => sectionIds.has(r.sectionId)).length;
    const heading = await screen.findByRole('heading', { level: 3, name: /^4\. / });
    expect(heading).toHaveTextContent(`${count} recommendation${count === 1 ? '' : 's'}`);
    expect(screen.getByText(/August 2025/)).toBeInTheDocument();
  });

  test('an unsupported language falls back to Traditional Chinese with a notice', async () => {
    renderApp('/structure?lang=fr');
    expect(await screen.findByRole('button', { name: '展開全部章節' })).toBeInTheDocument();
    expect(screen.getByText('不支援的語言「fr」')).toBeInTheDocument();
  });
});
