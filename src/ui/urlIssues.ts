import type { TFunction } from 'i18next';
import type { UrlIssue } from '../url/viewState.ts';

/** A hostile address can hold 64 KB in one value: the notice quotes the start of it. */
const MAX_QUOTED = 40;
const quote = (value: string) => (value.length > MAX_QUOTED ? `${value.slice(0, MAX_QUOTED)}…` : value);

/** What was ignored in the address, in the reader's language. */
export function describeUrlIssue(t: TFunction, issue: UrlIssue): string {
  const value = quote(issue.value);
  const param = quote(issue.param);
  switch (issue.reason) {
    case 'unsupported-language':
      return t('url.unsupportedLanguage', { value });
    case 'invalid-section-id':
      return t('url.invalidSectionId', { value });
    case 'too-long':
      return t('filters.tooLong');
    case 'invalid-slide':
      return t('briefing.invalidSlide', { value });
    case 'unknown-param':
      return t('url.unknownParam', { param });
    case 'duplicate':
      return t('url.duplicateParam', { param });
    default:
      return t('filters.invalid', { value, param });
  }
}
