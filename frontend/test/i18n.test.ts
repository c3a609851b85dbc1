import { expect, test } from 'vitest';
import { hasTranslation, t } from '../i18n.js';

test('the client reads the same bundle as the Java side, with arguments', () => {
  expect(t('app.name')).toBe('WithUs');
  expect(t('outbox.counts', 42, 0)).toBe('42 sent, 0 waiting.');
  expect(hasTranslation('layout.skip')).toBe(true);
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
