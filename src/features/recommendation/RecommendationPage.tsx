import { useCallback, useEffect, useId, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { paths, sectionAnchor, sourceAnchor } from '../../config/paths.ts';
import { indexAnnotations, leadAsksOf, resolveAnnotations, type ResolvedAnnotations } from '../../domain/annotations.ts';
import { SOURCE_LANGUAGE, type Ask, type Dataset, type ResponseDocumentRef, type Submission } from '../../domain/dataset.ts';
import { recommendationContext, recommendationLabel, type RecommendationContext } from '../../domain/outline.ts';
import { useLanguage } from '../../i18n/useLanguage.ts';
import { useDataset } from '../../sources/useDataset.ts';
import { LocalizedText } from '../../ui/LocalizedText.tsx';
import { AskList, RecommendationAnnotations } from '../../ui/RecommendationAnnotations.tsx';
import { pageLabel } from '../../ui/pageLabel.ts';
import { QueryResult } from '../../ui/StatusPanels.tsx';
import { useLinkBuilder, useSubmissionId } from '../../url/useViewState.ts';
import { CopyQuote, useQuoteWithCitation } from './CopyQuote.tsx';
import { ResponsePanel } from './ResponsePanel.tsx';

/**
 * One recommendation: its words verbatim (the zh-Hant original; for other readers the
 * translation too, marked as one), where it stands in the submission and its neighbours.
 */
export function RecommendationPage() {
  const { id = '' } = useParams();
  const select = useCallback((dataset: Dataset) => {
    const context = recommendationContext(dataset, id);
    if (!context) return null;
    return {
      context,
      annotations: resolveAnnotations(indexAnnotations(dataset), context.recommendation),
      leadAsks: leadAsksOf(dataset, context.section.id),
      submission: dataset.submission,
      responseDocument: dataset.responseDocument,
    };
  }, [id]);
  const query = useDataset(useSubmissionId(), select);
  return <QueryResult query={query}>{(data) => (data ? <RecommendationDetail {...data} /> : <UnknownRecommendation id={id} />)}</QueryResult>;
}

function RecommendationDetail({
  context,
  annotations,
  leadAsks,
  submission,
  responseDocument,
}: {
  context: RecommendationContext;
  annotations: ResolvedAnnotations;
  leadAsks: Ask[];
  submission: Submission;
  responseDocument: ResponseDocumentRef | undefined;
}) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const originalId = useId();
  const translationId = useId();
  const linkTo = useLinkBuilder();
  const { recommendation: rec, section, chapter, pillar, previous, next } = context;
  const label = recommendationLabel(rec.id);
  const pages = pageLabel(t, rec.page, rec.endPage);
  const sectionLink = linkTo(paths.submission(), { open: [section.id] }, `#${sectionAnchor(section.id)}`);
  const quote = useQuoteWithCitation(rec, section, submission);

  // Moving between recommendations replaces the content: put the reader at its heading.
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => headingRef.current?.focus(), [rec.id]);

  return (
    <article className="recommendation-page" aria-labelledby="recommendation-title">
      <nav aria-label={t('recommendation.breadcrumb')} className="breadcrumb">
        <ol>
          <li>
            <Link to={linkTo(paths.submission())}>{t('submission.structureHeading')}</Link>
          </li>
          <li>
            <LocalizedText value={pillar.title} />
          </li>
          <li>
            {chapter.number}. <LocalizedText value={chapter.title} />
          </li>
          <li>
            <Link to={sectionLink}>
              {section.number} {section.implicit ? t('submission.chapterOwnSection') : <LocalizedText value={section.title} />}
            </Link>
          </li>
        </ol>
      </nav>
      <h1 id="recommendation-title" ref={headingRef} tabIndex={-1}>
        {t('recommendation.heading', { label })}
      </h1>
      {/* FHKI's words and, beside them on a wide screen, what came of them. */}
      <div className={rec.response && responseDocument ? 'recommendation-compare' : undefined}>
        <figure className="quote">
          {/*
            The quoted recommendation. Only the zh-Hant original is the submission's words and
            is called verbatim; for other readers the translation comes first, labelled as one.
          */}
          <blockquote>
            {lang !== SOURCE_LANGUAGE && (
              <div role="group" aria-labelledby={translationId} className="quote__translation">
                <p id={translationId} className="quote__label">
                  {t('recommendation.translationLabel')}
                </p>
                <p>
                  <LocalizedText value={rec.text} />
                </p>
              </div>
            )}
            <div role="group" aria-labelledby={originalId} className="quote__original">
              <p id={originalId} className="quote__label">
                {t('recommendation.originalLabel')}
              </p>
              <p lang={SOURCE_LANGUAGE}>{rec.text[SOURCE_LANGUAGE]}</p>
            </div>
          </blockquote>
          <figcaption>
            <cite className="citation">{t('recommendation.citation', { section: section.number, page: pages })}</cite>
            {' · '}
            <Link to={linkTo(paths.source(), { page: rec.page }, `#${sourceAnchor(rec.id)}`)}>{t('recommendationLinks.inSource', { page: pages })}</Link>
          </figcaption>
        </figure>
        {rec.response && responseDocument && <ResponsePanel response={rec.response} document={responseDocument} />}
      </div>
      <CopyQuote key={rec.id} text={quote} />
      <RecommendationAnnotations annotations={annotations} action={rec.action} />
      {section.lead && (
        <>
          <h2>{t('recommendation.sectionContext', { section: section.number })}</h2>
          <p className="section__lead">
            <LocalizedText value={section.lead} />
          </p>
          {leadAsks.length > 0 && <AskList asks={leadAsks} />}
        </>
      )}
      <h2>{t('recommendation.details')}</h2>
      <dl className="details">
        <dt>{t('recommendation.pillar')}</dt>
        <dd>
          <LocalizedText value={pillar.title} />
        </dd>
        <dt>{t('recommendation.chapter')}</dt>
        <dd>
          {chapter.number}. <LocalizedText value={chapter.title} />
        </dd>
        <dt>{t('recommendation.section')}</dt>
        <dd>
          {section.number} {section.implicit ? t('submission.chapterOwnSection') : <LocalizedText value={section.title} />}
          {' · '}
          {t('recommendation.position', { position: context.position, total: context.sectionSize })}
        </dd>
        <dt>{t('recommendation.pages')}</dt>
        <dd>{pages}</dd>
        <dt>{t('recommendation.form')}</dt>
        <dd>{t(`recommendation.kind_${rec.kind}`)}</dd>
      </dl>
      <nav aria-label={t('recommendation.neighbours')} className="neighbours">
        <ul>
          {previous && (
            <li>
              <Link rel="prev" to={linkTo(paths.recommendation(previous.id))}>
                ← {t('recommendation.previous', { label: recommendationLabel(previous.id) })}
              </Link>
            </li>
          )}
          <li>
            <Link to={sectionLink}>{t('recommendation.backToSection', { section: section.number })}</Link>
          </li>
          {next && (
            <li>
              <Link rel="next" to={linkTo(paths.recommendation(next.id))}>
                {t('recommendation.next', { label: recommendationLabel(next.id) })} →
              </Link>
            </li>
          )}
        </ul>
      </nav>
    </article>
  );
}

function UnknownRecommendation({ id }: { id: string }) {
  const { t } = useTranslation();
  const linkTo = useLinkBuilder();
  return (
    <section className="panel" aria-labelledby="not-found-title">
      <h1 id="not-found-title">{t('recommendation.notFoundTitle', { id })}</h1>
      <p>{t('recommendation.notFoundBody')}</p>
      <p>
        <Link to={linkTo(paths.submission())}>{t('submission.structureHeading')}</Link>
      </p>
    </section>
  );
}
