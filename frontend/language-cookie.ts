/** The cookie that keeps a device's language choice; the server reads it too (base/LanguageChoice.java). */
export const LANGUAGE_COOKIE = 'withus-lang';

/** The tag the device chose, if it chose one. */
export function chosenOnDevice(): string | undefined {
  const cookie = document.cookie
    .split(';')
    .map((c) => c.trim().split('='))
    .find(([name]) => name === LANGUAGE_COOKIE);
  return cookie ? decodeURIComponent(cookie[1] ?? '') : undefined;
}
