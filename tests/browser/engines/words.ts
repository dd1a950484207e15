/** What the reader sees, in each language, from the app's own bundles (no string typed twice). */
import en from '../../../src/i18n/locales/en.json' with { type: 'json' };
import zhHans from '../../../src/i18n/locales/zh-Hans.json' with { type: 'json' };
import zhHant from '../../../src/i18n/locales/zh-Hant.json' with { type: 'json' };
import { languagePath } from '../../../src/url/languagePath.ts';

export const LANGUAGES = ['zh-Hant', 'zh-Hans', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];
export const BUNDLES = { en, 'zh-Hans': zhHans, 'zh-Hant': zhHant } as const;

/** A message of the bundle with its values filled in (`{{count, number}}` as a plain number: the counts here are small). */
export function words(lang: Language, key: string, values: Record<string, string | number> = {}): string {
  const message = key.split('.').reduce<unknown>((node, part) => (node as Record<string, unknown> | undefined)?.[part], BUNDLES[lang]);
  if (typeof message !== 'string') throw new Error(`no message ${key} in ${lang}`);
  return message.replace(/\{\{\s*(\w+)(?:,\s*\w+)?\s*\}\}/g, (_match, name: string) => String(values[name] ?? `{{${name}}}`));
}

/** An in-app address in a language: `/explore?x` → `/en/explore?x`. */
export function at(lang: Language, path: string): string {
  const cut = path.search(/[?#]|$/);
  return `${languagePath(path.slice(0, cut), lang)}${path.slice(cut)}`;
}

export const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
