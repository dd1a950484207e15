/**
 * A filter group stays as the reader left it: unticking its last value used to fold it away
 * under the pointer (its `open` followed "has a value chosen"), so ticking a value on and off
 * needed a click on the group's title in between.
 */
import { act, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, test } from 'vitest';
import { bundledDataset as dataset, serveDatasetDuringTests } from '../../testing/datasetServer.ts';
import { renderApp } from '../../testing/renderApp.tsx';

serveDatasetDuringTests();

const total = dataset.recommendations.length;
const group = (name: string) => screen.getByText(name, { selector: 'summary' }).closest('details')!;

describe('the filter groups', () => {
  test('a group opened by the reader stays open when its last value is unticked', async () => {
    const { user, currentUrl } = renderApp('/en/explore');
    await screen.findByText(`${total} of ${total} recommendations`);
    expect(group('Theme').open).toBe(false);
    await user.click(screen.getByText('Theme', { selector: 'summary' }));
    expect(group('Theme').open).toBe(true);
    const first = within(screen.getByRole('group', { name: 'Theme' })).getAllByRole('checkbox')[0]!;
    await user.click(first);
    await waitFor(() => expect(currentUrl()).toMatch(/theme=/));
    await user.click(within(screen.getByRole('group', { name: 'Theme' })).getAllByRole('checkbox')[0]!);
    await waitFor(() => expect(currentUrl()).toBe('/en/explore'));
    expect(group('Theme').open).toBe(true);
    expect(within(screen.getByRole('group', { name: 'Theme' })).getAllByRole('checkbox')[0]).not.toBeChecked();
  });

  test('the first two groups are open from the start, a group with a chosen value too, and one opens when its value is chosen by a link', async () => {
    const { router } = renderApp('/en/explore?action=fund');
    await screen.findByRole('button', { name: 'Remove filter: Kind of ask: Fund' });
    expect(group('What came of it').open).toBe(true);
    expect(group('Industry').open).toBe(true);
    expect(group('Kind of ask').open).toBe(true);
    expect(group('Theme').open).toBe(false);
    // A drill-down link (a chart's bar, a count card) chooses a theme: its group opens.
    await act(() => router.navigate('/en/explore?action=fund&theme=halal'));
    await screen.findByRole('button', { name: /^Remove filter: Theme: / });
    expect(group('Theme').open).toBe(true);
  });
});
