/**
 * The dataset in two files (docs/architecture.md): the first screen loads the core alone
 * (`<id>.json`) and draws every figure from it; the views that show the long texts (Explore, a
 * recommendation) load the texts (`<id>.texts.json`) as well, once, and show them; texts that
 * are not the core's are named on the page, never merged. Expectations come from the bundled
 * data; the requests are read from MSW, for the bundled files and for the submissions API.
 */
import { screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { afterEach, beforeEach, describe, expect, onTestFinished, test, vi } from 'vitest';
import { mockSubmissions } from '../../mocks/fixtures.ts';
import { submissionsApiHandlers } from '../../mocks/submissionsApi.ts';
import { createRestSource } from '../../src/sources/restSource.ts';
import { bundledDataset as dataset, DATASET_URL, serveDatasetDuringTests, TEXTS_URL, textsJson } from '../../src/testing/datasetServer.ts';
import { headlineFigure } from '../../src/testing/headline.ts';
import { renderApp } from '../../src/testing/renderApp.tsx';

const server = serveDatasetDuringTests();

/** Every URL requested during the test, in order. */
let requested: string[] = [];
const record = ({ request }: { request: Request }) => void requested.push(request.url);
beforeEach(() => {
  requested = [];
  server.events.on('request:start', record);
});
afterEach(() => server.events.removeListener('request:start', record));

const count = (url: string) => requested.filter((each) => each === url).length;
/** How many times the core was requested so far: once, or again if the first request was cancelled (a page that redirects as it opens). */
const coreRequested = (url = DATASET_URL) => {
  const times = count(url);
  expect(times).toBeGreaterThanOrEqual(1);
  return times;
};
const rec = (id: string) => dataset.recommendations.find((candidate) => candidate.id === id)!;
/** A recommendation with everything the texts file holds for it: an urgency word, a response with a reason and a quote, a section with a lead. */
const full = dataset.recommendations.find(
  (candidate) => candidate.urgency.length > 0 && candidate.response?.quote && dataset.sections.find((section) => section.id === candidate.sectionId)?.lead,
)!;

/** The overview has drawn its figures: the count cards, the headline asks, the number cards and the charts. */
async function overviewDrawn(): Promise<void> {
  await screen.findByRole('region', { name: 'Summary' });
  expect(headlineFigure('Recommendations')).toBe(String(dataset.recommendations.length));
  const verdicts = (verdict: string) => dataset.recommendations.filter((candidate) => candidate.response?.verdict === verdict).length;
  expect(headlineFigure('Taken up in full or in part')).toBe(String(verdicts('adopted') + verdicts('partly')));
  expect(headlineFigure('Still open: not addressed')).toBe(String(verdicts('not-addressed')));
  const asks = dataset.asks.filter((ask) => ask.role === 'ask');
  const asksSection = screen.getByRole('region', { name: 'The quantities asked for' });
  expect(within(asksSection).getAllByRole('list')[0]!.children).toHaveLength(asks.length);
  // The number cards quote the source's words for each figure: they are in the core.
  expect(within(asksSection).getByText(asks[0]!.quote)).toHaveAttribute('lang', 'zh-Hant');
  expect(within(screen.getByRole('region', { name: 'The headline asks' })).getAllByRole('listitem').length).toBeGreaterThan(0);
  // The charts are loaded after the summary; each has its table twin.
  const figures = await screen.findAllByRole('figure');
  expect(figures.length).toBeGreaterThan(3);
}

describe('the first screen loads the core only', () => {
  test('the overview shows every figure without requesting the texts file', async () => {
    renderApp('/?lang=en');
    await overviewDrawn();
    coreRequested();
    expect(count(TEXTS_URL)).toBe(0);
    // None of the long texts is on the page: the core has none to show.
    expect(document.body).not.toHaveTextContent(dataset.recommendations[0]!.text.en);
  });

  test('a filtered overview counts from the core as well', async () => {
    renderApp('/?lang=en&theme=halal');
    await screen.findByRole('region', { name: 'Summary' });
    expect(headlineFigure('Recommendations')).toBe(String(dataset.recommendations.filter((candidate) => candidate.themes.includes('halal')).length));
    await screen.findAllByRole('figure');
    expect(count(TEXTS_URL)).toBe(0);
  });

  test('from the overview, a recommendation one click away shows its words: the texts are loaded then, the core is not loaded again', async () => {
    const { user } = renderApp('/?lang=en');
    const asks = await screen.findByRole('region', { name: 'The headline asks' });
    const link = within(asks).getAllByRole('link')[0]!;
    const id = decodeURIComponent(new URL(link.getAttribute('href')!, 'http://x/').pathname.split('/').pop()!);
    expect(count(TEXTS_URL)).toBe(0);
    const core = coreRequested();
    await user.click(link);
    const quote = await screen.findByText(rec(id).text.en);
    expect(quote).toHaveAttribute('lang', 'en');
    expect(screen.getByText(rec(id).text['zh-Hant'])).toHaveAttribute('lang', 'zh-Hant');
    expect([count(DATASET_URL), count(TEXTS_URL)]).toEqual([core, 1]);
  });
});

describe('an image export with the source\'s words, from the first screen', () => {
  test('loads the texts only when asked, and the image quotes the recommendation it cites, verbatim', async () => {
    // jsdom saves no files: the blob handed to the link is kept instead, and the link not followed.
    const saved: Blob[] = [];
    const { createObjectURL, revokeObjectURL } = URL;
    onTestFinished(() => void Object.assign(URL, { createObjectURL, revokeObjectURL }));
    Object.assign(URL, { createObjectURL: (blob: Blob) => (saved.push(blob), `blob:${saved.length}`), revokeObjectURL: () => undefined });
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined);
    const { user } = renderApp('/?lang=en');
    await overviewDrawn();
    const figure = (await screen.findAllByRole('figure'))[0]!;
    await user.click(within(figure).getByRole('button', { name: /^Download and share “/ }));
    await user.click(within(figure).getByRole('checkbox', { name: /Add the source’s words/ }));
    expect(count(TEXTS_URL)).toBe(0);
    await user.click(within(figure).getByRole('button', { name: 'Download SVG image' }));
    await waitFor(() => expect(saved).toHaveLength(1));
    expect(count(TEXTS_URL)).toBe(1);
    const svg = await saved[0]!.text();
    const unescape = (text: string) => text.replace(/&(lt|gt|amp|quot|apos);/g, (_, name: string) => ({ lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" })[name]!);
    const quoted = [...svg.matchAll(/<text[^>]*xml:lang="zh-Hant"[^>]*>([^<]*)<\/text>/g)].map((match) => unescape(match[1]!));
    const cited = /Recommendation ([\d.]+-\d+) · p\./.exec(svg)![1]!;
    expect(quoted.join('').replace(/\s/g, '')).toBe(rec(`R-${cited}`).text['zh-Hant'].replace(/\s/g, ''));
  });

  test('when the texts cannot be loaded, no image is made and the reader is told why', async () => {
    server.use(http.get(TEXTS_URL, () => new HttpResponse('busy', { status: 503 })));
    const saved: Blob[] = [];
    const { createObjectURL, revokeObjectURL } = URL;
    onTestFinished(() => void Object.assign(URL, { createObjectURL, revokeObjectURL }));
    Object.assign(URL, { createObjectURL: (blob: Blob) => (saved.push(blob), `blob:${saved.length}`), revokeObjectURL: () => undefined });
    const { user } = renderApp('/?lang=en');
    await overviewDrawn();
    const figure = (await screen.findAllByRole('figure'))[0]!;
    await user.click(within(figure).getByRole('button', { name: /^Download and share “/ }));
    await user.click(within(figure).getByRole('checkbox', { name: /Add the source’s words/ }));
    await user.click(within(figure).getByRole('button', { name: 'Download SVG image' }));
    expect(await within(figure).findByText(/The source’s words could not be loaded, so the image was not made/)).toHaveAttribute('role', 'status');
    expect(saved).toEqual([]);
    // Tried as any document is: three times.
    expect(count(TEXTS_URL)).toBe(3);
  });
});

describe('the views that show the texts load them', () => {
  test('Explore lists each recommendation with its words', async () => {
    renderApp('/explore?lang=en');
    expect(await screen.findByText(`${dataset.recommendations.length} of ${dataset.recommendations.length} recommendations`)).toBeInTheDocument();
    expect(screen.getAllByText(dataset.recommendations[0]!.text.en).length).toBeGreaterThan(0);
    coreRequested();
    expect(count(TEXTS_URL)).toBeGreaterThanOrEqual(1);
  });

  test('a recommendation page shows its words, its section\'s lead, the reason for its verdict and its urgency words\' clauses', async () => {
    renderApp(`/recommendations/${full.id}?lang=en`);
    expect(await screen.findByText(full.text.en)).toBeInTheDocument();
    const section = dataset.sections.find((candidate) => candidate.id === full.sectionId)!;
    expect(screen.getByRole('heading', { name: `Context: section ${section.number}` }).nextElementSibling).toHaveTextContent(section.lead!.en);
    expect(screen.getByText(full.response!.reason.en)).toBeInTheDocument();
    for (const mark of full.urgency) expect(screen.getAllByText(mark.quote['zh-Hant']).length).toBeGreaterThan(0);
  });

  test('texts of another version are not merged: the page names the revision, and the overview still works', async () => {
    const stale = JSON.parse(textsJson) as { revision: string };
    stale.revision = '0'.repeat(64);
    server.use(http.get(TEXTS_URL, () => HttpResponse.json(stale)));
    const { unmount } = renderApp(`/recommendations/${full.id}?lang=en`);
    // By its name: under load another alert (a panel still settling) may be on screen first.
    const alert = await screen.findByRole('alert', { name: 'The submission could not be loaded' });
    expect(within(alert).getByRole('heading', { name: 'The submission could not be loaded' })).toBeInTheDocument();
    expect(alert).toHaveTextContent('data this version of the dashboard cannot read');
    expect(within(alert).getByText('revision', { selector: 'code' }).parentElement).toHaveTextContent('they were not built together');
    expect(screen.queryByText(full.text.en)).not.toBeInTheDocument();
    unmount();
    renderApp('/?lang=en');
    await overviewDrawn();
  });
});

describe('the same through the submissions API', () => {
  const API = 'http://api.test/';
  const submissions = mockSubmissions();
  const id = submissions[0]!.dataset.submission.id;
  const [CORE_URL, API_TEXTS_URL] = [`${API}v1/submissions/${id}`, `${API}v1/submissions/${id}/texts`];

  test('the overview requests the core, never /texts; Explore then requests /texts once and shows the words', async () => {
    server.use(...submissionsApiHandlers({ baseUrl: API, submissions }));
    const { user } = renderApp('/?lang=en', { source: createRestSource({ baseUrl: API }) });
    await overviewDrawn();
    const core = coreRequested(CORE_URL);
    expect(count(API_TEXTS_URL)).toBe(0);
    await user.click(within(screen.getByRole('navigation', { name: 'Views' })).getByRole('link', { name: 'Explore' }));
    await waitFor(() => expect(screen.getAllByText(dataset.recommendations[0]!.text.en).length).toBeGreaterThan(0));
    expect([count(CORE_URL), count(API_TEXTS_URL)]).toEqual([core, 1]);
  });
});
