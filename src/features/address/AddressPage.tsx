import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { addressAnchor, paths } from '../../config/paths.ts';
import type { DatasetCore, ResponseDocumentRef } from '../../domain/dataset.ts';
import { localize } from '../../domain/localize.ts';
import type { ResponseText } from '../../domain/responseText.ts';
import { formatDay } from '../../i18n/format.ts';
import { useLanguage } from '../../i18n/useLanguage.ts';
import { useDatasetCore, useResponseText } from '../../sources/useDataset.ts';
import { LocalizedText } from '../../ui/LocalizedText.tsx';
import { PageArticle } from '../../ui/PageArticle.tsx';
import { QueryResult, UrlNotice } from '../../ui/StatusPanels.tsx';
import { useScrollToHash } from '../../ui/useScrollToHash.ts';
import { useLinkBuilder, useSubmissionId, useViewState } from '../../url/useViewState.ts';
import { PARAMS } from '../../url/viewState.ts';
import { AddressText } from './AddressText.tsx';

/** `null` (not undefined: a select result is data) while the Government has not answered. */
const selectResponseDocument = (dataset: DatasetCore): ResponseDocumentRef | null => dataset.responseDocument ?? null;

/**
 * The document that answered the submission (the 2025 Policy Address), chapter by chapter and
 * paragraph by paragraph in the reader's language, with the paragraph of `?p=N` highlighted.
 * Its text is a second file, asked for only when the dataset names a response document. The
 * dataset's core says which document that is: the view needs none of the dataset's texts.
 */
export function AddressPage() {
  const submissionId = useSubmissionId();
  const reference = useDatasetCore(submissionId, selectResponseDocument);
  const text = useResponseText(submissionId, Boolean(reference.data));
  useScrollToHash(text.isSuccess);
  return (
    <QueryResult query={reference}>
      {(document) => (document ? <QueryResult query={text}>{(data) => <Address reference={document} text={data} />}</QueryResult> : <NotAnswered />)}
    </QueryResult>
  );
}

/** The paragraph `?p=N` names, if the document has it; otherwise a notice, as for any value the view cannot show. */
function useHighlightedParagraph(reference: ResponseDocumentRef): { highlighted: number | undefined; notices: string[] } {
  const { t } = useTranslation();
  const { paragraph } = useViewState().state;
  if (paragraph === undefined || paragraph <= reference.paragraphs) return { highlighted: paragraph, notices: [] };
  return { highlighted: undefined, notices: [t('filters.invalid', { value: String(paragraph), param: PARAMS.paragraph.name })] };
}

/**
 * Without a #fragment (useScrollToHash takes care of one), brings the highlighted paragraph
 * into view once the text is there and moves focus to it, so the reader continues from there.
 */
function useBringIntoView(paragraph: number | undefined) {
  const { hash } = useLocation();
  useEffect(() => {
    if (paragraph === undefined || hash.length > 1) return;
    const target = document.getElementById(addressAnchor(paragraph));
    if (!target) return;
    target.scrollIntoView?.({ block: 'start' });
    target.focus({ preventScroll: true });
  }, [paragraph, hash]);
}

function Address({ reference, text }: { reference: ResponseDocumentRef; text: ResponseText }) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const { highlighted, notices } = useHighlightedParagraph(reference);
  useBringIntoView(highlighted);
  const delivered = formatDay(reference.delivered, lang);
  return (
    <PageArticle id="address" title={<LocalizedText value={reference.title} />} intro={t('address.intro')} notices={<UrlNotice messages={notices} />}>
      <div className="panel">
        <p>{t('address.delivered', { date: delivered })}</p>
        <p>
          <a href={reference.url} rel="external noreferrer">
            {t('address.fullText')}
          </a>
        </p>
        <p>
          <small lang={lang}>{localize(reference.attribution, lang)}</small>
        </p>
      </div>
      {highlighted !== undefined && (
        <p className="visually-hidden" role="status">
          {t('address.highlighted', { number: highlighted })}
        </p>
      )}
      <AddressText text={text} highlighted={highlighted} />
    </PageArticle>
  );
}

/** A submission the Government has not answered (yet): said in words, never a blank page. */
function NotAnswered() {
  const { t } = useTranslation();
  const linkTo = useLinkBuilder();
  return (
    <PageArticle id="address" title={t('address.title')}>
      <div className="panel">
        <p>{t('address.notAnswered')}</p>
        <p>
          <Link to={linkTo(paths.source())}>{t('address.readSubmission')}</Link>
        </p>
      </div>
    </PageArticle>
  );
}
