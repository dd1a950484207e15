import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { paths, sectionAnchor } from '../../config/paths.ts';
import { recommendationLabel, type ChapterOutline, type PillarOutline, type SectionOutline } from '../../domain/outline.ts';
import { pillarNumeral } from '../../i18n/format.ts';
import { useLanguage } from '../../i18n/useLanguage.ts';
import { LocalizedText } from '../../ui/LocalizedText.tsx';
import { AskList, RecommendationAnnotations } from '../../ui/RecommendationAnnotations.tsx';
import { pageLabel } from '../../ui/pageLabel.ts';
import { useLinkBuilder } from '../../url/useViewState.ts';
import type { SubmissionView } from './selectSubmissionView.ts';

interface DisclosureProps {
  isOpen: (sectionId: string) => boolean;
  onToggle: (sectionId: string) => void;
  view: SubmissionView;
}

export function PillarOutlineView({ outline, ...disclosure }: { outline: PillarOutline } & DisclosureProps) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const { pillar } = outline;
  const headingId = `pillar-${pillar.id}`;
  return (
    <section className="pillar" aria-labelledby={headingId}>
      <h2 id={headingId} className="pillar__heading">
        <span className="number">{t('submission.pillarNumber', { numeral: pillarNumeral(pillar.number, lang), number: pillar.number })}</span>{' '}
        <LocalizedText value={pillar.title} />
        <span className="count">{t('counts.recommendations', { count: outline.recommendationCount })}</span>
      </h2>
      {outline.chapters.map((chapterOutline) => (
        <ChapterOutlineView key={chapterOutline.chapter.id} outline={chapterOutline} {...disclosure} />
      ))}
    </section>
  );
}

function ChapterOutlineView({ outline, ...disclosure }: { outline: ChapterOutline } & DisclosureProps) {
  const { t } = useTranslation();
  const { chapter } = outline;
  return (
    <section className="chapter" aria-labelledby={`chapter-${chapter.id}`}>
      <h3 id={`chapter-${chapter.id}`} className="chapter__heading">
        <span className="number">{t('submission.chapterNumber', { number: chapter.number })}</span>{' '}
        <LocalizedText value={chapter.title} />
        <span className="count">{t('counts.recommendations', { count: outline.recommendationCount })}</span>
        <span className="page-ref">{t('submission.startsOn', { page: pageLabel(t, chapter.page) })}</span>
      </h3>
      <ul className="section-list">
        {outline.sections.map((sectionOutline) => (
          <SectionDisclosure key={sectionOutline.section.id} outline={sectionOutline} {...disclosure} />
        ))}
      </ul>
    </section>
  );
}

function SectionDisclosure({ outline, isOpen, onToggle, view }: { outline: SectionOutline } & DisclosureProps) {
  const { t } = useTranslation();
  const linkTo = useLinkBuilder();
  const { section, recommendations } = outline;
  const open = isOpen(section.id);
  const anchor = sectionAnchor(section.id);
  const panelId = `${anchor}-recommendations`;
  return (
    <li className="section">
      <h4 className="section__heading">
        <button type="button" id={anchor} aria-expanded={open} aria-controls={panelId} onClick={() => onToggle(section.id)}>
          <span className="chevron" aria-hidden="true" />
          <span className="section__title">
            <span className="number">{section.number}</span>{' '}
            {section.implicit ? t('submission.chapterOwnSection') : <LocalizedText value={section.title} />}
          </span>
          <span className="count">{t('counts.recommendations', { count: recommendations.length })}</span>
        </button>
      </h4>
      {/* Closed panels stay empty: rendering 198 annotated items nobody sees would slow every switch. */}
      <div id={panelId} className="section__panel" hidden={!open}>
        {open && (
          <>
            {section.lead && (
              <p className="section__lead">
                <LocalizedText value={section.lead} />
              </p>
            )}
            {(view.leadAsks.get(section.id) ?? []).length > 0 && (
              <div className="section__figures">
                <p className="section__figures-title">{t('annotations.leadFigures')}</p>
                <AskList asks={view.leadAsks.get(section.id)!} />
              </div>
            )}
            <ol className="recommendation-list" aria-label={t('submission.recommendationsOf', { section: section.number })}>
              {recommendations.map((rec) => (
                <li key={rec.id} className="recommendation">
                  <p className="recommendation__text">
                    <LocalizedText value={rec.text} />
                  </p>
                  <p className="recommendation__meta">
                    <span className="page-ref">{pageLabel(t, rec.page, rec.endPage)}</span>
                    <Link to={linkTo(paths.recommendation(rec.id))}>{t('recommendation.open', { label: recommendationLabel(rec.id) })}</Link>
                  </p>
                  <RecommendationAnnotations annotations={view.annotations.get(rec.id)!} action={rec.action} />
                </li>
              ))}
            </ol>
          </>
        )}
      </div>
    </li>
  );
}
