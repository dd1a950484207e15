/**
 * The first screen's finding as sentences, from the executive summary: the one place its wording
 * is put together (the overview shows it; the benchmark's static reference prints the same).
 */
import type { TFunction } from 'i18next';
import type { Language, ResponseDocumentRef } from '../../domain/dataset.ts';
import { localize } from '../../domain/localize.ts';
import type { ExecutiveSummary } from '../../domain/summary.ts';
import { formatDay } from '../../i18n/format.ts';
import { numberFormat } from '../../i18n/intl.ts';

export function findingText(summary: ExecutiveSummary, document: ResponseDocumentRef | undefined, filtered: boolean, t: TFunction, lang: Language): string {
  const number = numberFormat(lang);
  const { uptake } = summary;
  const sentences = [
    t(filtered ? 'overview.summary.inView' : 'overview.summary.all', { count: summary.total }),
    summary.topLever && t('overview.summary.lever', { lever: localize(summary.topLever.value.label, lang), count: summary.topLever.count }),
    summary.topIndustry && t('overview.summary.industry', { industry: localize(summary.topIndustry.value.label, lang), count: summary.topIndustry.count }),
    uptake && document
      ? t('overview.summary.response', {
          document: localize(document.title, lang),
          date: formatDay(document.delivered, lang),
          adopted: number.format(uptake.byVerdict[0]!.count),
          partly: number.format(uptake.byVerdict[1]!.count),
          related: number.format(uptake.byVerdict[2]!.count),
          notAddressed: number.format(uptake.byVerdict[3]!.count),
        })
      : t('overview.summary.noResponse'),
  ];
  // Chinese runs its sentences on; English puts a space between them.
  return sentences.filter(Boolean).join(lang === 'en' ? ' ' : '');
}
