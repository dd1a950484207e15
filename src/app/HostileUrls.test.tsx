/** A hostile address in the running app: the view works, the address is rewritten, a notice says what was ignored. */
import { screen, within } from '@testing-library/react';
import { describe, expect, test } from 'vitest';
import { bundledDataset, serveDatasetDuringTests } from '../testing/datasetServer.ts';
import { renderApp } from '../testing/renderApp.tsx';

serveDatasetDuringTests();

const noticeItems = async () => {
  const notice = (await screen.findByText('Some settings in the address were not valid and the defaults were used instead:')).closest('[role="status"]') as HTMLElement;
  return within(notice)
    .getAllByRole('listitem')
    .map((item) => item.textContent);
};

describe('hostile addresses in the running app', () => {
  test('unknown, repeated and malformed parameters are dropped and listed; the valid filter and language stay', async () => {
    const { currentUrl } = renderApp(`/explore?lang=en&theme=halal,<img src=x onerror=alert(1)>&__proto__=1&lang=zh-Hans&page=1e309&q=${'x'.repeat(70_000)}`);
    const halal = bundledDataset.recommendations.filter((rec) => rec.themes.includes('halal')).length;
    expect(await screen.findByText(`${halal} of ${bundledDataset.recommendations.length} recommendations`)).toBeInTheDocument();
    expect(currentUrl()).toBe('/en/explore?theme=halal');
    expect(await noticeItems()).toEqual([
      '“<img src=x onerror=alert(1)>” is not a valid value for “theme”',
      'the search text was too long and was ignored',
      '“1e309” is not a valid value for “page”',
      'unknown setting “__proto__”',
      '“lang” was given more than once; the first was used',
    ]);
    expect(document.querySelector('img')).toBeNull();
  });

  test('the notice goes with the next move; a bad escape in the hash breaks nothing', async () => {
    const { user, currentUrl } = renderApp('/en/source?nonsense=1#%E0%A4%A');
    expect(await noticeItems()).toEqual(['unknown setting “nonsense”']);
    expect(currentUrl()).toBe('/en/source#%E0%A4%A');
    await user.click(within(screen.getByRole('navigation', { name: 'Views' })).getByRole('link', { name: 'Overview' }));
    await screen.findByRole('region', { name: 'Summary' });
    expect(screen.queryByText('Some settings in the address were not valid and the defaults were used instead:')).not.toBeInTheDocument();
  });
});
