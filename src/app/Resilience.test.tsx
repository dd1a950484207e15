/**
 * One broken panel never takes the page down, and errors outside React's rendering are
 * shown rather than lost (the last-resort handler).
 */
import { act, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { bundledDataset, serveDatasetDuringTests } from '../testing/datasetServer.ts';
import { renderApp } from '../testing/renderApp.tsx';
import { installLastResortHandler } from './lastResort.ts';
import { showStartFailure } from './startFailure.ts';
import { START_FAILURE_WORDS } from '../i18n/startFailureWords.ts';

serveDatasetDuringTests();

/** Which charts' drawing code throws; the rest draw a stand-in. */
const broken = vi.hoisted(() => ({ themes: new Set<string>() }));
vi.mock('../ui/charts/BarFigure.tsx', () => ({
  BarFigure: ({ rows }: { rows: readonly { id: string }[] }) => {
    if (rows.some((row) => broken.themes.has(row.id))) throw new Error('the chart library failed');
    return <div data-testid="drawn-chart" />;
  },
}));

afterEach(() => broken.themes.clear());

describe('panel boundaries', () => {
  test('a chart that fails to draw shows a notice in its place; its title, the other charts and the page stay; Try again redraws it', async () => {
    // Ids only the theme chart has among its rows (a place may share a theme's id).
    const elsewhere = new Set([...bundledDataset.places, ...bundledDataset.addressees, ...bundledDataset.schemes, ...bundledDataset.industries, ...bundledDataset.levers].map((item) => item.id));
    broken.themes = new Set(bundledDataset.themes.map((theme) => theme.id).filter((id) => !elsewhere.has(id)));
    vi.spyOn(console, 'error').mockImplementation(() => {}); // the boundary logs what it caught
    const { user } = renderApp('/en');

    const notice = await screen.findByRole('alert', { name: 'Recommendations by industry theme (up to three each)' });
    expect(notice).toHaveTextContent('“Recommendations by industry theme (up to three each)” could not be shown. The rest of the page works');
    expect(screen.getByRole('heading', { level: 1, name: 'What FHKI asked for, and what came of it' })).toBeInTheDocument();
    expect(screen.getByRole('region', { name: 'Summary' })).toBeInTheDocument();
    const charts = screen.getAllByRole('figure');
    expect(screen.getAllByTestId('drawn-chart')).toHaveLength(charts.length - 1);

    broken.themes.clear();
    await user.click(within(notice).getByRole('button', { name: 'Try again' }));
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    expect(screen.getAllByTestId('drawn-chart')).toHaveLength(charts.length);
  });
});

describe('the last-resort handler', () => {
  test('an error outside rendering and an unhandled rejection are shown, in the reader’s language, and can be dismissed', async () => {
    const uninstall = installLastResortHandler(window);
    const { user } = renderApp('/en/structure');
    await screen.findByRole('heading', { level: 1 });
    act(() => {
      window.dispatchEvent(new ErrorEvent('error', { error: new Error('a timer failed') }));
      const rejection = new Event('unhandledrejection') as PromiseRejectionEvent;
      Object.defineProperty(rejection, 'reason', { value: new Error('a promise nobody awaited') });
      window.dispatchEvent(rejection);
    });
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Something went wrong in the background: a timer failed.');
    expect(alert).toHaveTextContent('Something went wrong in the background: a promise nobody awaited.');
    expect(within(alert).getByRole('button', { name: 'Reload' })).toBeInTheDocument();
    await user.click(within(alert).getByRole('button', { name: 'Dismiss' }));
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    uninstall();
  });

  test('when React cannot render at all, the page says so in the three languages, as text', () => {
    const container = document.createElement('div');
    const partial = document.createElement('p');
    partial.textContent = 'half-rendered';
    container.append(partial);
    showStartFailure(container);
    const paragraphs = [...container.querySelectorAll('p')];
    expect(paragraphs.map((p) => [p.lang, p.textContent])).toEqual(
      (['zh-Hant', 'zh-Hans', 'en'] as const).map((lang) => [lang, START_FAILURE_WORDS[lang].message]),
    );
    expect(container.querySelector('[role="alert"] button')).toHaveTextContent('Reload');
    expect(container).not.toHaveTextContent('half-rendered');
  });
});
