import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { paths } from '../../config/paths.ts';
import { SOURCE_LANGUAGE, type Recommendation, type Section, type Submission } from '../../domain/dataset.ts';
import { formatYearMonth } from '../../i18n/format.ts';
import { useLanguage } from '../../i18n/useLanguage.ts';
import { pageLabel } from '../../ui/pageLabel.ts';
import { useLinkBuilder, useSiteOrigin } from '../../url/useViewState.ts';

/**
 * The recommendation as a reader would quote it: the zh-Hant words verbatim, and for a reader
 * of another language first the translation, marked as such; then the section and page, the
 * submission's title and date, and the link to the recommendation.
 */
export function useQuoteWithCitation(rec: Recommendation, section: Section, submission: Submission): string {
  const { t } = useTranslation();
  const lang = useLanguage();
  const linkTo = useLinkBuilder();
  const url = `${useSiteOrigin()}${linkTo(paths.recommendation(rec.id))}`;
  return [
    ...(lang === SOURCE_LANGUAGE ? [] : [t('recommendation.copy.translation', { label: t('recommendation.translationLabel'), text: rec.text[lang] })]),
    t('recommendation.copy.original', { label: t('recommendation.originalLabel'), text: rec.text[SOURCE_LANGUAGE] }),
    t('recommendation.copy.source', {
      title: submission.title[lang],
      date: formatYearMonth(submission.date, lang),
      section: section.number,
      page: pageLabel(t, rec.page, rec.endPage),
    }),
    t('recommendation.copy.link', { url }),
  ].join('\n');
}

/**
 * "Copy quote with citation": to the clipboard, said in a status message; where the browser
 * gives no clipboard (or refuses), the text is selected in a read-only box to copy by hand.
 * The parent keys it on the recommendation, so moving on starts afresh.
 */
export function CopyQuote({ text }: { text: string }) {
  const { t } = useTranslation();
  const [outcome, setOutcome] = useState<'copied' | 'manual' | undefined>();
  const boxId = useId();
  const box = useRef<HTMLTextAreaElement>(null);
  useEffect(() => {
    if (outcome !== 'manual') return;
    box.current?.focus();
    box.current?.select();
  }, [outcome, text]);

  const copy = async () => {
    try {
      // Absent outside secure contexts and in some browsers; refused without permission.
      if (typeof navigator.clipboard?.writeText !== 'function') throw new Error('no clipboard');
      await navigator.clipboard.writeText(text);
      setOutcome('copied');
    } catch {
      setOutcome('manual');
    }
  };

  return (
    <div className="copy-quote">
      <button type="button" className="button button--secondary" onClick={() => void copy()}>
        {t('recommendation.copy.button')}
      </button>
      <p role="status" className="copy-quote__status">
        {outcome === 'copied' ? t('recommendation.copy.done') : outcome === 'manual' ? t('recommendation.copy.fallback') : ''}
      </p>
      {outcome === 'manual' && (
        <p className="copy-quote__manual">
          <label htmlFor={boxId}>{t('recommendation.copy.textLabel')}</label>
          <textarea id={boxId} ref={box} readOnly value={text} rows={text.split('\n').length + 2} />
        </p>
      )}
    </div>
  );
}
