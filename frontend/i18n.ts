/**
 * Translations for the client-side views: the Java side's own bundles (src/main/resources/vaadin-i18n/), one file per
 * language, the same keys, ICU MessageFormat read by intl-messageformat (the Java side reads them with ICU4J), so
 * both sides word every text the same way, plurals included. English is built in; another language is loaded when
 * chosen (its own chunk, precached by the service worker, so it works offline).
 */
import { IntlMessageFormat } from 'intl-messageformat';
import english from '../src/main/resources/vaadin-i18n/translations.properties?raw';
import languageList from '../src/main/resources/vaadin-i18n/languages.json';
import { LANGUAGE_COOKIE, chosenOnDevice } from './language-cookie.js';

export interface Language {
  tag: string;
  name: string;
  dir: 'ltr' | 'rtl';
  locale: string;
}

/** The languages WithUs is written in (vaadin-i18n/languages.json), English first. */
export const LANGUAGES: readonly Language[] = languageList.languages as Language[];
const ENGLISH = LANGUAGES[0];

const others = import.meta.glob<string>('../src/main/resources/vaadin-i18n/translations_*.properties', {
  query: '?raw',
  import: 'default',
});

export function parseProperties(text: string): Map<string, string> {
  const entries = new Map<string, string>();
  const lines = text.replace(/\\\r?\n\s*/g, '').split(/\r?\n/);
  for (const line of lines) {
    const trimmed = line.trim();
    if (!trimmed || trimmed.startsWith('#') || trimmed.startsWith('!')) continue;
    const match = /^([^=:\s]+)\s*[=:]\s?(.*)$/.exec(trimmed);
    if (!match) continue;
    const value = match[2]
      .replace(/\\u([0-9a-fA-F]{4})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)))
      .replace(
        /\\([tnr\\:=#!])/g,
        (_, c: string) => (({ t: '\t', n: '\n', r: '\r' }) as Record<string, string>)[c] ?? c,
      );
    entries.set(match[1], value);
  }
  return entries;
}

const englishMessages = parseProperties(english);
let current: Language = ENGLISH;
let messages: Map<string, string> = englishMessages;
const formats = new Map<string, IntlMessageFormat>();

/** The language texts are worded in now. */
export function currentLanguage(): Language {
  return current;
}

/** The language with this tag (or of this locale), if WithUs is written in it. */
export function findLanguage(tag: string | null | undefined): Language | undefined {
  if (!tag) return undefined;
  const primary = tag.trim().toLowerCase().split(/[-_]/)[0];
  return LANGUAGES.find((l) => l.tag === primary);
}

/** The device's choice (its cookie), else the browser's preference, else English — as the server decides. */
export function deviceLanguage(): Language {
  const chosen = findLanguage(chosenOnDevice());
  if (chosen) return chosen;
  for (const preferred of navigator.languages ?? [navigator.language]) {
    const found = findLanguage(preferred);
    if (found) return found;
  }
  return ENGLISH;
}

/** Keeps a choice on the device (the server reads the same cookie when it is next reached). */
export function rememberLanguage(language: Language): void {
  document.cookie = `${LANGUAGE_COOKIE}=${language.tag}; path=/; max-age=${400 * 24 * 3600}; samesite=lax`;
}

/** Words every text in this language from now on (its bundle is loaded first); sets the document's lang and dir. */
export async function useLanguage(language: Language): Promise<void> {
  if (language.tag === ENGLISH.tag) {
    messages = englishMessages;
  } else {
    const load = others[`../src/main/resources/vaadin-i18n/translations_${language.tag}.properties`];
    messages = load ? parseProperties(await load()) : englishMessages;
  }
  current = language;
  formats.clear();
  document.documentElement.lang = language.locale;
  document.documentElement.dir = language.dir;
}

/**
 * Words the texts in the language the page is written in (its lang, set by the server on an online page), for a
 * component on an online page; resolves at once when that is already the current language.
 */
export async function usePageLanguage(): Promise<boolean> {
  const page = findLanguage(document.documentElement.lang);
  if (!page || page.tag === current.tag) return false;
  await useLanguage(page);
  return true;
}

/** The text for a key in the current language (English where it lacks the key), its placeholders {0}, {1}… filled. */
export function t(key: string, ...args: Array<string | number>): string {
  let format = formats.get(key);
  if (!format) {
    const ownText = messages.get(key);
    const text = ownText ?? englishMessages.get(key);
    if (text === undefined) {
      console.warn(`Missing translation: ${key}`);
      return key;
    }
    format = new IntlMessageFormat(text, ownText === undefined ? ENGLISH.locale : current.locale);
    formats.set(key, format);
  }
  const values: Record<string, string | number> = {};
  args.forEach((a, i) => (values[String(i)] = a));
  return String(format.format(values));
}

export function hasTranslation(key: string): boolean {
  return englishMessages.has(key);
}

/** A date (and time) as the current language writes it. */
export function formatDate(iso: string | Date, options: Intl.DateTimeFormatOptions): string {
  return new Intl.DateTimeFormat(current.locale, { timeZone: 'Europe/London', ...options }).format(
    typeof iso === 'string' ? new Date(iso) : iso,
  );
}

/** A file's size as the current language writes it (Intl units, as ICU's on the server): "820 kB", "1.4 MB". */
export function fileSize(bytes: number): string {
  if (bytes < 1024 * 1024) {
    return new Intl.NumberFormat(current.locale, { style: 'unit', unit: 'kilobyte', unitDisplay: 'short' }).format(
      Math.max(1, Math.round(bytes / 1024)),
    );
  }
  return new Intl.NumberFormat(current.locale, {
    style: 'unit',
    unit: 'megabyte',
    unitDisplay: 'short',
    maximumFractionDigits: 1,
  }).format(bytes / (1024 * 1024));
}

/** A language's name as the current language writes it (Intl.DisplayNames, from CLDR): "Arabic", "arabski". */
export function languageName(tag: string): string {
  try {
    return new Intl.DisplayNames([current.locale], { type: 'language' }).of(tag) ?? tag;
  } catch {
    return tag;
  }
}

/** A form's text (by language, English always there) in the current language, else English. */
export function localText(text: Record<string, string> | undefined): string {
  if (!text) return '';
  return text[current.tag] ?? text[ENGLISH.tag] ?? '';
}

/**
 * The language a form's text is shown in where it is not the page's (the form is not written in the page's
 * language), for its element's lang attribute; undefined where it is the page's own.
 */
export function otherLanguageOf(text: Record<string, string> | undefined): string | undefined {
  if (!text || text[current.tag] !== undefined) return undefined;
  return ENGLISH.tag;
}
