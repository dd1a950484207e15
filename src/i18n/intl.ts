/**
 * The app's Intl formatters, made once per language and options and then reused. Making one is
 * not free (the first for a locale loads its data): built afresh in every render, the first
 * screen's formatters cost more main-thread time than drawing it (docs/performance.md).
 */
type Options<T> = T extends new (locale: string, options?: infer O) => unknown ? O : never;

function cached<C extends new (locale: string, options?: object) => unknown>(Constructor: C) {
  const made = new Map<string, InstanceType<C>>();
  return (locale: string, options?: Options<C>): InstanceType<C> => {
    const key = options ? `${locale} ${JSON.stringify(options)}` : locale;
    let formatter = made.get(key);
    if (!formatter) {
      formatter = new Constructor(locale, options) as InstanceType<C>;
      made.set(key, formatter);
    }
    return formatter;
  };
}

export const numberFormat = cached(Intl.NumberFormat);
export const dateTimeFormat = cached(Intl.DateTimeFormat);
export const listFormat = cached(Intl.ListFormat);
