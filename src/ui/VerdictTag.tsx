import { useTranslation } from 'react-i18next';
import type { Verdict } from '../domain/vocabulary.ts';

/** A verdict as a small labelled tag: its words, never its colour alone (the swatch is decoration). */
export function VerdictTag({ verdict }: { verdict: Verdict }) {
  const { t } = useTranslation();
  return (
    <span className={`verdict-tag verdict-tag--${verdict}`}>
      <span className="verdict-tag__swatch" aria-hidden="true" />
      {t(`verdicts.${verdict}`)}
    </span>
  );
}
