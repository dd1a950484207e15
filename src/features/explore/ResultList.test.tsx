/**
 * The results list is virtualised (issue 17, decision 016): every result is reachable by
 * scrolling, only those near the screen are in the page. The first render (pre-rendered
 * HTML, hydration) reads no layout and writes no style; once mounted the list follows the
 * window's scrolling, each item saying where it stands in the whole.
 *
 * jsdom lays nothing out, so every result has the estimated height here (160 px, no gap):
 * the positions below follow from that. The browser tests check real layout.
 */
import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ReactNode } from 'react';
import { renderToString } from 'react-dom/server';
import { I18nextProvider } from 'react-i18next';
import { createMemoryRouter, MemoryRouter, RouterProvider } from 'react-router';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { i18nFor } from '../../i18n/index.ts';
import { makeRecommendation } from '../../testing/fixtures.ts';
import { FIRST_RESULTS, OVERSCAN, ResultList } from './ResultList.tsx';
import type { ExploreData } from './selectExplore.ts';

const COUNT = 450;
/** What a result measures where nothing is laid out (ResultList's estimate). */
const HEIGHT = 160;
const recommendations = Array.from({ length: COUNT }, (_, i) => makeRecommendation(`R-1.1-${i + 1}`, '1.1', 1));
const data = {
  sections: new Map([['1.1', { id: '1.1', number: '1.1', title: { 'zh-Hant': '節', 'zh-Hans': '节', en: 'Section' } }]]),
  values: {
    industry: new Map([['all-industries', { 'zh-Hant': '所有行業', 'zh-Hans': '所有行业', en: 'All industries' }]]),
    lever: new Map([['funding', { 'zh-Hant': '資助及融資', 'zh-Hans': '资助及融资', en: 'Funding and finance' }]]),
  },
} as unknown as ExploreData;

const withI18n = (children: ReactNode) => <I18nextProvider i18n={i18nFor('en')}>{children}</I18nextProvider>;

function renderList() {
  const router = createMemoryRouter([{ path: '*', element: <ResultList recommendations={recommendations} data={data} /> }]);
  return render(withI18n(<RouterProvider router={router} />));
}

/** The drawn items (counted with a selector: role queries over many items are slow in jsdom). */
const items = () => [...document.querySelectorAll<HTMLLIElement>('ol.results > li')];
const positions = () => items().map((item) => Number(item.getAttribute('aria-posinset')));

function scrollTo(y: number) {
  act(() => {
    Object.defineProperty(window, 'scrollY', { value: y, configurable: true });
    window.dispatchEvent(new Event('scroll'));
  });
}

beforeEach(() => {
  // The virtualizer scrolls the window to where it already is when it starts; jsdom has no scrolling.
  vi.spyOn(window, 'scrollTo').mockImplementation(() => {});
});

afterEach(() => {
  Object.defineProperty(window, 'scrollY', { value: 0, configurable: true });
});

describe('the first render (as pre-rendered to HTML and hydrated)', () => {
  test(`draws the first ${FIRST_RESULTS} results as a plain ordered list, without reading the window or layout, with no style attribute`, () => {
    const rect = vi.spyOn(Element.prototype, 'getBoundingClientRect');
    const scrollY = vi.spyOn(window, 'scrollY', 'get');
    const innerHeight = vi.spyOn(window, 'innerHeight', 'get');
    const html = renderToString(withI18n(<MemoryRouter><ResultList recommendations={recommendations} data={data} /></MemoryRouter>));
    expect(rect).not.toHaveBeenCalled();
    expect(scrollY).not.toHaveBeenCalled();
    expect(innerHeight).not.toHaveBeenCalled();

    expect(html).not.toMatch(/\sstyle=/);
    const page = new DOMParser().parseFromString(html, 'text/html');
    const drawn = [...page.querySelectorAll('ol.results > li.result')];
    expect(drawn).toHaveLength(FIRST_RESULTS);
    drawn.forEach((item, i) => {
      expect(item.getAttribute('aria-posinset')).toBe(String(i + 1));
      expect(item.getAttribute('aria-setsize')).toBe(String(COUNT));
    });
    expect(page.querySelectorAll('ol.results > :not(li)')).toHaveLength(0);
  });
});

describe('once mounted', () => {
  test('only the results near the screen are drawn; the padding stands for the rest', () => {
    renderList();
    // jsdom's window is 768 px high: the results on it and OVERSCAN more.
    const onScreen = Math.ceil(window.innerHeight / HEIGHT);
    expect(positions()).toEqual(Array.from({ length: onScreen + OVERSCAN }, (_, i) => i + 1));
    for (const item of items()) expect(item).toHaveAttribute('aria-setsize', String(COUNT));
    const list = screen.getByRole('list', { name: '' }) as HTMLOListElement;
    expect(list.tagName).toBe('OL');
    expect(list.style.paddingTop).toBe('0px');
    expect(list.style.paddingBottom).toBe(`${(COUNT - items().length) * HEIGHT}px`);
  });

  test('every result is reachable by scrolling, to the last', () => {
    renderList();
    scrollTo(200 * HEIGHT);
    const middle = positions();
    // Result 201 is at the top of the screen; OVERSCAN more are drawn on each side.
    expect(middle[0]).toBe(201 - OVERSCAN);
    expect(middle).toEqual(Array.from({ length: middle.length }, (_, i) => middle[0]! + i));
    const list = document.querySelector<HTMLOListElement>('ol.results')!;
    expect(list.style.paddingTop).toBe(`${(middle[0]! - 1) * HEIGHT}px`);

    scrollTo(COUNT * HEIGHT - window.innerHeight);
    expect(positions().at(-1)).toBe(COUNT);
    expect(list.style.paddingBottom).toBe('0px');
    expect(within(items().at(-1)!).getByRole('link', { name: `Recommendation 1.1-${COUNT}` })).toBeInTheDocument();
  });

  test('the result with the focus stays drawn while the reader scrolls near it', async () => {
    renderList();
    const user = userEvent.setup();
    await user.tab();
    expect(document.activeElement).toHaveAccessibleName('Recommendation 1.1-1');
    await user.tab();
    expect(document.activeElement).toHaveAccessibleName('p. 1 in the source');
    scrollTo(30 * HEIGHT);
    expect(positions()[0]).toBe(1);
    expect(document.activeElement).toHaveAccessibleName('p. 1 in the source');
  });
});
