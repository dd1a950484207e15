import { screen, within } from '@testing-library/react';
import { describe, expect, test } from 'vitest';
import { bundledDataset as dataset, serveDatasetDuringTests } from '../../testing/datasetServer.ts';
import { renderApp } from '../../testing/renderApp.tsx';

serveDatasetDuringTests();

/** Counts straight from the dataset's lists, independently of the app's outline code. */
function recommendationsInChapter(chapterId: string): number {
  const sectionIds = new Set(dataset.sections.filter((s) => s.chapterId === chapterId).map((s) => s.id));
  return dataset.recommendations.filter((rec) => sectionIds.has(rec.sectionId)).length;
}
function recommendationsInPillar(pillarId: string): number {
  return dataset.chapters
    .filter((chapter) => chapter.pillarId === pillarId)
    .reduce((total, chapter) => total + recommendationsInChapter(chapter.id), 0);
}

/** The items of a section's recommendation list (its own <li>s, not the lists nested in them). */
function recommendationItems(panel: HTMLElement, sectionId: string): HTMLElement[] {
  const list = within(panel).getByRole('list', { name: `第 ${sectionId} 節的建議` });
  return [...list.querySelectorAll<HTMLElement>(':scope > li')];
}

describe('Submission view', () => {
  test('shows the title and the totals of the submission', async () => {
    renderApp('/structure');
    expect(await screen.findByRole('heading', { level: 1, name: dataset.submission.title['zh-Hant'] })).toBeInTheDocument();
    const totals = `${dataset.pillars.length} 大範疇 · ${dataset.chapters.length} 章 · ${dataset.sections.length} 節 · ${dataset.recommendations.length} 項建議`;
    expect(screen.getByText(totals)).toBeInTheDocument();
  });

  test('every pillar and chapter shows how many recommendations it holds', async () => {
    renderApp('/structure');
    const pillarHeadings = await screen.findAllByRole('heading', { level: 2, name: /、/ });
    expect(pillarHeadings).toHaveLength(dataset.pillars.length);
    dataset.pillars.forEach((pillar, index) => {
      expect(pillarHeadings[index]).toHaveTextContent(pillar.title['zh-Hant']);
      expect(pillarHeadings[index]).toHaveTextContent(`${recommendationsInPillar(pillar.id)} 項建議`);
    });
    for (const chapter of dataset.chapters) {
      const heading = screen.getByRole('heading', { level: 3, name: new RegExp(`^${chapter.number}\\. `) });
      expect(heading).toHaveTextContent(`${recommendationsInChapter(chapter.id)} 項建議`);
      expect(heading).toHaveTextContent(`始於第 ${chapter.page} 頁`);
    }
  });

  test('expanding a section shows its recommendations verbatim with their pages, and records it in the URL', async () => {
    const { user, currentUrl } = renderApp('/structure');
    const section = dataset.sections.find((s) => s.id === '5.2')!;
    const button = await screen.findByRole('button', { name: new RegExp(`^5\\.2 ${section.title['zh-Hant']}`) });
    expect(button).toHaveAttribute('aria-expanded', 'false');

    await user.click(button);

    expect(button).toHaveAttribute('aria-expanded', 'true');
    const panel = document.getElementById(button.getAttribute('aria-controls')!)!;
    const expected = dataset.recommendations.filter((rec) => rec.sectionId === '5.2');
    const items = recommendationItems(panel, '5.2');
    expect(items).toHaveLength(expected.length);
    expected.forEach((rec, index) => {
      expect(items[index]).toHaveTextContent(rec.text['zh-Hant']);
      expect(items[index]).toHaveTextContent(`第 ${rec.page} 頁`);
    });
    expect(currentUrl()).toBe('/structure?open=5.2');
  });

  test('sections open from the URL, and collapse from the keyboard', async () => {
    const { user, currentUrl } = renderApp('/structure?open=1.1,16.3');
    const button = await screen.findByRole('button', { name: /^1\.1 / });
    expect(button).toHaveAttribute('aria-expanded', 'true');
    expect(screen.getByRole('button', { name: /^16\.3 / })).toHaveAttribute('aria-expanded', 'true');

    button.focus();
    await user.keyboard('{Enter}');

    expect(button).toHaveAttribute('aria-expanded', 'false');
    expect(currentUrl()).toBe('/structure?open=16.3');
  });

  test('expand all opens every section; collapse all closes them', async () => {
    const { user, currentUrl } = renderApp('/structure');
    await user.click(await screen.findByRole('button', { name: '展開全部章節' }));
    const sectionButtons = screen.getAllByRole('button', { expanded: true });
    expect(sectionButtons).toHaveLength(dataset.sections.length);
    expect(screen.getAllByRole('link', { name: /^打開建議 / })).toHaveLength(dataset.recommendations.length);
    expect(currentUrl()).toBe('/structure?open=all');

    await user.click(screen.getByRole('button', { name: '收起全部章節' }));
    expect(screen.queryAllByRole('button', { expanded: true })).toHaveLength(0);
    expect(currentUrl()).toBe('/structure');
  });

  test('chapter 14, which has no sections, lists its own recommendations', async () => {
    renderApp('/structure?open=14');
    const button = await screen.findByRole('button', { name: /^14 本章建議/ });
    const panel = document.getElementById(button.getAttribute('aria-controls')!)!;
    const expected = dataset.recommendations.filter((rec) => rec.sectionId === '14');
    expect(recommendationItems(panel, '14')).toHaveLength(expected.length);
  });

  test('invalid and unknown sections in the URL are reported, valid ones still open; the malformed one leaves the address', async () => {
    const { currentUrl } = renderApp('/structure?open=5.2,x!y,99.9');
    expect(await screen.findByRole('button', { name: /^5\.2 / })).toHaveAttribute('aria-expanded', 'true');
    const notices = screen.getAllByText('網址中部分設定無效，已改用預設值：').map((text) => text.closest('[role="status"]') as HTMLElement);
    expect(notices.some((notice) => within(notice).queryByText('「x!y」不是有效的章節編號'))).toBe(true);
    expect(notices.some((notice) => within(notice).queryByText('意見書中沒有第 99.9 節'))).toBe(true);
    expect(currentUrl()).toBe('/structure?open=5.2,99.9');
  });

  test('a recommendation link opens its own page', async () => {
    const { user, currentUrl } = renderApp('/structure?open=5.2');
    await user.click(await screen.findByRole('link', { name: '打開建議 5.2-1' }));
    expect(await screen.findByRole('heading', { level: 1, name: '建議 5.2-1' })).toBeInTheDocument();
    expect(currentUrl()).toBe('/recommendations/R-5.2-1');
  });
});
