import { type ReactNode, createContext, useCallback, useContext, useEffect, useMemo, useState } from "react";

import { interpolate } from "./format.ts";
import { type Locale, LOCALE_STORAGE_KEY, initialLocale, sdkLanguage } from "./locale.ts";
import { type MessageKey, catalogues } from "./messages.ts";

export interface I18n {
  locale: Locale;
  setLocale: (locale: Locale) => void;
  t: (key: MessageKey, params?: Readonly<Record<string, string | number>>) => string;
  formatNumber: (value: number | bigint) => string;
  formatDate: (value: Date | number) => string;
  formatDateTime: (value: Date | number) => string;
  /** The SDK's error message language. */
  errorLanguage: "en" | "es";
}

const I18nContext = createContext<I18n | undefined>(undefined);

export function I18nProvider({ children, locale: forced }: { children: ReactNode; locale?: Locale }) {
  const [locale, setLocaleState] = useState<Locale>(() => forced ?? initialLocale());
  const setLocale = useCallback((next: Locale) => {
    setLocaleState(next);
    try {
      localStorage.setItem(LOCALE_STORAGE_KEY, next);
    } catch {
      // Not remembered when storage is blocked; the choice still holds for this visit.
    }
  }, []);
  useEffect(() => {
    document.documentElement.lang = locale;
  }, [locale]);
  const value = useMemo<I18n>(() => {
    const messages = catalogues[locale];
    const numbers = new Intl.NumberFormat(locale);
    const dates = new Intl.DateTimeFormat(locale, { dateStyle: "medium" });
    const dateTimes = new Intl.DateTimeFormat(locale, { dateStyle: "medium", timeStyle: "short" });
    return {
      locale,
      setLocale,
      t: (key, params) => interpolate(messages[key], params),
      formatNumber: (v) => numbers.format(v),
      formatDate: (v) => dates.format(v),
      formatDateTime: (v) => dateTimes.format(v),
      errorLanguage: sdkLanguage(locale),
    };
  }, [locale, setLocale]);
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export function useI18n(): I18n {
  const value = useContext(I18nContext);
  if (!value) throw new Error("useI18n needs an <I18nProvider> above it.");
  return value;
}
