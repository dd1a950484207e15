import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, test } from 'vitest';
import { bundledDataset as dataset, serveDatasetDuringTests } from '../../testing/datasetServer.ts';
import { renderApp } from '../../testing/renderApp.tsx';

serveDatasetDuringTests();

const document = dataset.responseDocument!;
const byId = (id: string) => dataset.recommendations.find((rec) => rec.id === id)!;

describe('a recommendation beside what came of it', () => {
  test('3.2-1: the verdict, the reason, the address’s paragraph with the words that carry the verdict marked, and the ask met', async () => {
    const rec = byId('R-3.2-1');
    const response = rec.response!;
    const { user, currentUrl } = renderApp(`/en/recommendations/${rec.id}`);
    const panel = await screen.findByRole('region', { name: `What came of it in ${document.title.en}` });
    expect(panel).toHaveTextContent(`Adopted ${response.reason.en}`);
    // The paragraph arrives with the response text; its quoted words are marked.
    await waitFor(() => expect(panel.querySelector('mark')).toHaveTextContent(response.quote!.en));
    const ask = dataset.asks.find((a) => a.recommendationId === rec.id && a.role === 'ask')!;
    const outcome = response.numbers!.find((n) => n.askId === ask.id)!;
    expect(screen.getByText(`Met by the address: ${outcome.figure!.en}`)).toBeInTheDocument();
    const first = response.paragraphs[0]!;
    await user.click(within(panel).getByRole('link', { name: `¶${first.number}(${first.item!.en})` }));
    await waitFor(() => expect(currentUrl()).toBe(`/en/address?p=${first.number}#p${first.number}`));
  });

  test('a recommendation nothing answers says so, with the terms searched for and the scope of the judgement (zh-Hant)', async () => {
    const rec = dataset.recommendations.find((r) => r.response?.verdict === 'not-addressed')!;
    renderApp(`/recommendations/${rec.id}`);
    const panel = await screen.findByRole('region', { name: `《${document.title['zh-Hant']}》的回應` });
    expect(panel).toHaveTextContent('未有回應');
    for (const term of rec.response!.searched!['zh-Hant']) expect(within(panel).getByText(term)).toBeInTheDocument();
    expect(panel).toHaveTextContent('不包括其附篇');
  });
});
