/**
 * Translations for the client-side views. The keys and texts are the Java side's own bundle
 * (src/main/resources/vaadin-i18n/translations.properties), read at build time, so both sides share one file.
 */
import bundle from '../src/main/resources/vaadin-i18n/translations.properties?raw';

function parseProperties(text: string): Map<string, string> {
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
      )
      .replace(/''/g, "'");
    entries.set(match[1], value);
  }
  return entries;
}

const messages = parseProperties(bundle);

/** The text for a key, with {0}, {1}… replaced (as Java's MessageFormat does for simple arguments). */
export function t(key: string, ...args: Array<string | number>): string {
  const text = messages.get(key);
  if (text === undefined) {
    console.warn(`Missing translation: ${key}`);
    return key;
  }
  return text.replace(/\{(\d+)}/g, (_, i: string) => String(args[Number(i)] ?? ''));
}

export function hasTranslation(key: string): boolean {
  return messages.has(key);
}
