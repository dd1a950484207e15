import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { addressLink } from '../config/paths.ts';
import type { ResponseParagraph } from '../domain/dataset.ts';
import { useLanguage } from '../i18n/useLanguage.ts';
import { useLinkBuilder } from '../url/useViewState.ts';

/** "¶240(i)" in the reader's lettering, linking to the paragraph in the address view. */
export function ResponseParagraphLink({ paragraph }: { paragraph: ResponseParagraph }) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const linkTo = useLinkBuilder();
  const item = paragraph.item ? (lang === 'en' ? paragraph.item.en : paragraph.item['zh-Hant']) : undefined;
  const label = item ? t('response.paragraphItem', { number: paragraph.number, item }) : t('response.paragraph', { number: paragraph.number });
  return <Link to={linkTo(...addressLink(paragraph.number))}>{label}</Link>;
}
