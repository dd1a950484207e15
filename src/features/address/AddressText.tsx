import { Fragment, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { addressAnchor, addressLink, paths } from '../../config/paths.ts';
import type { Language } from '../../domain/dataset.ts';
import { localize } from '../../domain/localize.ts';
import { ROMAN_NUMERALS, type ResponseText, type ResponseTextParagraph } from '../../domain/responseText.ts';
import { useLanguage } from '../../i18n/useLanguage.ts';
import { useLinkBuilder } from '../../url/useViewState.ts';

/** The languages the Government published the address in; its zh-Hans text is converted from zh-Hant. */
const OFFICIAL_LANGUAGES: readonly Language[] = ['zh-Hant', 'en'];

/** The DOM id of a chapter (for the contents' #anchors and focus). */
const chapterAnchor = (chapter: number) => `address-chapter-${chapter}`;

/** The address's chapters and numbered paragraphs, with a list of the chapters first. */
export function AddressText({ text, highlighted }: { text: ResponseText; highlighted: number | undefined }) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const linkTo = useLinkBuilder();
  const chapters = useMemo(
    () => text.chapters.map((chapter) => ({ chapter, paragraphs: text.paragraphs.filter((paragraph) => paragraph.chapter === chapter.number) })),
    [text],
  );
  return (
    <>
      <nav aria-label={t('address.chapters')}>
        <ol className="plain-list">
          {text.chapters.map((chapter) => (
            <li key={chapter.number}>
              <Link to={linkTo(paths.address(), { paragraph: highlighted }, `#${chapterAnchor(chapter.number)}`)}>{localize(chapter.title, lang)}</Link>
            </li>
          ))}
        </ol>
      </nav>
      {chapters.map(({ chapter, paragraphs }) => (
        <section key={chapter.number} id={chapterAnchor(chapter.number)} className="source-page" aria-labelledby={`${chapterAnchor(chapter.number)}-title`} tabIndex={-1}>
          <h2 id={`${chapterAnchor(chapter.number)}-title`}>{localize(chapter.title, lang)}</h2>
          {paragraphs.map((paragraph, index) => (
            <Fragment key={paragraph.number}>
              {/* A paragraph carries the headings above it: shown where they change. */}
              {paragraph.heading && paragraph.heading.en !== paragraphs[index - 1]?.heading?.en && <h3 className="source-line__heading">{localize(paragraph.heading, lang)}</h3>}
              <Paragraph paragraph={paragraph} highlighted={paragraph.number === highlighted} href={linkTo(...addressLink(paragraph.number))} />
            </Fragment>
          ))}
        </section>
      ))}
    </>
  );
}

/**
 * One numbered paragraph, with a link to itself. The highlighted one is a region named as
 * such, marked current, and offers the Government's texts in the other languages.
 */
function Paragraph({ paragraph, highlighted, href }: { paragraph: ResponseTextParagraph; highlighted: boolean; href: string }) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const id = addressAnchor(paragraph.number);
  const link = (
    <Link className="source-line__link" to={href}>
      {t('address.paragraph', { number: paragraph.number })}
    </Link>
  );
  if (!highlighted) {
    return (
      <div id={id} className="source-line source-line--paragraph" tabIndex={-1}>
        {link}
        <ParagraphBody paragraph={paragraph} language={lang} />
      </div>
    );
  }
  const others = OFFICIAL_LANGUAGES.filter((other) => other !== lang);
  return (
    <section id={id} className="source-line source-line--recommendation is-highlighted" aria-label={t('address.highlightedParagraph', { number: paragraph.number })} aria-current="true" tabIndex={-1}>
      {link}
      <ParagraphBody paragraph={paragraph} language={lang} marked />
      <details>
        <summary>{t('address.otherLanguages')}</summary>
        {others.map((other) => (
          <div key={other} lang={other}>
            <p>
              <strong>{t(`language.${other}`)}</strong>
            </p>
            <ParagraphBody paragraph={paragraph} language={other} />
          </div>
        ))}
      </details>
    </section>
  );
}

/** A paragraph's text and its sub-items, lettered (i), (ii) … as that language letters them. */
function ParagraphBody({ paragraph, language, marked = false }: { paragraph: ResponseTextParagraph; language: Language; marked?: boolean }) {
  const { t } = useTranslation();
  const text = localize(paragraph.text, language);
  const items = paragraph.items?.[language] ?? [];
  return (
    <>
      <p>{marked ? <mark>{text}</mark> : text}</p>
      {items.length > 0 && (
        <ol className="plain-list">
          {items.map((item, index) => (
            <li key={index}>
              <p>
                {t('address.item', { letter: ROMAN_NUMERALS[index] })} {item}
              </p>
            </li>
          ))}
        </ol>
      )}
    </>
  );
}
