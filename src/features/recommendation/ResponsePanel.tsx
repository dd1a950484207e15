import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { Language, Response, ResponseDocumentRef } from '../../domain/dataset.ts';
import { localize } from '../../domain/localize.ts';
import { itemText, type ResponseText } from '../../domain/responseText.ts';
import { formatDay } from '../../i18n/format.ts';
import { useLanguage } from '../../i18n/useLanguage.ts';
import { useResponseText } from '../../sources/useDataset.ts';
import { ResponseParagraphLink } from '../../ui/ResponseParagraphLink.tsx';
import { VerdictTag } from '../../ui/VerdictTag.tsx';
import { useSubmissionId } from '../../url/useViewState.ts';

/** The other language the Government published the address in (zh-Hans readers get the Chinese original). */
const otherLanguage = (lang: Language): 'zh-Hant' | 'en' => (lang === 'en' ? 'zh-Hant' : 'en');

/**
 * What came of this recommendation, beside its words: the verdict and its reason, and the
 * address's paragraph that answers it in the reader's language with the words that carry the
 * verdict marked; the Government's other text a click away. The paragraph's full text comes
 * with the response text (loaded on demand); until then the quoted words stand alone.
 */
export function ResponsePanel({ response, document }: { response: Response; document: ResponseDocumentRef }) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const headingId = useId();
  const text = useResponseText(useSubmissionId(), response.paragraphs.length > 0);
  const first = response.paragraphs[0];
  return (
    <section className="response-panel" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('recommendation.response.title', { document: localize(document.title, lang) })}</h2>
      <p className="response-panel__verdict">
        <VerdictTag verdict={response.verdict} /> <span className="response-panel__reason">{localize(response.reason, lang)}</span>
      </p>
      {first ? (
        <figure className="response-panel__paragraph">
          <blockquote>
            <p className="quote__label">
              {t('recommendation.response.paragraphLabel', { document: localize(document.title, lang), date: formatDay(document.delivered, lang) })}{' '}
              <ResponseParagraphLink paragraph={first} />
            </p>
            <ParagraphText text={text.data} response={response} lang={lang} />
          </blockquote>
          {response.quote && (
            <details className="response-panel__other">
              <summary>{t(`recommendation.response.other.${otherLanguage(lang)}`)}</summary>
              <ParagraphText text={text.data} response={response} lang={otherLanguage(lang)} />
            </details>
          )}
          {response.paragraphs.length > 1 && (
            <figcaption>
              {t('recommendation.response.also')}{' '}
              {response.paragraphs.slice(1).map((paragraph, i) => (
                <span key={`${paragraph.number}-${i}`}>
                  {i > 0 && ', '}
                  <ResponseParagraphLink paragraph={paragraph} />
                </span>
              ))}
            </figcaption>
          )}
        </figure>
      ) : (
        <div className="response-panel__searched">
          <p>{t('recommendation.response.searched')}</p>
          <ul className="chips">
            {[...(response.searched?.['zh-Hant'] ?? []), ...(response.searched?.en ?? [])].map((term) => (
              <li key={term} className="chip">
                {term}
              </li>
            ))}
          </ul>
        </div>
      )}
      <p className="response-panel__scope">{t('response.scope')}</p>
    </section>
  );
}

/**
 * The cited paragraph (or its sub-item) in one language, the quoted words marked. Before the
 * text has loaded, or if the words cannot be found in it, the quote is shown alone.
 */
function ParagraphText({ text, response, lang }: { text: ResponseText | undefined; response: Response; lang: Language }) {
  const first = response.paragraphs[0]!;
  const quote = response.quote?.[lang];
  const paragraph = text?.paragraphs[first.number - 1];
  const letter = first.item ? (lang === 'en' ? first.item.en : first.item['zh-Hant']) : undefined;
  const whole = paragraph ? (letter ? itemText(paragraph, lang, letter) : paragraph.text[lang]) : undefined;
  const at = whole && quote ? whole.indexOf(quote) : -1;
  if (!whole || !quote || at < 0) return <p lang={lang}>{quote ? <q>{quote}</q> : whole}</p>;
  return (
    <p lang={lang}>
      {whole.slice(0, at)}
      <mark>{quote}</mark>
      {whole.slice(at + quote.length)}
    </p>
  );
}
