import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, test } from 'vitest';
import { bundledDataset as dataset, serveDatasetDuringTests } from '../../testing/datasetServer.ts';
import { renderApp } from '../../testing/renderApp.tsx';
import { VERDICTS } from '../../domain/vocabulary.ts';
import { formatDay } from '../../i18n/format.ts';

serveDatasetDuringTests();

const total = dataset.recommendations.length;
const withVerdict = (verdict: string) => dataset.recommendations.filter((rec) => rec.response?.verdict === verdict);

describe('Response: what came of the asks', () => {
  test('the tally counts every verdict from the dataset, and says how many were taken up', async () => {
    renderApp('/en/response');
    await screen.findByRole('heading', { level: 1, name: 'What came of it: the 2025 Policy Address' });
    const tally = await screen.findByRole('region', { name: 'Verdicts for the recommendations in view' });
    const takenUp = withVerdict('adopted').length + withVerdict('partly').length;
    expect(tally).toHaveTextContent(`${takenUp} of ${total} recommendations were taken up in full or in part.`);
    const cards = within(tally).getAllByRole('listitem');
    expect(cards).toHaveLength(VERDICTS.length);
    VERDICTS.forEach((verdict, i) => expect(cards[i]!.querySelector('.verdict-card__count')).toHaveTextContent(new RegExp(`^${withVerdict(verdict).length}$`)));
    expect(tally).toHaveTextContent('not its Supplement');
  });

  test('a verdict card opens Explore filtered to exactly its recommendations', async () => {
    const { user, currentUrl } = renderApp('/en/response');
    const tally = await screen.findByRole('region', { name: 'Verdicts for the recommendations in view' });
    const adopted = withVerdict('adopted');
    await user.click(within(tally).getByRole('link', { name: `See the ${adopted.length} recommendations` }));
    await waitFor(() => expect(currentUrl()).toBe('/en/explore?verdict=adopted'));
    expect(await screen.findByText(`${adopted.length} of ${total} recommendations`)).toBeInTheDocument();
  });

  test('what was won lists every adopted and partly adopted recommendation, each linking to its page and its paragraph', async () => {
    renderApp('/en/response');
    const won = [...withVerdict('adopted'), ...withVerdict('partly')];
    const section = await screen.findByRole('region', { name: `What was won (${won.length})` });
    const items = within(section).getAllByRole('listitem');
    expect(items).toHaveLength(won.length);
    const first = won[0]!;
    expect(within(items[0]!).getByRole('link', { name: new RegExp(`^Recommendation ${first.id.slice(2)} `) })).toHaveAttribute('href', expect.stringContaining(`/recommendations/${first.id}`));
    const paragraph = first.response!.paragraphs[0]!;
    expect(within(items[0]!).getByRole('link', { name: paragraph.item ? `¶${paragraph.number}(${paragraph.item.en})` : `¶${paragraph.number}` })).toHaveAttribute('href', expect.stringContaining(`p=${paragraph.number}`));
    expect(items[0]).toHaveTextContent(first.response!.reason.en);
  });

  test('filters narrow the tally (zh-Hant)', async () => {
    const industry = 'logistics-trading';
    renderApp(`/response?industry=${industry}`);
    const inView = dataset.recommendations.filter((rec) => rec.industries.includes(industry));
    const takenUp = inView.filter((rec) => ['adopted', 'partly'].includes(rec.response!.verdict)).length;
    const tally = await screen.findByRole('region', { name: '目前所見建議的回應結果' });
    expect(tally).toHaveTextContent(`${inView.length} 項建議中，${takenUp} 項獲全部或部分採納。`);
  });

  test('an uptake chart cites both documents: the submission, and the address its verdicts were judged against', async () => {
    renderApp('/en/response');
    const [figure] = await screen.findAllByRole('figure', { name: /had the most asks taken up/ }, { timeout: 10_000 });
    expect(figure).toHaveTextContent(`verdicts against ${dataset.responseDocument!.title.en} (${formatDay(dataset.responseDocument!.delivered, 'en')}), main text`);
  });
});
