import { screen, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import type { Language } from '../../domain/dataset.ts';
import { ROMAN_NUMERALS } from '../../domain/responseText.ts';
import { formatDay } from '../../i18n/format.ts';
import { bundledDataset as dataset, bundledResponseText as responseText, DATASET_URL, RESPONSE_TEXT_URL, serveDatasetDuringTests } from '../../testing/datasetServer.ts';
import { renderApp } from '../../testing/renderApp.tsx';

const server = serveDatasetDuringTests();
const reference = dataset.responseDocument!;

/** Where the view scrolled to (jsdom has no layout, hence no scrollIntoView of its own). */
let scrolledTo: Element[] = [];
beforeEach(() => {
  scrolledTo = [];
  Element.prototype.scrollIntoView = function (this: Element) {
    scrolledTo.push(this);
  };
});
afterEach(() => {
  delete (Element.prototype as Partial<Element>).scrollIntoView;
});

/** A paragraph's text and its sub-items, lettered as the address letters them in that language. */
function expectParagraphIn(element: HTMLElement, number: number, lang: Language) {
  const paragraph = responseText.paragraphs[number - 1]!;
  expect(paragraph.number).toBe(number);
  expect(element).toHaveTextContent(paragraph.text[lang]);
  for (const [index, item] of (paragraph.items?.[lang] ?? []).entries()) expect(element).toHaveTextContent(`(${ROMAN_NUMERALS[index]}) ${item}`);
}

describe('Address: the Government’s answer, paragraph by paragraph', () => {
  test('?p=240 opens the address with paragraph 240 highlighted, in view and focused, with its text and sub-items', async () => {
    renderApp('/en/address?p=240');
    expect(await screen.findByRole('heading', { level: 1, name: reference.title.en })).toBeInTheDocument();
    const highlighted = await screen.findByRole('region', { name: 'Paragraph 240 (highlighted)' });
    expect(highlighted).toHaveAttribute('aria-current', 'true');
    expect(highlighted).toHaveAttribute('id', 'p240');
    expectParagraphIn(highlighted, 240, 'en');
    expect(highlighted.querySelector('mark')).toHaveTextContent(responseText.paragraphs[239]!.text.en);
    expect(highlighted).toHaveFocus();
    expect(scrolledTo).toContain(highlighted);
    expect(screen.getByRole('status')).toHaveTextContent('Highlighted: paragraph 240');
    // Exactly one paragraph is highlighted, inside its chapter.
    expect(screen.getAllByRole('region', { name: /\(highlighted\)$/ })).toEqual([highlighted]);
    const chapter = responseText.chapters.find((c) => c.number === responseText.paragraphs[239]!.chapter)!;
    expect(screen.getByRole('region', { name: chapter.title.en })).toContainElement(highlighted);
    // The Government's other official text is a click away.
    expectParagraphIn(within(highlighted).getByText('繁體中文').closest('div')!, 240, 'zh-Hant');
  });

  test('the header says when it was delivered, whose it is and links to it; every chapter and paragraph is there', async () => {
    renderApp('/en/address');
    await screen.findByRole('heading', { level: 1, name: reference.title.en });
    // The date's format is format.ts's, tested there; the date is the dataset's.
    const delivered = formatDay(reference.delivered, 'en');
    expect(screen.getByText(`Delivered on ${delivered}`)).toBeInTheDocument();
    expect(screen.getByText(reference.attribution.en)).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'The full text on the Government’s website' })).toHaveAttribute('href', reference.url);
    const contents = screen.getByRole('navigation', { name: 'Chapters' });
    expect(within(contents).getAllByRole('link').map((link) => link.textContent)).toEqual(responseText.chapters.map((c) => c.title.en));
    expect(screen.getAllByRole('heading', { level: 2 }).map((h) => h.textContent)).toEqual(responseText.chapters.map((c) => c.title.en));
    expect(screen.getAllByRole('link', { name: /^Paragraph \d+$/ })).toHaveLength(reference.paragraphs);
    expect(screen.queryByRole('region', { name: /\(highlighted\)$/ })).not.toBeInTheDocument();
    for (const number of [1, reference.paragraphs]) expectParagraphIn(document.getElementById(`p${number}`)!, number, 'en');
  });

  test('in zh-Hans the converted text is read, and both official texts are offered', async () => {
    renderApp('/zh-Hans/address?p=240');
    const highlighted = await screen.findByRole('region', { name: '第 240 段（已突出显示）' });
    expectParagraphIn(highlighted, 240, 'zh-Hans');
    const others = within(highlighted).getByRole('group');
    expectParagraphIn(within(others).getByText('繁體中文').closest('div')!, 240, 'zh-Hant');
    expectParagraphIn(within(others).getByText('English').closest('div')!, 240, 'en');
  });

  test('a paragraph’s link highlights it and keeps the language', async () => {
    const { user, currentUrl } = renderApp('/en/address?p=240');
    await screen.findByRole('region', { name: 'Paragraph 240 (highlighted)' });
    await user.click(screen.getByRole('link', { name: 'Paragraph 12' }));
    expect(currentUrl()).toBe('/en/address?p=12#p12');
    const highlighted = await screen.findByRole('region', { name: 'Paragraph 12 (highlighted)' });
    expectParagraphIn(highlighted, 12, 'en');
    expect(highlighted).toHaveFocus();
  });

  test('a paragraph the address does not have is reported, and nothing is highlighted', async () => {
    renderApp(`/address?p=${reference.paragraphs + 1}&lang=en`);
    expect(await screen.findByText(`“${reference.paragraphs + 1}” is not a valid value for “p”`)).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 1, name: reference.title.en })).toBeInTheDocument();
    expect(screen.queryByRole('region', { name: /\(highlighted\)$/ })).not.toBeInTheDocument();
  });

  test('a malformed paragraph number gets the usual URL notice', async () => {
    renderApp('/en/address?p=two');
    expect(await screen.findByText('“two” is not a valid value for “p”')).toBeInTheDocument();
    expect(await screen.findByRole('heading', { level: 1, name: reference.title.en })).toBeInTheDocument();
  });

  test('the views’ navigation leads here', async () => {
    const { user, currentUrl } = renderApp('/en/source');
    await user.click(within(await screen.findByRole('navigation', { name: 'Views' })).getByRole('link', { name: 'Policy Address' }));
    expect(currentUrl()).toBe('/en/address');
    expect(await screen.findByRole('heading', { level: 1, name: reference.title.en })).toBeInTheDocument();
  });

  test('a submission the Government has not answered says so, and its response text is never asked for', async () => {
    // The dataset as it was before the answer: no response document, no verdicts.
    const withoutResponse = structuredClone(dataset);
    delete withoutResponse.responseDocument;
    for (const rec of withoutResponse.recommendations) delete rec.response;
    let asked = 0;
    server.use(
      http.get(DATASET_URL, () => HttpResponse.json(withoutResponse)),
      http.get(RESPONSE_TEXT_URL, () => (asked++, HttpResponse.json(responseText))),
    );
    renderApp('/en/address?p=240');
    expect(await screen.findByRole('heading', { level: 1, name: 'The Government’s response' })).toBeInTheDocument();
    expect(screen.getByText('The Government has not answered this submission yet.')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Read the submission' })).toHaveAttribute('href', '/en/source');
    expect(screen.queryByRole('region', { name: /\(highlighted\)$/ })).not.toBeInTheDocument();
    expect(asked).toBe(0);
  });

  test('a response text that fails validation is explained', async () => {
    server.use(http.get(RESPONSE_TEXT_URL, () => HttpResponse.json({ schemaVersion: 1, paragraphs: 'none' })));
    renderApp('/en/address');
    expect(await screen.findByRole('alert')).toHaveTextContent('cannot read');
  });
});
