import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { paths } from '../config/paths.ts';
import type { ResolvedAnnotations } from '../domain/annotations.ts';
import type { Ask, Response, Scheme } from '../domain/dataset.ts';
import { localize } from '../domain/localize.ts';
import { recommendationLabel } from '../domain/outline.ts';
import { useLanguage } from '../i18n/useLanguage.ts';
import { useLinkBuilder } from '../url/useViewState.ts';
import { LocalizedText } from './LocalizedText.tsx';
import { pageLabel } from './pageLabel.ts';
import { useAskText } from './useAskText.ts';

/**
 * What a recommendation asks, of whom, where, of which schemes and with which numbers,
 * each number with the exact words of the source behind it.
 */
export function RecommendationAnnotations({ annotations, action }: { annotations: ResolvedAnnotations; action: string }) {
  const { t } = useTranslation();
  const { industries, levers, themes, addressees, places, schemes, asks, urgency, repeats, framing, outcomes } = annotations;
  const lang = useLanguage();
  const linkTo = useLinkBuilder();
  return (
    <dl className="annotations">
      {framing && (
        <Field label={t('annotations.action')}>
          <span className="tag">{t('annotations.framing')}</span>
        </Field>
      )}
      {urgency.length > 0 && (
        <Field label={t('annotations.urgency')}>
          <ul className="plain-list">
            {urgency.map((mark, i) => (
              <li key={i}>
                {t(`urgency.${mark.signal}`)}: <q lang={lang === 'zh-Hans' ? 'zh-Hans' : 'zh-Hant'}>{lang === 'zh-Hans' ? mark.quote['zh-Hans'] : mark.quote['zh-Hant']}</q>
              </li>
            ))}
          </ul>
        </Field>
      )}
      {repeats.length > 0 && (
        <Field label={t('annotations.repeats')}>
          <InlineList
            items={repeats.map((other) => ({
              key: other.id,
              node: <Link to={linkTo(paths.recommendation(other.id))}>{t('recommendationLinks.short', { label: recommendationLabel(other.id), page: pageLabel(t, other.page, other.endPage) })}</Link>,
            }))}
          />
        </Field>
      )}
      {(
        [
          ['industries', industries],
          ['levers', levers],
          ['themes', themes],
        ] as const
      ).map(([field, values]) => (
        <Field key={field} label={t(`annotations.${field}`)}>
          <ul className="chips">
            {values.map((value) => (
              <li key={value.id} className="chip">
                <LocalizedText value={value.label} />
              </li>
            ))}
          </ul>
        </Field>
      ))}
      <Field label={t('annotations.action')}>{t(`actions.${action}` as 'actions.fund')}</Field>
      <Field label={t('annotations.addressees')}>
        <InlineList items={addressees.map((addressee) => ({ key: addressee.id, node: <LocalizedText value={addressee.label} /> }))} />
      </Field>
      {places.length > 0 && (
        <Field label={t('annotations.places')}>
          <InlineList items={places.map((place) => ({ key: place.id, node: <LocalizedText value={place.label} /> }))} />
        </Field>
      )}
      {schemes.length > 0 && (
        <Field label={t('annotations.schemes')}>
          <ul className="plain-list">
            {schemes.map(({ scheme, request }) => (
              <li key={scheme.id}>
                <SchemeName scheme={scheme} /> — {t(`schemeRequests.${request}`)}
              </li>
            ))}
          </ul>
        </Field>
      )}
      {asks.length > 0 && (
        <Field label={t('annotations.asks')}>
          <AskList asks={asks} outcomes={outcomes} />
        </Field>
      )}
    </dl>
  );
}

/** Numbers with their label, value and the source's words; with what the response gave, where it was judged. */
export function AskList({ asks, outcomes }: { asks: readonly Ask[]; outcomes?: ReadonlyMap<string, AskOutcomeOf> }) {
  const { t } = useTranslation();
  const askText = useAskText();
  return (
    <ul className="ask-list">
      {asks.map((ask) => {
        const { figure, ratio, date } = askText(ask);
        return (
          <li key={ask.id} className="ask">
            <span className="ask__label">
              <LocalizedText value={ask.label} />
              {ask.role === 'background' && <span className="tag">{t('annotations.context')}</span>}
            </span>{' '}
            <strong className="ask__figure">{figure}</strong>
            {ratio && <span className="ask__ratio"> ({ratio})</span>}
            {date && figure !== date && <span className="ask__date"> · {date}</span>}
            {outcomes?.has(ask.id) && (
              <>
                <br />
                <AskOutcomeText outcome={outcomes.get(ask.id)!} />
              </>
            )}
            <br />
            <span className="ask__quote">
              {t('annotations.quote')}: <q lang="zh-Hant">{ask.quote}</q>
            </span>
          </li>
        );
      })}
    </ul>
  );
}

/** A scheme's name; in English, marked "our translation" where the Government has no English name of its own. */
export function SchemeName({ scheme }: { scheme: Scheme }) {
  const { t } = useTranslation();
  const lang = useLanguage();
  return (
    <>
      <LocalizedText value={scheme.name} />
      {lang === 'en' && !scheme.officialEnglish && <span className="tag">{t('annotations.ourTranslation')}</span>}
    </>
  );
}

export type AskOutcomeOf = NonNullable<Response['numbers']>[number];

/** Whether the response met a numeric ask, with the response's own figure. */
export function AskOutcomeText({ outcome }: { outcome: AskOutcomeOf }) {
  const { t } = useTranslation();
  const lang = useLanguage();
  return (
    <span className={`ask__outcome ask__outcome--${outcome.outcome}`}>
      {outcome.figure ? t(`askOutcomes.${outcome.outcome}`, { figure: localize(outcome.figure, lang) }) : t(`askOutcomes.${outcome.outcome}_bare`)}
    </span>
  );
}

/** One term and its description in the annotations list. */
function Field({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div>
      <dt>{label}</dt>
      <dd>{children}</dd>
    </div>
  );
}

function InlineList({ items }: { items: { key: string; node: ReactNode }[] }) {
  return (
    <ul className="inline-list">
      {items.map((item) => (
        <li key={item.key}>{item.node}</li>
      ))}
    </ul>
  );
}
