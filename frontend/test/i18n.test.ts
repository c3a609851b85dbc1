import { IntlMessageFormat } from 'intl-messageformat';
import { afterEach, expect, test } from 'vitest';
import vectors from '../../sync/rules/messages.vectors.json';
import {
  LANGUAGES,
  currentLanguage,
  deviceLanguage,
  findLanguage,
  fileSize,
  formatDate,
  hasTranslation,
  localText,
  otherLanguageOf,
  parseProperties,
  rememberLanguage,
  t,
  useLanguage,
} from '../i18n.js';

const bundles = import.meta.glob<string>('../../src/main/resources/vaadin-i18n/translations*.properties', {
  query: '?raw',
  import: 'default',
  eager: true,
});

afterEach(async () => {
  await useLanguage(LANGUAGES[0]);
  document.cookie = 'withus-lang=; path=/; max-age=0';
});

test('the client reads the same bundle as the Java side, with arguments', () => {
  expect(t('app.name')).toBe('WithUs');
  expect(t('outbox.counts', 42, 0)).toBe('42 sent, 0 answers waiting.');
  expect(hasTranslation('layout.skip')).toBe(true);
});

test('every bundle text is ICU MessageFormat the client can read, in all seven languages', () => {
  expect(Object.keys(bundles)).toHaveLength(LANGUAGES.length);
  let texts = 0;
  for (const [file, text] of Object.entries(bundles)) {
    const tag = /translations_([a-z]+)\.properties$/.exec(file)?.[1] ?? 'en';
    const language = findLanguage(tag)!;
    for (const [key, pattern] of parseProperties(text)) {
      expect(() => new IntlMessageFormat(pattern, language.locale), `${tag} ${key}`).not.toThrow();
      texts++;
    }
  }
  expect(texts).toBeGreaterThan(7 * 400);
});

test('plurals and numbers read exactly as on the server (sync/rules/messages.vectors.json)', async () => {
  for (const c of vectors.cases) {
    await useLanguage(findLanguage(c.language)!);
    expect(t(c.key, ...(c.args as Array<string | number>)), `${c.language} ${c.key} ${c.args}`).toBe(c.text);
  }
});

test('choosing Arabic words the page in Arabic and turns it right to left; English again turns it back', async () => {
  await useLanguage(findLanguage('ar')!);
  expect(document.documentElement.dir).toBe('rtl');
  expect(document.documentElement.lang).toBe('ar');
  expect(t('outbox.title')).toBe('صندوق الصادر');
  expect(currentLanguage().name).toBe('العربية');
  await useLanguage(findLanguage('en')!);
  expect(document.documentElement.dir).toBe('ltr');
  expect(t('outbox.title')).toBe('Outbox');
});

test("the device's choice is kept in the cookie the server reads, and wins over the browser's preference", () => {
  expect(deviceLanguage().tag).toBe(findLanguage(navigator.language)?.tag ?? 'en');
  rememberLanguage(findLanguage('pl')!);
  expect(document.cookie).toContain('withus-lang=pl');
  expect(deviceLanguage().name).toBe('Polski');
});

test("a form's text is shown in the page's language where the form has it, else in English marked as English", async () => {
  const label = { en: 'Which service?', ar: 'أي خدمة؟' };
  await useLanguage(findLanguage('ar')!);
  expect(localText(label)).toBe('أي خدمة؟');
  expect(otherLanguageOf(label)).toBeUndefined();
  await useLanguage(findLanguage('pl')!);
  expect(localText(label)).toBe('Which service?');
  expect(otherLanguageOf(label)).toBe('en');
});

test('dates are written as each language writes them', async () => {
  await useLanguage(findLanguage('pl')!);
  expect(formatDate('2026-12-08T18:30:00Z', { dateStyle: 'long' })).toBe('8 grudnia 2026');
  await useLanguage(findLanguage('en')!);
  expect(formatDate('2026-12-08T18:30:00Z', { dateStyle: 'long' })).toBe('8 December 2026');
});

test('file sizes are written with each language’s own units and digits', async () => {
  await useLanguage(findLanguage('en')!);
  expect(fileSize(840_000)).toBe('820 kB');
  expect(fileSize(1_468_006)).toBe('1.4 MB');
  await useLanguage(findLanguage('ar')!);
  expect(fileSize(1_468_006), 'Arabic words for the unit').toContain('م.ب');
  await useLanguage(findLanguage('en')!);
});

test('every outcome the sync client reports has words for people', () => {
  for (const outcome of [
    'synced',
    'nothing-to-do',
    'offline',
    'server-unavailable',
    'sign-in-needed',
    'update-needed',
    'busy',
    'failed',
  ]) {
    expect(hasTranslation(`outbox.outcome.${outcome}`), outcome).toBe(true);
  }
});
